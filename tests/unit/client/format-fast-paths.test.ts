/**
 * The first screens format counts, scores and dates without building an Intl formatter (building the
 * first one loads the browser's locale data: ~50–80 ms of main thread, ×4 on a phone). What they
 * print must be exactly what Intl prints, which these properties check against Intl itself; dates
 * differ in one place only, on purpose: OQLF's "1er" for the first of the month.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCount, formatDate, formatDateTime, formatDelta, formatPercent, formatScore, formatShortDate } from '../../../src/client/i18n/format.ts';

const LOCALES = [
  ['fr', 'fr-CA'],
  ['en', 'en-CA'],
] as const;

describe('counts', () => {
  it.each(LOCALES)('%s: every whole count prints as Intl prints it', (locale, tag) => {
    const intl = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 999 }), fc.integer({ min: -5000, max: 5_000_000 })), (n) => {
        expect(formatCount(n, locale)).toBe(intl.format(n).replace(/\u202f/g, '\u00a0'));
      }),
    );
  });
});

describe('scores', () => {
  it.each(LOCALES)('%s: every score prints as Intl prints it (one decimal, halves away from zero)', (locale, tag) => {
    const intl = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const scores = fc.oneof(
      // Scores as the model makes them: means of levels 1 to 5, halves included.
      fc.tuple(fc.integer({ min: 1, max: 5 * 60 }), fc.integer({ min: 1, max: 60 })).map(([sum, n]) => Math.min(5, Math.max(1, sum / n))),
      fc.integer({ min: 10, max: 50 }).map((t) => t / 10 + 0.05),
      fc.double({ min: -2000, max: 2000, noNaN: true }),
    );
    fc.assert(
      fc.property(scores, (score) => {
        expect(formatScore(score, locale)).toBe(intl.format(score));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('shares and changes', () => {
  it.each(LOCALES)('%s: every share prints as Intl prints a whole percent', (locale, tag) => {
    const intl = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
    const shares = fc.oneof(
      fc.tuple(fc.nat(60), fc.integer({ min: 1, max: 60 })).map(([k, n]) => Math.min(k, n) / n),
      fc.integer({ min: 0, max: 1000 }).map((t) => t / 1000 + 0.005),
      fc.double({ min: -20, max: 20, noNaN: true }),
    );
    fc.assert(
      fc.property(shares, (share) => {
        expect(formatPercent(share, locale)).toBe(intl.format(share).replace('\u202f', '\u00a0'));
      }),
      { numRuns: 2000 },
    );
  });

  it.each(LOCALES)('%s: every change prints as Intl prints it, always signed', (locale, tag) => {
    const intl = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    const changes = fc.oneof(
      fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 50 })).map(([a, b]) => a / 10 - b / 10),
      fc.integer({ min: -50, max: 50 }).map((t) => t / 10 + 0.05),
      fc.double({ min: -2000, max: 2000, noNaN: true }),
    );
    fc.assert(
      fc.property(changes, (delta) => {
        expect(formatDelta(delta, locale)).toBe(intl.format(delta));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('dates', () => {
  const dates = fc.date({ min: new Date('2000-01-01T00:00:00.000Z'), max: new Date('2100-01-01T00:00:00.000Z'), noInvalidDate: true });

  it('English: as Intl prints a long date', () => {
    const intl = new Intl.DateTimeFormat('en-CA', { dateStyle: 'long' });
    fc.assert(
      fc.property(dates, (d) => {
        expect(formatDate(d.toISOString(), 'en')).toBe(intl.format(d));
      }),
    );
  });

  it('French: as Intl prints a long date, with OQLF’s "1er" on the first of the month', () => {
    const intl = new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long' });
    fc.assert(
      fc.property(dates, (d) => {
        const expected = intl.format(d).replace(/^1 /, '1er ');
        expect(formatDate(d.toISOString(), 'fr')).toBe(expected);
      }),
    );
    expect(formatDate(new Date(2026, 11, 1, 12).toISOString(), 'fr')).toBe('1er décembre 2026');
    expect(formatDate(new Date(2026, 11, 2, 12).toISOString(), 'fr')).toBe('2 décembre 2026');
    expect(formatDate(new Date(2026, 11, 1, 12).toISOString(), 'en')).toBe('December 1, 2026');
  });

  it.each(LOCALES)('%s: short dates and dates with the time as Intl prints them (OQLF’s "1er" in French)', (locale, tag) => {
    const short = new Intl.DateTimeFormat(tag, { dateStyle: 'medium' });
    const withTime = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
    const first = (text: string) => (locale === 'fr' ? text.replace(/^1 /, '1er ') : text);
    fc.assert(
      fc.property(dates, (d) => {
        expect(formatShortDate(d.toISOString(), locale)).toBe(first(short.format(d)));
        expect(formatShortDate(d.getTime(), locale)).toBe(first(short.format(d)));
        expect(formatDateTime(d.toISOString(), locale)).toBe(first(withTime.format(d)));
      }),
    );
  });

  it('shows a value that is not a date as it is written', () => {
    expect(formatDate('not-a-date!', 'fr')).toBe('not-a-date!');
    expect(formatDateTime('not-a-date!', 'en')).toBe('not-a-date!');
  });
});

// The first of the month, day by day (the properties above compare with Intl).
// Noon UTC: the same calendar day in every time zone a test may run in (Québec's included).
const noon = (day: number, month = 12) => `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T12:00:00.000Z`;

describe('the first of the month in French (OQLF: an ordinal)', () => {
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

describe('English dates, the first of the month included', () => {
  it('are as Intl writes them, the first of the month included', () => {
    expect(formatDate(noon(1), 'en')).toBe('December 1, 2026');
    expect(formatShortDate(noon(1), 'en')).toBe('Dec 1, 2026');
    expect(formatDate(noon(21), 'en')).toBe('December 21, 2026');
    expect(formatDateTime(noon(1), 'en')).not.toMatch(/1(er|st)/);
  });
});
