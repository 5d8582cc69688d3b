/**
 * The files a respondent on another laptop and the coordinator exchange (core/respondents.ts), checked
 * like backups (backup/format.ts `readGuarded`: size, nesting, JSON, dangerous keys, kind, version,
 * checksum) and then row by row with the same row schemas. Nothing here goes to the server.
 *
 * Invitation (the coordinator to a respondent): which assessment, for which organization, on which
 * questionnaire version, as whom. No answers.
 * {
 *   "format": "diapason-invitation", "formatVersion": 1, "appVersion": "0.1.0",
 *   "exportedAt": "2026-…Z", "checksum": "sha256:…",
 *   "invitation": { "assessmentId", "organizationName", "questionnaireId", "version", "salesModes"?,
 *                   "respondent": { "id", "label", "name"? } }
 * }
 *
 * Response (the respondent back to the coordinator): the same identity and the respondent's answers.
 * {
 *   "format": "diapason-response", "formatVersion": 1, …,
 *   "response": { "assessmentId", "questionnaireId", "version", "respondent": { … },
 *                 "answers": [{ "itemId", "value"?, "note"?, "updatedAt" }] }
 * }
 * The checksum is the backup's: SHA-256 over the canonical JSON of the file without its `checksum`.
 * A response's `exportedAt` says which of two responses from the same respondent is the newer.
 */
import { z } from 'zod/mini';
import { AnswerValueSchema } from '../../core/answers.ts';
import { SalesModeSchema } from '../../core/profile.ts';
import { IdSchema, type QuestionnaireRef } from '../../core/questionnaire/schema.ts';
import { checksumOf, readGuarded, type FileKind, type GuardProblem } from './backup/format.ts';
import { NOTE_MAX_LENGTH, Timestamp, Uuid } from './rows.ts';
import { RESPONDENT_LABEL_MAX_LENGTH } from './respondent-rows.ts';

export const INVITATION_FORMAT = 'diapason-invitation';
export const RESPONSE_FORMAT = 'diapason-response';
export const INVITATION_FORMAT_VERSION = 1;
export const RESPONSE_FORMAT_VERSION = 1;
/** A response with a long note on every question is about 300 KB; an invitation, under 1 KB. */
export const MAX_RESPONSE_BYTES = 2 * 1024 * 1024;
export const MAX_INVITATION_BYTES = 64 * 1024;
/** The formats nest 5 levels deep. */
const MAX_DEPTH = 8;
const MAX_ANSWERS = 1000;

const Label = z.string().check(z.trim(), z.minLength(1), z.maxLength(RESPONDENT_LABEL_MAX_LENGTH));
const RespondentSchema = z.strictObject({ id: Uuid, label: Label, name: z.optional(z.string().check(z.trim(), z.maxLength(RESPONDENT_LABEL_MAX_LENGTH))) });
const Ref = { questionnaireId: IdSchema, version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)) };
const envelope = {
  appVersion: z.string().check(z.minLength(1), z.maxLength(40)),
  exportedAt: z.string().check(z.minLength(10), z.maxLength(40)),
  checksum: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/)),
};

export const InvitationSchema = z.strictObject({
  assessmentId: Uuid,
  organizationName: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  ...Ref,
  salesModes: z.optional(z.array(SalesModeSchema).check(z.maxLength(20))),
  respondent: RespondentSchema,
});
export type Invitation = z.infer<typeof InvitationSchema>;

export const ResponseAnswerSchema = z.strictObject({
  itemId: IdSchema,
  value: z.optional(AnswerValueSchema),
  note: z.optional(z.string().check(z.maxLength(NOTE_MAX_LENGTH))),
  updatedAt: Timestamp,
});
export type ResponseAnswer = z.infer<typeof ResponseAnswerSchema>;

const ResponseBodySchema = z.strictObject({
  assessmentId: Uuid,
  ...Ref,
  respondent: RespondentSchema,
  answers: z.array(ResponseAnswerSchema).check(z.maxLength(MAX_ANSWERS)),
});
export type ResponseBody = z.infer<typeof ResponseBodySchema>;

const InvitationFileSchema = z.strictObject({ format: z.literal(INVITATION_FORMAT), formatVersion: z.literal(1), ...envelope, invitation: InvitationSchema });
const ResponseFileSchema = z.strictObject({ format: z.literal(RESPONSE_FORMAT), formatVersion: z.literal(1), ...envelope, response: ResponseBodySchema });

export type InvitationFile = z.infer<typeof InvitationFileSchema>;
export type ResponseFile = z.infer<typeof ResponseFileSchema>;

const INVITATION_KIND: FileKind = { format: INVITATION_FORMAT, envelopes: { 1: { schema: InvitationFileSchema } }, current: INVITATION_FORMAT_VERSION, maxBytes: MAX_INVITATION_BYTES, maxDepth: MAX_DEPTH };
const RESPONSE_KIND: FileKind = { format: RESPONSE_FORMAT, envelopes: { 1: { schema: ResponseFileSchema } }, current: RESPONSE_FORMAT_VERSION, maxBytes: MAX_RESPONSE_BYTES, maxDepth: MAX_DEPTH };

/** Why an exchanged file was refused; each kind has a sentence in French and English (i18n/respondent-files.ts). */
export type ExchangeProblem =
  | GuardProblem
  /** A backup, an invitation where a response was expected, or the other way round. */
  | { kind: 'wrong-file'; found: 'backup' | 'invitation' | 'response' | 'other' }
  /** The right kind of file, but not as Diapason writes it (a value out of range, a field too long…). */
  | { kind: 'invalid-content' }
  | { kind: 'other-assessment' }
  | { kind: 'unknown-respondent'; label: string }
  | { kind: 'other-version'; version: string }
  | { kind: 'unknown-item'; itemId: string }
  | { kind: 'duplicate-item'; itemId: string }
  | { kind: 'unknown-questionnaire'; version: string };

function foundKind(text: string): 'backup' | 'invitation' | 'response' | 'other' {
  // Only the start of the text: the file was already refused, this only words the message.
  const head = text.slice(0, 200);
  if (head.includes('"diapason-backup"')) return 'backup';
  if (head.includes(`"${INVITATION_FORMAT}"`)) return 'invitation';
  if (head.includes(`"${RESPONSE_FORMAT}"`)) return 'response';
  return 'other';
}

type Read<T> = { ok: true; file: T } | { ok: false; problem: ExchangeProblem };

async function read<T>(text: string, kind: FileKind, expected: 'invitation' | 'response'): Promise<Read<T>> {
  const guarded = await readGuarded(text, kind);
  if (guarded.ok) return { ok: true, file: guarded.json as unknown as T };
  if (guarded.problem.kind === 'not-a-backup') {
    const found = foundKind(text);
    if (found === expected) return { ok: false, problem: { kind: 'invalid-content' } };
    return { ok: false, problem: { kind: 'wrong-file', found } };
  }
  return guarded;
}

export function readInvitation(text: string): Promise<Read<InvitationFile>> {
  return read(text, INVITATION_KIND, 'invitation');
}

export function readResponse(text: string): Promise<Read<ResponseFile>> {
  return read(text, RESPONSE_KIND, 'response');
}

async function signed<T extends { checksum: string }>(body: Omit<T, 'checksum'>): Promise<T> {
  return { ...body, checksum: await checksumOf(body) } as T;
}

export function buildInvitation(invitation: Invitation, appVersion: string, exportedAt: string): Promise<InvitationFile> {
  return signed<InvitationFile>({ format: INVITATION_FORMAT, formatVersion: 1, appVersion, exportedAt, invitation });
}

export function buildResponse(response: ResponseBody, appVersion: string, exportedAt: string): Promise<ResponseFile> {
  const answers = [...response.answers].sort((a, b) => (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0));
  return signed<ResponseFile>({ format: RESPONSE_FORMAT, formatVersion: 1, appVersion, exportedAt, response: { ...response, answers } });
}

export function serializeExchange(file: InvitationFile | ResponseFile): string {
  return JSON.stringify(file, null, 2) + '\n';
}

/** What the coordinator knows of the assessment a response must belong to. */
export interface ResponseTarget extends QuestionnaireRef {
  assessmentId: string;
  respondents: readonly { id: string; label: string }[];
  /** Every item id of the questionnaire version (a response may answer items the profile hides). */
  itemIds: ReadonlySet<string>;
}

/** A response checked against the assessment it claims to answer; undefined when it fits. */
export function responseProblem(file: ResponseFile, target: ResponseTarget): ExchangeProblem | undefined {
  const r = file.response;
  if (r.assessmentId !== target.assessmentId || r.questionnaireId !== target.questionnaireId) return { kind: 'other-assessment' };
  if (r.version !== target.version) return { kind: 'other-version', version: r.version };
  // The label too: a file naming the invited respondent otherwise is not the one that was sent.
  if (!target.respondents.some((x) => x.id === r.respondent.id && x.label === r.respondent.label)) return { kind: 'unknown-respondent', label: r.respondent.label };
  const seen = new Set<string>();
  for (const answer of r.answers) {
    if (!target.itemIds.has(answer.itemId)) return { kind: 'unknown-item', itemId: answer.itemId };
    if (seen.has(answer.itemId)) return { kind: 'duplicate-item', itemId: answer.itemId };
    seen.add(answer.itemId);
  }
  return undefined;
}
