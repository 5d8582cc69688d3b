import { db } from './db.ts';
import { AssessmentRowSchema, OrganizationRowSchema, organizationsInOrder, repairDates, restore, type OrganizationRow } from './rows.ts';
import { withReopen } from './resilience.ts';
import type { Profile } from '../../core/profile.ts';

export interface OrganizationInput extends Profile {
  name: string;
}

export async function listOrganizations(): Promise<OrganizationRow[]> {
  return organizationsInOrder(await db().organizations.toArray());
}

/** One organization, or undefined if there is none by that id (or its row cannot be read). */
export async function getOrganization(id: string): Promise<OrganizationRow | undefined> {
  const row = await db().organizations.get(id);
  return row === undefined ? undefined : restore(OrganizationRowSchema, [row], 'organizations')[0];
}

export async function createOrganization(input: OrganizationInput, now = new Date()): Promise<OrganizationRow> {
  const at = now.toISOString();
  const row = OrganizationRowSchema.parse({ ...input, id: crypto.randomUUID(), createdAt: at, updatedAt: at });
  await withReopen(() => db().transaction('rw', db().organizations, () => db().organizations.put(row)));
  return row;
}

export async function updateOrganization(
  id: string,
  input: OrganizationInput,
  now = new Date(),
): Promise<OrganizationRow> {
  return withReopen(() =>
    db().transaction('rw', db().organizations, async () => {
      const existing = await db().organizations.get(id);
      if (!existing) throw new Error(`organization ${id} not found`);
      // A row stored with a bad date by an earlier release is repaired as it is rewritten.
      const row = OrganizationRowSchema.parse({ ...(repairDates(existing) ?? existing), ...input, updatedAt: now.toISOString() });
      await db().organizations.put(row);
      return row;
    }),
  );
}

/** What deleting an organization would remove: shown in the confirmation before it is done. */
export interface OrganizationContents {
  assessments: number;
  completed: number;
  answers: number;
}

export async function organizationContents(id: string): Promise<OrganizationContents> {
  const database = db();
  return database.transaction('r', database.assessments, async () => {
    const assessments = await database.assessments.where('organizationId').equals(id).toArray();
    // Every answer stored, readable or not: all of them go with the organization.
    const answers = assessments.reduce((n, a) => n + (Array.isArray(a.answers) ? a.answers.length : 0), 0);
    return {
      assessments: assessments.length,
      completed: assessments.filter((a) => a.status === 'completed').length,
      answers,
    };
  });
}

/**
 * Assessments and completed ones, per organization id, for the list: one read of the assessments
 * table, whatever the number of organizations (one query per card made the screen quadratic).
 */
export async function assessmentCounts(): Promise<Map<string, { assessments: number; completed: number }>> {
  const rows = restore(AssessmentRowSchema, await db().assessments.toArray(), 'assessments');
  const counts = new Map<string, { assessments: number; completed: number }>();
  for (const row of rows) {
    const count = counts.get(row.organizationId) ?? { assessments: 0, completed: 0 };
    count.assessments++;
    if (row.status === 'completed') count.completed++;
    counts.set(row.organizationId, count);
  }
  return counts;
}

/** Removes an organization with everything that belongs to it, in one transaction. */
export async function deleteOrganization(id: string): Promise<void> {
  const database = db();
  await withReopen(() =>
    database.transaction('rw', [database.organizations, database.assessments, database.roadmapActions, database.dataSources, database.dataRoles, database.respondents, database.respondentAnswers], async () => {
      const assessmentIds = (await database.assessments.where('organizationId').equals(id).primaryKeys()) as string[];
      await database.dataSources.where('organizationId').equals(id).delete();
      await database.dataRoles.where('organizationId').equals(id).delete();
      await database.respondentAnswers.where('assessmentId').anyOf(assessmentIds).delete();
      await database.respondents.where('assessmentId').anyOf(assessmentIds).delete();
      await database.roadmapActions.where('assessmentId').anyOf(assessmentIds).delete();
      await database.assessments.bulkDelete(assessmentIds);
      await database.organizations.delete(id);
    }),
  );
}
