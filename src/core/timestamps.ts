/**
 * Stored timestamps (Date#toISOString: fixed width, UTC) sort as plain strings, character by
 * character, in the order they happened. `localeCompare` gives the same order but loads the
 * browser's collation data on first use, ~50 ms of main thread (×4 on a phone) on the very first
 * screen, which sorts the organizations and assessments by creation.
 */
export function compareTimestamps(a: string, b: string): number {
  return compareCodeUnits(a, b);
}

/** Plain string order, for keys that only need a stable order (ids as a tie-break). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A sort comparator on one timestamp of each row, oldest first. */
export function byTimestamp<T>(of: (row: T) => string): (a: T, b: T) => number {
  return (a, b) => compareTimestamps(of(a), of(b));
}
