/**
 * The interface language. On a first visit, the browser's (French or English, else French), then
 * remembered; the choice is kept in localStorage because it must be known synchronously, before the
 * first paint, and it is a preference, not the organization's data.
 */
import { DEFAULT_LOCALE, isLocale, localeFromLanguages, type Locale } from '../../core/text.ts';

const KEY = 'diapason.locale';

function browserLocale(): Locale {
  return typeof navigator === 'undefined' ? DEFAULT_LOCALE : localeFromLanguages(navigator.languages ?? [navigator.language]);
}

function readSaved(): Locale {
  try {
    const saved = localStorage.getItem(KEY);
    if (isLocale(saved)) return saved;
    // First visit: the browser's language, kept so the interface stays in it.
    const chosen = browserLocale();
    localStorage.setItem(KEY, chosen);
    return chosen;
  } catch {
    return browserLocale();
  }
}

export class LocaleState {
  current = $state<Locale>(readSaved());

  constructor() {
    this.#apply();
  }

  set(locale: Locale) {
    this.current = locale;
    try {
      localStorage.setItem(KEY, locale);
    } catch {
      // Private mode or storage full: the choice lasts for this visit only.
    }
    this.#apply();
  }

  /** The catalog of one message area in the current language. */
  pick<T>(area: { fr: T; en: T }): T {
    return area[this.current];
  }

  #apply() {
    if (typeof document !== 'undefined') document.documentElement.lang = this.current === 'fr' ? 'fr-CA' : 'en-CA';
  }
}

export const locale = new LocaleState();
