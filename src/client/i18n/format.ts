import type { Locale } from '../../core/text.ts';

const intlLocale = (locale: Locale) => (locale === 'fr' ? 'fr-CA' : 'en-CA');

/** 3.4 → "3,4" in French, "3.4" in English. */
export function formatScore(score: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    score,
  );
}

/** 0.75 → "75 %" in French (no-break space), "75%" in English. */
export function formatPercent(share: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 })
    .format(share)
    .replace('\u202f', '\u00a0');
}

export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long' }).format(new Date(iso));
}

export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** 52428800 → "50 Mo" in French, "50 MB" in English. */
export function formatMegabytes(bytes: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 })
    .format(bytes / (1024 * 1024))
    .replace('\u202f', '\u00a0');
}

/** A change in score, always signed: "+1,3", "-0,3", "0,0". */
export function formatDelta(delta: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(delta);
}

/** For a chart's time axis: "21 nov. 2026", "Nov 21, 2026". */
export function formatShortDate(iso: string | number, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium' }).format(new Date(iso));
}
