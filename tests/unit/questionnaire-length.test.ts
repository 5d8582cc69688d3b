/**
 * How long a full pass takes (src/core/questionnaire/duration.ts), for what an organization is asked:
 * every item when it declares no sales mode (the longest pass), fewer when some items do not apply.
 *
 * By this measure 1.0.0 takes about 19 minutes in French; the current version must stay within
 * "about 25 minutes" (no more than 26).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { questionnaireFor } from '../../src/core/applicability.ts';
import { parseQuestionnaireText } from '../../src/core/questionnaire/parse.ts';
import type { Questionnaire } from '../../src/core/questionnaire/schema.ts';
import { announcedMinutes, passMinutes } from '../../src/core/questionnaire/duration.ts';
import { personas } from '../fixtures/personas/index.ts';

const catalog = JSON.parse(readFileSync(new URL('../../questionnaires/catalog.json', import.meta.url), 'utf8')) as {
  current: Record<string, string>;
};

function load(version: string, id = 'cqm-maturite'): Questionnaire {
  const result = parseQuestionnaireText(readFileSync(new URL(`../../questionnaires/${id}/${version}.json`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(`${id} ${version} does not parse`);
  return result.questionnaire;
}

describe('the length of a full pass', () => {
  const current = load(catalog.current['cqm-maturite'] ?? '');

  it('measures the first version at about 20 minutes (the figure its changelog gives), as a check of the method', () => {
    const minutes = passMinutes(load('1.0.0'), 'fr');
    expect(minutes).toBeGreaterThan(17);
    expect(minutes).toBeLessThan(22);
  });

  it.each(['fr', 'en'] as const)('keeps the current version within about 25 minutes for every item (%s)', (locale) => {
    expect(passMinutes(current, locale)).toBeLessThanOrEqual(26);
  });

  it('is shorter, never longer, for an organization that is asked fewer items', () => {
    const all = passMinutes(current, 'fr');
    for (const persona of personas.filter((p) => p.questionnaire.version === current.version)) {
      expect(passMinutes(questionnaireFor(current, persona.profile.salesModes), 'fr'), persona.id).toBeLessThanOrEqual(all);
    }
  });

  it('keeps the taster within the ten minutes its title promises, and announces it so', () => {
    const taster = load(catalog.current['cqm-apercu'] ?? '', 'cqm-apercu');
    expect(passMinutes(taster, 'fr')).toBeLessThanOrEqual(10);
    expect(passMinutes(taster, 'en')).toBeLessThanOrEqual(10);
    expect(announcedMinutes(taster)).toBe(10);
    expect(announcedMinutes(current)).toBeGreaterThan(announcedMinutes(taster));
  });
});
