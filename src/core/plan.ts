/**
 * The organization's plan: one list of actions that lives across its assessments, not one roadmap per
 * assessment. Pure: the roadmap of the latest assessment is still recomputed from its answers and
 * targets (roadmap.ts); what a person writes on an action (status, owner, due date, note, whether it
 * is pinned to the focus or postponed) is kept per organization, keyed by the action's stable id, and
 * follows the questionnaire's carry-over declarations from one version to the next.
 *
 * - Identity: `item:<item>:<level it leads from>`, `find-out:<item>`, `dimension:<dim>:<action>`
 *   (roadmap.ts). Across versions an id follows the item's rename and level remap, exactly as answers
 *   do (carry-over.ts); an action of a removed item leaves the plan (its row is kept, never deleted).
 * - Reached: an action whose item is now answered at or above the level it leads to (a "find out"
 *   whose item now has an answer, a dimension action whose stage is reached) is offered as done; the
 *   person confirms.
 * - Targets carry to the next assessment, for the dimensions the new version still has; a carried
 *   target the organization has reached proposes the next stage.
 * - The 90-day focus (`chooseFocus`), the rule the plan screen explains:
 *   1. actions the person pinned, in priority order;
 *   2. then, dimension by dimension from the weakest (the roadmap's order), at most two per dimension
 *      (pinned ones count): actions already in progress first, then "find out" actions (a don't-know
 *      answer is the quickest gap to close), then small effort before medium before large, then the
 *      roadmap's own order;
 *   never more than FOCUS_LIMIT; done and postponed actions are never chosen.
 */
import { isLevel, NOT_APPLICABLE, type Answer } from './answers.ts';
import { carryAnswers, carryOverPath } from './carry-over.ts';
import type { AnswerValue } from './answers.ts';
import type { Effort, Level, Questionnaire } from './questionnaire/schema.ts';
import type { AssessmentScore } from './scoring.ts';
import {
  byHorizon,
  currentLevel,
  describeAction,
  parseActionId,
  type RoadmapAction,
  type RoadmapEntry,
} from './roadmap.ts';

import type { PlanProgress, VersionedProgress } from './plan-rows.ts';
export { FOCUS_CHOICES, PlanProgressSchema, type FocusChoice, type PlanProgress, type VersionedProgress } from './plan-rows.ts';

/** At most this many actions in the 90-day focus (the issue asks for 5 to 7; three people carry it). */
export const FOCUS_LIMIT = 6;
/** At most this many automatically chosen actions per dimension. */
export const FOCUS_PER_DIMENSION = 2;

// ---- Identity across versions ----

/**
 * The id an action of `path[0]` has in the path's last version; undefined when its item was removed
 * (or its dimension action no longer exists). Reuses the answers' carry-over: an action "from level L
 * of item X" moves exactly as an answer "L to X" would.
 */
export function carryActionId(path: readonly Questionnaire[], id: string): string | undefined {
  const last = path.at(-1);
  const ref = parseActionId(id);
  if (!last || !ref) return undefined;
  if (ref.kind === 'dimension') return describeAction(last, id) ? id : undefined;
  const value: AnswerValue = ref.kind === 'step' ? ref.fromLevel : 'dont-know';
  const [carried] = carryAnswers(path, [{ itemId: ref.itemId, value }]);
  if (!carried) return undefined;
  const moved =
    ref.kind === 'step' && isLevel(carried.value) ? `item:${carried.itemId}:${carried.value}` : `find-out:${carried.itemId}`;
  // A level remapped to 5 leads nowhere: nothing is left to do.
  return describeAction(last, moved) ? moved : undefined;
}

/**
 * Every plan row as progress on `questionnaire`'s actions, keyed by their id in that version. Rows of
 * another version follow the carry-over chain (rows of a later version, or with no chain, are left
 * out); two rows landing on one action keep the one written last.
 */
export function carryPlan(
  versions: readonly Questionnaire[],
  questionnaire: Questionnaire,
  rows: readonly VersionedProgress[],
): Record<string, VersionedProgress> {
  const paths = new Map<string, Questionnaire[] | undefined>();
  const out: Record<string, VersionedProgress> = {};
  for (const row of rows) {
    if (!paths.has(row.version)) {
      const all = versions.some((q) => q.version === questionnaire.version) ? versions : [...versions, questionnaire];
      paths.set(row.version, carryOverPath(all, row.version, questionnaire.version));
    }
    const path = paths.get(row.version);
    const id = path && carryActionId(path, row.actionId);
    if (!id) continue;
    const existing = out[id];
    if (existing && existing.updatedAt >= row.updatedAt) continue;
    out[id] = { ...row, actionId: id, version: questionnaire.version };
  }
  return out;
}

// ---- Reached actions ----

/** Whether the answers of an assessment show the action done (the person still confirms). */
export function actionReached(
  questionnaire: Questionnaire,
  answers: readonly Answer[],
  score: AssessmentScore,
  id: string,
): boolean {
  const ref = parseActionId(id);
  if (!ref) return false;
  if (ref.kind === 'dimension') {
    const action = questionnaire.dimensions.find((d) => d.id === ref.dimensionId)?.actions?.find((a) => a.id === ref.actionId);
    const dimension = score.dimensions.find((d) => d.dimensionId === ref.dimensionId);
    return Boolean(action && dimension && dimension.stage !== null && currentLevel(dimension) >= action.targetStage);
  }
  const value = answers.find((a) => a.itemId === ref.itemId)?.value;
  if (ref.kind === 'find-out') return isLevel(value) || value === NOT_APPLICABLE;
  return isLevel(value) && value > ref.fromLevel;
}

export interface PlanView {
  /** Today's roadmap, each action with what the organization wrote on it. */
  entries: RoadmapEntry[];
  /** Actions the organization was working on that today's answers show done: to confirm. */
  offeredDone: RoadmapEntry[];
  /** Actions marked done that today's roadmap no longer lists. */
  doneEarlier: RoadmapEntry[];
}

/** Today's roadmap beside the organization's plan rows (already carried to this version). */
export function planView(
  questionnaire: Questionnaire,
  answers: readonly Answer[],
  score: AssessmentScore,
  roadmap: readonly RoadmapAction[],
  progress: Readonly<Record<string, PlanProgress>>,
  /** The previous assessment's roadmap, carried to this version: in the plan even if never touched. */
  earlier: readonly string[] = [],
): PlanView {
  const listed = new Set(roadmap.map((a) => a.id));
  const todo = (id: string): PlanProgress => ({ actionId: id, status: 'todo' });
  const entries = roadmap.map((action) => ({ ...action, progress: progress[action.id] ?? todo(action.id) }));
  const offeredDone: RoadmapEntry[] = [];
  const doneEarlier: RoadmapEntry[] = [];
  for (const id of new Set([...Object.keys(progress), ...earlier])) {
    if (listed.has(id)) continue;
    const p = progress[id] ?? todo(id);
    const action = describeAction(questionnaire, id);
    if (!action) continue;
    if (p.status === 'done') doneEarlier.push({ ...action, progress: p });
    else if (actionReached(questionnaire, answers, score, id)) offeredDone.push({ ...action, progress: p });
  }
  const order = (x: RoadmapEntry, y: RoadmapEntry) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  return { entries, offeredDone: offeredDone.sort(order), doneEarlier: doneEarlier.sort(order) };
}

// ---- Targets ----

/** The targets a new assessment starts with: the last ones, for dimensions the new version still has. */
export function carryTargets(
  questionnaire: Questionnaire,
  targets: Readonly<Partial<Record<string, Level>>> | undefined,
): Record<string, Level> {
  const out: Record<string, Level> = {};
  for (const d of questionnaire.dimensions) {
    const t = targets?.[d.id];
    if (t !== undefined) out[d.id] = t;
  }
  return out;
}

export interface ResolvedTargets {
  targets: Record<string, Level>;
  /** Carried targets the organization has now reached, by dimension: the next stage is proposed. */
  reached: Record<string, Level>;
}

/**
 * Every dimension's target: the one set on this assessment; else the carried one while it is still
 * ahead; else (reached, or none) the current stage + 1 (5 stays 5).
 */
export function resolvePlanTargets(
  score: AssessmentScore,
  own: Readonly<Partial<Record<string, Level>>> = {},
  carried: Readonly<Partial<Record<string, Level>>> = {},
): ResolvedTargets {
  const targets: Record<string, Level> = {};
  const reached: Record<string, Level> = {};
  for (const d of score.dimensions) {
    const next = Math.min(5, currentLevel(d) + 1) as Level;
    const set = own[d.dimensionId];
    const kept = carried[d.dimensionId];
    if (set !== undefined) targets[d.dimensionId] = set;
    else if (kept !== undefined && kept > currentLevel(d)) targets[d.dimensionId] = kept;
    else {
      targets[d.dimensionId] = next;
      if (kept !== undefined) reached[d.dimensionId] = kept;
    }
  }
  return { targets, reached };
}

// ---- The 90-day focus ----

const EFFORT_ORDER: Record<Effort, number> = { small: 0, medium: 1, large: 2 };

export interface Focus {
  /** At most FOCUS_LIMIT ids, in the order shown. */
  focus: string[];
  /** Every other action not done, in priority order. */
  backlog: string[];
}

/** The focus and the backlog, by the rule in this file's header. `entries` are in roadmap order. */
export function chooseFocus(entries: readonly RoadmapEntry[], limit = FOCUS_LIMIT): Focus {
  const open = entries.filter((e) => e.progress.status !== 'done');
  const focus: RoadmapEntry[] = [];
  const perDimension = new Map<string, number>();
  const take = (e: RoadmapEntry) => {
    focus.push(e);
    perDimension.set(e.dimensionId, (perDimension.get(e.dimensionId) ?? 0) + 1);
  };
  for (const e of open) if (focus.length < limit && (e.progress as PlanProgress).focus === 'pinned') take(e);

  const dimensions = [...new Set(open.map((e) => e.dimensionId))];
  const rank = new Map(open.map((e, i) => [e.id, i]));
  const key = (e: RoadmapEntry) => [
    e.progress.status === 'in-progress' ? 0 : 1,
    e.kind === 'find-out' ? 0 : 1,
    EFFORT_ORDER[e.effort],
    rank.get(e.id) ?? 0,
  ];
  const compare = (x: RoadmapEntry, y: RoadmapEntry) => {
    const a = key(x);
    const b = key(y);
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
    return 0;
  };
  const chosen = new Set(focus.map((e) => e.id));
  for (const dimension of dimensions) {
    const candidates = open
      .filter((e) => e.dimensionId === dimension && !chosen.has(e.id) && (e.progress as PlanProgress).focus !== 'postponed')
      .sort(compare);
    for (const e of candidates) {
      if (focus.length >= limit || (perDimension.get(dimension) ?? 0) >= FOCUS_PER_DIMENSION) break;
      take(e);
      chosen.add(e.id);
    }
  }
  const ids = new Set(focus.map((e) => e.id));
  return { focus: focus.map((e) => e.id), backlog: open.filter((e) => !ids.has(e.id)).map((e) => e.id) };
}

export interface PlanOrder {
  /** The focus, in the order chosen. */
  focus: RoadmapEntry[];
  /** The open actions outside the focus, by horizon (3 months, 3 to 12, 12 to 24), priority order inside. */
  backlog: RoadmapEntry[];
  /** Actions marked done, in roadmap order. */
  done: RoadmapEntry[];
  /** The number each open action carries wherever it is shown (screen, CSV, PDF): 1, 2, 3… in this order. */
  numbers: Record<string, number>;
}

/** The plan as it is shown and numbered: the focus, then the backlog by horizon, then what is done. */
export function planOrder(entries: readonly RoadmapEntry[], limit = FOCUS_LIMIT): PlanOrder {
  const chosen = chooseFocus(entries, limit);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const pick = (ids: string[]) => ids.flatMap((id) => byId.get(id) ?? []);
  const focus = pick(chosen.focus);
  // The backlog is shown by horizon: numbers follow that order, so they never jump on screen or paper.
  const backlog = byHorizon(pick(chosen.backlog)).flatMap((g) => g.entries);
  const numbers = Object.fromEntries([...focus, ...backlog].map((e, i) => [e.id, i + 1]));
  return { focus, backlog, done: entries.filter((e) => e.progress.status === 'done'), numbers };
}

// ---- Migrating per-assessment roadmap rows ----

export { planFromRoadmapRows, type LegacyRoadmapRow, type PlanRowOf } from './plan-rows.ts';

/** The dimension an action belongs to in `questionnaire`; undefined when its item is not there. */
export function actionDimension(questionnaire: Questionnaire, id: string): string | undefined {
  const ref = parseActionId(id);
  if (!ref) return undefined;
  if (ref.kind === 'dimension') return ref.dimensionId;
  return questionnaire.items.find((item) => item.id === ref.itemId)?.dimension;
}

export interface DonePeriod {
  /** Actions marked done after the previous assessment and up to this one. */
  total: number;
  /** The same, per dimension (actions whose dimension is unknown count in the total only). */
  byDimension: Record<string, number>;
}

/**
 * For the path: per assessment (oldest first, ISO completion times), the actions marked done since
 * the one before. The first assessment has nothing before it: always zero.
 */
export function donePerPeriod(
  progress: readonly PlanProgress[],
  completedAt: readonly string[],
  dimensionOf: (actionId: string) => string | undefined,
): DonePeriod[] {
  return completedAt.map((to, i) => {
    const from = completedAt[i - 1];
    const byDimension: Record<string, number> = {};
    let total = 0;
    if (from === undefined) return { total, byDimension };
    for (const p of progress) {
      if (p.status !== 'done' || p.doneAt === undefined || p.doneAt <= from || p.doneAt > to) continue;
      total++;
      const dimension = dimensionOf(p.actionId);
      if (dimension) byDimension[dimension] = (byDimension[dimension] ?? 0) + 1;
    }
    return { total, byDimension };
  });
}

/** How many actions were marked done after `from` and up to `to` (ISO times); `to` absent: until now. */
export function doneBetween(progress: readonly PlanProgress[], from: string, to?: string): number {
  return progress.filter((p) => p.status === 'done' && p.doneAt !== undefined && p.doneAt > from && (to === undefined || p.doneAt <= to)).length;
}
