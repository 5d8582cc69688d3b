import type { Locale } from '../../core/text.ts';
import { plainCount, plainDateTime, plainDecimal, plainDelta, plainLongDate, plainPercent, plainShortDate } from './plain-format.ts';

const intlLocale = (locale: Locale) => (locale === 'fr' ? 'fr-CA' : 'en-CA');

// Building an Intl formatter costs far more than using one (the first loads locale data), and a
// result screen formats dozens of numbers: each formatter is built once per language. What the
// screens print most (counts under 1,000, scores, changes, shares, every date) is printed without one
// (./plain-format.ts), exactly as Intl prints it: a page's first formatter costs ~50–80 ms of main thread.
const made = new Map<string, unknown>();
function once<T>(key: string, make: () => T): T {
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as T;
}

/** 3.4 → "3,4" in French, "3.4" in English. */
export function formatScore(score: number, locale: Locale): string {
  const plain = plainDecimal(score, locale);
  if (plain !== undefined) return plain;
  const f = once(`score:${locale}`, () => new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  return f.format(score);
}

/** 0.75 → "75 %" in French (no-break space), "75%" in English. */
export function formatPercent(share: number, locale: Locale): string {
  const plain = plainPercent(share, locale);
  if (plain !== undefined) return plain;
  const f = once(`percent:${locale}`, () => new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 }));
  return f.format(share).replace('\u202f', '\u00a0');
}

/** "7 décembre 2026" (OQLF: "1er décembre 2026"), "December 7, 2026". */
export function formatDate(iso: string, locale: Locale): string {
  return plainLongDate(iso, locale);
}

/** "7 déc. 2026, 09 h 05" (OQLF: "1er déc."), "Dec 7, 2026, 9:05 a.m.". */
export function formatDateTime(iso: string | number, locale: Locale): string {
  return plainDateTime(iso, locale);
}

/** 52428800 → "50 Mo" in French, "50 MB" in English. */
export function formatMegabytes(bytes: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 })
    .format(bytes / (1024 * 1024))
    .replace('\u202f', '\u00a0');
}

/** A change in score, always signed: "+1,3", "-0,3", "0,0". */
export function formatDelta(delta: number, locale: Locale): string {
  const plain = plainDelta(delta, locale);
  if (plain !== undefined) return plain;
  const f = once(`delta:${locale}`, () =>
    new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
  );
  return f.format(delta);
}

/** For a chart's time axis: "21 nov. 2026" (OQLF: "1er déc. 2026"), "Nov 21, 2026". */
export function formatShortDate(iso: string | number, locale: Locale): string {
  return plainShortDate(iso, locale);
}

/** 1234 → "1 234" in French (no-break space), "1,234" in English. */
export function formatCount(n: number, locale: Locale): string {
  const plain = plainCount(n);
  if (plain !== undefined) return plain;
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
