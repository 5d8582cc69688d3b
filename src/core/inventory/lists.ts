/**
 * The inventory's lists, as data (`questionnaires/inventory/<semver>.json`): the kinds of data source,
 * who runs one, the categories of data it may hold, whether it can be exported, where it is hosted,
 * the skills and their levels, in French and English. CQM edits them without code; the same checker
 * as the questionnaires refuses a broken file, with the same kind of messages.
 *
 * The file also says which inventory facts satisfy each pooling-readiness criterion, keyed by the
 * criterion's id (ids are kept across questionnaire versions where the meaning holds):
 *   - `source`: a recorded source whose kind is one of `kinds` (any kind when absent), whose export
 *     ability is one of `export` (any when absent), that holds every category of `holds`, and that
 *     goes back at least `minSeasons` seasons (a source whose seasons are not recorded does not);
 *   - `role`: a role with at least level `atLeast` in `skill` and at least `minHoursPerMonth` hours.
 */
import { z } from 'zod/mini';
import { LocalizedTextSchema } from '../text.ts';
import { IdSchema, SemverSchema } from '../questionnaire/schema.ts';
import { fromZodIssue, syntaxErrorPlace } from '../questionnaire/parse.ts';
import { formatIssue, formatPath, type IssueKind, type PathSegment, type QuestionnaireIssue } from '../questionnaire/issues.ts';
import type { Locale } from '../text.ts';

/** The folder of `questionnaires/` that holds these lists rather than a questionnaire. */
export const INVENTORY_FOLDER = 'inventory';

const Entry = { id: IdSchema, label: LocalizedTextSchema };
const ToolName = z.string().check(z.trim(), z.minLength(1), z.maxLength(80));

export const TRANSFERS = ['quebec', 'outside', 'unknown'] as const;
export type Transfer = (typeof TRANSFERS)[number];

const SourceRuleSchema = z.strictObject({
  kinds: z.optional(z.array(IdSchema).check(z.minLength(1))),
  export: z.optional(z.array(IdSchema).check(z.minLength(1))),
  holds: z.optional(z.array(IdSchema).check(z.minLength(1))),
  minSeasons: z.optional(z.number().check(z.int(), z.positive(), z.lte(100))),
});
const RoleRuleSchema = z.strictObject({
  skill: IdSchema,
  atLeast: IdSchema,
  minHoursPerMonth: z.optional(z.number().check(z.nonnegative(), z.lte(744))),
});
export const InventoryRuleSchema = z.union([
  z.strictObject({ source: SourceRuleSchema }),
  z.strictObject({ role: RoleRuleSchema }),
]);
export type InventoryRule = z.infer<typeof InventoryRuleSchema>;

export const InventoryListsSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: IdSchema,
  version: SemverSchema,
  title: LocalizedTextSchema,
  kinds: z.array(z.strictObject({ ...Entry, suggestions: z.array(ToolName).check(z.maxLength(40)) })).check(z.minLength(1)),
  operators: z.array(z.strictObject(Entry)).check(z.minLength(1)),
  dataCategories: z.array(z.strictObject({ ...Entry, personal: z.boolean() })).check(z.minLength(1)),
  exportAbilities: z.array(z.strictObject({ ...Entry, selfService: z.boolean() })).check(z.minLength(1)),
  hostingPlaces: z.array(z.strictObject({ ...Entry, transfer: z.enum(TRANSFERS) })).check(z.minLength(1)),
  skills: z.array(z.strictObject(Entry)).check(z.minLength(1)),
  /** From none to most; a level's place in the list is its rank. */
  skillLevels: z.array(z.strictObject(Entry)).check(z.minLength(2)),
  roleSuggestions: z.array(LocalizedTextSchema).check(z.maxLength(40)),
  readiness: z.record(IdSchema, InventoryRuleSchema),
});
export type InventoryLists = z.infer<typeof InventoryListsSchema>;

/**
 * The problems only a lists file can have, described here rather than in ../questionnaire/issues.ts:
 * that module's words load with the app's first screen, these only with the checker.
 */
type ListsIssueKind = { kind: 'unknown-entry'; id: string; list: string } | { kind: 'unknown-criterion'; id: string };
export type ListsIssue = QuestionnaireIssue | (ListsIssueKind & { path: PathSegment[] });

/** A lists file's problem in the questionnaires' words: where (its JSON path), then what. */
export function formatListsIssue(issue: ListsIssue, locale: Locale = 'fr'): string {
  const fr = locale === 'fr';
  const where = `${formatPath(issue.path, locale)}${fr ? ' : ' : ': '}`;
  switch (issue.kind) {
    case 'unknown-entry':
      return where + (fr ? `« ${issue.id} » n’existe pas dans la liste « ${issue.list} » du fichier.` : `"${issue.id}" is not in the file's "${issue.list}" list.`);
    case 'unknown-criterion':
      return (
        where +
        (fr
          ? `Aucun questionnaire n’a de critère de préparation « ${issue.id} » : vérifiez l’orthographe (voir « readiness.criteria » des questionnaires).`
          : `No questionnaire has a readiness criterion "${issue.id}": check the spelling (see the questionnaires' "readiness.criteria").`)
      );
    default:
      return formatIssue(issue, locale);
  }
}

export type ListsResult = { ok: true; lists: InventoryLists } | { ok: false; issues: ListsIssue[] };

/** A parsed JSON value to lists, or every problem found, each named by its JSON path. */
export function parseInventoryLists(input: unknown): ListsResult {
  const shape = InventoryListsSchema.safeParse(input, { reportInput: true });
  if (!shape.success) return { ok: false, issues: shape.error.issues.map(fromZodIssue) };
  const issues = checkReferences(shape.data);
  return issues.length ? { ok: false, issues } : { ok: true, lists: shape.data };
}

export function parseInventoryListsText(text: string): ListsResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ kind: 'json-syntax', ...syntaxErrorPlace(text, message), path: [] }] };
  }
  return parseInventoryLists(json);
}

type ListName = 'kinds' | 'operators' | 'dataCategories' | 'exportAbilities' | 'hostingPlaces' | 'skills' | 'skillLevels';
const LIST_NAMES: readonly ListName[] = ['kinds', 'operators', 'dataCategories', 'exportAbilities', 'hostingPlaces', 'skills', 'skillLevels'];

/** Ids unique within each list; every id a readiness rule names exists in its list. */
function checkReferences(lists: InventoryLists): ListsIssue[] {
  const issues: ListsIssue[] = [];
  const push = (path: PathSegment[], kind: IssueKind | ListsIssueKind) => issues.push({ ...kind, path } as ListsIssue);
  const ids = {} as Record<ListName, Set<string>>;
  for (const name of LIST_NAMES) {
    const seen = new Map<string, number>();
    lists[name].forEach((entry, i) => {
      const first = seen.get(entry.id);
      if (first !== undefined) push([name, i, 'id'], { kind: 'duplicate-id', id: entry.id, firstAt: `${name}[${first}].id` });
      else seen.set(entry.id, i);
    });
    ids[name] = new Set(seen.keys());
  }
  const known = (path: PathSegment[], list: ListName, id: string) => {
    if (!ids[list].has(id)) push(path, { kind: 'unknown-entry', id, list });
  };
  for (const [criterion, rule] of Object.entries(lists.readiness)) {
    if ('source' in rule) {
      const here = ['readiness', criterion, 'source'];
      rule.source.kinds?.forEach((id, i) => known([...here, 'kinds', i], 'kinds', id));
      rule.source.export?.forEach((id, i) => known([...here, 'export', i], 'exportAbilities', id));
      rule.source.holds?.forEach((id, i) => known([...here, 'holds', i], 'dataCategories', id));
    } else {
      const here = ['readiness', criterion, 'role'];
      known([...here, 'skill'], 'skills', rule.role.skill);
      known([...here, 'atLeast'], 'skillLevels', rule.role.atLeast);
    }
  }
  return issues;
}

/**
 * Criteria the file maps that no questionnaire declares: a typo, or a criterion a new version
 * renamed. `criterionIds` are the ids of every bundled questionnaire version's readiness criteria.
 */
export function unknownCriteria(lists: InventoryLists, criterionIds: ReadonlySet<string>): ListsIssue[] {
  return Object.keys(lists.readiness)
    .filter((id) => !criterionIds.has(id))
    .map((id) => ({ kind: 'unknown-criterion', id, path: ['readiness', id] }));
}

/** The label of an entry by id, or the id itself when this version of the lists no longer has it. */
export function labelOf(list: readonly { id: string; label: { fr: string; en: string } }[], id: string, locale: 'fr' | 'en'): string {
  return list.find((e) => e.id === id)?.label[locale] ?? id;
}
