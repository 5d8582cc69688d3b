/**
 * Numbers and dates the screens print, written out without Intl: building a page's first Intl
 * formatter loads the browser's locale data (~50–80 ms of main thread, ×4 on a phone), and these are
 * most of what the screens need. Each prints exactly what Intl prints (tests/unit/client/
 * format-fast-paths.test.ts checks them against Intl), except where OQLF asks otherwise ("1er").
 */
import type { Locale } from '../../core/text.ts';

/**
 * `value` × 10^shift rounded to `decimals` decimals as Intl rounds (its shortest decimal form, halves
 * away from zero, so 1.15 → 1.2 where toFixed gives 1.1): the digits, the decimal point before the
 * last `decimals` of them. Undefined for what this does not cover (negative zero, exponents, 1,000
 * or more): the caller asks Intl.
 */
function roundedDigits(value: number, decimals: number, shift = 0): { digits: string; negative: boolean } | undefined {
  if (!Number.isFinite(value) || Object.is(value, -0)) return undefined;
  const text = String(Math.abs(value));
  if (text.includes('e')) return undefined;
  const [whole = '0', fraction = ''] = text.split('.');
  const padded = fraction.padEnd(shift + decimals + 1, '0');
  let units = Number(whole + padded.slice(0, shift + decimals));
  if (padded[shift + decimals]! >= '5') units += 1;
  const digits = String(units).padStart(decimals + 1, '0');
  if (digits.length > decimals + 3) return undefined;
  return { digits, negative: value < 0 };
}

const point = (digits: string, decimals: number, locale: Locale) =>
  decimals ? `${digits.slice(0, -decimals)}${locale === 'fr' ? ',' : '.'}${digits.slice(-decimals)}` : digits;

/** A whole count below 1,000: no separator, the same in both languages. */
export function plainCount(n: number): string | undefined {
  return Number.isInteger(n) && n >= 0 && n < 1000 ? String(n) : undefined;
}

/** A score or any number with exactly one decimal: "3,4", "3.4". */
export function plainDecimal(value: number, locale: Locale): string | undefined {
  const rounded = roundedDigits(value, 1);
  if (!rounded) return undefined;
  // Intl writes a negative number that rounds to zero with its sign ("-0,0").
  return `${rounded.negative ? '-' : ''}${point(rounded.digits, 1, locale)}`;
}

/** A change, always signed unless it rounds to zero: "+1,3", "-0,3", "0,0". */
export function plainDelta(value: number, locale: Locale): string | undefined {
  const rounded = roundedDigits(value, 1);
  if (!rounded) return undefined;
  const sign = /^0+$/.test(rounded.digits) ? '' : rounded.negative ? '-' : '+';
  return `${sign}${point(rounded.digits, 1, locale)}`;
}

/** A share as a whole percent: "75 %" (no-break space), "75%". */
export function plainPercent(share: number, locale: Locale): string | undefined {
  const rounded = roundedDigits(share, 0, 2);
  if (!rounded) return undefined;
  return `${rounded.negative ? '-' : ''}${rounded.digits}${locale === 'fr' ? '\u00a0%' : '%'}`;
}

const SHORT_MONTHS: Record<Locale, readonly string[]> = {
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juill.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

const MONTHS: Record<Locale, readonly string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** A value as a date, or undefined if it is not one (shown as it is written, never thrown). */
function dateOf(value: string | number): Date | undefined {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The day, month and year, in the laptop's time zone; OQLF writes the first of the month "1er". */
function dayMonthYear(date: Date, locale: Locale, months: Record<Locale, readonly string[]>): string {
  const day = date.getDate();
  const month = months[locale][date.getMonth()]!;
  const year = date.getFullYear();
  return locale === 'fr' ? `${day === 1 ? '1er' : day} ${month} ${year}` : `${month} ${day}, ${year}`;
}

/** "7 décembre 2026", "December 7, 2026". */
export function plainLongDate(value: string | number, locale: Locale): string {
  const date = dateOf(value);
  return date ? dayMonthYear(date, locale, MONTHS) : String(value);
}

/** "7 déc. 2026", "Dec 7, 2026". */
export function plainShortDate(value: string | number, locale: Locale): string {
  const date = dateOf(value);
  return date ? dayMonthYear(date, locale, SHORT_MONTHS) : String(value);
}

/** "7 déc. 2026, 09 h 05", "Dec 7, 2026, 9:05 a.m.". */
export function plainDateTime(value: string | number, locale: Locale): string {
  const date = dateOf(value);
  if (!date) return String(value);
  const hours = date.getHours();
  const minutes = String(date.getMinutes()).padStart(2, '0');
  const time = locale === 'fr' ? `${String(hours).padStart(2, '0')} h ${minutes}` : `${hours % 12 || 12}:${minutes} ${hours < 12 ? 'a.m.' : 'p.m.'}`;
  return `${dayMonthYear(date, locale, SHORT_MONTHS)}, ${time}`;
}
