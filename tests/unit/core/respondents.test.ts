import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { agenda, agreementState, dimensionRanges, respondentsSummary, type ItemVoices, countDisagreements, disagrees, proposal, scoreRange, spread } from '../../../src/core/respondents.ts';
import { DONT_KNOW, NOT_APPLICABLE, isLevel, type AnswerValue } from '../../../src/core/answers.ts';
import { LEVELS } from '../../../src/core/questionnaire/schema.ts';
import { scoreAssessment } from '../../../src/core/scoring.ts';
import { makeAnswers, makeQuestionnaire } from '../../support/builders.ts';

const level = fc.constantFrom(...LEVELS);
const value = fc.oneof(level, fc.constantFrom<AnswerValue>(DONT_KNOW, NOT_APPLICABLE));
const voice = fc.option(value, { nil: undefined });

describe('respondents: golden cases worked out by hand', () => {
  it('proposes the median level, the lower middle one when two are in the middle', () => {
    expect(proposal([3])).toBe(3);
    expect(proposal([1, 5, 2])).toBe(2);
    expect(proposal([4, 2])).toBe(2);
    expect(proposal([1, 2, 4, 5])).toBe(2);
    expect(proposal([5, 5, 1])).toBe(5);
  });

  it('leaves "don’t know", "not applicable" and silence out of the median', () => {
    expect(proposal([DONT_KNOW, 4, undefined, NOT_APPLICABLE])).toBe(4);
    expect(proposal([DONT_KNOW, NOT_APPLICABLE])).toBe(DONT_KNOW);
    expect(proposal([NOT_APPLICABLE, undefined])).toBe(NOT_APPLICABLE);
    expect(proposal([undefined, undefined])).toBeUndefined();
    expect(proposal([])).toBeUndefined();
  });

  it('measures the spread between levels and flags two levels apart or more', () => {
    expect(spread([1, 4, 2])).toBe(3);
    expect(spread([3, DONT_KNOW])).toBe(0);
    expect(disagrees([2, 3])).toBe(false);
    expect(disagrees([2, 4])).toBe(true);
    expect(countDisagreements([{ itemId: 'a', values: [1, 3] }, { itemId: 'b', values: [3, 3] }, { itemId: 'c', values: [5, 1] }])).toBe(2);
  });

  it('says where an item stands', () => {
    expect(agreementState([undefined], false)).toBe('unanswered');
    expect(agreementState([2, 4], false)).toBe('proposal');
    expect(agreementState([2, 4], true)).toBe('agreed');
  });

  it('puts the widest disagreements first, then the rest in questionnaire order, without unanswered items', () => {
    const items: ItemVoices[] = [
      { itemId: 'a', values: [3, 3] },
      { itemId: 'b', values: [1, 3] },
      { itemId: 'c', values: [undefined, undefined] },
      { itemId: 'd', values: [1, 5] },
      { itemId: 'e', values: [2, 3] },
      { itemId: 'f', values: [4, 2] },
    ];
    expect(agenda(items).map((i) => i.itemId)).toEqual(['d', 'b', 'f', 'a', 'e']);
  });

  it('gives the range of respondents’ scores', () => {
    expect(scoreRange([2.5, undefined, 4, 1.7])).toEqual({ min: 1.7, max: 4 });
    expect(scoreRange([undefined])).toBeUndefined();
  });
});

describe('respondents: what the result says', () => {
  it('counts who answered a question asked and the answers still proposed', () => {
    const answers = [
      { respondentId: 'r1', itemId: 'a', value: 2 as const },
      { respondentId: 'r2', itemId: 'a', value: 4 as const },
      { respondentId: 'r2', itemId: 'b', value: 'dont-know' as const },
      { respondentId: 'r3', itemId: 'gone', value: 1 as const },
      { respondentId: 'r4', itemId: 'c' },
    ];
    expect(respondentsSummary(['a', 'b', 'c'], answers, [])).toEqual({ answered: 2, proposals: 2 });
    expect(respondentsSummary(['a', 'b', 'c'], answers, ['a'])).toEqual({ answered: 2, proposals: 1 });
    expect(respondentsSummary(['a'], [], [])).toEqual({ answered: 0, proposals: 0 });
  });
});

describe('respondents: the range of each dimension', () => {
  const q = makeQuestionnaire();
  it('scores each respondent alone and gives the lowest and highest, leaving out a dimension a respondent barely answered', () => {
    const direction = makeAnswers({ 'collecte-1': 1, 'collecte-2': 2, 'collecte-3': 3, 'usage-1': 4 });
    const communications = makeAnswers({ 'collecte-1': 4, 'collecte-2': 4, 'collecte-3': 4, 'usage-1': 5, 'usage-2': 5, 'usage-3': 5 });
    expect(dimensionRanges(q, [direction, communications])).toEqual({
      collecte: { min: 2, max: 4, respondents: 2 },
      usage: { min: 5, max: 5, respondents: 1 },
    });
    expect(dimensionRanges(q, [])).toEqual({ collecte: undefined, usage: undefined });
  });

  it('always holds each respondent’s own sufficient score (property)', () => {
    const ids = q.items.map((i) => i.id);
    fc.assert(
      fc.property(fc.array(fc.array(value, { minLength: ids.length, maxLength: ids.length }), { minLength: 1, maxLength: 5 }), (rows) => {
        const answers = rows.map((values) => values.map((v, i) => ({ itemId: ids[i]!, value: v })));
        const ranges = dimensionRanges(q, answers);
        for (const a of answers) {
          for (const d of scoreAssessment(q, a).dimensions) {
            if (!d.sufficient || d.score === null) continue;
            expect(ranges[d.dimensionId]!.min).toBeLessThanOrEqual(d.score);
            expect(ranges[d.dimensionId]!.max).toBeGreaterThanOrEqual(d.score);
          }
        }
      }),
    );
  });
});

describe('respondents: properties', () => {
  it('the proposal is one of the levels given, between the lowest and the highest, and the same in any order', () => {
    fc.assert(
      fc.property(fc.array(voice, { maxLength: 12 }), (values) => {
        const p = proposal(values);
        const levels = values.filter(isLevel);
        const shuffled = [...values].reverse();
        expect(proposal(shuffled)).toBe(p);
        if (levels.length) {
          expect(isLevel(p)).toBe(true);
          expect(levels).toContain(p);
          expect(p).toBeGreaterThanOrEqual(Math.min(...levels));
          expect(p).toBeLessThanOrEqual(Math.max(...levels));
        } else if (values.some((v) => v !== undefined)) expect(isLevel(p)).toBe(false);
        else expect(p).toBeUndefined();
      }),
    );
  });

  it('at least half the levels given are at or above the proposal, and at least half at or below it', () => {
    fc.assert(
      fc.property(fc.array(level, { minLength: 1, maxLength: 12 }), (levels) => {
        const p = proposal(levels) as number;
        expect(levels.filter((l) => l >= p).length * 2).toBeGreaterThanOrEqual(levels.length);
        expect(levels.filter((l) => l <= p).length * 2).toBeGreaterThanOrEqual(levels.length);
      }),
    );
  });

  it('unanimity proposes that level with no spread', () => {
    fc.assert(
      fc.property(level, fc.integer({ min: 1, max: 8 }), (l, n) => {
        const values = Array.from({ length: n }, () => l);
        expect(proposal(values)).toBe(l);
        expect(spread(values)).toBe(0);
      }),
    );
  });

  it('the agenda keeps every answered item once, disagreements before agreements, gaps never growing among them', () => {
    fc.assert(
      fc.property(fc.array(fc.array(voice, { minLength: 1, maxLength: 5 }), { maxLength: 15 }), (rows) => {
        const items = rows.map((values, i) => ({ itemId: `i${i}`, values }));
        const ordered = agenda(items);
        const answered = items.filter((item) => item.values.some((v) => v !== undefined));
        expect([...ordered].map((i) => i.itemId).sort()).toEqual(answered.map((i) => i.itemId).sort());
        const flags = ordered.map((i) => disagrees(i.values));
        expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
        const gaps = ordered.filter((i) => disagrees(i.values)).map((i) => spread(i.values));
        expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
        // The items that agree keep the questionnaire's order.
        const calm = ordered.filter((i) => !disagrees(i.values)).map((i) => items.indexOf(i));
        expect(calm).toEqual([...calm].sort((a, b) => a - b));
      }),
    );
  });
});
