import { db, liveQuery } from './db.ts';
import { AnswerRowSchema, AssessmentRowSchema, restore, type AnswerRow, type AssessmentRow } from './rows.ts';
import type { QuestionnaireRef } from '../../core/questionnaire/schema.ts';
import type { AnswerValue } from '../../core/answers.ts';

export async function listAssessments(organizationId: string): Promise<AssessmentRow[]> {
  const rows = await db().assessments.where('organizationId').equals(organizationId).toArray();
  return restore(AssessmentRowSchema, rows, 'assessments').sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

export async function getAssessment(id: string): Promise<AssessmentRow | undefined> {
  const row = await db().assessments.get(id);
  return row ? restore(AssessmentRowSchema, [row], 'assessments')[0] : undefined;
}

export async function createAssessment(
  organizationId: string,
  ref: QuestionnaireRef,
  now = new Date(),
): Promise<AssessmentRow> {
  const at = now.toISOString();
  const row = AssessmentRowSchema.parse({
    id: crypto.randomUUID(),
    organizationId,
    questionnaireId: ref.questionnaireId,
    version: ref.version,
    status: 'in-progress',
    startedAt: at,
    updatedAt: at,
  });
  await db().transaction('rw', db().assessments, () => db().assessments.add(row));
  return row;
}

export async function updateAssessment(
  id: string,
  change: Partial<Pick<AssessmentRow, 'currentDimension' | 'status' | 'completedAt' | 'targets'>>,
  now = new Date(),
): Promise<void> {
  await db().transaction('rw', db().assessments, async () => {
    const updated = await db().assessments.update(id, { ...change, updatedAt: now.toISOString() });
    if (updated === 0) throw new Error(`assessment ${id} not found`);
  });
}

export async function getAnswers(assessmentId: string): Promise<AnswerRow[]> {
  const rows = await db().answers.where('assessmentId').equals(assessmentId).toArray();
  return restore(AnswerRowSchema, rows, 'answers');
}

/** Every change to this assessment's answers, from this tab or another one. */
export function watchAnswers(assessmentId: string, onChange: (rows: AnswerRow[]) => void): () => void {
  const subscription = liveQuery(() => getAnswers(assessmentId)).subscribe({
    next: onChange,
    error: (error) => console.error('[diapason] answers could not be read', error),
  });
  return () => subscription.unsubscribe();
}

export interface AnswerChange {
  value?: AnswerValue;
  note?: string;
}

/**
 * Writes one answer. Resolves only once the transaction has committed (Dexie resolves
 * `transaction()` after IndexedDB's complete event), so "saved" on screen means saved on disk.
 */
export async function saveAnswer(
  assessmentId: string,
  itemId: string,
  change: AnswerChange,
  now = new Date(),
): Promise<AnswerRow> {
  const database = db();
  return database.transaction('rw', database.answers, database.assessments, async () => {
    const existing = await database.answers.get([assessmentId, itemId]);
    const row = AnswerRowSchema.parse({
      ...existing,
      ...change,
      assessmentId,
      itemId,
      updatedAt: now.toISOString(),
      // Answering (or re-choosing) confirms an answer carried over from an earlier assessment.
      toConfirm: change.value !== undefined ? undefined : existing?.toConfirm,
    });
    if (row.toConfirm === undefined) delete row.toConfirm;
    await database.answers.put(row);
    await database.assessments.update(assessmentId, { updatedAt: row.updatedAt });
    return row;
  });
}

export async function countAnswered(assessmentId: string): Promise<number> {
  return (await getAnswers(assessmentId)).filter((a) => a.value !== undefined).length;
}
