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

/**
 * Formats a date; one that is not a date is shown as it is written rather than thrown
 * ("Invalid time value"), so a stored value no check caught can never take a screen down.
 */
function formatOr(format: Intl.DateTimeFormat, value: string | number, locale: Locale): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  if (locale === 'en') return format.format(date);
  // In French the first of the month is an ordinal (OQLF): "1er décembre", "2 décembre"; Intl
  // writes "1 décembre".
  return format
    .formatToParts(date)
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

/** "1er décembre 2026", "21 décembre 2026"; "December 1, 2026". */
export function formatDate(iso: string, locale: Locale): string {
  const f = once(`date:${locale}`, () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long' }));
  return formatOr(f, iso, locale);
}

/** "1er déc. 2026, 14 h 05"; "Dec 1, 2026, 2:05 p.m.". */
export function formatDateTime(iso: string | number, locale: Locale): string {
  const f = once(`date-time:${locale}`, () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' }));
  return formatOr(f, iso, locale);
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

/** For a chart's time axis: "21 nov. 2026", "1er déc. 2026", "Nov 21, 2026". */
export function formatShortDate(iso: string | number, locale: Locale): string {
  const f = once(`short-date:${locale}`, () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium' }));
  return formatOr(f, iso, locale);
}

/** 1234 → "1 234" in French (no-break space), "1,234" in English. */
export function formatCount(n: number, locale: Locale): string {
  const f = once(`count:${locale}`, () => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 0 }));
  return f.format(n).replace(/\u202f/g, '\u00a0');
}

/**
 * The form of a word that agrees with n, by the language's plural rules (Intl.PluralRules): in
 * French 0 and 1 take the singular ("0 réponse", "1 réponse", "2 réponses"), in English only 1 does.
 */
export function pluralForm(n: number, locale: Locale, one: string, other: string): string {
  const rules = once(`plural:${locale}`, () => new Intl.PluralRules(intlLocale(locale)));
  return rules.select(n) === 'one' ? one : other;
}

/** The count and the words that agree with it: count(2, 'fr', 'réponse', 'réponses') → "2 réponses". */
export function count(n: number, locale: Locale, one: string, other: string): string {
  return `${formatCount(n, locale)} ${pluralForm(n, locale, one, other)}`;
}

/** pluralForm with the two forms named, for phrases: plural(n, 'fr', { one: '1 organisme a', other: '…' }). */
export function plural(n: number, locale: Locale, forms: { one: string; other: string }): string {
  return pluralForm(n, locale, forms.one, forms.other);
}
