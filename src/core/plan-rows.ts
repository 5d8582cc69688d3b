/**
 * What is stored per plan action (its schema) and how today's per-assessment roadmap rows become the
 * organization's plan. Apart from ./plan.ts (which re-exports all of it) because the database and its
 * upgrade need these on the first screen, where the plan's carry-over code would weigh for nothing.
 */
import { z } from 'zod/mini';
import { ActionProgressSchema } from './roadmap.ts';

export const FOCUS_CHOICES = ['pinned', 'postponed'] as const;
export type FocusChoice = (typeof FOCUS_CHOICES)[number];

const Timestamp = z.string().check(z.minLength(10), z.maxLength(40));

/** What the organization wrote on one action: its progress, its place in the focus, when it was done. */
export const PlanProgressSchema = z.extend(ActionProgressSchema, {
  focus: z.optional(z.enum(FOCUS_CHOICES)),
  /** When the person marked it done (for "done since last time" and the path chart). */
  doneAt: z.optional(Timestamp),
  /**
   * The inventory's data source this action concerns (its id), if the person said so. A source deleted
   * since leaves the id here: the screen says the source was removed rather than losing the choice.
   */
  sourceId: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
});
export type PlanProgress = z.infer<typeof PlanProgressSchema>;

/** A plan row as the organization keeps it: the version its action id belongs to, and when it changed. */
export interface VersionedProgress extends PlanProgress {
  version: string;
  updatedAt: string;
}


/** A roadmap row as the app kept it per assessment, before the plan belonged to the organization. */
export interface LegacyRoadmapRow {
  assessmentId: string;
  actionId: string;
  status: PlanProgress['status'];
  owner?: string;
  due?: string;
  note?: string;
  updatedAt: string;
}

export interface PlanRowOf extends VersionedProgress {
  organizationId: string;
  questionnaireId: string;
}

/**
 * The organization's plan rows from per-assessment roadmap rows: for each organization, questionnaire
 * and action, the row written last (its assessment's version kept, so it carries later like any
 * other). A row of an assessment that no longer exists is left out (it was never shown). Done rows
 * take their last change as the moment they were done. The old rows themselves are not touched.
 */
export function planFromRoadmapRows(
  assessments: readonly { id: string; organizationId: string; questionnaireId: string; version: string }[],
  rows: readonly LegacyRoadmapRow[],
): PlanRowOf[] {
  const byId = new Map(assessments.map((a) => [a.id, a]));
  const out = new Map<string, PlanRowOf>();
  for (const row of rows) {
    const a = byId.get(row.assessmentId);
    if (!a) continue;
    const key = `${a.organizationId}\u0000${row.actionId}`;
    const existing = out.get(key);
    if (existing && existing.updatedAt >= row.updatedAt) continue;
    out.set(key, {
      organizationId: a.organizationId,
      questionnaireId: a.questionnaireId,
      version: a.version,
      actionId: row.actionId,
      status: row.status,
      ...(row.owner !== undefined ? { owner: row.owner } : {}),
      ...(row.due !== undefined ? { due: row.due } : {}),
      ...(row.note !== undefined ? { note: row.note } : {}),
      ...(row.status === 'done' ? { doneAt: row.updatedAt } : {}),
      updatedAt: row.updatedAt,
    });
  }
  return [...out.values()].sort((x, y) =>
    x.organizationId === y.organizationId ? (x.actionId < y.actionId ? -1 : 1) : x.organizationId < y.organizationId ? -1 : 1,
  );
}

