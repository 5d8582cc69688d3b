/** The listing a committee reads on paper: every item once, in the order a respondent meets them. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { buildListing, listedItems } from '../../../src/core/questionnaire/listing.ts';
import { itemNumbers, type Questionnaire } from '../../../src/core/questionnaire/schema.ts';
import { checkQuestionnaireText, isUsable } from '../../../src/core/questionnaire/check.ts';
import { criterion, makeAction, makeQuestionnaire, withReadiness } from '../../support/builders.ts';

const shuffled = (q: Questionnaire, keys: number[]): Questionnaire => ({
  ...q,
  items: q.items
    .map((item, i) => ({ item, key: keys[i] ?? 0 }))
    .sort((x, y) => x.key - y.key)
    .map((x) => x.item),
});

describe('buildListing', () => {
  it('property: every item is listed once, numbered 1 to n, in the order of dimensions, whatever the file order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 48, maxLength: 48 }),
        fc.constantFrom('fr' as const, 'en' as const),
        (counts, keys, locale) => {
          const q = shuffled(makeQuestionnaire(counts.map((n, d) => ({ id: `d${d}`, items: n }))), keys);
          const listing = buildListing(q, locale);
          const listed = listedItems(listing);
          expect(listed.map((i) => i.id).sort()).toEqual(q.items.map((i) => i.id).sort());
          expect(new Set(listed.map((i) => i.id)).size).toBe(q.items.length);
          expect(listed.map((i) => i.number)).toEqual(q.items.map((_, i) => i + 1));
          // Each dimension holds its own items, and the dimensions keep the file's order.
          expect(listing.dimensions.map((d) => d.id)).toEqual(q.dimensions.map((d) => d.id));
          for (const d of listing.dimensions) {
            for (const item of d.items) expect(q.items.find((i) => i.id === item.id)?.dimension).toBe(d.id);
          }
          const numbers = itemNumbers(q);
          for (const item of listed) expect(item.number).toBe(numbers.get(item.id));
        },
      ),
    );
  });

  it('gives each statement its stage name and its next step with effort and horizon, in the chosen language', () => {
    const q = makeQuestionnaire([{ id: 'collecte', items: 1 }]);
    const [fr] = listedItems(buildListing(q, 'fr'));
    const [en] = listedItems(buildListing(q, 'en'));
    expect(fr?.question).toBe('Question collecte-1 ?');
    expect(en?.question).toBe('Question collecte-1?');
    expect(fr?.statements.map((s) => s.level)).toEqual([1, 2, 3, 4, 5]);
    expect(fr?.statements[0]).toEqual({
      level: 1,
      stage: 'Niveau 1',
      text: 'collecte-1 énoncé 1',
      nextStep: { text: 'collecte-1 prochaine étape 1', effort: 'small', horizon: '0-3' },
    });
    expect(en?.statements[4]).toEqual({ level: 5, stage: 'Level 5', text: 'collecte-1 statement 5' });
  });

  it('lists a dimension’s actions by stage, and readiness only when the file has it', () => {
    const q = makeQuestionnaire([{ id: 'collecte', items: 2, actions: [makeAction('plan', 4), makeAction('outil', 2, { effort: 'large' })] }]);
    const plain = buildListing(q, 'fr');
    expect(plain.readiness).toBeUndefined();
    expect(plain.dimensions[0]?.actions.map((a) => [a.id, a.targetStage, a.effort])).toEqual([
      ['outil', 2, 'large'],
      ['plan', 4, 'medium'],
    ]);
    const ready = buildListing(withReadiness(q, [criterion('acces', [['collecte-2', 3]], { essential: true })]), 'en');
    expect(ready.readiness?.criteria).toEqual([
      {
        id: 'acces',
        label: 'Criterion acces',
        missing: 'Missing acces',
        essential: true,
        match: 'all',
        requires: [{ item: 2, question: 'Question collecte-2?', atLeast: 3 }],
      },
    ]);
  });

  it('lists every item of the shipped questionnaires', () => {
    for (const file of ['questionnaires/cqm-maturite/3.0.0.json', 'questionnaires/cqm-apercu/1.0.0.json']) {
      const checked = checkQuestionnaireText(readFileSync(file, 'utf8'), file);
      expect(isUsable(checked)).toBe(true);
      if (!isUsable(checked)) continue;
      const listed = listedItems(buildListing(checked.questionnaire, 'fr'));
      expect(listed).toHaveLength(checked.questionnaire.items.length);
    }
  });
});

describe('checkQuestionnaireText', () => {
  it('tells a syntax error with its line and column, and a missing field as missing', () => {
    const broken = checkQuestionnaireText('{\n  "id": "x",\n  "version" "1.0.0"\n}', 'broken.json');
    expect(isUsable(broken)).toBe(false);
    expect(broken.errors[0]).toMatchObject({ kind: 'json-syntax', line: 3 });
    const q = makeQuestionnaire();
    const { title: _title, ...withoutTitle } = q;
    const missing = checkQuestionnaireText(JSON.stringify(withoutTitle), 'missing.json');
    expect(missing.errors).toContainEqual({ kind: 'missing', path: ['title'] });
  });

  it('lets a file with warnings only be used', () => {
    const checked = checkQuestionnaireText(JSON.stringify(makeQuestionnaire()), 'ok.json');
    expect(checked.errors).toEqual([]);
    expect(checked.warnings.length).toBeGreaterThan(0);
    expect(isUsable(checked)).toBe(true);
  });
});
