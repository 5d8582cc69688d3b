/**
 * Items that apply to some ways of selling only: an item that does not apply is not asked, not
 * scored, not counted in coverage or sufficiency, and stays out of the roadmap; a variant rewords
 * an item for some organizations without touching its statements.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AnswerValue } from '../../../src/core/answers.ts';
import { itemApplies, questionnaireFor, wordingOf } from '../../../src/core/applicability.ts';
import { SALES_MODES, type SalesMode } from '../../../src/core/profile.ts';
import { assessReadiness } from '../../../src/core/readiness.ts';
import { generateRoadmap } from '../../../src/core/roadmap.ts';
import { scoreAssessment } from '../../../src/core/scoring.ts';
import { criterion, makeAnswers, makeQuestionnaire, withReadiness } from '../../support/builders.ts';

const text = (fr: string, en = fr) => ({ fr, en });
const salesModes = fc.uniqueArray(fc.constantFrom(...SALES_MODES), { maxLength: SALES_MODES.length });
const someModes = fc.uniqueArray(fc.constantFrom(...SALES_MODES), { minLength: 1, maxLength: SALES_MODES.length });
const anyAnswer = fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5, 'dont-know', 'not-applicable');

/** d: three items for everyone, one for halls only; h: only items for halls (a whole dimension). */
const hallQuestionnaire = () =>
  makeQuestionnaire([
    { id: 'd', items: [{}, {}, {}, { appliesWhen: ['salle'] }] },
    { id: 'h', items: [{ appliesWhen: ['salle'] }, { appliesWhen: ['salle', 'festival'] }] },
  ]);

describe('which items apply', () => {
  it('every item applies when the profile declares no sales mode (older profiles)', () => {
    fc.assert(
      fc.property(someModes, (modes) => {
        const item = makeQuestionnaire([{ id: 'd', items: [{ appliesWhen: modes }] }]).items[0]!;
        expect(itemApplies(item, undefined)).toBe(true);
        expect(itemApplies(item, [])).toBe(true);
      }),
    );
  });

  it('an item applies exactly when the profile shares one of its sales modes', () => {
    fc.assert(
      fc.property(someModes, someModes, (wanted, declared) => {
        const item = makeQuestionnaire([{ id: 'd', items: [{ appliesWhen: wanted }] }]).items[0]!;
        expect(itemApplies(item, declared)).toBe(wanted.some((m) => declared.includes(m)));
      }),
    );
  });

  it('an item without appliesWhen applies to everyone', () => {
    fc.assert(
      fc.property(salesModes, (declared) => {
        expect(itemApplies(makeQuestionnaire().items[0]!, declared)).toBe(true);
      }),
    );
  });
});

describe('wording', () => {
  const variants = [
    { when: { salesModes: ['vente-a-cachet'] as SalesMode[] }, question: text('Q cachet ?', 'Fee Q?'), help: text('Aide cachet', 'Fee help') },
    { when: { salesModes: ['salle'] as SalesMode[] }, help: text('Aide salle', 'Hall help') },
  ];
  const item = makeQuestionnaire([{ id: 'd', items: [{ variants }] }]).items[0]!;

  it('is the item’s own without a matching variant', () => {
    expect(wordingOf(item, ['tournee'])).toEqual({ question: item.question, help: item.help });
    expect(wordingOf(item, undefined)).toEqual({ question: item.question, help: item.help });
  });

  it('comes from the first variant that matches, field by field', () => {
    expect(wordingOf(item, ['salle', 'vente-a-cachet'])).toEqual({ question: variants[0]!.question, help: variants[0]!.help });
    // The hall variant has no question of its own: the item's question stays.
    expect(wordingOf(item, ['salle'])).toEqual({ question: item.question, help: text('Aide salle', 'Hall help') });
  });

  it('never changes the statements, so every organization’s answers compare', () => {
    const view = questionnaireFor(makeQuestionnaire([{ id: 'd', items: [{ variants }] }]), ['vente-a-cachet']);
    expect(view.items[0]!.question).toEqual(variants[0]!.question);
    expect(view.items[0]!.statements).toEqual(item.statements);
  });
});

describe('the organization’s questionnaire', () => {
  it('keeps only the items that apply, and drops a dimension none of whose items apply', () => {
    const view = questionnaireFor(hallQuestionnaire(), ['billetterie-propre']);
    expect(view.items.map((i) => i.id)).toEqual(['d-1', 'd-2', 'd-3']);
    expect(view.dimensions.map((d) => d.id)).toEqual(['d']);
    const hall = questionnaireFor(hallQuestionnaire(), ['salle']);
    expect(hall.items).toHaveLength(6);
    expect(hall.dimensions.map((d) => d.id)).toEqual(['d', 'h']);
  });

  it('is the questionnaire itself when nothing is declared', () => {
    const q = hallQuestionnaire();
    expect(questionnaireFor(q, undefined)).toEqual(q);
    expect(questionnaireFor(q, [])).toEqual(q);
  });

  it('drops the floors that name an item that does not apply', () => {
    const q = makeQuestionnaire([
      { id: 'd', items: [{}, { appliesWhen: ['salle'] }], floors: [{ item: 'd-2', atLeast: 3, maxStage: 2 }] },
    ]);
    expect(questionnaireFor(q, ['tournee']).dimensions[0]!.floors).toBeUndefined();
    expect(questionnaireFor(q, ['salle']).dimensions[0]!.floors).toHaveLength(1);
  });

  it('answers to items that do not apply change no score, no coverage and no sufficiency', () => {
    fc.assert(
      fc.property(
        fc.array(anyAnswer, { minLength: 3, maxLength: 3 }),
        fc.array(anyAnswer, { minLength: 3, maxLength: 3 }),
        (asked, notAsked) => {
          const view = questionnaireFor(hallQuestionnaire(), ['tournee']);
          const base = { 'd-1': asked[0]!, 'd-2': asked[1]!, 'd-3': asked[2]! };
          const extra = { 'd-4': notAsked[0]!, 'h-1': notAsked[1]!, 'h-2': notAsked[2]! };
          const without = scoreAssessment(view, makeAnswers(base));
          const withThem = scoreAssessment(view, makeAnswers({ ...base, ...extra }));
          expect(withThem).toEqual(without);
          expect(withThem.dimensions[0]!.total).toBe(3);
        },
      ),
    );
  });

  it('leaves items that do not apply out of the roadmap', () => {
    const view = questionnaireFor(hallQuestionnaire(), ['tournee']);
    const actions = generateRoadmap(view, makeAnswers({ 'd-1': 1, 'd-2': 'dont-know', 'd-3': 1, 'd-4': 1, 'h-1': 1 }));
    const items = new Set(actions.flatMap((a) => (a.itemId ? [a.itemId] : [])));
    expect([...items].sort()).toEqual(['d-1', 'd-2', 'd-3']);
  });

  it('meets a readiness condition on an item that does not apply: nothing that cannot exist is missing', () => {
    const q = withReadiness(hallQuestionnaire(), [criterion('salle', [['h-1', 3]]), criterion('base', [['d-1', 3]])], 1);
    const result = assessReadiness(questionnaireFor(q, ['tournee']), makeAnswers({ 'd-1': 3, 'h-1': 1 }));
    expect(result?.outcome).toBe('ready');
    const hall = assessReadiness(questionnaireFor(q, ['salle']), makeAnswers({ 'd-1': 3, 'h-1': 1 }));
    expect(hall?.missing.map((c) => c.criterionId)).toEqual(['salle']);
  });
});
