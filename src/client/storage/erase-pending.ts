/**
 * An erase of the browser's files that "delete all my data" could not do offline
 * (./erase-browser-copies.ts), remembered for a start online. Apart, because the first screen reads it.
 */
export const PENDING_KEY = 'diapason.erasePending';

export function erasePending(): boolean {
  try {
    return localStorage.getItem(PENDING_KEY) === '1';
  } catch {
    return false;
  }
}

export function setPending(pending: boolean): void {
  try {
    if (pending) localStorage.setItem(PENDING_KEY, '1');
    else localStorage.removeItem(PENDING_KEY);
  } catch {
    // Private mode: nothing to remember across starts anyway.
  }
}
