import { describe, expect, it } from 'vitest';
import { fixFrenchSpacing } from '../../../src/client/i18n/typography.ts';

type Area = { fr: Record<string, unknown>; en: Record<string, unknown> };
const modules = import.meta.glob<Area>('../../../src/client/i18n/*.ts', { eager: true });
const areas = Object.entries(modules).filter(([path]) => !/\/(format|typography)\.ts$/.test(path));

/** Calls a message function with a parameter object whose every field is a recognisable value. */
function sample(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'function') {
    const params = new Proxy({}, { get: (_t, key) => (typeof key === 'string' ? `«${key}»` : undefined) });
    return String((value as (p: unknown) => unknown)(params));
  }
  throw new Error(`unexpected message type ${typeof value}`);
}

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
      const fr = sample(area.fr[key]);
      const en = sample(area.en[key]);
      expect(fr.trim(), `fr.${key}`).not.toBe('');
      expect(en.trim(), `en.${key}`).not.toBe('');
      const params = (s: string) => [...s.matchAll(/«(\w+)»/g)].map((m) => m[1]).sort();
      expect(params(en), key).toEqual(params(fr));
    }
  });

  it.each(areas)('%s French text has no ordinary space before : ; ! ? »', (_path, area) => {
    for (const key of Object.keys(area.fr)) {
      expect(sample(area.fr[key]), `fr.${key}`).not.toMatch(/ [:;!?»]/);
    }
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
