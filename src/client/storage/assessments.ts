import { announceWrites, db, liveQuery } from './db.ts';
import { sameValue } from '../../core/same-value.ts';
import { AnswerRowSchema, AssessmentRowSchema, assessmentsInOrder, restore, type AnswerRow, type AssessmentRow } from './rows.ts';
import type { Level, QuestionnaireRef } from '../../core/questionnaire/schema.ts';
import type { AnswerValue } from '../../core/answers.ts';
import type { CarriedAnswer } from '../../core/carry-over.ts';
import { withReopen } from './resilience.ts';
import { AssessmentGoneError } from './errors.ts';
import { answersOfRecord, readAnswers, storedRow, withAnswerRow, type StoredAssessment } from './assessment-answers.ts';

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
    database.transaction('rw', database.assessments, async () => {
      await database.assessments.put(answers.length ? { ...row, answers } : row);
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
  return readAnswers(db(), assessmentId);
}

/**
 * Every change to this assessment's answers, from this tab or another one; `onGone` when the
 * assessment itself is deleted (another tab deleted its organization, or everything).
 */
export function watchAnswers(assessmentId: string, onChange: (rows: AnswerRow[]) => void, onGone: () => void): () => void {
  const read = async () => {
    const record = await db().assessments.get(assessmentId);
    return { exists: !!record, rows: answersOfRecord(record) };
  };
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

/** What the screen holds, which lets a save go in one round trip: the assessment's row and its answers. */
export interface KnownRows {
  answers?: readonly AnswerRow[] | undefined;
  assessment?: AssessmentRow | undefined;
}

/**
 * Saves one answer (a level, a note, or both), merged with what is stored for it, and marks the
 * assessment as changed, in one transaction; refused (AssessmentGoneError) if the assessment no
 * longer exists, with nothing written.
 *
 * This is the app's most frequent write, so it goes to IndexedDB directly, on Dexie's connection,
 * in one round trip to the storage engine when `known` is given (what the screen holds): the records
 * as they should end up are written at once, beside the reads of what is stored; when a read shows
 * that another tab changed something meanwhile, the merged record is written again in the same
 * transaction, before it commits. Without `known`, the reads come first, as any read-then-write.
 * Dexie did not write it, so Dexie is told afterwards: live queries, in this tab and others, see the
 * change.
 */
export async function saveAnswer(assessmentId: string, itemId: string, change: AnswerChange, now = new Date(), known?: KnownRows): Promise<AnswerRow> {
  const database = db();
  const row = await withReopen(async () => {
    if (!database.isOpen()) await database.open();
    return writeAnswer(database.backendDB(), assessmentId, itemId, change, now.toISOString(), known);
  });
  announceWrites(database, { 'assessments/': [assessmentId] });
  return row;
}

function writeAnswer(idb: IDBDatabase, assessmentId: string, itemId: string, change: AnswerChange, updatedAt: string, known: KnownRows | undefined): Promise<AnswerRow> {
  // The row as stored after this change, from what was there before it.
  const merge = (existing: Partial<AnswerRow> | undefined): AnswerRow => {
    const row = AnswerRowSchema.parse({
      ...existing,
      ...change,
      assessmentId,
      itemId,
      updatedAt,
      // Answering (or re-choosing) confirms an answer carried over from an earlier assessment.
      toConfirm: change.value !== undefined ? undefined : existing?.toConfirm,
    });
    if (row.toConfirm === undefined) delete row.toConfirm;
    return row;
  };
  // The assessment's record after this change: its answers (./assessment-answers.ts) with this one.
  const recordOf = (assessment: AssessmentRow, answers: readonly unknown[], row: AnswerRow): StoredAssessment => ({ ...assessment, updatedAt, answers: withAnswerRow(answers, row) });
  return new Promise<AnswerRow>((resolve, reject) => {
    // 'strict': "saved" on screen must survive a crash or a closed lid (as every write of db.ts).
    const tx = idb.transaction('assessments', 'readwrite', { durability: 'strict' });
    const assessments = tx.objectStore('assessments');
    let failure: unknown;
    let row: AnswerRow | undefined;
    let written: StoredAssessment | undefined;
    tx.oncomplete = () => (row ? resolve(row) : reject(new Error('answer not written')));
    tx.onabort = () => reject(failure ?? tx.error ?? new Error('answer not saved'));
    const fail = (error: unknown) => {
      failure ??= error;
      try {
        tx.abort();
      } catch {
        // Already finishing: onabort or onerror reports it.
      }
    };
    // The read first: requests run in the order they are made, so it sees what was stored before
    // this write, not the record written just after it.
    const reading = assessments.get(assessmentId);
    try {
      if (known?.assessment && known.answers) {
        row = merge(known.answers.find((a) => a.itemId === itemId));
        written = recordOf(known.assessment, known.answers, row);
        assessments.put(written);
      }
    } catch (error) {
      fail(error);
      return;
    }
    reading.onsuccess = () => {
      try {
        const stored = reading.result as StoredAssessment | undefined;
        if (!stored) return fail(new AssessmentGoneError(assessmentId));
        const answers = stored.answers ?? [];
        const merged = merge(storedRow(answers, itemId) as Partial<AnswerRow> | undefined);
        const record = recordOf(stored, answers, merged);
        if (!written || !sameRecord(written, record)) assessments.put(record);
        row = merged;
      } catch (error) {
        fail(error);
      }
    };
  });
}

/** Whether two records of an assessment hold the same data, whatever the order of their answers. */
function sameRecord(a: StoredAssessment, b: StoredAssessment): boolean {
  const { answers: left = [], ...restA } = a;
  const { answers: right = [], ...restB } = b;
  if (!sameValue(restA, restB) || left.length !== right.length) return false;
  const byItem = new Map(right.map((r) => [(r as AnswerRow).itemId, r]));
  return left.every((r) => sameValue(r, byItem.get((r as AnswerRow).itemId)));
}

export async function countAnswered(assessmentId: string): Promise<number> {
  return (await getAnswers(assessmentId)).filter((a) => a.value !== undefined).length;
}
