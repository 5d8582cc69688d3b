/**
 * Turns an unknown value (a parsed JSON file) into a Questionnaire, or into the list of every problem
 * found, each named by its JSON path. Two passes: the shape (zod), then the rules that need the
 * whole file, which only run once the shape is right so their messages make sense.
 */
import type { core } from 'zod/mini';
import {
  compareVersions,
  LEVELS,
  QuestionnaireSchema,
  type ObligationCriterion,
  type Questionnaire,
  type ReadinessCriterion,
} from './schema.ts';
import { frenchTypographyProblems, typographyApplies } from './typography.ts';
import { formatPath, type IssueKind, type PathSegment, type QuestionnaireIssue } from './issues.ts';

export type ParseResult =
  | { ok: true; questionnaire: Questionnaire }
  | { ok: false; issues: QuestionnaireIssue[] };

export function parseQuestionnaire(input: unknown): ParseResult {
  const shape = QuestionnaireSchema.safeParse(input, { reportInput: true });
  if (!shape.success) {
    return { ok: false, issues: shape.error.issues.map(fromZodIssue) };
  }
  const issues = checkWholeFile(shape.data);
  return issues.length ? { ok: false, issues } : { ok: true, questionnaire: shape.data };
}

/** For a file's text: a JSON syntax error becomes an issue like any other. */
export function parseQuestionnaireText(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ kind: 'json-syntax', detail, path: [] }] };
  }
  return parseQuestionnaire(json);
}

function receivedType(input: unknown): string {
  if (input === undefined) return 'missing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

export function fromZodIssue(issue: core.$ZodIssue): QuestionnaireIssue {
  const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
  return { ...describeZodIssue(issue, path), path };
}

function describeZodIssue(issue: core.$ZodIssue, path: PathSegment[]): IssueKind {
  const last = path[path.length - 1];
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { kind: 'missing' };
      return { kind: 'wrong-type', expected: issue.expected, received: receivedType(issue.input) };
    case 'too_small':
      if (issue.origin === 'string') return { kind: 'empty-text' };
      if (issue.origin === 'array') return { kind: 'too-few', minimum: Number(issue.minimum) };
      return { kind: 'too-small-number', minimum: Number(issue.minimum), inclusive: issue.inclusive ?? true };
    case 'too_big':
      if (issue.origin === 'string' || issue.origin === 'array') {
        return { kind: 'too-many', maximum: Number(issue.maximum) };
      }
      return { kind: 'too-large-number', maximum: Number(issue.maximum), inclusive: issue.inclusive ?? true };
    case 'unrecognized_keys':
      return { kind: 'unknown-fields', keys: issue.keys };
    case 'invalid_value':
      return { kind: 'not-allowed-value', allowed: issue.values.map(String) };
    case 'invalid_format':
      if (last === 'version') return { kind: 'bad-version' };
      if (last === 'id' || last === 'dimension') return { kind: 'bad-id' };
      return { kind: 'bad-format' };
    default:
      return { kind: 'invalid' };
  }
}

function checkWholeFile(q: Questionnaire): QuestionnaireIssue[] {
  const issues: QuestionnaireIssue[] = [];
  const push = (path: PathSegment[], kind: IssueKind) => issues.push({ ...kind, path });

  checkLevelSet(q.levels.map((l) => l.level), ['levels'], push);

  const dimensionIds = new Map<string, PathSegment[]>();
  q.dimensions.forEach((dimension, d) => {
    const here: PathSegment[] = ['dimensions', d];
    checkUnique(dimensionIds, dimension.id, [...here, 'id'], push);
    checkLevelSet(dimension.stages.map((s) => s.level), [...here, 'stages'], push);
    const actionIds = new Map<string, PathSegment[]>();
    dimension.actions?.forEach((action, a) => {
      checkUnique(actionIds, action.id, [...here, 'actions', a, 'id'], push);
      if (action.targetStage === 1) {
        push([...here, 'actions', a, 'targetStage'], { kind: 'too-small-number', minimum: 2, inclusive: true });
      }
    });
  });

  const itemIds = new Map<string, PathSegment[]>();
  const dimensionsWithItems = new Set<string>();
  q.items.forEach((item, i) => {
    const here: PathSegment[] = ['items', i];
    checkUnique(itemIds, item.id, [...here, 'id'], push);
    if (!dimensionIds.has(item.dimension)) {
      push([...here, 'dimension'], { kind: 'unknown-dimension', id: item.dimension });
    }
    dimensionsWithItems.add(item.dimension);
    checkLevelSet(item.statements.map((s) => s.level), [...here, 'statements'], push);
    item.variants?.forEach((variant, v) => {
      if (!variant.question && !variant.help) push([...here, 'variants', v], { kind: 'variant-empty' });
    });
    item.statements.forEach((statement, s) => {
      if (statement.level === 5) return;
      for (const field of ['nextStep', 'effort', 'horizon'] as const) {
        if (statement[field] === undefined) {
          push([...here, 'statements', s, field], { kind: 'missing-next-step', level: statement.level, field });
        }
      }
    });
  });

  q.dimensions.forEach((dimension, d) => {
    if (!dimensionsWithItems.has(dimension.id)) {
      push(['dimensions', d, 'id'], { kind: 'dimension-without-items', id: dimension.id });
    }
  });
  checkFloors(q, push);
  checkCarryOverDeclaration(q, itemIds, push);
  if (q.readiness) {
    checkCriteria(q.readiness.criteria, ['readiness', 'criteria'], itemIds, push);
    // "Almost" must still ask for at least one criterion, or it would mean nothing.
    const maximum = q.readiness.criteria.length - 1;
    if (q.readiness.almostMaxMissing > maximum) {
      push(['readiness', 'almostMaxMissing'], { kind: 'too-large-number', maximum, inclusive: true });
    }
  }
  if (q.obligations) checkCriteria(q.obligations.criteria, ['obligations', 'criteria'], itemIds, push);
  if (typographyApplies(q.version)) checkTypography(q, [], push);
  return issues;
}

/**
 * What can be checked of `carryOver` from this file alone. The rules that need the previous version's
 * file (every item it had is accounted for) live in ./versions.ts.
 */
function checkCarryOverDeclaration(
  q: Questionnaire,
  itemIds: Map<string, PathSegment[]>,
  push: (path: PathSegment[], kind: IssueKind) => void,
) {
  const carryOver = q.carryOver;
  if (!carryOver) return;
  if (compareVersions(carryOver.fromVersion, q.version) >= 0) {
    push(['carryOver', 'fromVersion'], { kind: 'carry-over-not-older', fromVersion: carryOver.fromVersion, version: q.version });
  }
  const sources = new Map<string, PathSegment[]>();
  const targets = new Map<string, PathSegment[]>();
  carryOver.items.forEach((entry, e) => {
    const here: PathSegment[] = ['carryOver', 'items', e];
    checkUnique(sources, entry.item, [...here, 'item'], push);
    if (entry.removed && (entry.becomes !== undefined || entry.levels !== undefined)) {
      push(here, { kind: 'carry-over-removed-and-mapped', id: entry.item });
    }
    if (!entry.removed && entry.becomes === undefined && entry.levels === undefined) {
      push(here, { kind: 'carry-over-empty', id: entry.item });
    }
    if (entry.becomes !== undefined && !itemIds.has(entry.becomes)) {
      push([...here, 'becomes'], { kind: 'unknown-item', id: entry.becomes });
    }
    if (!entry.removed) {
      const target = entry.becomes ?? entry.item;
      const first = targets.get(target);
      if (first) push([...here, entry.becomes ? 'becomes' : 'item'], { kind: 'carry-over-target-twice', id: target, firstAt: formatPath(first) });
      else targets.set(target, [...here, entry.becomes ? 'becomes' : 'item']);
      if (entry.becomes === undefined && !itemIds.has(entry.item)) {
        push([...here, 'item'], { kind: 'unknown-item', id: entry.item });
      }
    }
    const levels = new Set<number>();
    entry.levels?.forEach((map, m) => {
      if (levels.has(map.from)) push([...here, 'levels', m, 'from'], { kind: 'duplicate-level', level: map.from });
      levels.add(map.from);
    });
  });
}

/** A floor names an item of its own dimension, and a cap that can bite. */
function checkFloors(q: Questionnaire, push: (path: PathSegment[], kind: IssueKind) => void) {
  const dimensionOf = new Map(q.items.map((item) => [item.id, item.dimension]));
  q.dimensions.forEach((dimension, d) => {
    dimension.floors?.forEach((floor, f) => {
      const here: PathSegment[] = ['dimensions', d, 'floors', f];
      const owner = dimensionOf.get(floor.item);
      if (owner === undefined) push([...here, 'item'], { kind: 'unknown-item', id: floor.item });
      else if (owner !== dimension.id) {
        push([...here, 'item'], { kind: 'floor-item-other-dimension', id: floor.item, dimension: owner });
      }
      // Every answer with a level reaches 1, and no stage exceeds 5: either would cap nothing.
      if (floor.atLeast === 1) push([...here, 'atLeast'], { kind: 'too-small-number', minimum: 2, inclusive: true });
      if (floor.maxStage === 5) push([...here, 'maxStage'], { kind: 'too-large-number', maximum: 4, inclusive: true });
    });
  });
}

/** Readiness and obligation criteria: unique ids, conditions on items that exist and test something. */
function checkCriteria(
  criteria: readonly (ReadinessCriterion | ObligationCriterion)[],
  at: PathSegment[],
  itemIds: ReadonlyMap<string, PathSegment[]>,
  push: (path: PathSegment[], kind: IssueKind) => void,
) {
  const criterionIds = new Map<string, PathSegment[]>();
  criteria.forEach((criterion, c) => {
    const here: PathSegment[] = [...at, c];
    checkUnique(criterionIds, criterion.id, [...here, 'id'], push);
    criterion.requires.forEach((condition, r) => {
      if (!itemIds.has(condition.item)) {
        push([...here, 'requires', r, 'item'], { kind: 'unknown-item', id: condition.item });
      }
      // Every answer with a level reaches 1: such a condition would test nothing.
      if (condition.atLeast === 1) {
        push([...here, 'requires', r, 'atLeast'], { kind: 'too-small-number', minimum: 2, inclusive: true });
      }
    });
  });
}

/** Every French text of the file, against typography.ts's rule (from 3.0.0 on). */
function checkTypography(value: unknown, path: PathSegment[], push: (path: PathSegment[], kind: IssueKind) => void) {
  if (Array.isArray(value)) {
    value.forEach((child, i) => checkTypography(child, [...path, i], push));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (typeof record.fr === 'string' && typeof record.en === 'string') {
    for (const problem of frenchTypographyProblems(record.fr)) push([...path, 'fr'], { kind: 'typography', ...problem });
    return;
  }
  for (const [key, child] of Object.entries(record)) checkTypography(child, [...path, key], push);
}

function checkUnique(
  seen: Map<string, PathSegment[]>,
  id: string,
  path: PathSegment[],
  push: (path: PathSegment[], kind: IssueKind) => void,
) {
  const first = seen.get(id);
  if (first) push(path, { kind: 'duplicate-id', id, firstAt: formatPath(first) });
  else seen.set(id, path);
}

/** Exactly one element per level 1–5, in any order. */
function checkLevelSet(
  found: number[],
  path: PathSegment[],
  push: (path: PathSegment[], kind: IssueKind) => void,
) {
  const sorted = [...found].sort((a, b) => a - b);
  const exact = sorted.length === LEVELS.length && sorted.every((level, i) => level === LEVELS[i]);
  if (!exact) push(path, { kind: 'levels-not-one-to-five', found: sorted });
}
