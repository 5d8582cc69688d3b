/**
 * Pooling readiness from facts: for each readiness criterion, the recorded source or role that
 * satisfies it according to the inventory lists' `readiness` rules, or none. Shown beside the
 * self-assessment, never mixed into it: the checklist's outcome still comes from the answers only.
 */
import type { InventoryLists, InventoryRule } from './lists.ts';
import type { DataRole, DataSource } from './records.ts';
import type { Readiness } from '../questionnaire/schema.ts';

export type SatisfiedBy = { type: 'source'; source: DataSource } | { type: 'role'; role: DataRole };

export interface CriterionEvidence {
  criterionId: string;
  /** False when the lists have no rule for this criterion: the inventory says nothing about it. */
  covered: boolean;
  satisfiedBy: SatisfiedBy | null;
}

export interface Inventory {
  sources: readonly DataSource[];
  roles: readonly DataRole[];
}

type SourceRule = Extract<InventoryRule, { source: unknown }>['source'];
type RoleRule = Extract<InventoryRule, { role: unknown }>['role'];

export function sourceSatisfies(_lists: InventoryLists, rule: SourceRule, source: DataSource): boolean {
  if (rule.kinds && !rule.kinds.includes(source.kind)) return false;
  if (rule.export && !rule.export.includes(source.export)) return false;
  if (rule.minSeasons !== undefined && (source.seasons ?? 0) < rule.minSeasons) return false;
  return (rule.holds ?? []).every((category) => source.holds.includes(category));
}

/** A skill level's rank; a level this version of the lists does not know counts as none. */
function rank(lists: InventoryLists, level: string | undefined): number {
  return level === undefined ? 0 : Math.max(0, lists.skillLevels.findIndex((l) => l.id === level));
}

export function roleSatisfies(lists: InventoryLists, rule: RoleRule, role: DataRole): boolean {
  const needed = rank(lists, rule.atLeast);
  return rank(lists, role.skills[rule.skill]) >= needed && role.hoursPerMonth >= (rule.minHoursPerMonth ?? 0);
}

/** One result per criterion id, in the order given; the first satisfying source or role in the order given. */
export function readinessFromInventory(lists: InventoryLists, criterionIds: readonly string[], inventory: Inventory): CriterionEvidence[] {
  return criterionIds.map((criterionId) => {
    const rule = lists.readiness[criterionId];
    if (!rule) return { criterionId, covered: false, satisfiedBy: null };
    if ('source' in rule) {
      const source = inventory.sources.find((s) => sourceSatisfies(lists, rule.source, s));
      return { criterionId, covered: true, satisfiedBy: source ? { type: 'source', source } : null };
    }
    const role = inventory.roles.find((r) => roleSatisfies(lists, rule.role, r));
    return { criterionId, covered: true, satisfiedBy: role ? { type: 'role', role } : null };
  });
}

/**
 * "Your inventory says…" beside a questionnaire item: the evidence of each covered criterion that
 * requires the item. A reminder only: it never answers the item.
 */
export function inventoryReminders(readiness: Readiness, evidence: readonly CriterionEvidence[]): Map<string, CriterionEvidence[]> {
  const byCriterion = new Map(evidence.filter((e) => e.covered).map((e) => [e.criterionId, e]));
  const out = new Map<string, CriterionEvidence[]>();
  for (const criterion of readiness.criteria) {
    const found = byCriterion.get(criterion.id);
    if (!found) continue;
    for (const condition of criterion.requires) out.set(condition.item, [...(out.get(condition.item) ?? []), found]);
  }
  return out;
}
