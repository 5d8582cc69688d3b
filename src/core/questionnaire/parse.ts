/**
 * Turns an unknown value (a parsed JSON file) into a Questionnaire, or into the list of every problem
 * found, each named by its JSON path. Two passes: the shape (zod), then the rules that need the
 * whole file, which only run once the shape is right so their messages make sense.
 */
import type { core } from 'zod/mini';
import { QuestionnaireSchema } from './file-schema.ts';
import {
  compareVersions,
  LEVELS,
  type ObligationCriterion,
  type Questionnaire,
  type ReadinessCriterion,
} from './schema.ts';
import { contentWarnings } from './content.ts';
import { MAX_DIMENSIONS } from './limits.ts';
import { formatPath, type IssueKind, type PathSegment, type QuestionnaireIssue } from './issues.ts';

/**
 * `issues` are errors: the app cannot use the file. `warnings` are content advice (./content.ts),
 * given whenever the file's shape is right enough to read them.
 */
export type ParseResult =
  | { ok: true; questionnaire: Questionnaire; warnings: QuestionnaireIssue[] }
  | { ok: false; issues: QuestionnaireIssue[]; warnings: QuestionnaireIssue[] };

export function parseQuestionnaire(input: unknown): ParseResult {
  const shape = QuestionnaireSchema.safeParse(input, { reportInput: true });
  if (!shape.success) {
    return { ok: false, issues: shape.error.issues.map(fromZodIssue), warnings: [] };
  }
  const issues = checkWholeFile(shape.data);
  const warnings = contentWarnings(shape.data);
  return issues.length ? { ok: false, issues, warnings } : { ok: true, questionnaire: shape.data, warnings };
}

/** For a file's text: a JSON syntax error becomes an issue like any other, with its line and column. */
export function parseQuestionnaireText(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ kind: 'json-syntax', ...syntaxErrorPlace(text, message), path: [] }], warnings: [] };
  }
  return parseQuestionnaire(json);
}

/**
 * Line and column (from 1) of a JSON.parse error, and the text there. Engines say it differently:
 * V8 gives a character position (and, lately, the line and column too); Firefox gives line and
 * column; an unexpected end names neither, so it is the end of the text.
 */
export function syntaxErrorPlace(text: string, message: string): { line: number; column: number; excerpt: string } {
  let offset = text.length;
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  const position = /position (\d+)/i.exec(message);
  if (position) offset = Math.min(Number(position[1]), text.length);
  else if (lineColumn) {
    const lines = text.split('\n');
    const line = Math.max(1, Math.min(Number(lineColumn[1]), lines.length));
    offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + Number(lineColumn[2]) - 1;
  }
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  const lineText = text.split('\n')[line - 1] ?? '';
  const excerpt = lineText.slice(Math.max(0, column - 16), column + 8).trim();
  return { line, column, excerpt };
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
  // A field that is absent is missing, whatever the rule it would have had to meet (a level, a choice).
  if (issue.input === undefined && issue.code !== 'unrecognized_keys' && issue.code !== 'custom') return { kind: 'missing' };
  switch (issue.code) {
    case 'invalid_type':
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
      return {
        kind: 'not-allowed-value',
        allowed: issue.values.filter((v) => ['string', 'number', 'boolean'].includes(typeof v)) as (string | number | boolean)[],
        received: issue.input,
      };
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
  if (q.dimensions.length > MAX_DIMENSIONS) {
    push(['dimensions'], { kind: 'too-many-dimensions', count: q.dimensions.length, maximum: MAX_DIMENSIONS });
  }

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
      // One message per statement, naming every field it lacks.
      const fields = (['nextStep', 'effort', 'horizon'] as const).filter((field) => statement[field] === undefined);
      if (fields.length) push([...here, 'statements', s], { kind: 'missing-next-step', level: statement.level, fields });
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
  checkIdsAcrossKinds(q, push);
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

/**
 * No two things share an id, of any kind: an answer, a roadmap action and a shared criterion are all
 * found by id. Two of the same kind are reported where each kind is checked, above.
 */
function checkIdsAcrossKinds(q: Questionnaire, push: (path: PathSegment[], kind: IssueKind) => void) {
  const all: [id: string, path: PathSegment[], kind: string][] = [
    ...q.dimensions.map((d, i): [string, PathSegment[], string] => [d.id, ['dimensions', i, 'id'], 'dimension']),
    ...q.items.map((item, i): [string, PathSegment[], string] => [item.id, ['items', i, 'id'], 'item']),
    ...q.dimensions.flatMap((d, i) =>
      (d.actions ?? []).map((a, j): [string, PathSegment[], string] => [a.id, ['dimensions', i, 'actions', j, 'id'], 'action']),
    ),
    ...(q.readiness?.criteria ?? []).map((c, i): [string, PathSegment[], string] => [c.id, ['readiness', 'criteria', i, 'id'], 'readiness']),
    ...(q.obligations?.criteria ?? []).map((c, i): [string, PathSegment[], string] => [c.id, ['obligations', 'criteria', i, 'id'], 'obligation']),
  ];
  const first = new Map<string, { path: PathSegment[]; kind: string }>();
  for (const [id, path, kind] of all) {
    const seen = first.get(id);
    if (!seen) first.set(id, { path, kind });
    else if (seen.kind !== kind) push(path, { kind: 'duplicate-id', id, firstAt: formatPath(seen.path) });
  }
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
