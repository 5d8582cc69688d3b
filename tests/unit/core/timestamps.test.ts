import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { byTimestamp, compareTimestamps } from '../../../src/core/timestamps.ts';

// Dates as the app stores them: Date#toISOString, from year 2000 to 2200.
const iso = fc.date({ min: new Date('2000-01-01T00:00:00.000Z'), max: new Date('2200-01-01T00:00:00.000Z'), noInvalidDate: true }).map((d) => d.toISOString());

describe('timestamps in the order they happened, without a collator', () => {
  it('orders stored timestamps exactly as their instants', () => {
    fc.assert(
      fc.property(iso, iso, (a, b) => {
        expect(Math.sign(compareTimestamps(a, b))).toBe(Math.sign(Date.parse(a) - Date.parse(b)));
      }),
    );
  });

  it('sorts rows by a timestamp field the way the collator did', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ at: iso }), { maxLength: 30 }), (rows) => {
        const ours = [...rows].sort(byTimestamp((r) => r.at)).map((r) => r.at);
        const collator = [...rows].sort((x, y) => x.at.localeCompare(y.at)).map((r) => r.at);
        expect(ours).toEqual(collator);
      }),
    );
  });

  it('is 0 only for the same instant', () => {
    expect(compareTimestamps('2026-12-07T10:00:00.000Z', '2026-12-07T10:00:00.000Z')).toBe(0);
    expect(compareTimestamps('2026-12-07T10:00:00.000Z', '2026-12-07T10:00:00.001Z')).toBeLessThan(0);
  });
});
