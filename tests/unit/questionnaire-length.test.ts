/**
 * How long a full pass takes, estimated from the file the same way for every version, so versions
 * compare: every word of the questions and of their five statements read at 230 words a minute, the
 * help of one question in four read too (it sits under each question; most people read it only when
 * unsure), and 3 seconds per answer to choose and click. Counted for what an organization is asked:
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
import type { Locale } from '../../src/core/text.ts';
import { personas } from '../fixtures/personas/index.ts';

const WORDS_PER_MINUTE = 230;
const HELP_READ_SHARE = 1 / 4;
const SECONDS_PER_ANSWER = 3;

const catalog = JSON.parse(readFileSync(new URL('../../questionnaires/catalog.json', import.meta.url), 'utf8')) as {
  current: Record<string, string>;
};

function load(version: string): Questionnaire {
  const result = parseQuestionnaireText(
    readFileSync(new URL(`../../questionnaires/cqm-maturite/${version}.json`, import.meta.url), 'utf8'),
  );
  if (!result.ok) throw new Error(`cqm-maturite ${version} does not parse`);
  return result.questionnaire;
}

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Minutes for one full pass of `q` in `locale`, by the measure above. */
function passMinutes(q: Questionnaire, locale: Locale): number {
  let read = 0;
  let help = 0;
  for (const item of q.items) {
    read += words(item.question[locale]) + item.statements.reduce((n, s) => n + words(s.text[locale]), 0);
    help += words(item.help[locale]);
  }
  return (read + help * HELP_READ_SHARE) / WORDS_PER_MINUTE + (q.items.length * SECONDS_PER_ANSWER) / 60;
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
});
