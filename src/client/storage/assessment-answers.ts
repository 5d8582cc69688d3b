/**
 * The organization's answers to an assessment are stored in the assessment's own record, in its
 * `answers` field (schema version 7), rather than one record per answer.
 *
 * Why: IndexedDB costs about a tenth of a millisecond of the page's time per record written, whatever
 * the record's size (measured in Chromium: 50,000 small rows in one transaction, 4.9 s; the same
 * answers grouped into 5,000 records, with their organizations and assessments, 1.5 s). A backup of
 * 5,000 organizations is 40,000 answers, now no record of their own; saving an answer writes one
 * record (the assessment, whose `updatedAt` changes with it anyway) instead of two; and an
 * assessment's screen reads one record for its row and its answers.
 *
 * The rows are kept exactly as they were written, unreadable ones included: a change to one answer
 * rewrites the others as they were, so a row this release cannot read is never dropped by the write
 * of another. They are read through ./rows.ts (zod) before the app trusts them; the assessment's
 * own schema leaves the field out, so no screen ever holds it as part of the assessment.
 *
 * The backup file keeps its `answers` table, one row per answer: only the storage is grouped.
 */
import type { DiapasonDb } from './db.ts';
import { AssessmentGoneError } from './errors.ts';
import { AnswerRowSchema, restore, type AnswerRow, type AssessmentRow } from './rows.ts';

/** An assessment as stored: its row and its answers (./rows.ts AnswerRow when readable, one per item). */
export type StoredAssessment = AssessmentRow & { answers?: unknown[] };

type Row = Record<string, unknown>;

const itemOf = (row: unknown): unknown => (row && typeof row === 'object' ? (row as Row).itemId : undefined);

/**
 * Each assessment row with its answers in it (none: no field), in the rows' order; a later answer for
 * an item already there replaces it (as a put of the same key did). `orphans`: answers whose
 * assessment is not among the rows.
 */
export function withAnswers(assessments: readonly Row[], answers: readonly Row[]): { records: Row[]; orphans: Row[] } {
  const byAssessment = new Map<unknown, Map<unknown, Row>>(assessments.map((a) => [a.id, new Map()]));
  const orphans: Row[] = [];
  for (const row of answers) {
    const set = byAssessment.get(row.assessmentId);
    if (set) set.set(row.itemId, row);
    else orphans.push(row);
  }
  const records = assessments.map((a) => {
    const { answers: _stored, ...row } = a;
    const set = byAssessment.get(a.id)!;
    return set.size ? { ...row, answers: [...set.values()] } : row;
  });
  return { records, orphans };
}

/** The assessments' rows without their answers, and the answers, one row each, as stored. */
export function withoutAnswers(records: readonly Row[]): { assessments: Row[]; answers: Row[] } {
  const assessments: Row[] = [];
  const answers: Row[] = [];
  for (const record of records) {
    const { answers: stored, ...row } = record;
    assessments.push(row);
    if (Array.isArray(stored)) answers.push(...(stored as Row[]));
  }
  return { assessments, answers };
}

/** The rows with `row` in place of the one for its item (or added at the end). */
export function withAnswerRow(rows: readonly unknown[], row: AnswerRow): unknown[] {
  const at = rows.findIndex((r) => itemOf(r) === row.itemId);
  return at < 0 ? [...rows, row] : rows.map((r, i) => (i === at ? row : r));
}

/** The stored row for `itemId` among an assessment's answers, as stored (unchecked). */
export function storedRow(rows: readonly unknown[] | undefined, itemId: string): Row | undefined {
  return rows?.find((r) => itemOf(r) === itemId) as Row | undefined;
}

/** One assessment's readable answers, from its stored record (none if there is no record). */
export function answersOfRecord(record: { answers?: unknown } | undefined): AnswerRow[] {
  return restore(AnswerRowSchema, Array.isArray(record?.answers) ? record.answers : [], 'answers');
}

/** One assessment's readable answers (within the caller's transaction, if any). */
export async function readAnswers(database: DiapasonDb, assessmentId: string): Promise<AnswerRow[]> {
  return answersOfRecord(await database.assessments.get(assessmentId));
}

/**
 * One stored answer as stored, unchecked (as a get of its own record was): a caller merging a change
 * into it parses the result, so a row it cannot read fails the write instead of being replaced.
 */
export async function storedAnswer(database: DiapasonDb, assessmentId: string, itemId: string): Promise<AnswerRow | undefined> {
  return storedRow((await database.assessments.get(assessmentId))?.answers, itemId) as AnswerRow | undefined;
}

/**
 * Writes one answer into its assessment's record, the other answers as they were (in the caller's
 * transaction); refused (AssessmentGoneError) if the assessment is not stored.
 */
export async function writeAnswerRow(database: DiapasonDb, row: AnswerRow): Promise<void> {
  const record = await database.assessments.get(row.assessmentId);
  if (!record) throw new AssessmentGoneError(row.assessmentId);
  await database.assessments.put({ ...record, answers: withAnswerRow(record.answers ?? [], row) });
}
