/**
 * Respondents of an assessment and their answers (core/respondents.ts says why they sit beside the
 * organization's answers). Every write runs in one transaction with the organization's answer it
 * moves: a respondent's answer and the proposal it changes are saved together or not at all.
 */
import { db, liveQuery, type DiapasonDb } from './db.ts';
import { AnswerRowSchema, restore, type AnswerRow } from './rows.ts';
import { RespondentAnswerRowSchema, RespondentRowSchema, type RespondentAnswerRow, type RespondentRow } from './respondent-rows.ts';
import { getAnswers, type AnswerChange } from './assessments.ts';
import { storedAnswer, writeAnswerRow } from './assessment-answers.ts';
import { AssessmentGoneError } from './errors.ts';
import { withReopen } from './resilience.ts';
import { proposal } from '../../core/respondents.ts';
import type { AnswerValue } from '../../core/answers.ts';
import { compareCodeUnits, compareTimestamps } from '../../core/timestamps.ts';

/** A write for a respondent removed meanwhile (in another tab): nothing is written. */
export class RespondentGoneError extends Error {
  override readonly name = 'RespondentGoneError';
  constructor(readonly respondentId: string) {
    super(`respondent ${respondentId} no longer exists`);
  }
}

const byCreation = (a: RespondentRow, b: RespondentRow) => compareTimestamps(a.createdAt, b.createdAt) || compareCodeUnits(a.id, b.id);

export async function listRespondents(assessmentId: string): Promise<RespondentRow[]> {
  const rows = await db().respondents.where('assessmentId').equals(assessmentId).toArray();
  return restore(RespondentRowSchema, rows, 'respondents').sort(byCreation);
}

export async function getRespondentAnswers(assessmentId: string): Promise<RespondentAnswerRow[]> {
  const rows = await db().respondentAnswers.where('assessmentId').equals(assessmentId).toArray();
  return restore(RespondentAnswerRowSchema, rows, 'respondentAnswers');
}

export interface RespondentInput {
  label: string;
  name?: string;
}

/** Adds a respondent; a label the schema refuses (empty, too long) throws and writes nothing. */
export async function addRespondent(assessmentId: string, input: RespondentInput, now = new Date(), carriedFrom?: string): Promise<RespondentRow> {
  const at = now.toISOString();
  const name = input.name?.trim();
  const row = RespondentRowSchema.parse({
    id: crypto.randomUUID(),
    assessmentId,
    label: input.label,
    ...(name ? { name } : {}),
    createdAt: at,
    updatedAt: at,
    ...(carriedFrom ? { carriedFrom } : {}),
  });
  const database = db();
  await withReopen(() =>
    database.transaction('rw', database.assessments, database.respondents, async () => {
      if (!(await database.assessments.get(assessmentId))) throw new AssessmentGoneError(assessmentId);
      await database.respondents.put(row);
    }),
  );
  return row;
}

/**
 * The organization's answers to `itemIds` that are not agreed yet, set to the proposal made from the
 * respondents' answers. Runs inside the caller's transaction (answers, respondents, respondentAnswers).
 */
async function propose(database: DiapasonDb, assessmentId: string, itemIds: readonly string[], at: string): Promise<void> {
  const respondents = new Set((await database.respondents.where('assessmentId').equals(assessmentId).primaryKeys()).map(String));
  const voices = (await database.respondentAnswers.where('assessmentId').equals(assessmentId).toArray()).filter((r) => respondents.has(r.respondentId));
  for (const itemId of itemIds) {
    const value = proposal(voices.filter((v) => v.itemId === itemId).map((v) => v.value));
    const existing = await storedAnswer(database, assessmentId, itemId);
    if (existing?.agreedAt || value === undefined || existing?.value === value) continue;
    const row = AnswerRowSchema.parse({ ...existing, assessmentId, itemId, value, updatedAt: at });
    delete row.toConfirm;
    await writeAnswerRow(database, row);
  }
}

/**
 * Writes one respondent's answer and, in the same transaction, the organization's proposal for that
 * item (unless the group already agreed on it). Resolves once on disk.
 */
export async function saveRespondentAnswer(
  assessmentId: string,
  respondentId: string,
  itemId: string,
  change: AnswerChange,
  now = new Date(),
): Promise<RespondentAnswerRow> {
  const database = db();
  const at = now.toISOString();
  return withReopen(() =>
    database.transaction('rw', [database.assessments, database.respondents, database.respondentAnswers], async () => {
      if (!(await database.assessments.get(assessmentId))) throw new AssessmentGoneError(assessmentId);
      const respondent = await database.respondents.get(respondentId);
      if (!respondent || respondent.assessmentId !== assessmentId) throw new RespondentGoneError(respondentId);
      const existing = await database.respondentAnswers.get([respondentId, itemId]);
      const row = RespondentAnswerRowSchema.parse({
        ...existing,
        ...change,
        assessmentId,
        respondentId,
        itemId,
        updatedAt: at,
        toConfirm: change.value !== undefined ? undefined : existing?.toConfirm,
      });
      if (row.toConfirm === undefined) delete row.toConfirm;
      await database.respondentAnswers.put(row);
      if (change.value !== undefined) await propose(database, assessmentId, [itemId], at);
      await database.assessments.update(assessmentId, { updatedAt: at });
      return row;
    }),
  );
}

/**
 * Removes a respondent and their answers; the organization's answers that were proposals are proposed
 * again from the others' answers.
 */
export async function removeRespondent(assessmentId: string, respondentId: string, now = new Date()): Promise<void> {
  const database = db();
  await withReopen(() =>
    database.transaction('rw', [database.assessments, database.respondents, database.respondentAnswers], async () => {
      const itemIds = (await database.respondentAnswers.where('respondentId').equals(respondentId).toArray()).map((r) => r.itemId);
      await database.respondentAnswers.where('respondentId').equals(respondentId).delete();
      await database.respondents.delete(respondentId);
      await propose(database, assessmentId, itemIds, now.toISOString());
    }),
  );
}

/**
 * The group agreed: the organization's answer to `itemId` becomes `value` (the proposal confirmed, or
 * another level picked), with why, if the coordinator wrote it.
 */
export async function agreeOnAnswer(assessmentId: string, itemId: string, value: AnswerValue, why = '', now = new Date()): Promise<AnswerRow> {
  const database = db();
  const at = now.toISOString();
  return withReopen(() =>
    database.transaction('rw', database.assessments, async () => {
      if (!(await database.assessments.get(assessmentId))) throw new AssessmentGoneError(assessmentId);
      const existing = await storedAnswer(database, assessmentId, itemId);
      const reason = why.trim();
      const row = AnswerRowSchema.parse({ ...existing, assessmentId, itemId, value, updatedAt: at, agreedAt: at, agreedWhy: reason || undefined });
      delete row.toConfirm;
      if (!reason) delete row.agreedWhy;
      await writeAnswerRow(database, row);
      await database.assessments.update(assessmentId, { updatedAt: at });
      return row;
    }),
  );
}

/** Everything the respondents' screens show of one assessment. */
export interface RespondentsView {
  respondents: RespondentRow[];
  answers: RespondentAnswerRow[];
  /** The organization's answers, agreed or proposed. */
  organization: AnswerRow[];
}

export async function readRespondents(assessmentId: string): Promise<RespondentsView> {
  const database = db();
  return database.transaction('r', [database.assessments, database.respondents, database.respondentAnswers], async () => ({
    respondents: await listRespondents(assessmentId),
    answers: await getRespondentAnswers(assessmentId),
    organization: await getAnswers(assessmentId),
  }));
}

/** Every change, from this tab or another one. */
export function watchRespondents(assessmentId: string, onChange: (view: RespondentsView) => void): () => void {
  const subscription = liveQuery(() => readRespondents(assessmentId)).subscribe({
    next: onChange,
    error: (error) => console.error('[diapason] respondents could not be read', error),
  });
  return () => subscription.unsubscribe();
}

/**
 * A response file from a respondent's own laptop (storage/respondent-files.ts, already checked): that
 * respondent's answers become the file's, all of them, and the proposals move with them, in one
 * transaction. `respondedAt` (the file's export time) says which response is the newer next time.
 */
export async function replaceRespondentAnswers(
  assessmentId: string,
  respondentId: string,
  answers: readonly { itemId: string; value?: AnswerValue; note?: string; updatedAt: string }[],
  respondedAt: string,
  now = new Date(),
): Promise<void> {
  const database = db();
  const at = now.toISOString();
  const rows = answers.map((a) => RespondentAnswerRowSchema.parse({ ...a, assessmentId, respondentId }));
  await withReopen(() =>
    database.transaction('rw', [database.assessments, database.respondents, database.respondentAnswers], async () => {
      if (!(await database.assessments.get(assessmentId))) throw new AssessmentGoneError(assessmentId);
      const respondent = await database.respondents.get(respondentId);
      if (!respondent || respondent.assessmentId !== assessmentId) throw new RespondentGoneError(respondentId);
      const before = (await database.respondentAnswers.where('respondentId').equals(respondentId).toArray()).map((r) => r.itemId);
      await database.respondentAnswers.where('respondentId').equals(respondentId).delete();
      await database.respondentAnswers.bulkPut(rows);
      await database.respondents.put(RespondentRowSchema.parse({ ...respondent, respondedAt, updatedAt: at }));
      await propose(database, assessmentId, [...new Set([...before, ...rows.map((r) => r.itemId)])], at);
      await database.assessments.update(assessmentId, { updatedAt: at });
    }),
  );
}

/** A respondent of an earlier assessment invited again, with their answers carried over. */
export interface InvitedAgain {
  label: string;
  name?: string;
  /** The respondent of the earlier assessment. */
  carriedFrom: string;
  answers: readonly { itemId: string; value?: AnswerValue; note?: string }[];
}

/**
 * The same respondents as an earlier assessment, in one transaction: each one's answers carried over
 * (state/carry-over.ts), each to confirm, as the organization's are. The organization's answers stay
 * as they were carried: a respondent's answer moves them once given or confirmed.
 */
export async function inviteAgain(assessmentId: string, invited: readonly InvitedAgain[], now = new Date()): Promise<RespondentRow[]> {
  const database = db();
  const at = now.toISOString();
  const rows = invited.map((r) => {
    const name = r.name?.trim();
    return RespondentRowSchema.parse({ id: crypto.randomUUID(), assessmentId, label: r.label, ...(name ? { name } : {}), createdAt: at, updatedAt: at, carriedFrom: r.carriedFrom });
  });
  const answers = rows.flatMap((row, i) =>
    invited[i]!.answers.map((a) => RespondentAnswerRowSchema.parse({
      ...a,
      assessmentId,
      respondentId: row.id,
      updatedAt: at,
      // As for the organization's: only a carried value needs confirming, a note is the person's own.
      ...(a.value !== undefined ? { toConfirm: true } : {}),
    })),
  );
  await withReopen(() =>
    database.transaction('rw', [database.assessments, database.respondents, database.respondentAnswers], async () => {
      if (!(await database.assessments.get(assessmentId))) throw new AssessmentGoneError(assessmentId);
      await database.respondents.bulkPut(rows);
      await database.respondentAnswers.bulkPut(answers);
    }),
  );
  return rows;
}
