/**
 * Targets and the roadmap: the rules are this module. Pure: the roadmap is recomputed from the
 * questionnaire, the answers and the targets whenever one of them changes; only what the person adds
 * to an action (owner, due date, status, note) is stored, keyed by the action's stable id.
 *
 * - Target per dimension: saved, or the current stage + 1 (5 stays 5).
 * - Actions: the `nextStep` of every item answered below its dimension's target; the dimension's own
 *   actions for every stage above the current one up to the target; a "find out" action for every
 *   don't-know answer.
 * - Order: the weakest dimension first (lowest score; no score at all comes first), then inside a
 *   dimension the largest gap first. The gap is the target minus the level the action starts from;
 *   a don't-know counts as level 1 (it could be). Ties: item steps, then "find out", then dimension
 *   actions, each in questionnaire order.
 */
import { z } from 'zod/mini';
import { isLevel, DONT_KNOW, type Answer, type AnswerValue } from './answers.ts';
import { scoreAssessment, type AssessmentScore, type DimensionScore } from './scoring.ts';
import {
  HORIZONS,
  itemsOf,
  type DimensionAction,
  type Effort,
  type Item,
  type Horizon,
  type Level,
  type Questionnaire,
} from './questionnaire/schema.ts';
import type { LocalizedText } from './text.ts';

export type ActionKind = 'step' | 'find-out' | 'dimension';

export interface RoadmapAction {
  /** Stable across regenerations: `item:<itemId>:<level>`, `find-out:<itemId>`, `dimension:<dim>:<id>`. */
  id: string;
  kind: ActionKind;
  dimensionId: string;
  itemId?: string;
  /** The level this action moves from; null for "find out" (the level is not known). */
  fromLevel: Level | null;
  /** Target minus the level the action starts from. */
  gap: number;
  text: LocalizedText;
  effort: Effort;
  horizon: Horizon;
}

export const ACTION_STATUSES = ['todo', 'in-progress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const OWNER_MAX_LENGTH = 120;
export const ACTION_NOTE_MAX_LENGTH = 2000;

/** A calendar date, as `<input type="date">` gives it: YYYY-MM-DD. */
export const DueDateSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/));

/** What a person adds to an action; stored locally, never derived. */
export const ActionProgressSchema = z.object({
  actionId: z.string().check(z.minLength(1), z.maxLength(200)),
  owner: z.optional(z.string().check(z.maxLength(OWNER_MAX_LENGTH))),
  due: z.optional(DueDateSchema),
  status: z.enum(ACTION_STATUSES),
  note: z.optional(z.string().check(z.maxLength(ACTION_NOTE_MAX_LENGTH))),
});
export type ActionProgress = z.infer<typeof ActionProgressSchema>;

export interface RoadmapEntry extends RoadmapAction {
  progress: ActionProgress;
}

/** Where a dimension stands: its stage, or the whole part of its score when information is short, or 1. */
export function currentLevel(dimension: DimensionScore): Level {
  if (dimension.stage !== null) return dimension.stage;
  if (dimension.score !== null) return Math.floor(dimension.score) as Level;
  return 1;
}

export function defaultTarget(dimension: DimensionScore): Level {
  return Math.min(5, currentLevel(dimension) + 1) as Level;
}

/** Every dimension's target: the saved one where there is one, else current + 1. */
export function resolveTargets(
  score: AssessmentScore,
  saved: Readonly<Partial<Record<string, Level>>> = {},
): Record<string, Level> {
  const targets: Record<string, Level> = {};
  for (const d of score.dimensions) targets[d.dimensionId] = saved[d.dimensionId] ?? defaultTarget(d);
  return targets;
}

const KIND_ORDER: Record<ActionKind, number> = { step: 0, 'find-out': 1, dimension: 2 };

function findOutText(question: LocalizedText): LocalizedText {
  return { fr: `Trouver la réponse\u00a0: ${question.fr}`, en: `Find out: ${question.en}` };
}

/** The item's next step from `value`; undefined at level 5 (nothing above). */
function stepAction(dimensionId: string, item: Item, value: Level, target: number): RoadmapAction | undefined {
  const statement = item.statements.find((s) => s.level === value);
  // parse.ts guarantees nextStep, effort and horizon below level 5.
  if (!statement?.nextStep || !statement.effort || !statement.horizon) return undefined;
  return {
    id: `item:${item.id}:${value}`,
    kind: 'step',
    dimensionId,
    itemId: item.id,
    fromLevel: value,
    gap: target - value,
    text: statement.nextStep,
    effort: statement.effort,
    horizon: statement.horizon,
  };
}

function findOutAction(dimensionId: string, item: Item, target: number): RoadmapAction {
  return {
    id: `find-out:${item.id}`,
    kind: 'find-out',
    dimensionId,
    itemId: item.id,
    fromLevel: null,
    gap: Math.max(0, target - 1),
    text: findOutText(item.question),
    effort: 'small',
    horizon: '0-3',
  };
}

function dimensionAction(dimensionId: string, action: DimensionAction, target: number): RoadmapAction {
  const from = (action.targetStage - 1) as Level;
  return {
    id: `dimension:${dimensionId}:${action.id}`,
    kind: 'dimension',
    dimensionId,
    fromLevel: from,
    gap: target - from,
    text: action.text,
    effort: action.effort,
    horizon: action.horizon,
  };
}

/** What an action id names, parsed; undefined for an id this code never made. */
export type ActionRef =
  | { kind: 'step'; itemId: string; fromLevel: Level }
  | { kind: 'find-out'; itemId: string }
  | { kind: 'dimension'; dimensionId: string; actionId: string };

export function parseActionId(id: string): ActionRef | undefined {
  const [kind, a, b, ...rest] = id.split(':');
  if (rest.length || !a) return undefined;
  if (kind === 'item' && b !== undefined) {
    const level = Number(b) as AnswerValue;
    return isLevel(level) ? { kind: 'step', itemId: a, fromLevel: level } : undefined;
  }
  if (kind === 'find-out' && b === undefined) return { kind: 'find-out', itemId: a };
  if (kind === 'dimension' && b) return { kind: 'dimension', dimensionId: a, actionId: b };
  return undefined;
}

/**
 * The action an id names in `questionnaire`, whether or not today's answers put it on the roadmap
 * (an action carried from an earlier assessment, an action already reached). Its gap is 0: it is
 * described, not ranked.
 */
export function describeAction(questionnaire: Questionnaire, id: string): RoadmapAction | undefined {
  const ref = parseActionId(id);
  if (!ref) return undefined;
  if (ref.kind === 'dimension') {
    const action = questionnaire.dimensions.find((d) => d.id === ref.dimensionId)?.actions?.find((x) => x.id === ref.actionId);
    return action && { ...dimensionAction(ref.dimensionId, action, action.targetStage - 1), gap: 0 };
  }
  const item = questionnaire.items.find((i) => i.id === ref.itemId);
  if (!item) return undefined;
  return ref.kind === 'step' ? stepAction(item.dimension, item, ref.fromLevel, ref.fromLevel) : findOutAction(item.dimension, item, 1);
}

export function generateRoadmap(
  questionnaire: Questionnaire,
  answers: Iterable<Answer>,
  savedTargets: Readonly<Partial<Record<string, Level>>> = {},
): RoadmapAction[] {
  const answerList = [...answers];
  const score = scoreAssessment(questionnaire, answerList);
  const targets = resolveTargets(score, savedTargets);
  const byItem = new Map(answerList.map((a) => [a.itemId, a.value]));

  const perDimension = questionnaire.dimensions.map((dimension, order) => {
    const dimScore = score.dimensions.find((d) => d.dimensionId === dimension.id)!;
    const target = targets[dimension.id]!;
    const current = currentLevel(dimScore);
    const actions: RoadmapAction[] = [];
    for (const item of itemsOf(questionnaire, dimension.id)) {
      const value = byItem.get(item.id);
      if (isLevel(value) && value < target) {
        const action = stepAction(dimension.id, item, value, target);
        if (action) actions.push(action);
      } else if (value === DONT_KNOW) {
        actions.push(findOutAction(dimension.id, item, target));
      }
    }
    for (const action of dimension.actions ?? []) {
      if (action.targetStage <= current || action.targetStage > target) continue;
      actions.push(dimensionAction(dimension.id, action, target));
    }
    // Array.prototype.sort is stable, so equal keys keep questionnaire order.
    actions.sort((x, y) => y.gap - x.gap || KIND_ORDER[x.kind] - KIND_ORDER[y.kind]);
    return { score: dimScore.score, gap: target - current, order, actions };
  });

  perDimension.sort(
    (x, y) =>
      (x.score ?? 0) - (y.score ?? 0) || // no score at all sorts as 0: nothing known comes first
      y.gap - x.gap ||
      x.order - y.order,
  );
  return perDimension.flatMap((d) => d.actions);
}

/** Each action with what the person wrote about it; an action never touched is "to do". */
export function withProgress(actions: readonly RoadmapAction[], progress: readonly ActionProgress[]): RoadmapEntry[] {
  const byId = new Map(progress.map((p) => [p.actionId, p]));
  return actions.map((action) => ({
    ...action,
    progress: byId.get(action.id) ?? { actionId: action.id, status: 'todo' },
  }));
}

export interface HorizonGroup<T> {
  horizon: Horizon;
  entries: T[];
}

/** The three horizons in order (0–3, 3–12, 12–24 months), each keeping the priority order. */
export function byHorizon<T extends { horizon: Horizon }>(entries: readonly T[]): HorizonGroup<T>[] {
  return HORIZONS.map((horizon) => ({ horizon, entries: entries.filter((e) => e.horizon === horizon) }));
}
