import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  byHorizon,
  currentLevel,
  defaultTarget,
  generateRoadmap,
  resolveTargets,
  withProgress,
  type ActionProgress,
  type RoadmapAction,
} from '../../../src/core/roadmap.ts';
import { scoreAssessment } from '../../../src/core/scoring.ts';
import { HORIZONS, type Level } from '../../../src/core/questionnaire/schema.ts';
import type { AnswerValue } from '../../../src/core/answers.ts';
import { makeAction, makeAnswers, makeQuestionnaire } from '../../support/builders.ts';

/**
 * The golden questionnaire, worked out by hand:
 *   a: 1, 2, 3, don't know → (1+2+3)/3 = 2.0, confidence 3/4 = 75 %, stage 2, default target 3
 *   b: 3, 4, 2             → 9/3 = 3.0, stage 3, default target 4
 *   c: 5, 5                → 5.0, stage 5, default target 5 (nothing left to do)
 */
const golden = makeQuestionnaire([
  {
    id: 'a',
    items: 4,
    actions: [makeAction('plan', 3), makeAction('integr', 4, { horizon: '12-24', effort: 'large' }), makeAction('vision', 5)],
  },
  { id: 'b', items: 3 },
  { id: 'c', items: 2 },
]);
const goldenAnswers = makeAnswers({
  'a-1': 1,
  'a-2': 2,
  'a-3': 3,
  'a-4': 'dont-know',
  'b-1': 3,
  'b-2': 4,
  'b-3': 2,
  'c-1': 5,
  'c-2': 5,
});

const ids = (actions: RoadmapAction[]) => actions.map((a) => a.id);

describe('targets', () => {
  it('default to the current stage + 1, and stay at 5 once there', () => {
    const score = scoreAssessment(golden, goldenAnswers);
    expect(resolveTargets(score)).toEqual({ a: 3, b: 4, c: 5 });
  });

  it('a saved target wins; a target for an unknown dimension is dropped', () => {
    const score = scoreAssessment(golden, goldenAnswers);
    expect(resolveTargets(score, { a: 5, ghost: 4 })).toEqual({ a: 5, b: 4, c: 5 });
  });

  it('a dimension with too little information starts from the whole part of its score, or from 1', () => {
    const q = makeQuestionnaire([
      { id: 'x', items: 4 },
      { id: 'y', items: 2 },
    ]);
    const score = scoreAssessment(q, makeAnswers({ 'x-1': 3, 'x-2': 4, 'x-3': 'dont-know', 'x-4': 'dont-know' }));
    const [x, y] = score.dimensions;
    // x: 3.5 but only 2 of 4 valued: no stage, yet 3 is the best estimate of where it stands.
    expect(x).toMatchObject({ sufficient: false, score: 3.5 });
    expect(currentLevel(x!)).toBe(3);
    expect(defaultTarget(x!)).toBe(4);
    expect(currentLevel(y!)).toBe(1);
    expect(defaultTarget(y!)).toBe(2);
  });
});

describe('roadmap generation: golden case computed by hand', () => {
  it('weakest dimension first, then the largest gap; don’t know becomes a “find out” action', () => {
    const actions = generateRoadmap(golden, goldenAnswers);
    // a (2.0) before b (3.0); c is at 5 with target 5: nothing.
    // a, target 3: a-1 from 1 (gap 2), a-4 don't know (gap 2, as if it were 1), a-2 from 2 (gap 1),
    //   dimension action "plan" for stage 3 (from 2, gap 1). a-3 is at 3: a strength, no action.
    // b, target 4: b-3 from 2 (gap 2), b-1 from 3 (gap 1). b-2 is at 4.
    expect(ids(actions)).toEqual([
      'item:a-1:1',
      'find-out:a-4',
      'item:a-2:2',
      'dimension:a:plan',
      'item:b-3:2',
      'item:b-1:3',
    ]);
    expect(actions.map((a) => a.gap)).toEqual([2, 2, 1, 1, 2, 1]);
  });

  it('each action carries the text, effort and horizon of its source', () => {
    const [a1, findOut, , plan, , b1] = generateRoadmap(golden, goldenAnswers);
    expect(a1).toMatchObject({
      kind: 'step',
      dimensionId: 'a',
      itemId: 'a-1',
      fromLevel: 1,
      effort: 'small',
      horizon: '0-3',
      text: { fr: 'a-1 prochaine étape 1', en: 'a-1 next step 1' },
    });
    expect(b1).toMatchObject({ fromLevel: 3, effort: 'medium', horizon: '3-12', text: { en: 'b-1 next step 3' } });
    // "Find out" is small and immediate: the answer is one conversation away.
    expect(findOut).toMatchObject({ kind: 'find-out', itemId: 'a-4', fromLevel: null, effort: 'small', horizon: '0-3' });
    // The question is quoted as its editor wrote it; only our own words get their French spacing here.
    expect(findOut?.text.fr).toBe('Trouver la réponse\u00a0: Question a-4 ?');
    expect(findOut?.text.en).toBe('Find out: Question a-4?');
    expect(plan).toMatchObject({ kind: 'dimension', dimensionId: 'a', fromLevel: 2, effort: 'medium', horizon: '3-12' });
  });

  it('a higher target adds the items now below it and the dimension actions of every stage on the way', () => {
    const actions = generateRoadmap(golden, goldenAnswers, { a: 5 });
    // a, target 5: gaps a-1 4, a-4 4, a-2 3, plan (stage 3, from 2) 3, a-3 2, integr (from 3) 2, vision (from 4) 1.
    expect(ids(actions.filter((a) => a.dimensionId === 'a'))).toEqual([
      'item:a-1:1',
      'find-out:a-4',
      'item:a-2:2',
      'dimension:a:plan',
      'item:a-3:3',
      'dimension:a:integr',
      'dimension:a:vision',
    ]);
    expect(actions.find((a) => a.id === 'dimension:a:integr')).toMatchObject({ horizon: '12-24', effort: 'large' });
  });

  it('a target at the current stage still lifts the items below it, with no dimension action', () => {
    const actions = generateRoadmap(golden, goldenAnswers, { a: 2, b: 3 });
    expect(ids(actions)).toEqual(['item:a-1:1', 'find-out:a-4', 'item:b-3:2']);
  });

  it('orders dimensions by score, not by their place in the questionnaire', () => {
    const answers = makeAnswers({ 'a-1': 4, 'a-2': 4, 'a-3': 4, 'a-4': 4, 'b-1': 1, 'b-2': 2, 'b-3': 1 });
    const dims = generateRoadmap(golden, answers).map((a) => a.dimensionId);
    expect(dims.indexOf('b')).toBe(0);
    expect(dims.lastIndexOf('b')).toBeLessThan(dims.indexOf('a'));
  });

  it('a dimension with nothing valued comes first, with its "find out" actions', () => {
    const answers = makeAnswers({ 'a-1': 2, 'a-2': 2, 'a-3': 2, 'a-4': 2, 'c-1': 'dont-know', 'c-2': 'dont-know' });
    expect(ids(generateRoadmap(golden, answers)).slice(0, 2)).toEqual(['find-out:c-1', 'find-out:c-2']);
  });

  it('not applicable and unanswered items give no action', () => {
    const q = makeQuestionnaire([{ id: 'a', items: [{}, { notApplicable: true }, {}] }]);
    expect(ids(generateRoadmap(q, makeAnswers({ 'a-1': 2, 'a-2': 'not-applicable' })))).toEqual(['item:a-1:2']);
  });

  it('groups by horizon, keeping the priority order inside each group', () => {
    const groups = byHorizon(withProgress(generateRoadmap(golden, goldenAnswers, { a: 5 }), []));
    expect(groups.map((g) => g.horizon)).toEqual(HORIZONS);
    expect(groups[0]?.entries.map((e) => e.id)).toEqual(['item:a-1:1', 'find-out:a-4', 'item:a-2:2', 'item:b-3:2']);
    expect(groups[1]?.entries.map((e) => e.id)).toEqual([
      'dimension:a:plan',
      'item:a-3:3',
      'dimension:a:vision',
      'item:b-1:3',
    ]);
    expect(groups[2]?.entries.map((e) => e.id)).toEqual(['dimension:a:integr']);
  });
});

describe('regeneration keeps what the person wrote', () => {
  const progress: ActionProgress[] = [
    { actionId: 'item:a-2:2', owner: 'Julie', due: '2026-03-31', status: 'in-progress', note: 'Voir avec la salle' },
    { actionId: 'item:b-1:3', owner: 'Marc', status: 'done' },
  ];

  it('owner, due date, status and note stay on the actions that remain when a target changes', () => {
    const before = withProgress(generateRoadmap(golden, goldenAnswers), progress);
    const after = withProgress(generateRoadmap(golden, goldenAnswers, { a: 5, b: 5 }), progress);
    for (const entries of [before, after]) {
      expect(entries.find((e) => e.id === 'item:a-2:2')?.progress).toEqual(progress[0]);
      expect(entries.find((e) => e.id === 'item:b-1:3')?.progress).toEqual(progress[1]);
    }
    // New actions start "to do", with nothing else.
    expect(after.find((e) => e.id === 'item:a-3:3')?.progress).toEqual({ actionId: 'item:a-3:3', status: 'todo' });
  });

  it('an action that leaves the roadmap gets its details back when it returns', () => {
    const lowered = withProgress(generateRoadmap(golden, goldenAnswers, { a: 2 }), progress);
    expect(lowered.some((e) => e.id === 'item:a-2:2')).toBe(false);
    const raised = withProgress(generateRoadmap(golden, goldenAnswers, { a: 3 }), progress);
    expect(raised.find((e) => e.id === 'item:a-2:2')?.progress).toEqual(progress[0]);
  });
});

// --- properties -------------------------------------------------------------------------------

const answerValue = fc.option(fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5, 'dont-know', 'not-applicable'), {
  nil: undefined,
});
const level = fc.constantFrom<Level>(1, 2, 3, 4, 5);

const scenario = fc
  .record({
    dims: fc.array(fc.array(answerValue, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }),
    actionStages: fc.array(fc.constantFrom<Level>(2, 3, 4, 5), { maxLength: 4 }),
    targets: fc.array(fc.option(level, { nil: undefined }), { minLength: 5, maxLength: 5 }),
  })
  .map(({ dims, actionStages, targets }) => {
    const q = makeQuestionnaire(
      dims.map((items, d) => ({
        id: `d${d}`,
        items: items.map(() => ({ notApplicable: true })),
        actions: actionStages.map((stage, i) => makeAction(`act${i}`, stage)),
      })),
    );
    const values: Record<string, AnswerValue> = {};
    dims.forEach((items, d) =>
      items.forEach((v, i) => {
        if (v !== undefined) values[`d${d}-${i + 1}`] = v;
      }),
    );
    const saved: Record<string, Level> = {};
    targets.forEach((t, d) => {
      if (t !== undefined && d < dims.length) saved[`d${d}`] = t;
    });
    return { q, answers: makeAnswers(values), saved };
  });

describe('roadmap generation: properties', () => {
  it('one step per item answered below its target, one "find out" per don’t know, ids unique', () => {
    fc.assert(
      fc.property(scenario, ({ q, answers, saved }) => {
        const targets = resolveTargets(scoreAssessment(q, answers), saved);
        const actions = generateRoadmap(q, answers, saved);
        const below = answers.filter((a) => {
          const dimension = q.items.find((i) => i.id === a.itemId)?.dimension ?? '';
          return typeof a.value === 'number' && a.value < (targets[dimension] ?? 0);
        });
        expect(actions.filter((a) => a.kind === 'step').map((a) => a.itemId).sort()).toEqual(
          below.map((a) => a.itemId).sort(),
        );
        expect(actions.filter((a) => a.kind === 'find-out').length).toBe(
          answers.filter((a) => a.value === 'dont-know').length,
        );
        expect(new Set(ids(actions)).size).toBe(actions.length);
        for (const action of actions) {
          expect(HORIZONS).toContain(action.horizon);
          if (action.fromLevel !== null) expect(action.fromLevel).toBeLessThan(targets[action.dimensionId] ?? 0);
          expect(action.gap).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('a dimension’s actions are together, weakest dimension first, the largest gap first inside each', () => {
    fc.assert(
      fc.property(scenario, ({ q, answers, saved }) => {
        const score = scoreAssessment(q, answers);
        const weakness = (id: string) => score.dimensions.find((d) => d.dimensionId === id)?.score ?? 0;
        const actions = generateRoadmap(q, answers, saved);
        const seen: string[] = [];
        actions.forEach((action, i) => {
          const previous = actions[i - 1];
          if (previous?.dimensionId !== action.dimensionId) {
            expect(seen).not.toContain(action.dimensionId);
            seen.push(action.dimensionId);
            if (previous) expect(weakness(previous.dimensionId)).toBeLessThanOrEqual(weakness(action.dimensionId));
          } else {
            expect(previous.gap).toBeGreaterThanOrEqual(action.gap);
          }
        });
      }),
    );
  });

  it('progress always follows its action id, whatever the targets', () => {
    fc.assert(
      fc.property(scenario, fc.array(level, { minLength: 5, maxLength: 5 }), ({ q, answers }, other) => {
        const first = generateRoadmap(q, answers);
        const progress: ActionProgress[] = first.map((a, i) => ({ actionId: a.id, owner: `p${i}`, status: 'done' }));
        const targets = Object.fromEntries(q.dimensions.map((d, i) => [d.id, other[i] ?? 3]));
        for (const entry of withProgress(generateRoadmap(q, answers, targets), progress)) {
          const kept = progress.find((p) => p.actionId === entry.id);
          expect(entry.progress).toEqual(kept ?? { actionId: entry.id, status: 'todo' });
        }
      }),
    );
  });
});
