import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SNAPSHOT_GRACE_DAYS, acceptedPeriods, lastClosedPeriod, nextPeriod, periodStart, previousPeriod, snapshotDue } from '../../../src/core/quarters.ts';
import { periodOf } from '../../../src/core/sync.ts';
import { refusalOf, type BundledVersion } from '../../../src/core/acceptance.ts';

const at = (iso: string) => new Date(iso);

describe('quarters', () => {
  it('step over year ends', () => {
    expect(previousPeriod('2026-Q1')).toBe('2025-Q4');
    expect(nextPeriod('2025-Q4')).toBe('2026-Q1');
    expect(periodStart('2026-Q3').toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(snapshotDue('2026-Q3').getTime() - periodStart('2026-Q4').getTime()).toBe(SNAPSHOT_GRACE_DAYS * 86_400_000);
  });

  it('take the current quarter, and the previous one only during its grace', () => {
    expect(acceptedPeriods(at('2026-10-15T12:00:00Z'))).toEqual(['2026-Q3', '2026-Q4']);
    expect(acceptedPeriods(at('2026-11-15T12:00:00Z'))).toEqual(['2026-Q4']);
    expect(acceptedPeriods(at('2027-01-02T00:00:00Z'))).toEqual(['2026-Q4', '2027-Q1']);
  });

  it('the last closed quarter is the one before every quarter that still takes submissions', () => {
    fc.assert(
      fc.property(fc.date({ min: at('2001-01-01T00:00:00Z'), max: at('2098-12-31T00:00:00Z'), noInvalidDate: true }), (now) => {
        const accepted = acceptedPeriods(now);
        const closed = lastClosedPeriod(now);
        expect(nextPeriod(closed)).toBe(accepted[0]);
        expect(accepted.at(-1)).toBe(periodOf(now.toISOString()));
        expect(snapshotDue(closed).getTime()).toBeLessThanOrEqual(now.getTime());
        expect(previousPeriod(nextPeriod(closed))).toBe(closed);
      }),
    );
  });
});

describe('what the server takes beyond the shape', () => {
  const bundled: BundledVersion[] = [
    { questionnaireId: 'q', version: '1.0.0', dimensions: ['a', 'b'], readiness: true },
    { questionnaireId: 'q', version: '2.0.0', dimensions: ['a', 'b', 'c'], readiness: false },
  ];
  const ok = { questionnaireId: 'q', version: '1.0.0', scores: { a: 2 }, period: '2026-Q4' };
  const now = at('2026-11-15T00:00:00Z');

  it('a bundled version, its dimensions, readiness where it has the checklist, an accepted quarter', () => {
    expect(refusalOf(ok, bundled, now)).toBeNull();
    expect(refusalOf({ ...ok, readiness: 'ready' }, bundled, now)).toBeNull();
    expect(refusalOf({ ...ok, version: '2.0.0', scores: { c: 3 } }, bundled, now)).toBeNull();
    expect(refusalOf({ ...ok, questionnaireId: 'other' }, bundled, now)?.error).toBe('unknown-questionnaire');
    expect(refusalOf({ ...ok, version: '1.0.1' }, bundled, now)?.error).toBe('unknown-questionnaire');
    expect(refusalOf({ ...ok, scores: { a: 2, c: 3 } }, bundled, now)).toEqual({
      error: 'unknown-dimension',
      issues: [{ path: '$.scores.c', message: 'not a dimension of this questionnaire version' }],
    });
    expect(refusalOf({ ...ok, version: '2.0.0', readiness: 'ready' }, bundled, now)?.error).toBe('unknown-dimension');
    expect(refusalOf({ ...ok, period: '2026-Q3' }, bundled, now)?.error).toBe('period-not-accepted');
    expect(refusalOf({ ...ok, period: '2027-Q1' }, bundled, now)?.error).toBe('period-not-accepted');
    expect(refusalOf({ ...ok, period: '2026-Q3' }, bundled, at('2026-10-02T00:00:00Z'))).toBeNull();
  });
});
