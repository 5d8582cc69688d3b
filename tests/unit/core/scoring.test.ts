import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { roundToTenth, scoreAssessment, type DimensionScore } from '../../../src/core/scoring.ts';
import { makeAnswers, makeQuestionnaire } from '../../support/builders.ts';
import type { AnswerValue } from '../../../src/core/answers.ts';
import type { Questionnaire } from '../../../src/core/questionnaire/schema.ts';

function dimension(q: Questionnaire, answers: Record<string, AnswerValue>, id: string): DimensionScore {
  const result = scoreAssessment(q, makeAnswers(answers)).dimensions.find((d) => d.dimensionId === id);
  if (!result) throw new Error(`no dimension ${id}`);
  return result;
}

describe('scoring: golden cases computed by hand', () => {
  it('plain levels: 2, 3, 4 → 3.0, stage 3, one item of three already at stage 4', () => {
    const q = makeQuestionnaire([{ id: 'a', items: 3 }]);
    const d = dimension(q, { 'a-1': 2, 'a-2': 3, 'a-3': 4 }, 'a');
    expect(d).toMatchObject({ score: 3, stage: 3, confidence: 1, sufficient: true, valued: 3, answered: 3 });
    expect(d.nextStageCoverage).toBeCloseTo(1 / 3);
  });

  it("don't know has no value but counts against confidence: 3, 3, 4, ? → 10/3 = 3.3, confidence 75 %", () => {
    const q = makeQuestionnaire([{ id: 'a', items: 4 }]);
    const d = dimension(q, { 'a-1': 3, 'a-2': 3, 'a-3': 4, 'a-4': 'dont-know' }, 'a');
    expect(d).toMatchObject({ score: 3.3, stage: 3, confidence: 0.75, sufficient: true, dontKnow: 1, valued: 3 });
    expect(d.nextStageCoverage).toBeCloseTo(1 / 3);
  });

  it('not applicable leaves the denominator: 2, n/a, 3, 3 → 8/3 = 2.7, confidence 100 %', () => {
    const q = makeQuestionnaire([{ id: 'a', items: [{}, { notApplicable: true }, {}, {}] }]);
    const d = dimension(q, { 'a-1': 2, 'a-2': 'not-applicable', 'a-3': 3, 'a-4': 3 }, 'a');
    expect(d).toMatchObject({ score: 2.7, stage: 2, confidence: 1, applicable: 3, notApplicable: 1 });
    expect(d.nextStageCoverage).toBeCloseTo(2 / 3);
  });

  it('weights: 5 (weight 2), 2, 2 → (10 + 2 + 2) / 4 = 3.5; 3 (weight 1.5), 4 → 8.5 / 2.5 = 3.4', () => {
    const q = makeQuestionnaire([
      { id: 'a', items: [{ weight: 2 }, {}, {}] },
      { id: 'b', items: [{ weight: 1.5 }, {}] },
    ]);
    const result = scoreAssessment(q, makeAnswers({ 'a-1': 5, 'a-2': 2, 'a-3': 2, 'b-1': 3, 'b-2': 4 }));
    expect(result.dimensions.map((d) => d.score)).toEqual([3.5, 3.4]);
    expect(result.dimensions.map((d) => d.stage)).toEqual([3, 3]);
  });

  it('the 70 % threshold: 7 of 10 valued is enough, 6 of 10 is not, 2 of 3 is not', () => {
    const q = makeQuestionnaire([
      { id: 'a', items: 10 },
      { id: 'b', items: 10 },
      { id: 'c', items: 3 },
    ]);
    const answers: Record<string, AnswerValue> = {};
    for (let i = 1; i <= 10; i++) {
      answers[`a-${i}`] = i <= 7 ? 2 : 'dont-know';
      // b: six valued, four left unanswered: unanswered items count against confidence too
      if (i <= 6) answers[`b-${i}`] = 4;
    }
    answers['c-1'] = 5;
    answers['c-2'] = 5;
    answers['c-3'] = 'dont-know';
    const [a, b, c] = scoreAssessment(q, makeAnswers(answers)).dimensions;
    expect(a).toMatchObject({ confidence: 0.7, sufficient: true, stage: 2, score: 2 });
    expect(b).toMatchObject({ confidence: 0.6, sufficient: false, stage: null, score: 4, nextStageCoverage: null });
    expect(c).toMatchObject({ sufficient: false, stage: null, score: 5 });
    expect(c?.confidence).toBeCloseTo(2 / 3);
  });

  it('rounds half up to one decimal: 2, 2, 2, 3 → 2.25 → 2.3', () => {
    const q = makeQuestionnaire([{ id: 'a', items: 4 }]);
    expect(dimension(q, { 'a-1': 2, 'a-2': 2, 'a-3': 2, 'a-4': 3 }, 'a').score).toBe(2.3);
  });

  it('overall is the mean of the sufficient dimensions only: (3.0 + 3.3) / 2 = 3.15 → 3.2', () => {
    const q = makeQuestionnaire([
      { id: 'a', items: 3 },
      { id: 'b', items: 4 },
      { id: 'c', items: 2 },
    ]);
    const result = scoreAssessment(
      q,
      makeAnswers({ 'a-1': 2, 'a-2': 3, 'a-3': 4, 'b-1': 3, 'b-2': 3, 'b-3': 4, 'b-4': 'dont-know', 'c-1': 1 }),
    );
    expect(result.dimensions.map((d) => d.sufficient)).toEqual([true, true, false]);
    expect(result.overall).toBe(3.2);
  });

  it('a dimension whose every item is not applicable has no score and no stage', () => {
    const q = makeQuestionnaire([{ id: 'a', items: [{ notApplicable: true }, { notApplicable: true }] }]);
    const d = dimension(q, { 'a-1': 'not-applicable', 'a-2': 'not-applicable' }, 'a');
    expect(d).toMatchObject({ score: null, stage: null, confidence: 0, sufficient: false, applicable: 0 });
    expect(scoreAssessment(q, []).overall).toBeNull();
  });

  it('stage 5 has no next stage to cover; answers to unknown items are ignored', () => {
    const q = makeQuestionnaire([{ id: 'a', items: 2 }]);
    const d = dimension(q, { 'a-1': 5, 'a-2': 5, 'ghost-item': 1 }, 'a');
    expect(d).toMatchObject({ score: 5, stage: 5, nextStageCoverage: null, answered: 2 });
  });

  it('roundToTenth is exact at the half', () => {
    expect(roundToTenth(1, 4)).toBe(0.3); // 0.25
    expect(roundToTenth(7, 20)).toBe(0.4); // 0.35, which 0.35 * 10 in floating point would round down
    expect(roundToTenth(1, 3)).toBe(0.3);
  });
});

const levelOrSkip = fc.oneof(
  fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5),
  fc.constantFrom<AnswerValue>('dont-know', 'not-applicable'),
);

/** A random questionnaire (1–4 dimensions, 1–8 items each, some weighted) and answers to it. */
const scenario = fc
  .array(
    fc.array(
      fc.record({
        weight: fc.option(fc.constantFrom(0.5, 1, 1.5, 2, 3), { nil: undefined }),
        answer: fc.option(levelOrSkip, { nil: undefined }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((dims) => {
    const q = makeQuestionnaire(
      dims.map((items, d) => ({
        id: `d${d}`,
        items: items.map((it) => ({ ...(it.weight ? { weight: it.weight } : {}), notApplicable: true })),
      })),
    );
    const answers: Record<string, AnswerValue> = {};
    dims.forEach((items, d) =>
      items.forEach((it, i) => {
        if (it.answer !== undefined) answers[`d${d}-${i + 1}`] = it.answer;
      }),
    );
    return { q, answers };
  });

describe('scoring: properties', () => {
  it('every score is within 1.0–5.0 with one decimal, and the stage is its whole part', () => {
    fc.assert(
      fc.property(scenario, ({ q, answers }) => {
        const result = scoreAssessment(q, makeAnswers(answers));
        for (const d of result.dimensions) {
          if (d.score === null) continue;
          expect(d.score).toBeGreaterThanOrEqual(1);
          expect(d.score).toBeLessThanOrEqual(5);
          expect(Math.round(d.score * 10) / 10).toBe(d.score);
          if (d.stage !== null) expect(d.stage).toBe(Math.floor(d.score));
          expect(d.confidence).toBeGreaterThanOrEqual(0);
          expect(d.confidence).toBeLessThanOrEqual(1);
          if (d.nextStageCoverage !== null) {
            expect(d.nextStageCoverage).toBeGreaterThanOrEqual(0);
            expect(d.nextStageCoverage).toBeLessThanOrEqual(1);
          }
        }
        if (result.overall !== null) {
          expect(result.overall).toBeGreaterThanOrEqual(1);
          expect(result.overall).toBeLessThanOrEqual(5);
        }
      }),
    );
  });

  it('an added answer at or above a dimension score never lowers it', () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom(1, 2, 3, 4, 5), fc.constantFrom(0.5, 1, 2), (s, level, weight) => {
        const before = scoreAssessment(s.q, makeAnswers(s.answers)).dimensions[0];
        if (!before || before.score === null || level < before.score) return;
        const extra = makeQuestionnaire([{ id: 'd0', items: [{ id: 'zz-extra', weight }] }]).items[0];
        if (!extra) throw new Error('builder gave no item');
        const q = { ...s.q, items: [...s.q.items, extra] };
        const after = scoreAssessment(q, makeAnswers({ ...s.answers, 'zz-extra': level as AnswerValue }))
          .dimensions[0];
        expect(after?.score).toBeGreaterThanOrEqual(before.score);
      }),
    );
  });

  it('the order of items and of answers never changes the result', () => {
    fc.assert(
      fc.property(scenario, fc.array(fc.nat(), { minLength: 32, maxLength: 32 }), ({ q, answers }, order) => {
        const shuffled = q.items
          .map((item, i) => ({ item, key: order[i] ?? 0 }))
          .sort((a, b) => a.key - b.key)
          .map((x) => x.item);
        const reversedAnswers = makeAnswers(answers).reverse();
        expect(scoreAssessment({ ...q, items: shuffled }, reversedAnswers)).toEqual(
          scoreAssessment(q, makeAnswers(answers)),
        );
      }),
    );
  });
});
