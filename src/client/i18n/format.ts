import type { Locale } from '../../core/text.ts';

const intlLocale = (locale: Locale) => (locale === 'fr' ? 'fr-CA' : 'en-CA');

// Building an Intl formatter costs far more than using one (the first loads locale data), and a
// result screen formats dozens of numbers: each formatter is built once per language.
const made = new Map<string, unknown>();
function once<T>(key: string, make: () => T): T {
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as T;
}

/** 3.4 → "3,4" in French, "3.4" in English. */
export function formatScore(score: number, locale: Locale): string {
  const f = once(`score:${locale}`, () => new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  return f.format(score);
}

/** 0.75 → "75 %" in French (no-break space), "75%" in English. */
export function formatPercent(share: number, locale: Locale): string {
  const f = once(`percent:${locale}`, () => new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 }));
  return f.format(share).replace('\u202f', '\u00a0');
}

export function formatDate(iso: string, locale: Locale): string {
  const f = once(`date:${locale}`, () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long' }));
  return f.format(new Date(iso));
}

export function formatDateTime(iso: string, locale: Locale): string {
  const f = once(`date-time:${locale}`, () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' }));
  return f.format(new Date(iso));
}

/** 52428800 → "50 Mo" in French, "50 MB" in English. */
export function formatMegabytes(bytes: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 })
    .format(bytes / (1024 * 1024))
    .replace('\u202f', '\u00a0');
}

/** A change in score, always signed: "+1,3", "-0,3", "0,0". */
export function formatDelta(delta: number, locale: Locale): string {
  const f = once(`delta:${locale}`, () =>
    new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
  );
  return f.format(delta);
}

/** For a chart's time axis: "21 nov. 2026", "Nov 21, 2026". */
export function formatShortDate(iso: string | number, locale: Locale): string {
  const f = once(`short-date:${locale}`, () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium' }));
  return f.format(new Date(iso));
}

/** The form a count takes: Intl.PluralRules, never "(s)". French counts 0 and 1 as one, 2 as other. */
export function plural(n: number, locale: Locale, forms: { one: string; other: string }): string {
  const rules = once(`plural:${locale}`, () => new Intl.PluralRules(intlLocale(locale)));
  return rules.select(n) === 'one' ? forms.one : forms.other;
}
