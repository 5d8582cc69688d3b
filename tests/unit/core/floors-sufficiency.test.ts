/**
 * Floors cap a dimension's stage while a named practice is missing, with the reason; sufficiency
 * rules come from the file (share answered, don't-know answers); the spread of answers per level.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AnswerValue } from '../../../src/core/answers.ts';
import type { Questionnaire } from '../../../src/core/questionnaire/schema.ts';
import { generateRoadmap } from '../../../src/core/roadmap.ts';
import { scoreAssessment, type DimensionScore } from '../../../src/core/scoring.ts';
import { makeAction, makeAnswers, makeQuestionnaire } from '../../support/builders.ts';

const anyAnswer = fc.option(fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5, 'dont-know', 'not-applicable'), { nil: undefined });

function only(q: Questionnaire, answers: Record<string, AnswerValue>): DimensionScore {
  return scoreAssessment(q, makeAnswers(answers)).dimensions[0]!;
}

/** Governance-like: item g-1 is the designated person; below 3 the dimension stays at stage 2. */
const governance = (extra: Partial<Questionnaire> = {}) =>
  makeQuestionnaire(
    [{ id: 'g', items: [{ notApplicable: true }, {}, {}, {}], floors: [{ item: 'g-1', atLeast: 3, maxStage: 2 }] }],
    extra,
  );

describe('floors', () => {
  it('cap the stage, not the score, and say which floor did it', () => {
    const d = only(governance(), { 'g-1': 2, 'g-2': 5, 'g-3': 5, 'g-4': 5 });
    expect(d).toMatchObject({ score: 4.3, uncappedStage: 4, stage: 2 });
    expect(d.cappedBy).toEqual({ item: 'g-1', atLeast: 3, maxStage: 2 });
  });

  it('count don’t know as below, and lift for an answer at the level or for not applicable', () => {
    const others = { 'g-2': 4, 'g-3': 4, 'g-4': 4 } as const;
    expect(only(governance(), { ...others, 'g-1': 'dont-know' })).toMatchObject({ stage: 2 });
    expect(only(governance(), { ...others, 'g-1': 3 })).toMatchObject({ stage: 3, cappedBy: null });
    expect(only(governance(), { ...others, 'g-1': 'not-applicable' })).toMatchObject({ stage: 4, cappedBy: null });
  });

  it('never cap a stage already at or below the cap', () => {
    expect(only(governance(), { 'g-1': 1, 'g-2': 2, 'g-3': 2, 'g-4': 2 })).toMatchObject({ stage: 1, cappedBy: null });
  });

  it('the lowest cap wins when several bite', () => {
    const q = makeQuestionnaire([
      {
        id: 'g',
        items: 3,
        floors: [
          { item: 'g-1', atLeast: 3, maxStage: 3 },
          { item: 'g-2', atLeast: 4, maxStage: 2 },
        ],
      },
    ]);
    expect(only(q, { 'g-1': 1, 'g-2': 3, 'g-3': 5 }).cappedBy?.item).toBe('g-2');
  });

  it('property: the stage is the whole part of the score unless a floor bites, and then its cap', () => {
    fc.assert(
      fc.property(fc.array(anyAnswer, { minLength: 4, maxLength: 4 }), (values) => {
        const answers: Record<string, AnswerValue> = {};
        values.forEach((v, i) => {
          if (v !== undefined) answers[`g-${i + 1}`] = v;
        });
        const d = only(governance(), answers);
        const floorBelow = answers['g-1'] !== 'not-applicable' && !(typeof answers['g-1'] === 'number' && answers['g-1'] >= 3);
        if (d.uncappedStage === null) {
          expect(d.stage).toBeNull();
          return;
        }
        expect(d.uncappedStage).toBe(Math.floor(d.score!));
        expect(d.stage).toBe(floorBelow ? Math.min(2, d.uncappedStage) : d.uncappedStage);
        expect(d.cappedBy !== null).toBe(floorBelow && d.uncappedStage > 2);
      }),
    );
  });

  it('set the roadmap from the capped stage: the default target is one above it', () => {
    const q = makeQuestionnaire([
      {
        id: 'g',
        items: 3,
        floors: [{ item: 'g-1', atLeast: 3, maxStage: 2 }],
        actions: [makeAction('g-vers3', 3), makeAction('g-vers4', 4), makeAction('g-vers5', 5)],
      },
    ]);
    const actions = generateRoadmap(q, makeAnswers({ 'g-1': 1, 'g-2': 5, 'g-3': 5 }));
    // Stage 2 (capped from 3): target 3; the floor item's next step comes first.
    expect(actions.map((a) => a.id)).toEqual(['item:g-1:1', 'dimension:g:g-vers3']);
  });
});

describe('sufficiency declared in the file', () => {
  it('defaults to 70 % answered with a level, without a limit on don’t know', () => {
    const q = makeQuestionnaire([{ id: 'a', items: 10 }]);
    const answers: Record<string, AnswerValue> = {};
    for (let i = 1; i <= 10; i++) answers[`a-${i}`] = i <= 7 ? 3 : 'dont-know';
    expect(only(q, answers)).toMatchObject({ sufficient: true, lacking: [] });
  });

  it('takes its share from the file', () => {
    const q = makeQuestionnaire([{ id: 'a', items: 10 }], { sufficiency: { minAnsweredShare: 0.8 } });
    const answers: Record<string, AnswerValue> = {};
    for (let i = 1; i <= 8; i++) answers[`a-${i}`] = 3;
    expect(only(q, answers)).toMatchObject({ sufficient: true });
    delete answers['a-8'];
    expect(only(q, answers)).toMatchObject({ sufficient: false, stage: null, lacking: ['answered-share'] });
  });

  it('refuses a stage with more don’t-know answers than the file allows', () => {
    const q = makeQuestionnaire([{ id: 'a', items: 10 }], { sufficiency: { maxDontKnow: 2 } });
    const answers: Record<string, AnswerValue> = {};
    for (let i = 1; i <= 10; i++) answers[`a-${i}`] = i <= 8 ? 3 : 'dont-know';
    expect(only(q, answers)).toMatchObject({ sufficient: true, dontKnow: 2 });
    answers['a-8'] = 'dont-know';
    expect(only(q, answers)).toMatchObject({ sufficient: false, stage: null, lacking: ['dont-know'] });
  });

  it('gives no overall figure while any dimension lacks information', () => {
    const q = makeQuestionnaire(
      [
        { id: 'a', items: 3 },
        { id: 'b', items: 3 },
      ],
      { sufficiency: { maxDontKnow: 1 } },
    );
    const full = { 'a-1': 3, 'a-2': 3, 'a-3': 4, 'b-1': 2, 'b-2': 2, 'b-3': 2 } as const;
    expect(scoreAssessment(q, makeAnswers(full)).overall).toBe(2.7);
    const short = scoreAssessment(q, makeAnswers({ ...full, 'b-2': 'dont-know', 'b-3': 'dont-know' }));
    expect(short.dimensions.map((d) => d.sufficient)).toEqual([true, false]);
    expect(short.overall).toBeNull();
  });

  it('a dimension where nothing is applicable lacks nothing and withholds no overall figure', () => {
    const q = makeQuestionnaire(
      [
        { id: 'a', items: 2 },
        { id: 'b', items: [{ notApplicable: true }] },
      ],
      { sufficiency: {} },
    );
    const result = scoreAssessment(q, makeAnswers({ 'a-1': 4, 'a-2': 5, 'b-1': 'not-applicable' }));
    expect(result.dimensions[1]).toMatchObject({ sufficient: false, lacking: [] });
    expect(result.overall).toBe(4.5);
  });

  it('property: with sufficiency declared, an overall figure means every dimension with something applicable has a stage', () => {
    fc.assert(
      fc.property(fc.array(fc.array(anyAnswer, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 }), fc.nat(3), (dims, max) => {
        const q = makeQuestionnaire(
          dims.map((items, d) => ({ id: `d${d}`, items: items.map(() => ({ notApplicable: true })) })),
          { sufficiency: { maxDontKnow: max } },
        );
        const answers: Record<string, AnswerValue> = {};
        dims.forEach((items, d) => items.forEach((v, i) => v !== undefined && (answers[`d${d}-${i + 1}`] = v)));
        const result = scoreAssessment(q, makeAnswers(answers));
        for (const d of result.dimensions) {
          expect(d.lacking.length > 0).toBe(d.applicable > 0 && !d.sufficient);
          if (d.sufficient) expect(d.dontKnow).toBeLessThanOrEqual(max);
        }
        if (result.overall !== null) expect(result.dimensions.every((d) => d.applicable === 0 || d.sufficient)).toBe(true);
      }),
    );
  });
});

describe('the spread of answers', () => {
  it('counts the answers at each level', () => {
    const q = makeQuestionnaire([{ id: 'a', items: 6 }]);
    const d = only(q, { 'a-1': 2, 'a-2': 2, 'a-3': 5, 'a-4': 'dont-know', 'a-5': 1 });
    expect(d.spread).toEqual({ 1: 1, 2: 2, 3: 0, 4: 0, 5: 1 });
  });

  it('property: the spread adds up to the answers with a level', () => {
    fc.assert(
      fc.property(fc.array(anyAnswer, { minLength: 1, maxLength: 8 }), (values) => {
        const q = makeQuestionnaire([{ id: 'a', items: values.map(() => ({ notApplicable: true })) }]);
        const answers: Record<string, AnswerValue> = {};
        values.forEach((v, i) => v !== undefined && (answers[`a-${i + 1}`] = v));
        const d = only(q, answers);
        expect(Object.values(d.spread).reduce((s, n) => s + n, 0)).toBe(d.valued);
      }),
    );
  });
});
