/**
 * What can go wrong under a write, and the one recovery the app attempts by itself: when the browser
 * closes the IndexedDB connection (storage pressure, "clear site data" in another tab, a crashed
 * storage process), reopen it once and run the write again. Writes here are idempotent puts, so
 * running one twice is safe. A full disk is not retried: the person has to free space first.
 */
import { db } from './db.ts';
import { isConnectionLost } from './errors.ts';

export { isConnectionLost, isQuotaExceeded } from './errors.ts';

/** Runs `write`; if the connection was lost, reopens it once and runs `write` again. */
export async function withReopen<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isConnectionLost(error)) throw error;
    console.warn('[diapason] the database connection was lost; reopening it once', error);
    const database = db();
    database.close({ disableAutoOpen: false });
    await database.open();
    return write();
  }
}
