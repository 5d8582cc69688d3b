/**
 * The inventory is dated: each source keeps when it was recorded and when the organization became
 * able to export it itself, so the path can show the inventory growing.
 */
import type { InventoryLists } from './lists.ts';
import type { DataSource } from './records.ts';

function selfService(lists: InventoryLists, exportId: string): boolean {
  return lists.exportAbilities.find((e) => e.id === exportId)?.selfService ?? false;
}

/**
 * `next` with its `exportSince`: kept from `previous` while the export stays self-service, set to
 * `now` when it becomes so, removed when it no longer is.
 */
export function withExportDate(lists: InventoryLists, previous: DataSource | undefined, next: DataSource, now: string): DataSource {
  const { exportSince: _dropped, ...rest } = next;
  if (!selfService(lists, next.export)) return rest;
  const kept = previous && selfService(lists, previous.export) ? previous.exportSince : undefined;
  return { ...rest, exportSince: kept ?? now };
}

export interface InventoryEvent {
  at: string;
  kind: 'added' | 'export';
  sourceId: string;
  tool: string;
}

/** Oldest first. A source recorded with its export already is one "added" event. */
export function inventoryEvents(sources: readonly DataSource[]): InventoryEvent[] {
  const events: InventoryEvent[] = [];
  for (const s of sources) {
    events.push({ at: s.createdAt, kind: 'added', sourceId: s.id, tool: s.tool });
    if (s.exportSince && s.exportSince > s.createdAt) events.push({ at: s.exportSince, kind: 'export', sourceId: s.id, tool: s.tool });
  }
  return events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
