/**
 * The inventory of an organization's data assets and skills, on this laptop only: it is never synced
 * and never part of the sector figures (src/core/sync.ts builds the payload from scores alone).
 * Every write validates first, then commits in one transaction; a refused value writes nothing.
 */
import { db } from './db.ts';
import { withReopen } from './resilience.ts';
import { restore } from './rows.ts';
import { DataRoleRowSchema, DataSourceRowSchema, type DataRoleRow, type DataSourceRow } from './inventory-rows.ts';
import type { InventoryLists } from '../../core/inventory/lists.ts';
import type { DataRoleInput, DataSourceInput } from '../../core/inventory/records.ts';
import { withExportDate } from '../../core/inventory/timeline.ts';
import { byTimestamp } from '../../core/timestamps.ts';

const byCreation = byTimestamp((row: { createdAt: string }) => row.createdAt);

export async function listSources(organizationId: string): Promise<DataSourceRow[]> {
  const rows = await db().dataSources.where('organizationId').equals(organizationId).toArray();
  return restore(DataSourceRowSchema, rows, 'dataSources').sort(byCreation);
}

export async function listRoles(organizationId: string): Promise<DataRoleRow[]> {
  const rows = await db().dataRoles.where('organizationId').equals(organizationId).toArray();
  return restore(DataRoleRowSchema, rows, 'dataRoles').sort(byCreation);
}

/** Empty optional texts are left out rather than stored as "". */
function withoutEmpty<T extends object>(input: T): T {
  const out = { ...input } as Record<string, unknown>;
  for (const [key, value] of Object.entries(out)) if (value === '' || value === undefined) delete out[key];
  return out as T;
}

/**
 * Adds a source (no `id`) or changes one. Dated: `createdAt` when recorded, `exportSince` when the
 * organization became able to export it itself (core/inventory/timeline.ts).
 */
export async function saveSource(
  lists: InventoryLists,
  organizationId: string,
  input: DataSourceInput,
  id?: string,
  now = new Date(),
): Promise<DataSourceRow> {
  const at = now.toISOString();
  return withReopen(() =>
    db().transaction('rw', db().dataSources, async () => {
      const stored = id ? await db().dataSources.get(id) : undefined;
      if (id && (!stored || stored.organizationId !== organizationId)) throw new Error(`data source ${id} not found`);
      const previous = stored ? DataSourceRowSchema.safeParse(stored) : undefined;
      const candidate = DataSourceRowSchema.parse(
        withoutEmpty({
          ...input,
          id: id ?? crypto.randomUUID(),
          organizationId,
          createdAt: stored?.createdAt ?? at,
          updatedAt: at,
        }),
      );
      const row = withExportDate(lists, previous?.success ? previous.data : undefined, candidate, at);
      await db().dataSources.put(row);
      return row;
    }),
  );
}

export async function deleteSource(id: string): Promise<void> {
  await withReopen(() => db().transaction('rw', db().dataSources, () => db().dataSources.delete(id)));
}

export async function saveRole(organizationId: string, input: DataRoleInput, id?: string, now = new Date()): Promise<DataRoleRow> {
  const at = now.toISOString();
  return withReopen(() =>
    db().transaction('rw', db().dataRoles, async () => {
      const stored = id ? await db().dataRoles.get(id) : undefined;
      if (id && (!stored || stored.organizationId !== organizationId)) throw new Error(`role ${id} not found`);
      const row = DataRoleRowSchema.parse({ ...input, id: id ?? crypto.randomUUID(), organizationId, createdAt: stored?.createdAt ?? at, updatedAt: at });
      await db().dataRoles.put(row);
      return row;
    }),
  );
}

export async function deleteRole(id: string): Promise<void> {
  await withReopen(() => db().transaction('rw', db().dataRoles, () => db().dataRoles.delete(id)));
}
