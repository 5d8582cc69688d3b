import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isComparable } from '../../../src/core/comparability.ts';
import { changeSince, buildPath, type PathEntry } from '../../../src/core/history.ts';
import { strengthsAndGaps } from '../../../src/core/outlook.ts';
import { scoreAssessment } from '../../../src/core/scoring.ts';
import { makeAnswers, makeQuestionnaire } from '../../support/builders.ts';
import type { Questionnaire } from '../../../src/core/questionnaire/schema.ts';

const ref = (questionnaireId: string, version: string) => ({ questionnaireId, version });

/** A chain of versions of questionnaire "a", each declaring whether it compares with the one before. */
function chain(steps: [version: string, comparable: boolean][], id = 'a'): Questionnaire[] {
  const first = { ...makeQuestionnaire([{ id: 'a', items: 1 }]), id, version: '1.0.0' };
  let previous = first.version;
  return [
    first,
    ...steps.map(([version, comparable]) => {
      const q = {
        ...makeQuestionnaire([{ id: 'a', items: 1 }]),
        id,
        version,
        carryOver: { fromVersion: previous, scoresComparable: comparable, summary: { fr: 'x', en: 'x' }, items: [] },
      };
      previous = version;
      return q;
    }),
  ];
}

describe('comparability of two questionnaire versions, as the versions declare it', () => {
  const versions = chain([
    ['1.0.1', true],
    ['1.1.0', true],
    ['2.0.0', false],
    ['2.1.0', true],
  ]);

  it('the same version compares; versions compare when every step between them says so', () => {
    expect(isComparable(ref('a', '1.0.0'), ref('a', '1.0.0'))).toBe(true);
    expect(isComparable(ref('a', '1.0.0'), ref('a', '1.1.0'), versions)).toBe(true);
    expect(isComparable(ref('a', '2.1.0'), ref('a', '2.0.0'), versions)).toBe(true);
    expect(isComparable(ref('a', '1.1.0'), ref('a', '2.0.0'), versions)).toBe(false);
    expect(isComparable(ref('a', '1.0.0'), ref('a', '2.1.0'), versions)).toBe(false);
  });

  it('never compares without the declarations at hand, nor across questionnaires', () => {
    expect(isComparable(ref('a', '1.0.0'), ref('a', '1.1.0'))).toBe(false);
    expect(isComparable(ref('a', '1.0.0'), ref('a', '9.0.0'), versions)).toBe(false);
    expect(isComparable(ref('a', '1.0.0'), ref('b', '1.0.0'), versions)).toBe(false);
  });

  it('is symmetric', () => {
    const version = fc.constantFrom('1.0.0', '1.0.1', '1.1.0', '2.0.0', '2.1.0', '3.0.0');
    fc.assert(
      fc.property(fc.constantFrom('a', 'b'), version, fc.constantFrom('a', 'b'), version, (qa, va, qb, vb) => {
        expect(isComparable(ref(qa, va), ref(qb, vb), versions)).toBe(isComparable(ref(qb, vb), ref(qa, va), versions));
      }),
    );
  });
});

const q = makeQuestionnaire([
  { id: 'a', items: 3 },
  { id: 'b', items: 3 },
  { id: 'c', items: 2 },
]);

describe('change since the previous assessment', () => {
  it('per dimension, to one decimal, exactly: 2.0 → 3.3 is +1.3; 3.0 → 2.7 is −0.3', () => {
    const before = scoreAssessment(q, makeAnswers({ 'a-1': 2, 'a-2': 2, 'a-3': 2, 'b-1': 3, 'b-2': 3, 'b-3': 3 }));
    const after = scoreAssessment(q, makeAnswers({ 'a-1': 3, 'a-2': 3, 'a-3': 4, 'b-1': 2, 'b-2': 3, 'b-3': 3 }));
    const change = changeSince(after, before);
    expect(change).not.toBeNull();
    expect(change?.map((c) => [c.dimensionId, c.before, c.after, c.delta])).toEqual([
      ['a', 2, 3.3, 1.3],
      ['b', 3, 2.7, -0.3],
      // c had no stage either time: no change is claimed.
      ['c', null, null, null],
    ]);
    expect(change?.[0]).toMatchObject({ stageBefore: 2, stageAfter: 3 });
  });

  it('a dimension without enough information on either side has no change', () => {
    const before = scoreAssessment(q, makeAnswers({ 'a-1': 2, 'a-2': 'dont-know', 'a-3': 'dont-know' }));
    const after = scoreAssessment(q, makeAnswers({ 'a-1': 4, 'a-2': 4, 'a-3': 4 }));
    expect(changeSince(after, before)?.[0]).toMatchObject({ before: null, after: 4, delta: null });
  });

  it('is null when the questionnaire versions are not comparable', () => {
    const before = scoreAssessment({ ...q, version: '1.2.0' }, []);
    const after = scoreAssessment({ ...q, version: '2.0.0' }, []);
    expect(changeSince(after, before)).toBeNull();
  });

  it('a dimension new in this version has nothing before it', () => {
    const older = makeQuestionnaire([{ id: 'a', items: 3 }], { version: '1.0.0' });
    const before = scoreAssessment(older, makeAnswers({ 'a-1': 2, 'a-2': 2, 'a-3': 2 }));
    const after = scoreAssessment({ ...q, version: '1.1.0' }, makeAnswers({ 'c-1': 3, 'c-2': 3 }));
    const versions = chain([['1.1.0', true]], 'test-questionnaire');
    expect(changeSince(after, before, versions)?.find((c) => c.dimensionId === 'c')).toMatchObject({ before: null, after: 3 });
  });
});

describe('the path across assessments', () => {
  const entry = (id: string, completedAt: string, version: string, answers: Record<string, 1 | 2 | 3 | 4 | 5>): PathEntry => ({
    assessmentId: id,
    completedAt,
    score: scoreAssessment({ ...q, version }, makeAnswers(answers)),
  });

  it('orders points by date, one series per dimension, and marks where the version is not comparable', () => {
    const path = buildPath([
      entry('third', '2026-09-01T10:00:00.000Z', '2.0.0', { 'a-1': 4, 'a-2': 4, 'a-3': 4 }),
      entry('first', '2024-09-01T10:00:00.000Z', '1.0.0', { 'a-1': 2, 'a-2': 2, 'a-3': 2 }),
      entry('second', '2025-09-01T10:00:00.000Z', '1.1.0', { 'a-1': 3, 'a-2': 3, 'a-3': 2 }),
    ], chain([['1.1.0', true], ['2.0.0', false]], 'test-questionnaire'));
    expect(path.points.map((p) => p.assessmentId)).toEqual(['first', 'second', 'third']);
    expect(path.points.map((p) => p.comparableWithPrevious)).toEqual([true, true, false]);
    expect(path.points.map((p) => p.at)).toEqual([
      Date.parse('2024-09-01T10:00:00.000Z'),
      Date.parse('2025-09-01T10:00:00.000Z'),
      Date.parse('2026-09-01T10:00:00.000Z'),
    ]);
    expect(path.dimensionIds).toEqual(['a', 'b', 'c']);
    expect(path.points.map((p) => p.scores.a)).toEqual([
      { score: 2, stage: 2 },
      { score: 2.7, stage: 2 },
      { score: 4, stage: 4 },
    ]);
    // b was never answered: no score, never a zero.
    expect(path.points.map((p) => p.scores.b)).toEqual([
      { score: null, stage: null },
      { score: null, stage: null },
      { score: null, stage: null },
    ]);
  });

  it('dimensions of every version appear, the latest version’s order first', () => {
    const older = makeQuestionnaire([{ id: 'old', items: 1 }, { id: 'a', items: 1 }], { version: '1.0.0' });
    const newer = makeQuestionnaire([{ id: 'a', items: 1 }, { id: 'new', items: 1 }], { version: '2.0.0' });
    const path = buildPath([
      { assessmentId: 'x', completedAt: '2024-01-01T00:00:00.000Z', score: scoreAssessment(older, []) },
      { assessmentId: 'y', completedAt: '2025-01-01T00:00:00.000Z', score: scoreAssessment(newer, []) },
    ]);
    expect(path.dimensionIds).toEqual(['a', 'new', 'old']);
    expect(path.points[1]?.scores.old).toBeUndefined();
  });
});

describe('strengths and gaps of a dimension', () => {
  it('strengths are the items at or above the target; gaps the items below it; don’t know apart', () => {
    const answers = makeAnswers({ 'a-1': 4, 'a-2': 2, 'a-3': 'dont-know', 'b-1': 1 });
    const outlook = strengthsAndGaps(q, answers, 'a', 3);
    expect(outlook.strengths.map((s) => [s.item.id, s.level, s.statement.text.en])).toEqual([['a-1', 4, 'a-1 statement 4']]);
    expect(outlook.gaps.map((s) => [s.item.id, s.level, s.statement.nextStep?.en])).toEqual([['a-2', 2, 'a-2 next step 2']]);
    expect(outlook.unknown.map((i) => i.id)).toEqual(['a-3']);
    expect(strengthsAndGaps(q, answers, 'a', 5).strengths).toEqual([]);
    expect(strengthsAndGaps(q, answers, 'a', 2).gaps).toEqual([]);
  });

  it('lists the gaps lowest first, so the largest gap leads', () => {
    const answers = makeAnswers({ 'a-1': 3, 'a-2': 1, 'a-3': 2 });
    expect(strengthsAndGaps(q, answers, 'a', 4).gaps.map((g) => g.item.id)).toEqual(['a-2', 'a-3', 'a-1']);
  });
});
