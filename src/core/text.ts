import { z } from 'zod/mini';

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
/** French is the default and must always be complete. */
export const DEFAULT_LOCALE: Locale = 'fr';

export function isLocale(value: unknown): value is Locale {
  return value === 'fr' || value === 'en';
}

/** Text shown to people: both languages, never empty. Numbers never live inside it. */
export const LocalizedTextSchema = z.strictObject({
  fr: z.string().check(z.trim(), z.minLength(1)),
  en: z.string().check(z.trim(), z.minLength(1)),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export function pick(text: LocalizedText, locale: Locale): string {
  return text[locale];
}

/**
 * The interface language for a first visit, from the browser's preferred languages (in order): the
 * first French or English one, else French.
 */
export function localeFromLanguages(languages: readonly string[]): Locale {
  for (const language of languages) {
    const primary = language.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}
