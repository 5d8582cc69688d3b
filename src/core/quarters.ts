/**
 * Quarter arithmetic and the calendar of a period's figures: when a quarter accepts submissions, and
 * when its figures are computed once and for all (its snapshot).
 *
 * A quarter is open while it runs. After it ends, submissions made in it are still taken for
 * SNAPSHOT_GRACE_DAYS (a laptop that was offline at the end of the quarter can still send), then its
 * snapshot is taken and it takes nothing more: the published figures of a quarter are computed once and
 * never change. So the server accepts a submission for the current quarter, or for the previous one
 * until its grace ends, and for no other.
 *
 * Pure: the clock is passed in.
 */
import { PeriodSchema, periodOf, type Period } from './sync.ts';

/** Days after a quarter's end during which submissions for it are still taken; then its snapshot. */
export const SNAPSHOT_GRACE_DAYS = 30;

const DAY_MS = 86_400_000;

function parts(period: Period): { year: number; quarter: number } {
  if (!PeriodSchema.safeParse(period).success) throw new RangeError(`not a period: ${period}`);
  return { year: Number(period.slice(0, 4)), quarter: Number(period.slice(6)) };
}

/** The quarter before: "2026-Q1" → "2025-Q4". */
export function previousPeriod(period: Period): Period {
  const { year, quarter } = parts(period);
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
}

/** The quarter after: "2025-Q4" → "2026-Q1". */
export function nextPeriod(period: Period): Period {
  const { year, quarter } = parts(period);
  return quarter === 4 ? `${year + 1}-Q1` : `${year}-Q${quarter + 1}`;
}

/** The first instant of a quarter, UTC. */
export function periodStart(period: Period): Date {
  const { year, quarter } = parts(period);
  return new Date(Date.UTC(year, (quarter - 1) * 3, 1));
}

/** When a quarter's snapshot is due: its end plus the grace. */
export function snapshotDue(period: Period): Date {
  return new Date(periodStart(nextPeriod(period)).getTime() + SNAPSHOT_GRACE_DAYS * DAY_MS);
}

/** The quarters that take submissions at `now`: the current one, and the previous one during its grace. */
export function acceptedPeriods(now: Date): Period[] {
  const current = periodOf(now.toISOString());
  const previous = previousPeriod(current);
  return now < snapshotDue(previous) ? [previous, current] : [current];
}

/**
 * The newest quarter whose snapshot is due at `now`: every quarter up to it is closed for good. Its
 * figures (and those of every quarter before it) may be published; no later quarter's may.
 */
export function lastClosedPeriod(now: Date): Period {
  const current = periodOf(now.toISOString());
  const previous = previousPeriod(current);
  return now < snapshotDue(previous) ? previousPeriod(previous) : previous;
}
