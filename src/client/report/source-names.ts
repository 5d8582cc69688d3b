/**
 * The inventory's sources as the plan names them ("Tuxedo (Billetterie)"), for the plan screen's
 * choice and for the plan's exports. The inventory's lists load only when asked for.
 */
import type { PlanProgress } from '../../core/plan-rows.ts';
import type { RoadmapEntry } from '../../core/roadmap.ts';
import type { Locale } from '../../core/text.ts';
import * as inventoryLink from '../i18n/inventory-link.ts';
import { listSources } from '../storage/inventory.ts';

/** How one source is named wherever an action points to it. */
export const sourceName = (tool: string, kind: string) => `${tool} (${kind})`;

/** Source id → its name, in the language asked for; empty when the organization has no inventory. */
export async function sourceNamesOf(organizationId: string, locale: Locale): Promise<Record<string, string>> {
  const [{ inventoryLists }, { labelOf }] = await Promise.all([
    import('../questionnaires/inventory-lists.ts'),
    import('../../core/inventory/lists.ts'),
  ]);
  const rows = await listSources(organizationId);
  return Object.fromEntries(rows.map((s) => [s.id, sourceName(s.tool, labelOf(inventoryLists.kinds, s.kind, locale))]));
}

/**
 * The source an action points to, named; a source since removed from the inventory says so; undefined
 * when the action points to none.
 */
export function actionSource(entry: RoadmapEntry, sources: Record<string, string>, locale: Locale): string | undefined {
  const id = (entry.progress as PlanProgress).sourceId;
  return id ? (sources[id] ?? inventoryLink[locale].planSourceGone) : undefined;
}
