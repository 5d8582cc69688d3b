/**
 * The coordinator's side of answering on another laptop: an invitation file per respondent, and the
 * response files coming back, checked, previewed, then imported (storage/respondent-files.ts).
 */
import type { RespondentsState } from './respondents.svelte.ts';
import type { RespondentRow } from '../storage/respondent-rows.ts';
import { getOrganization } from '../storage/organizations.ts';
import { replaceRespondentAnswers } from '../storage/respondents.ts';
import {
  buildInvitation,
  MAX_RESPONSE_BYTES,
  readResponse,
  responseProblem,
  serializeExchange,
  type ExchangeProblem,
  type ResponseFile,
} from '../storage/respondent-files.ts';
import { itemIdsOf } from '../questionnaires/catalog.ts';
import { fileName, saveFile } from '../export/download.ts';
import { APP_VERSION } from '../version.ts';
import { nowIso } from '../clock.ts';

/** Hands the respondent's invitation to the downloads; returns the file's name. */
export async function exportInvitation(group: RespondentsState, respondent: RespondentRow): Promise<string> {
  const row = group.row;
  if (!row) throw new Error('the assessment is not loaded');
  const organization = await getOrganization(row.organizationId);
  const organizationName = organization?.name ?? '';
  const file = await buildInvitation(
    {
      assessmentId: row.id,
      organizationName: organizationName || 'Diapason',
      questionnaireId: row.questionnaireId,
      version: row.version,
      ...(organization?.salesModes?.length ? { salesModes: organization.salesModes } : {}),
      respondent: { id: respondent.id, label: respondent.label, ...(respondent.name ? { name: respondent.name } : {}) },
    },
    APP_VERSION,
    nowIso(),
  );
  const name = fileName(`${organizationName} ${respondent.label}`, 'invitation', file.exportedAt, 'json');
  saveFile(name, 'application/json', serializeExchange(file));
  return name;
}

/** What importing a checked response would do, shown before anything is written. */
export type ResponseCheck =
  | { ok: true; file: ResponseFile; respondent: RespondentRow; answered: number; replaced: number }
  /** The same response, or an older one, than the one already imported: nothing to do. */
  | { ok: false; kind: 'not-newer'; same: boolean; respondent: RespondentRow; importedAt: string }
  | { ok: false; kind: 'refused'; problem: ExchangeProblem };

export async function checkResponse(group: RespondentsState, file: File): Promise<ResponseCheck> {
  const row = group.row;
  if (!row) throw new Error('the assessment is not loaded');
  // Refused before reading: a huge file is never loaded into memory.
  if (file.size > MAX_RESPONSE_BYTES) return { ok: false, kind: 'refused', problem: { kind: 'too-large', bytes: file.size, limit: MAX_RESPONSE_BYTES } };
  const read = await readResponse(await file.text());
  if (!read.ok) return { ok: false, kind: 'refused', problem: read.problem };
  const itemIds = await itemIdsOf(read.file.response);
  if (!itemIds) return { ok: false, kind: 'refused', problem: { kind: 'unknown-questionnaire', version: read.file.response.version } };
  const problem = responseProblem(read.file, { assessmentId: row.id, questionnaireId: row.questionnaireId, version: row.version, respondents: group.respondents, itemIds });
  if (problem) return { ok: false, kind: 'refused', problem };
  const respondent = group.respondents.find((r) => r.id === read.file.response.respondent.id)!;
  if (respondent.respondedAt && read.file.exportedAt <= respondent.respondedAt) {
    return { ok: false, kind: 'not-newer', same: read.file.exportedAt === respondent.respondedAt, respondent, importedAt: respondent.respondedAt };
  }
  return {
    ok: true,
    file: read.file,
    respondent,
    answered: read.file.response.answers.filter((a) => a.value !== undefined).length,
    replaced: Object.values(group.answersOf(respondent.id)).filter((a) => a.value !== undefined || a.note).length,
  };
}

export function applyResponse(group: RespondentsState, file: ResponseFile): Promise<void> {
  return replaceRespondentAnswers(group.id, file.response.respondent.id, file.response.answers, file.exportedAt);
}
