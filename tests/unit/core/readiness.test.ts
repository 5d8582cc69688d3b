import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  assessReadiness,
  READINESS_OUTCOMES,
  readinessOutcome,
  type CriterionStatus,
  type ReadinessOutcome,
} from '../../../src/core/readiness.ts';
import type { AnswerValue } from '../../../src/core/answers.ts';
import type { Level } from '../../../src/core/questionnaire/schema.ts';
import { criterion, makeAnswers, makeQuestionnaire, withReadiness } from '../../support/builders.ts';

/** Six items a-1 … a-6, one criterion per item (level 3 needed), the first two essential. */
function sixCriteria(almostMaxMissing = 2) {
  return withReadiness(
    makeQuestionnaire([{ id: 'a', items: [{}, {}, {}, {}, {}, { notApplicable: true }] }]),
    [1, 2, 3, 4, 5, 6].map((n) => criterion(`c${n}`, [[`a-${n}`, 3]], { essential: n <= 2 })),
    almostMaxMissing,
  );
}

function assess(answers: Record<string, AnswerValue>, almostMaxMissing = 2) {
  const result = assessReadiness(sixCriteria(almostMaxMissing), makeAnswers(answers));
  if (!result) throw new Error('no readiness result');
  return result;
}

const allMet = { 'a-1': 3, 'a-2': 4, 'a-3': 5, 'a-4': 3, 'a-5': 3, 'a-6': 3 } satisfies Record<string, AnswerValue>;

const rank = (outcome: ReadinessOutcome) => READINESS_OUTCOMES.indexOf(outcome);

describe('readiness: golden cases', () => {
  it('a questionnaire without a readiness section has no readiness result', () => {
    expect(assessReadiness(makeQuestionnaire(), [])).toBeNull();
  });

  it('every criterion met: ready, nothing missing', () => {
    const result = assess(allMet);
    expect(result.outcome).toBe('ready');
    expect(result.missing).toEqual([]);
    expect(result.criteria.map((c) => c.status)).toEqual(['met', 'met', 'met', 'met', 'met', 'met']);
  });

  it('one or two non-essential criteria missing: almost, and they are listed in file order', () => {
    expect(assess({ ...allMet, 'a-5': 2 }).outcome).toBe('almost');
    const two = assess({ ...allMet, 'a-6': 1, 'a-3': 2 });
    expect(two.outcome).toBe('almost');
    expect(two.missing.map((c) => c.criterionId)).toEqual(['c3', 'c6']);
  });

  it('three criteria missing is more than almost allows: not yet', () => {
    expect(assess({ ...allMet, 'a-3': 2, 'a-4': 2, 'a-5': 2 }).outcome).toBe('not-yet');
  });

  it('an essential criterion missing is never almost, even alone', () => {
    const result = assess({ ...allMet, 'a-1': 2 });
    expect(result.outcome).toBe('not-yet');
    expect(result.missing).toMatchObject([{ criterionId: 'c1', essential: true, status: 'unmet' }]);
  });

  it("don't know and no answer leave a criterion unknown, which counts as missing", () => {
    const { 'a-5': _unanswered, ...rest } = allMet;
    const result = assess({ ...rest, 'a-4': 'dont-know' });
    const missing = result.missing.map((c) => [c.criterionId, c.status]);
    expect(missing).toEqual([
      ['c4', 'unknown'],
      ['c5', 'unknown'],
    ]);
    expect(result.outcome).toBe('almost');
    expect(result.missing[0]?.conditions).toEqual([{ itemId: 'a-4', atLeast: 3, answer: 'dont-know', status: 'unknown' }]);
    expect(result.missing[1]?.conditions[0]?.answer).toBeNull();
  });

  it('not applicable meets a condition: a criterion never asks for what cannot exist', () => {
    const result = assess({ ...allMet, 'a-6': 'not-applicable' });
    expect(result.outcome).toBe('ready');
    expect(result.criteria[5]?.conditions[0]?.status).toBe('met');
  });

  it('"all" needs every condition; one unmet is definite even beside an unknown', () => {
    const q = withReadiness(makeQuestionnaire([{ id: 'a', items: 3 }]), [
      criterion('both', [
        ['a-1', 3],
        ['a-2', 3],
      ]),
    ]);
    const status = (answers: Record<string, AnswerValue>) => assessReadiness(q, makeAnswers(answers))?.criteria[0]?.status;
    expect(status({ 'a-1': 3, 'a-2': 3 })).toBe('met');
    expect(status({ 'a-1': 3, 'a-2': 2 })).toBe('unmet');
    expect(status({ 'a-1': 'dont-know', 'a-2': 2 })).toBe('unmet');
    expect(status({ 'a-1': 'dont-know', 'a-2': 4 })).toBe('unknown');
  });

  it('"any" needs one condition; unknown only when nothing is met and something is unknown', () => {
    const q = withReadiness(makeQuestionnaire([{ id: 'a', items: 3 }]), [
      criterion(
        'either',
        [
          ['a-1', 3],
          ['a-2', 4],
        ],
        { match: 'any' },
      ),
    ]);
    const status = (answers: Record<string, AnswerValue>) => assessReadiness(q, makeAnswers(answers))?.criteria[0]?.status;
    expect(status({ 'a-1': 1, 'a-2': 4 })).toBe('met');
    expect(status({ 'a-1': 'dont-know', 'a-2': 5 })).toBe('met');
    expect(status({ 'a-1': 'dont-know', 'a-2': 3 })).toBe('unknown');
    expect(status({ 'a-1': 2, 'a-2': 3 })).toBe('unmet');
  });

  it('almostMaxMissing 0: there is no almost, only ready or not yet', () => {
    expect(assess({ ...allMet, 'a-5': 2 }, 0).outcome).toBe('not-yet');
    expect(assess(allMet, 0).outcome).toBe('ready');
  });

  it('names the questionnaire version it was computed against', () => {
    expect(assess(allMet)).toMatchObject({ questionnaireId: 'test-questionnaire', version: '1.0.0' });
  });
});

const status = fc.constantFrom<CriterionStatus>('met', 'unmet', 'unknown');
const criteriaStatuses = fc.array(fc.record({ status, essential: fc.boolean() }), { minLength: 1, maxLength: 10 });

describe('readiness: properties', () => {
  it('meeting one more criterion never makes the result worse', () => {
    fc.assert(
      fc.property(criteriaStatuses, fc.nat(), fc.nat(4), (criteria, pick, max) => {
        const i = pick % criteria.length;
        const before = readinessOutcome(criteria, max);
        const after = readinessOutcome(
          criteria.map((c, j) => (j === i ? { ...c, status: 'met' as const } : c)),
          max,
        );
        expect(rank(after)).toBeGreaterThanOrEqual(rank(before));
      }),
    );
  });

  it('ready exactly when nothing is missing; almost only within the allowance and with every essential met', () => {
    fc.assert(
      fc.property(criteriaStatuses, fc.nat(4), (criteria, max) => {
        const outcome = readinessOutcome(criteria, max);
        const missing = criteria.filter((c) => c.status !== 'met');
        expect(outcome === 'ready').toBe(missing.length === 0);
        if (outcome === 'almost') {
          expect(missing.length).toBeLessThanOrEqual(max);
          expect(missing.some((c) => c.essential)).toBe(false);
        }
        if (outcome === 'not-yet') {
          expect(missing.length > max || missing.some((c) => c.essential)).toBe(true);
        }
      }),
    );
  });

  // Answers that only go up: unanswered or don't know → a level, or a level → a higher one.
  const answer = fc.option(fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5, 'dont-know'), { nil: undefined });
  const scenario = fc.record({
    answers: fc.array(answer, { minLength: 6, maxLength: 6 }),
    raise: fc.nat(5),
    to: fc.constantFrom<Level>(1, 2, 3, 4, 5),
    max: fc.nat(3),
  });

  it('raising any answer never makes the result worse, and never loses a met criterion', () => {
    fc.assert(
      fc.property(scenario, ({ answers, raise, to, max }) => {
        const current = answers[raise];
        if (typeof current === 'number' && current >= to) return;
        const record = (values: (AnswerValue | undefined)[]) => {
          const out: Record<string, AnswerValue> = {};
          values.forEach((v, i) => {
            if (v !== undefined) out[`a-${i + 1}`] = v;
          });
          return out;
        };
        const before = assess(record(answers), max);
        const after = assess(record(answers.map((v, i) => (i === raise ? to : v))), max);
        expect(rank(after.outcome)).toBeGreaterThanOrEqual(rank(before.outcome));
        before.criteria.forEach((c, i) => {
          if (c.status === 'met') expect(after.criteria[i]?.status).toBe('met');
        });
      }),
    );
  });

  it('the order of answers never changes the result', () => {
    fc.assert(
      fc.property(fc.array(answer, { minLength: 6, maxLength: 6 }), (values) => {
        const answers = makeAnswers(
          Object.fromEntries(values.flatMap((v, i) => (v === undefined ? [] : [[`a-${i + 1}`, v]]))),
        );
        const q = sixCriteria();
        expect(assessReadiness(q, [...answers].reverse())).toEqual(assessReadiness(q, answers));
      }),
    );
  });
});
