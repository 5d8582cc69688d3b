/**
 * What can go wrong under a write, and the one recovery the app attempts by itself: when the browser
 * closes the IndexedDB connection (storage pressure, "clear site data" in another tab, a crashed
 * storage process), reopen it once and run the write again. Writes here are idempotent puts, so
 * running one twice is safe. A full disk is not retried: the person has to free space first.
 */
import { db } from './db.ts';

interface ErrorLike {
  name?: unknown;
  inner?: unknown;
  failures?: unknown;
}

/** The error and the errors it wraps (Dexie wraps IndexedDB's in `inner` and `failures`). */
function* chain(error: unknown, depth = 0): Generator<ErrorLike> {
  if (!error || typeof error !== 'object' || depth > 5) return;
  const e = error as ErrorLike;
  yield e;
  yield* chain(e.inner, depth + 1);
  if (Array.isArray(e.failures)) for (const f of e.failures) yield* chain(f, depth + 1);
}

const has = (error: unknown, names: readonly string[]) =>
  [...chain(error)].some((e) => typeof e.name === 'string' && names.includes(e.name));

/** The disk, or the share of it the browser gives this site, is full. */
export function isQuotaExceeded(error: unknown): boolean {
  return has(error, ['QuotaExceededError']);
}

/** The connection went away under the app: reopening it may fix the write. */
export function isConnectionLost(error: unknown): boolean {
  if (isQuotaExceeded(error)) return false;
  return has(error, ['DatabaseClosedError', 'InvalidStateError', 'UnknownError']);
}

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
