/**
 * Numbers and dates the first screens print, written out without Intl: building a page's first Intl
 * formatter loads the browser's locale data (~50–80 ms of main thread, ×4 on a phone), and these are
 * all the first screens need. Each prints exactly what Intl prints (tests/unit/client/
 * format-fast-paths.test.ts checks them against Intl), except where OQLF asks otherwise ("1er").
 */
import type { Locale } from '../../core/text.ts';

/**
 * A number with exactly one decimal, as Intl rounds it (its shortest decimal form, halves away from
 * zero): "3,4", "3.4". Undefined for what this does not cover (negative, 1,000 or more, exponents):
 * the caller asks Intl.
 */
export function plainDecimal(value: number, locale: Locale): string | undefined {
  if (!Number.isFinite(value) || value < 0 || Object.is(value, -0) || value >= 999.95) return undefined;
  const text = String(value);
  if (text.includes('e')) return undefined;
  const [whole = '0', fraction = ''] = text.split('.');
  let tenths = Number(whole) * 10 + Number(fraction[0] ?? '0');
  // Intl rounds the decimal it prints (1.15 → 1.2), not the binary value (toFixed: 1.1).
  if ((fraction[1] ?? '0') >= '5') tenths += 1;
  const digits = String(tenths).padStart(2, '0');
  return `${digits.slice(0, -1)}${locale === 'fr' ? ',' : '.'}${digits.slice(-1)}`;
}

const MONTHS: Record<Locale, readonly string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * A long date in the laptop's time zone: "7 décembre 2026" (OQLF writes the first "1er décembre"),
 * "December 7, 2026". A value that is not a date is shown as it is written, never thrown ("Invalid
 * time value"), so a stored value no check caught can never take a screen down.
 */
export function plainLongDate(value: string | number, locale: Locale): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const day = date.getDate();
  const month = MONTHS[locale][date.getMonth()]!;
  const year = date.getFullYear();
  return locale === 'fr' ? `${day === 1 ? '1er' : day} ${month} ${year}` : `${month} ${day}, ${year}`;
}
