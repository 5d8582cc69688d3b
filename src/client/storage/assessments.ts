import { db, liveQuery } from './db.ts';
import { AnswerRowSchema, AssessmentRowSchema, assessmentsInOrder, restore, type AnswerRow, type AssessmentRow } from './rows.ts';
import type { Level, QuestionnaireRef } from '../../core/questionnaire/schema.ts';
import type { AnswerValue } from '../../core/answers.ts';
import type { CarriedAnswer } from '../../core/carry-over.ts';
import { withReopen } from './resilience.ts';

/**
 * A write meant for an assessment that no longer exists (deleted in another tab, or by "delete all my
 * data"): refused inside the write's own transaction, so no row is ever left without its assessment.
 */
export class AssessmentGoneError extends Error {
  override readonly name = 'AssessmentGoneError';
  constructor(readonly assessmentId: string) {
    super(`assessment ${assessmentId} no longer exists`);
  }
}

export async function listAssessments(organizationId: string): Promise<AssessmentRow[]> {
  return assessmentsInOrder(await db().assessments.where('organizationId').equals(organizationId).toArray());
}

export async function getAssessment(id: string): Promise<AssessmentRow | undefined> {
  const row = await db().assessments.get(id);
  return row ? restore(AssessmentRowSchema, [row], 'assessments')[0] : undefined;
}

/** Answers a new assessment starts with, carried over from an earlier one. */
export interface CarriedAnswers {
  from: { assessmentId: string; version: string };
  answers: CarriedAnswer[];
  /** The last assessment's targets, for the dimensions the new version has. */
  targets?: Record<string, Level>;
}

/**
 * A new assessment, pinned to `ref`. With `carried`, it starts with those answers, each marked to
 * confirm; the assessment and its answers are written in one transaction, so it never exists half
 * filled.
 */
export async function createAssessment(
  organizationId: string,
  ref: QuestionnaireRef,
  now = new Date(),
  carried?: CarriedAnswers,
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
    ...(carried ? { carriedFrom: { ...carried.from, answers: carried.answers.length } } : {}),
    ...(carried?.targets && Object.keys(carried.targets).length ? { carriedTargets: carried.targets } : {}),
  });
  const answers = (carried?.answers ?? []).map((a) =>
    AnswerRowSchema.parse({
      ...a,
      assessmentId: row.id,
      updatedAt: at,
      // Only a carried value needs confirming; a note alone is the person's own context.
      ...(a.value !== undefined ? { toConfirm: true } : {}),
    }),
  );
  const database = db();
  await withReopen(() =>
    database.transaction('rw', database.assessments, database.answers, async () => {
      await database.assessments.put(row);
      await database.answers.bulkPut(answers);
    }),
  );
  return row;
}

export async function updateAssessment(
  id: string,
  change: Partial<Pick<AssessmentRow, 'currentDimension' | 'status' | 'completedAt' | 'targets'>>,
  now = new Date(),
): Promise<void> {
  await withReopen(() =>
    db().transaction('rw', db().assessments, async () => {
      const updated = await db().assessments.update(id, { ...change, updatedAt: now.toISOString() });
      if (updated === 0) throw new AssessmentGoneError(id);
    }),
  );
}

/** Reads started by `readAssessmentEarly`, waiting for the screen that asked for them. */

export async function getAnswers(assessmentId: string): Promise<AnswerRow[]> {
  const rows = await db().answers.where('assessmentId').equals(assessmentId).toArray();
  return restore(AnswerRowSchema, rows, 'answers');
}

/**
 * Every change to this assessment's answers, from this tab or another one; `onGone` when the
 * assessment itself is deleted (another tab deleted its organization, or everything).
 */
export function watchAnswers(assessmentId: string, onChange: (rows: AnswerRow[]) => void, onGone: () => void): () => void {
  const read = async () => ({ exists: (await db().assessments.where('id').equals(assessmentId).count()) > 0, rows: await getAnswers(assessmentId) });
  const subscription = liveQuery(read).subscribe({
    next: ({ exists, rows }) => (exists ? onChange(rows) : onGone()),
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
  return withReopen(() =>
    database.transaction('rw', database.answers, database.assessments, async () => {
      // Both reads, then both writes, in flight together: a save is two round trips to the storage
      // engine before the commit, not four (Dexie's update() alone would read the row again).
      const [assessment, existing] = await Promise.all([database.assessments.get(assessmentId), database.answers.get([assessmentId, itemId])]);
      if (!assessment) throw new AssessmentGoneError(assessmentId);
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
      await Promise.all([database.answers.put(row), database.assessments.put({ ...assessment, updatedAt: row.updatedAt })]);
      return row;
    }),
  );
}

export async function countAnswered(assessmentId: string): Promise<number> {
  return (await getAnswers(assessmentId)).filter((a) => a.value !== undefined).length;
}
