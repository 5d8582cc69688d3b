/**
 * "Your inventory says…" beside the questionnaire items a readiness criterion reads: loaded by the
 * questionnaire with a dynamic import, after its own data, so its first paint never waits for it.
 * A reminder only: nothing here touches an answer.
 */
import { listRoles, listSources } from '../storage/inventory.ts';
import { inventoryReminders, readinessFromInventory } from '../../core/inventory/readiness.ts';
import type { Readiness } from '../../core/questionnaire/schema.ts';
import type { LocalizedText } from '../../core/text.ts';
import { inventoryLists as lists } from '../questionnaires/inventory-lists.ts';

export interface Reminder {
  criterion: LocalizedText;
  fact: { type: 'source'; tool: string; kind: LocalizedText } | { type: 'role'; name: string } | null;
}

/** Per item id; empty when the organization has recorded nothing yet (nothing to remind of). */
export async function loadReminders(organizationId: string, readiness: Readiness): Promise<Map<string, Reminder[]>> {
  const [sources, roles] = await Promise.all([listSources(organizationId), listRoles(organizationId)]);
  if (!sources.length && !roles.length) return new Map();
  const evidence = readinessFromInventory(lists, readiness.criteria.map((c) => c.id), { sources, roles });
  const labels = new Map(readiness.criteria.map((c) => [c.id, c.label]));
  const out = new Map<string, Reminder[]>();
  for (const [itemId, found] of inventoryReminders(readiness, evidence)) {
    out.set(
      itemId,
      found.map((e) => {
        const by = e.satisfiedBy;
        const kind = by?.type === 'source' ? lists.kinds.find((k) => k.id === by.source.kind)?.label : undefined;
        return {
          criterion: labels.get(e.criterionId) ?? { fr: e.criterionId, en: e.criterionId },
          fact: !by
            ? null
            : by.type === 'source'
              ? { type: 'source', tool: by.source.tool, kind: kind ?? { fr: by.source.kind, en: by.source.kind } }
              : { type: 'role', name: by.role.name },
        };
      }),
    );
  }
  return out;
}
