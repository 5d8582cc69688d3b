/**
 * Dates in the person's language. In French the first of the month is an ordinal (OQLF): "1er
 * décembre 2026", never "1 décembre 2026"; the other days stay cardinal, and English is untouched.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDate, formatDateTime, formatShortDate } from '../../../src/client/i18n/format.ts';

// Noon UTC: the same calendar day in every time zone a test may run in (Québec's included).
const noon = (day: number, month = 12) => `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T12:00:00.000Z`;

describe('the first of the month in French', () => {
  it('is "1er", in the long, the short and the date-and-time forms', () => {
    expect(formatDate(noon(1), 'fr')).toBe('1er décembre 2026');
    expect(formatShortDate(noon(1), 'fr')).toBe('1er déc. 2026');
    expect(formatShortDate(Date.parse(noon(1, 3)), 'fr')).toBe('1er mars 2026');
    expect(formatDateTime(noon(1), 'fr')).toMatch(/^1er déc\. 2026, \d{1,2} h \d{2}$/);
  });

  it('leaves the other days as numbers ("2 décembre", "11 décembre", "21 décembre")', () => {
    expect(formatDate(noon(2), 'fr')).toBe('2 décembre 2026');
    expect(formatDate(noon(11), 'fr')).toBe('11 décembre 2026');
    expect(formatDate(noon(21), 'fr')).toBe('21 décembre 2026');
    expect(formatDate(noon(31), 'fr')).toBe('31 décembre 2026');
  });

  it('says "1er" for day 1 only, on any day of any month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (month, day) => {
        const text = formatDate(noon(day, month), 'fr');
        expect(text.startsWith(`${day}er `)).toBe(day === 1);
        expect(text.startsWith(`${day} `)).toBe(day !== 1);
      }),
    );
  });
});

describe('English dates', () => {
  it('are as Intl writes them, the first of the month included', () => {
    expect(formatDate(noon(1), 'en')).toBe('December 1, 2026');
    expect(formatShortDate(noon(1), 'en')).toBe('Dec 1, 2026');
    expect(formatDate(noon(21), 'en')).toBe('December 21, 2026');
    expect(formatDateTime(noon(1), 'en')).not.toMatch(/1(er|st)/);
  });
});
