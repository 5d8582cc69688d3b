/**
 * What a person writes about roadmap actions (owner, due date, status, note), one row per
 * (assessment, action). Rows are never deleted when a target change takes an action off the roadmap:
 * if it comes back, so do its details.
 */
import { db } from './db.ts';
import { RoadmapActionRowSchema, restore, type RoadmapActionRow } from './rows.ts';
import type { ActionProgress } from '../../core/roadmap.ts';
import { AssessmentGoneError } from './assessments.ts';

export async function listActionProgress(assessmentId: string): Promise<RoadmapActionRow[]> {
  const rows = await db().roadmapActions.where('assessmentId').equals(assessmentId).toArray();
  return restore(RoadmapActionRowSchema, rows, 'roadmapActions');
}

/** Validates, then writes; resolves once committed. A value the schema refuses throws and writes nothing. */
export async function saveActionProgress(
  assessmentId: string,
  progress: ActionProgress,
  now = new Date(),
): Promise<RoadmapActionRow> {
  const input: Record<string, unknown> = { ...progress, assessmentId, updatedAt: now.toISOString() };
  // An emptied field is left out rather than stored as "".
  for (const key of ['owner', 'due', 'note'] as const) if (!input[key]) delete input[key];
  const row = RoadmapActionRowSchema.parse(input);
  const database = db();
  await database.transaction('rw', database.roadmapActions, database.assessments, async () => {
    if (!(await database.assessments.get(assessmentId))) throw new AssessmentGoneError(assessmentId);
    await database.roadmapActions.put(row);
  });
  return row;
}
