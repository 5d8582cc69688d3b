import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixFrenchSpacing } from '../../../src/client/i18n/typography.ts';
import { frenchTypographyProblems } from '../../../src/core/questionnaire/typography.ts';

type Area = { fr: Record<string, unknown>; en: Record<string, unknown> };
const modules = import.meta.glob<Area>('../../../src/client/i18n/*.ts', { eager: true });
const areas = Object.entries(modules).filter(([path]) => !/\/(format|plain-format|typography)\.ts$/.test(path));

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

  it.each(areas)('%s French text follows Québec typography (OQLF), as questionnaire files must', (_path, area) => {
    for (const key of Object.keys(area.fr)) {
      for (const n of [0, 1, 2]) {
        const text = sample(area.fr[key], n);
        expect(text, `fr.${key}`).not.toMatch(/ [:;!?»]|« /);
        expect(frenchTypographyProblems(text), `fr.${key}: ${text}`).toEqual([]);
      }
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
  it('puts a narrow no-break space before ; ! ? and a no-break space before : and inside « »', () => {
    expect(fixFrenchSpacing('Détails : « oui » ; non ? Si !')).toBe(
      'Détails\u00a0: «\u00a0oui\u00a0»\u202f; non\u202f? Si\u202f!',
    );
  });
  it('turns France’s full no-break space before ; ! ? into the narrow one, and a narrow one before : into a full one', () => {
    expect(fixFrenchSpacing('Prêt\u00a0? Oui\u00a0! Note\u202f: «\u202fx\u202f»')).toBe('Prêt\u202f? Oui\u202f! Note\u00a0: «\u00a0x\u00a0»');
  });
  it('leaves tight punctuation tight: no space before ; ! ? is correct in Québec too', () => {
    expect(fixFrenchSpacing('Comment vendez-vous vos concerts?')).toBe('Comment vendez-vous vos concerts?');
    expect(frenchTypographyProblems('Comment vendez-vous vos concerts?')).toEqual([]);
  });
  it('gives text that passes the questionnaire files’ OQLF check, whatever it was given', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('mot', ' ', '\u00a0', '\u202f', ':', ';', '!', '?', '«', '»', 'http://a.b')), (parts) => {
        const fixed = fixFrenchSpacing(parts.join(''));
        const problems = frenchTypographyProblems(fixed).filter((p) => p.rule !== 'colon-space' && p.rule !== 'guillemet-space');
        expect(problems).toEqual([]);
        expect(fixed).not.toMatch(/[ \u00a0][;!?]| [:»]|« /);
      }),
    );
  });
  it('leaves English-style text and URLs alone', () => {
    expect(fixFrenchSpacing('Note: http://x.y/z?a=1')).toBe('Note: http://x.y/z?a=1');
  });
});
