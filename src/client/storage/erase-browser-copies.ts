/**
 * After "delete all my data", the browser's own copies of what was deleted.
 *
 * `indexedDB.deleteDatabase` removes the rows from what any page can read, but Chromium's storage
 * engine (LevelDB) can keep their bytes in a table file: the compaction it runs after a deletion stops
 * above the level where a freshly written file lands, so a name typed once can stay readable in the
 * profile's files for months. No web API erases those files, except one response header:
 * `Clear-Site-Data: "storage"`, answered by the app's own server. It needs the network, so offline the
 * erase is remembered and done at the next start online, if nothing was saved since.
 *
 * The header also erases what is not the organization's data: the interface language (put back here)
 * and the offline copy of the app (the caller registers the service worker again).
 */
import { ERASE_BROWSER_COPIES_HEADER, ERASE_BROWSER_COPIES_PATH } from '../../core/api-paths.ts';
import { PENDING_KEY, setPending } from './erase-pending.ts';

/** Asks the server to erase the browser's files; true when it did. Never throws. */
export async function eraseBrowserCopies(): Promise<boolean> {
  const kept = keepPreferences();
  let erased = false;
  try {
    const response = await fetch(ERASE_BROWSER_COPIES_PATH, {
      method: 'POST',
      cache: 'no-store',
      credentials: 'same-origin',
      headers: { [ERASE_BROWSER_COPIES_HEADER]: '1' },
    });
    erased = response.ok;
  } catch {
    // Offline, or a deployment without the route: said on screen, remembered below.
  }
  restorePreferences(kept);
  setPending(!erased);
  return erased;
}

function keepPreferences(): [string, string][] {
  try {
    return Object.keys(localStorage)
      .filter((key) => key !== PENDING_KEY)
      .map((key) => [key, localStorage.getItem(key) ?? '']);
  } catch {
    return [];
  }
}

function restorePreferences(kept: [string, string][]): void {
  try {
    for (const [key, value] of kept) localStorage.setItem(key, value);
  } catch {
    // Nothing more to do: the language falls back to the browser's.
  }
}
