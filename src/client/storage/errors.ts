/**
 * Telling IndexedDB's failures apart (Dexie wraps them; a raw request does not): a full disk, a lost
 * connection. No Dexie here, so the first screen can tell a full disk from other failures.
 */
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

/**
 * A write meant for an assessment that no longer exists (deleted in another tab, or by "delete all my
 * data"): refused inside the write's own transaction, so no row is ever left without its assessment.
 * Here, beside the other failures, so a screen can tell it apart without loading Dexie.
 */
export class AssessmentGoneError extends Error {
  override readonly name = 'AssessmentGoneError';
  constructor(readonly assessmentId: string) {
    super(`assessment ${assessmentId} no longer exists`);
  }
}
