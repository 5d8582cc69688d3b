import { describe, expect, it } from 'vitest';
import { fixFrenchSpacing } from '../../../src/client/i18n/typography.ts';

type Area = { fr: Record<string, unknown>; en: Record<string, unknown> };
const modules = import.meta.glob<Area>('../../../src/client/i18n/*.ts', { eager: true });
const areas = Object.entries(modules).filter(([path]) => !/\/(format|typography)\.ts$/.test(path));

/**
 * Calls a message function with a parameter object whose every field is `n` (a number: counts go
 * through Intl, and a date or name reads fine as one); `used` gets the names of the fields it read.
 */
function sample(value: unknown, n = 2, used = new Set<string>()): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'function') {
    // A number to Intl and plural rules, a string to templates and string methods.
    const value = () => Object.assign(new String(String(n)), { valueOf: () => n });
    const params = new Proxy({}, { get: (_t, key) => (typeof key === 'string' ? (used.add(key), value()) : undefined) });
    return String((value as (p: unknown) => unknown)(params));
  }
  throw new Error(`unexpected message type ${typeof value}`);
}

/** A plural written with brackets: "réponse(s)", "terminée(s)", "organization(s)", "telle(s)". */
const BRACKET_PLURAL = /\p{L}\((?:s|es|x|e|le|ne)\)/iu;

describe('message catalogs', () => {
  it('exist for every area of the app', () => {
    expect(areas.map(([p]) => p.split('/').pop())).toEqual(
      expect.arrayContaining(['common.ts', 'home.ts', 'profile.ts', 'questionnaire.ts', 'result.ts', 'settings.ts']),
    );
  });

  it.each(areas)('%s has the same keys, of the same kind, in French and English', (_path, area) => {
    expect(Object.keys(area.en).sort()).toEqual(Object.keys(area.fr).sort());
    for (const key of Object.keys(area.fr)) {
      expect(typeof area.en[key], key).toBe(typeof area.fr[key]);
    }
  });

  it.each(areas)('%s has no empty message and the same parameters in both languages', (_path, area) => {
    for (const key of Object.keys(area.fr)) {
      const usedFr = new Set<string>();
      const usedEn = new Set<string>();
      expect(sample(area.fr[key], 2, usedFr).trim(), `fr.${key}`).not.toBe('');
      expect(sample(area.en[key], 2, usedEn).trim(), `en.${key}`).not.toBe('');
      expect([...usedEn].sort(), key).toEqual([...usedFr].sort());
    }
  });

  it.each(areas)('%s writes plurals by the language’s rules, never with "(s)"', (_path, area) => {
    for (const language of ['fr', 'en'] as const) {
      for (const [key, message] of Object.entries(area[language])) {
        for (const n of [0, 1, 2, 1234]) expect(sample(message, n), `${language}.${key} (${n})`).not.toMatch(BRACKET_PLURAL);
      }
    }
  });

  it.each(areas)('%s French text has no ordinary space before : ; ! ? »', (_path, area) => {
    for (const key of Object.keys(area.fr)) {
      expect(sample(area.fr[key]), `fr.${key}`).not.toMatch(/ [:;!?»]/);
    }
  });
});

describe('the plural rules the catalogs use', () => {
  it('in French 0 and 1 take the singular; in English only 1; counts are formatted by Intl', async () => {
    const { count } = await import('../../../src/client/i18n/format.ts');
    const { fr, en } = await import('../../../src/client/i18n/questionnaire.ts');
    expect(fr.overallProgress({ answered: 0, total: 40 })).toBe('0 réponse sur 40');
    expect(fr.overallProgress({ answered: 1, total: 40 })).toBe('1 réponse sur 40');
    expect(fr.overallProgress({ answered: 2, total: 40 })).toBe('2 réponses sur 40');
    expect(en.unanswered({ n: 1 })).toMatch(/^1 question unanswered\./);
    expect(count(0, 'en', 'answer', 'answers')).toBe('0 answers');
    expect(count(1, 'en', 'answer', 'answers')).toBe('1 answer');
    expect(count(1234, 'fr', 'réponse', 'réponses')).toBe('1\u00a0234 réponses');
    expect(count(1234, 'en', 'answer', 'answers')).toBe('1,234 answers');
  });

  it('the check catches a bracketed plural', () => {
    for (const bad of ['0 réponse(s)', '1 action(s) faite(s)', '40 answer(s) carried over', 'telle(s) quelle(s)']) expect(bad).toMatch(BRACKET_PLURAL);
    expect('Score (1 à 5)').not.toMatch(BRACKET_PLURAL);
  });
});

describe('fixFrenchSpacing', () => {
  it('puts a no-break space before high punctuation and inside guillemets', () => {
    expect(fixFrenchSpacing('Détails : « oui » ; non ? Si !')).toBe(
      'Détails\u00a0: «\u00a0oui\u00a0»\u00a0; non\u00a0? Si\u00a0!',
    );
  });
  it('leaves English-style text and URLs alone', () => {
    expect(fixFrenchSpacing('Note: http://x.y/z?a=1')).toBe('Note: http://x.y/z?a=1');
  });
});
