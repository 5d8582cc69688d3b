/**
 * Québec French typography (OQLF) for the catalogs, the rule `npm run questionnaire:check` holds
 * questionnaire files to (src/core/questionnaire/typography.ts):
 *   - a narrow no-break space (U+202F) before ; ! ? — a plain or full no-break space there is
 *     France's habit, not Québec's;
 *   - a no-break space (U+00A0) before : and », and after «, so "Détails : …" never breaks before
 *     its colon.
 * Catalogs are written with ordinary spaces and passed through `frenchSpacing` once; functions have
 * their output fixed too. Text written tight ("concerts?") stays tight: no space is Québec's other
 * correct spelling, and the questionnaire from 3.0.0 on is written that way.
 */
export const NARROW_NBSP = '\u202f';
export const NBSP = '\u00a0';

export function fixFrenchSpacing(text: string): string {
  return text
    .replace(/«[ \u202f]/g, `«${NBSP}`)
    .replace(/[ \u00a0\u202f]([;!?])/g, `${NARROW_NBSP}$1`)
    .replace(/[ \u202f]([:»])/g, `${NBSP}$1`)
    // 70 %, 25 $: the unit stays with its number.
    .replace(/(\d) ([$%])/g, `$1${NBSP}$2`);
}

type Catalog = Record<string, unknown>;

export function frenchSpacing<T extends Catalog>(catalog: T): T {
  const out: Catalog = {};
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === 'string') out[key] = fixFrenchSpacing(value);
    else if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => string;
      out[key] = (...args: unknown[]) => fixFrenchSpacing(fn(...args));
    } else out[key] = value;
  }
  return out as T;
}
