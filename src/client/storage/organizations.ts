import { db } from './db.ts';
import { OrganizationRowSchema, restore, type OrganizationRow } from './rows.ts';
import type { Profile } from '../../core/profile.ts';

export interface OrganizationInput extends Profile {
  name: string;
}

export async function listOrganizations(): Promise<OrganizationRow[]> {
  const rows = await db().organizations.toArray();
  return restore(OrganizationRowSchema, rows, 'organizations').sort((a, b) =>
    a.createdAt.localeCompare(b.createdAt),
  );
}

export async function createOrganization(input: OrganizationInput, now = new Date()): Promise<OrganizationRow> {
  const at = now.toISOString();
  const row = OrganizationRowSchema.parse({ ...input, id: crypto.randomUUID(), createdAt: at, updatedAt: at });
  await db().transaction('rw', db().organizations, () => db().organizations.add(row));
  return row;
}

export async function updateOrganization(
  id: string,
  input: OrganizationInput,
  now = new Date(),
): Promise<OrganizationRow> {
  return db().transaction('rw', db().organizations, async () => {
    const existing = await db().organizations.get(id);
    if (!existing) throw new Error(`organization ${id} not found`);
    const row = OrganizationRowSchema.parse({ ...existing, ...input, updatedAt: now.toISOString() });
    await db().organizations.put(row);
    return row;
  });
}
