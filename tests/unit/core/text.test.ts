import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, localeFromLanguages } from '../../../src/core/text.ts';

describe('localeFromLanguages (the first visit’s language, from the browser’s list)', () => {
  it.each([
    [['en-US', 'en'], 'en'],
    [['en-CA', 'fr-CA'], 'en'],
    [['fr-CA', 'en-CA'], 'fr'],
    [['FR'], 'fr'],
    [['de-DE', 'en-GB', 'fr'], 'en'],
    [['es-ES', 'de'], DEFAULT_LOCALE],
    [[], DEFAULT_LOCALE],
  ])('%j → %s', (languages, expected) => {
    expect(localeFromLanguages(languages)).toBe(expected);
  });

  it('the first French or English entry decides, whatever comes before or after it', () => {
    const other = fc.constantFrom('de', 'es-MX', 'it', 'pt-BR', 'zh-Hans');
    fc.assert(
      fc.property(fc.array(other), fc.constantFrom('fr', 'en'), fc.array(fc.constantFrom('fr', 'en', 'de')), (before, first, after) => {
        expect(localeFromLanguages([...before, `${first}-XX`, ...after])).toBe(first);
      }),
    );
  });
});
