/**
 * The organization's plan (core/plan.ts): one row per (organization, action), whichever assessment
 * it was written from. Rows are never deleted when an action leaves the roadmap (a target lowered,
 * an item improved, a version that renames the item): if the action comes back, so do its details.
 */
import { db } from './db.ts';
import { PlanActionRowSchema, restore, type PlanActionRow } from './rows.ts';
import type { PlanProgress } from '../../core/plan.ts';
import type { QuestionnaireRef } from '../../core/questionnaire/schema.ts';
import { withReopen } from './resilience.ts';
import { AssessmentGoneError } from './errors.ts';

/** A plan write for an organization that no longer exists (deleted in another tab): nothing is written. */
export class OrganizationGoneError extends Error {
  override readonly name = 'OrganizationGoneError';
  constructor(readonly organizationId: string) {
    super(`organization ${organizationId} no longer exists`);
  }
}

export async function listPlan(organizationId: string): Promise<PlanActionRow[]> {
  const rows = await db().planActions.where('organizationId').equals(organizationId).toArray();
  return restore(PlanActionRowSchema, rows, 'planActions');
}

/**
 * Validates, then writes what the organization wrote on one action, under its id in `ref`'s version;
 * resolves once committed. A value the schema refuses throws and writes nothing. The existence checks
 * run inside the write's own transaction, as for answers: a write from an assessment deleted meanwhile
 * (`fromAssessmentId`) throws AssessmentGoneError, one for an organization deleted meanwhile
 * OrganizationGoneError, so no plan row is ever left without its organization.
 */
export async function savePlanProgress(
  organizationId: string,
  ref: QuestionnaireRef,
  progress: PlanProgress,
  now = new Date(),
  fromAssessmentId?: string,
): Promise<PlanActionRow> {
  const input: Record<string, unknown> = {
    ...progress,
    organizationId,
    questionnaireId: ref.questionnaireId,
    version: ref.version,
    updatedAt: now.toISOString(),
  };
  // An emptied field is left out rather than stored as "".
  for (const key of ['owner', 'due', 'note', 'focus', 'doneAt', 'sourceId'] as const) if (!input[key]) delete input[key];
  const row = PlanActionRowSchema.parse(input);
  const database = db();
  await withReopen(() =>
    database.transaction('rw', database.planActions, database.organizations, database.assessments, async () => {
      if (fromAssessmentId !== undefined && !(await database.assessments.get(fromAssessmentId))) throw new AssessmentGoneError(fromAssessmentId);
      if (!(await database.organizations.get(organizationId))) throw new OrganizationGoneError(organizationId);
      await database.planActions.put(row);
    }),
  );
  return row;
}
