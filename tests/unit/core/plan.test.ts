import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FOCUS_LIMIT,
  FOCUS_PER_DIMENSION,
  actionDimension,
  actionReached,
  carryActionId,
  carryPlan,
  carryTargets,
  chooseFocus,
  doneBetween,
  donePerPeriod,
  planFromRoadmapRows,
  planOrder,
  planView,
  resolvePlanTargets,
  type PlanProgress,
  type VersionedProgress,
} from '../../../src/core/plan.ts';
import { carryAnswers, carryOverPath } from '../../../src/core/carry-over.ts';
import { biggestMoves } from '../../../src/core/history.ts';
import { describeAction, generateRoadmap, parseActionId, type RoadmapEntry } from '../../../src/core/roadmap.ts';
import { questionnaireFor } from '../../../src/core/applicability.ts';
import { SALES_MODES } from '../../../src/core/profile.ts';
import { scoreAssessment } from '../../../src/core/scoring.ts';
import { parseQuestionnaireText } from '../../../src/core/questionnaire/parse.ts';
import { EFFORTS, HORIZONS, LEVELS, type Level, type Questionnaire } from '../../../src/core/questionnaire/schema.ts';
import { DONT_KNOW, type Answer, type AnswerValue } from '../../../src/core/answers.ts';
import { makeAction, makeAnswers, makeQuestionnaire } from '../../support/builders.ts';

function fixture(version: string): Questionnaire {
  const text = readFileSync(new URL(`../../fixtures/questionnaires/versions/carry-test/${version}.json`, import.meta.url), 'utf8');
  const parsed = parseQuestionnaireText(text);
  if (!parsed.ok) throw new Error('bad fixture');
  return parsed.questionnaire;
}
const v100 = fixture('1.0.0');
const v110 = fixture('1.1.0');
const v200 = fixture('2.0.0');
const all = [v100, v110, v200];

const row = (actionId: string, version: string, extra: Partial<VersionedProgress> = {}): VersionedProgress => ({
  actionId,
  version,
  status: 'in-progress',
  owner: 'Julie',
  due: '2027-02-15',
  updatedAt: '2026-12-01T10:00:00.000Z',
  ...extra,
});

describe('plan: action identity across versions, worked out by hand on the carry-test chain', () => {
  it('an item action follows a rename, a level remap, and leaves with a removed item', () => {
    const p = (to: string) => carryOverPath(all, '1.0.0', to) ?? [];
    expect(carryActionId(p('1.0.0'), 'item:c-1:2')).toBe('item:c-1:2');
    expect(carryActionId(p('1.1.0'), 'item:c-2:3')).toBe('item:c-2-bis:3'); // renamed
    expect(carryActionId(p('1.1.0'), 'item:c-1:4')).toBe('item:c-1:3'); // 4 → 3
    expect(carryActionId(p('1.1.0'), 'item:u-2:1')).toBeUndefined(); // removed
    expect(carryActionId(p('2.0.0'), 'item:c-3:2')).toBe('item:g-1:2'); // c-3 becomes g-1
    expect(carryActionId(p('2.0.0'), 'item:u-1:1')).toBe('item:u-1:2'); // 1 → 2 in 2.0.0
    expect(carryActionId(p('2.0.0'), 'find-out:c-2')).toBe('find-out:c-2-bis');
    expect(carryActionId(p('2.0.0'), 'find-out:u-2')).toBeUndefined();
    expect(carryActionId(p('2.0.0'), 'nonsense')).toBeUndefined();
  });

  it('carries a plan to a later version, keeping status, owner, date and note; later wins on a collision', () => {
    const rows = [
      row('item:c-2:3', '1.0.0', { note: 'voir Julie' }),
      row('item:u-2:1', '1.0.0'),
      row('item:c-1:4', '1.0.0', { owner: 'A', updatedAt: '2026-01-01T00:00:00.000Z' }),
      row('item:c-1:3', '1.1.0', { owner: 'B', updatedAt: '2026-06-01T00:00:00.000Z' }),
      row('item:c-1:2', '2.0.0'), // a later version never carries back
    ];
    const carried = carryPlan(all, v110, rows);
    expect(Object.keys(carried).sort()).toEqual(['item:c-1:3', 'item:c-2-bis:3']);
    expect(carried['item:c-2-bis:3']).toMatchObject({ status: 'in-progress', owner: 'Julie', due: '2027-02-15', note: 'voir Julie', version: '1.1.0' });
    expect(carried['item:c-1:3']?.owner).toBe('B');
  });
});

/** The golden questionnaire of roadmap.test.ts: a at stage 2, b at 3, c at 5. */
const golden = makeQuestionnaire([
  { id: 'a', items: 4, actions: [makeAction('plan', 3), makeAction('integr', 4)] },
  { id: 'b', items: 3 },
  { id: 'c', items: 2 },
]);

describe('plan: a re-assessment', () => {
  const first = makeAnswers({ 'a-1': 1, 'a-2': 2, 'a-3': 3, 'a-4': DONT_KNOW, 'b-1': 3, 'b-2': 4, 'b-3': 2, 'c-1': 5, 'c-2': 5 });
  const second = makeAnswers({ 'a-1': 2, 'a-2': 2, 'a-3': 3, 'a-4': 3, 'b-1': 3, 'b-2': 4, 'b-3': 2, 'c-1': 5, 'c-2': 5 });

  it('keeps what was written on actions still open, and offers improved ones as done', () => {
    const progress: Record<string, PlanProgress> = {
      'item:a-1:1': { actionId: 'item:a-1:1', status: 'in-progress', owner: 'Julie', due: '2027-02-15' },
      'item:a-2:2': { actionId: 'item:a-2:2', status: 'in-progress', owner: 'Marc' },
      'find-out:a-4': { actionId: 'find-out:a-4', status: 'todo' },
    };
    const score = scoreAssessment(golden, second);
    const roadmap = generateRoadmap(golden, second);
    const view = planView(golden, second, score, roadmap, progress, ['item:b-3:2']);
    expect(view.entries.find((e) => e.id === 'item:a-2:2')?.progress).toMatchObject({ owner: 'Marc', status: 'in-progress' });
    expect(view.offeredDone.map((e) => e.id)).toEqual(['find-out:a-4', 'item:a-1:1']);
    expect(view.offeredDone.find((e) => e.id === 'item:a-1:1')?.progress.owner).toBe('Julie');
    expect(view.doneEarlier).toEqual([]);
    // b-3 is still at 2: not reached, so not offered.
    expect(actionReached(golden, second, score, 'item:b-3:2')).toBe(false);
    expect(actionReached(golden, first, scoreAssessment(golden, first), 'find-out:a-4')).toBe(false);
  });

  it('a dimension action is reached with its stage', () => {
    const high = makeAnswers({ 'a-1': 4, 'a-2': 4, 'a-3': 4, 'a-4': 4 });
    expect(actionReached(golden, high, scoreAssessment(golden, high), 'dimension:a:plan')).toBe(true);
    expect(actionReached(golden, first, scoreAssessment(golden, first), 'dimension:a:plan')).toBe(false);
  });

  it('targets carry for the dimensions the version still has; a reached one proposes the next stage', () => {
    expect(carryTargets(golden, { a: 4, ghost: 3 })).toEqual({ a: 4 });
    const score = scoreAssessment(golden, first); // a at 2, b at 3, c at 5
    expect(resolvePlanTargets(score, {}, { a: 4, b: 3 })).toEqual({ targets: { a: 4, b: 4, c: 5 }, reached: { b: 3 } });
    expect(resolvePlanTargets(score, { b: 3 }, { b: 3 })).toEqual({ targets: { a: 3, b: 3, c: 5 }, reached: {} });
  });
});

describe('plan: properties across versions and re-assessments', () => {
  const answerFor = (q: Questionnaire) =>
    fc.record(
      Object.fromEntries(q.items.map((i) => [i.id, fc.option(fc.constantFrom<AnswerValue>(...LEVELS, DONT_KNOW), { nil: undefined })])),
    );
  const toAnswers = (r: Record<string, AnswerValue | undefined>): Answer[] =>
    Object.entries(r).flatMap(([itemId, value]) => (value === undefined ? [] : [{ itemId, value }]));

  it('every action of a roadmap carries to an action the later version knows, its text found there', () => {
    fc.assert(
      fc.property(answerFor(v100), fc.constantFrom('1.0.0', '1.1.0', '2.0.0'), (r, to) => {
        const path = carryOverPath(all, '1.0.0', to) ?? [];
        for (const action of generateRoadmap(v100, toAnswers(r))) {
          const id = carryActionId(path, action.id);
          if (id === undefined) continue;
          expect(describeAction(path.at(-1)!, id)).toBeDefined();
        }
      }),
    );
  });

  it('an action carries where its answer carries: same item and level as the carried answer', () => {
    fc.assert(
      fc.property(answerFor(v100), (r) => {
        const answers = toAnswers(r);
        const path = carryOverPath(all, '1.0.0', '2.0.0') ?? [];
        const carriedAnswers = carryAnswers(path, answers);
        for (const action of generateRoadmap(v100, answers)) {
          const id = carryActionId(path, action.id);
          if (!id || action.kind === 'dimension') continue;
          const [, item, level] = id.split(':');
          const carried = carriedAnswers.find((a) => a.itemId === item);
          expect(carried).toBeDefined();
          if (action.kind === 'step') expect(String(carried?.value)).toBe(level);
        }
      }),
    );
  });

  it('re-answering an item the same keeps the action and everything written on it; higher offers it as done', () => {
    fc.assert(
      fc.property(answerFor(v100), fc.array(fc.constantFrom(...v100.items.map((i) => i.id))), (r, improved) => {
        const before = toAnswers(r);
        const roadmap = generateRoadmap(v100, before);
        const rows = roadmap.map((a) => row(a.id, '1.0.0', { owner: `o-${a.id}` }));
        const after = before.map((a) =>
          improved.includes(a.itemId) && typeof a.value === 'number' && a.value < 5 ? { ...a, value: (a.value + 1) as Level } : a,
        );
        const progress = carryPlan(all, v100, rows);
        const view = planView(v100, after, scoreAssessment(v100, after), generateRoadmap(v100, after), progress);
        for (const action of roadmap) {
          const inEntries = view.entries.find((e) => e.id === action.id);
          const offered = view.offeredDone.find((e) => e.id === action.id);
          const answerNow = after.find((a) => a.itemId === action.itemId)?.value;
          if (action.kind === 'step' && typeof answerNow === 'number' && answerNow > (action.fromLevel ?? 5)) {
            expect(offered?.progress.owner).toBe(`o-${action.id}`);
          } else if (inEntries) {
            expect(inEntries.progress.owner).toBe(`o-${action.id}`);
          }
        }
      }),
    );
  });

  it('the focus never exceeds its limit, takes pinned ones, never postponed or done, at most two automatic per dimension', () => {
    const q = makeQuestionnaire([
      { id: 'a', items: 5, actions: [makeAction('x', 3), makeAction('y', 4)] },
      { id: 'b', items: 4 },
      { id: 'c', items: 4 },
      { id: 'd', items: 3 },
    ]);
    const choice = fc.record({
      status: fc.constantFrom('todo', 'in-progress', 'done'),
      focus: fc.option(fc.constantFrom('pinned', 'postponed'), { nil: undefined }),
      effort: fc.constantFrom(...EFFORTS),
    });
    fc.assert(
      fc.property(answerFor(q), fc.array(choice, { minLength: 40, maxLength: 40 }), (r, choices) => {
        const entries: RoadmapEntry[] = generateRoadmap(q, toAnswers(r)).map((a, i) => {
          const c = choices[i]!;
          const progress = { actionId: a.id, status: c.status, ...(c.focus ? { focus: c.focus } : {}) } as PlanProgress;
          return { ...a, effort: c.effort, progress };
        });
        const { focus, backlog } = chooseFocus(entries);
        expect(focus.length).toBeLessThanOrEqual(FOCUS_LIMIT);
        const byId = new Map(entries.map((e) => [e.id, e]));
        const chosen = focus.map((id) => byId.get(id)!);
        expect(chosen.every((e) => e.progress.status !== 'done')).toBe(true);
        expect(chosen.every((e) => (e.progress as PlanProgress).focus !== 'postponed')).toBe(true);
        const pinned = entries.filter((e) => e.progress.status !== 'done' && (e.progress as PlanProgress).focus === 'pinned');
        for (const e of pinned.slice(0, FOCUS_LIMIT)) expect(focus).toContain(e.id);
        const automatic = chosen.filter((e) => (e.progress as PlanProgress).focus !== 'pinned');
        for (const d of ['a', 'b', 'c', 'd']) {
          expect(automatic.filter((e) => e.dimensionId === d).length).toBeLessThanOrEqual(FOCUS_PER_DIMENSION);
        }
        // Focus and backlog split the open actions, nothing twice, nothing lost.
        const open = entries.filter((e) => e.progress.status !== 'done').map((e) => e.id);
        expect([...focus, ...backlog].sort()).toEqual([...open].sort());
      }),
    );
  });

  it('numbers every open action once, focus first then the backlog by horizon; done actions carry no number', () => {
    const q = makeQuestionnaire([
      { id: 'a', items: 5, actions: [makeAction('x', 3), makeAction('y', 4, { horizon: '12-24', effort: 'large' })] },
      { id: 'b', items: 4 },
      { id: 'c', items: 4 },
    ]);
    const horizonRank = Object.fromEntries(HORIZONS.map((h, i) => [h, i]));
    fc.assert(
      fc.property(answerFor(q), fc.array(fc.constantFrom('todo', 'in-progress', 'done'), { minLength: 40, maxLength: 40 }), (r, statuses) => {
        const entries: RoadmapEntry[] = generateRoadmap(q, toAnswers(r)).map((a, i) => ({
          ...a,
          progress: { actionId: a.id, status: statuses[i]! } as PlanProgress,
        }));
        const order = planOrder(entries);
        const shown = [...order.focus, ...order.backlog];
        expect(order.focus.map((e) => e.id)).toEqual(chooseFocus(entries).focus);
        expect(shown.map((e) => order.numbers[e.id])).toEqual(shown.map((_, i) => i + 1));
        expect(new Set(shown.map((e) => e.id)).size).toBe(shown.length);
        expect(order.done.every((e) => order.numbers[e.id] === undefined)).toBe(true);
        expect(shown.length + order.done.length).toBe(entries.length);
        const ranks = order.backlog.map((e) => horizonRank[e.horizon] ?? -1);
        expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
      }),
    );
  });

  it('small effort and "find out" come first inside a dimension', () => {
    const q = makeQuestionnaire([{ id: 'a', items: 4 }]);
    const answers = makeAnswers({ 'a-1': 1, 'a-2': 1, 'a-3': DONT_KNOW, 'a-4': 1 });
    const entries = generateRoadmap(q, answers, { a: 5 }).map((a) => ({
      ...a,
      effort: a.id === 'item:a-4:1' ? ('small' as const) : a.kind === 'find-out' ? a.effort : ('large' as const),
      progress: { actionId: a.id, status: 'todo' as const },
    }));
    expect(chooseFocus(entries).focus).toEqual(['find-out:a-3', 'item:a-4:1']);
  });
});

describe('plan: migrating per-assessment roadmap rows', () => {
  it('keeps the row written last per organization and action, with its version; loses nothing else', () => {
    const assessments = [
      { id: 'a1', organizationId: 'o1', questionnaireId: 'q', version: '1.0.0' },
      { id: 'a2', organizationId: 'o1', questionnaireId: 'q', version: '2.0.0' },
      { id: 'b1', organizationId: 'o2', questionnaireId: 'q', version: '1.0.0' },
    ];
    const rows = [
      { assessmentId: 'a1', actionId: 'item:x:2', status: 'in-progress' as const, owner: 'Julie', due: '2027-02-15', updatedAt: '2026-01-01T00:00:00Z' },
      { assessmentId: 'a2', actionId: 'item:x:2', status: 'done' as const, updatedAt: '2026-06-01T00:00:00Z' },
      { assessmentId: 'a1', actionId: 'find-out:y', status: 'todo' as const, note: 'n', updatedAt: '2026-01-02T00:00:00Z' },
      { assessmentId: 'b1', actionId: 'item:x:2', status: 'todo' as const, owner: 'Zoé', updatedAt: '2026-01-01T00:00:00Z' },
      { assessmentId: 'gone', actionId: 'item:x:1', status: 'todo' as const, updatedAt: '2026-01-01T00:00:00Z' },
    ];
    expect(planFromRoadmapRows(assessments, rows)).toEqual([
      { organizationId: 'o1', questionnaireId: 'q', version: '1.0.0', actionId: 'find-out:y', status: 'todo', note: 'n', updatedAt: '2026-01-02T00:00:00Z' },
      { organizationId: 'o1', questionnaireId: 'q', version: '2.0.0', actionId: 'item:x:2', status: 'done', doneAt: '2026-06-01T00:00:00Z', updatedAt: '2026-06-01T00:00:00Z' },
      { organizationId: 'o2', questionnaireId: 'q', version: '1.0.0', actionId: 'item:x:2', status: 'todo', owner: 'Zoé', updatedAt: '2026-01-01T00:00:00Z' },
    ]);
  });
});

describe('plan: progress since last time', () => {
  it('splits the actions done between assessments into periods, by dimension, the same count as doneBetween', () => {
    const q = makeQuestionnaire([{ id: 'a', items: 3, actions: [makeAction('x', 3)] }, { id: 'b', items: 2 }]);
    const times = ['2026-01-10T10:00:00.000Z', '2026-06-10T10:00:00.000Z', '2026-12-10T10:00:00.000Z'];
    const done = (actionId: string, doneAt: string): PlanProgress => ({ actionId, status: 'done', doneAt });
    const progress: PlanProgress[] = [
      done('item:a-1:1', '2026-01-01T00:00:00.000Z'), // before the first: in no period
      done('item:a-2:2', '2026-03-01T00:00:00.000Z'),
      done('dimension:a:x', '2026-06-10T10:00:00.000Z'), // the very moment of the second: counts for it
      done('find-out:b-1', '2026-07-01T00:00:00.000Z'),
      done('item:gone:1', '2026-08-01T00:00:00.000Z'), // its item is not in this version: total only
      done('item:b-2:1', '2027-01-01T00:00:00.000Z'), // after the last
      { actionId: 'item:b-1:2', status: 'in-progress' },
    ];
    const periods = donePerPeriod(progress, times, (id) => actionDimension(q, id));
    expect(periods).toEqual([
      { total: 0, byDimension: {} },
      { total: 2, byDimension: { a: 2 } },
      { total: 2, byDimension: { b: 1 } },
    ]);
    periods.forEach((p, i) => {
      if (i > 0) expect(p.total).toBe(doneBetween(progress, times[i - 1]!, times[i]));
    });
  });

  it('counts the actions done between two assessments, not before, not after', () => {
    const p = (doneAt: string | undefined, status: PlanProgress['status'] = 'done'): PlanProgress => ({
      actionId: `a-${doneAt}`,
      status,
      ...(doneAt ? { doneAt } : {}),
    });
    const progress = [p('2026-01-01T00:00:00Z'), p('2026-03-01T00:00:00Z'), p('2026-05-01T00:00:00Z'), p(undefined), p('2026-03-02T00:00:00Z', 'todo')];
    expect(doneBetween(progress, '2026-02-01T00:00:00Z', '2026-04-01T00:00:00Z')).toBe(1);
    expect(doneBetween(progress, '2026-02-01T00:00:00Z')).toBe(2);
    expect(doneBetween(progress, '2026-06-01T00:00:00Z')).toBe(0);
  });

  it('names the dimensions that moved most, largest first, leaving out what did not move', () => {
    const c = (dimensionId: string, delta: number | null) => ({ dimensionId, before: 2, after: 2, delta, stageBefore: null, stageAfter: null });
    expect(biggestMoves([c('a', 0.2), c('b', -0.7), c('c', 0), c('d', null), c('e', 0.5)], 2).map((x) => x.dimensionId)).toEqual(['b', 'e']);
  });
});

describe('plan: items that do not apply to the organization never get plan actions (published 3.0.0, appliesWhen)', () => {
  const published = (version: string) => {
    const parsed = parseQuestionnaireText(readFileSync(new URL(`../../../questionnaires/cqm-maturite/${version}.json`, import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error(`cqm-maturite ${version} does not parse`);
    return parsed.questionnaire;
  };
  const q2 = published('2.0.0');
  const q3 = published('3.0.0');
  const everyTarget = (q: Questionnaire) => Object.fromEntries(q.dimensions.map((d) => [d.id, 5 as Level]));
  const someModes = fc.uniqueArray(fc.constantFrom(...SALES_MODES), { minLength: 1, maxLength: SALES_MODES.length });
  const value = fc.constantFrom<AnswerValue>(...LEVELS, DONT_KNOW);
  const writtenIn2 = generateRoadmap(q2, q2.items.map((item) => ({ itemId: item.id, value: 1 as const })), everyTarget(q2)).map((a) => ({
    id: a.id,
    version: '2.0.0',
  }));

  it('the published version has items for some ways of selling only', () => {
    const onlySalle = questionnaireFor(q3, ['vente-a-cachet']);
    expect(onlySalle.items.length).toBeLessThan(q3.items.length);
    expect(carryOverPath([q2, q3], '2.0.0', '3.0.0')).toBeDefined();
  });

  it('not in the roadmap, the focus, the backlog, the actions offered as done or done earlier, even with plan rows written while they applied', () => {
    fc.assert(
      fc.property(
        someModes,
        fc.array(value, { minLength: q3.items.length, maxLength: q3.items.length }),
        fc.array(fc.constantFrom('todo', 'in-progress', 'done'), { minLength: 80, maxLength: 80 }),
        (modes, values, statuses) => {
          const view = questionnaireFor(q3, modes);
          const applies = new Set(view.items.map((i) => i.id));
          // Every answer stays stored, those to items that do not apply included.
          const answers: Answer[] = q3.items.map((item, i) => ({ itemId: item.id, value: values[i]! }));
          const score = scoreAssessment(view, answers);
          // Plan rows written when every item applied: in 2.0.0 and in 3.0.0, on every action either version offered.
          const written = [
            ...writtenIn2,
            ...generateRoadmap(q3, answers, everyTarget(q3)).map((a) => ({ id: a.id, version: '3.0.0' })),
          ];
          const rows = written.map((w, i) => row(w.id, w.version, { status: statuses[i % statuses.length]!, doneAt: '2026-11-01T10:00:00.000Z' }));
          const progress = carryPlan([q2, q3], view, rows);
          const earlier = generateRoadmap(q3, answers, everyTarget(q3)).map((a) => a.id);
          const shown = planView(view, answers, score, generateRoadmap(view, answers, resolvePlanTargets(score).targets), progress, earlier);
          const order = planOrder(shown.entries);
          const all = [...shown.entries, ...shown.offeredDone, ...shown.doneEarlier, ...order.focus, ...order.backlog, ...order.done];
          for (const action of all) {
            const ref = parseActionId(action.id);
            if (ref?.kind === 'dimension') expect(view.dimensions.map((d) => d.id)).toContain(ref.dimensionId);
            else expect(applies.has(ref!.itemId), action.id).toBe(true);
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 60_000);
});
