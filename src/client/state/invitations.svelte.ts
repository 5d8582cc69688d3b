/**
 * The invited person's side: invitations received on this laptop, one answered, the response
 * exported (storage/invitations.ts, storage/respondent-files.ts). Nothing here reaches the server.
 */
import { questionnaireFor } from '../../core/applicability.ts';
import type { AnswerValue } from '../../core/answers.ts';
import type { Questionnaire } from '../../core/questionnaire/schema.ts';
import { getInvitation, listInvitations, markResponded, receiveInvitation, saveInvitationAnswer, type ReceivedInvitation } from '../storage/invitations.ts';
import { buildResponse, MAX_INVITATION_BYTES, readInvitation, serializeExchange, type ExchangeProblem, type Invitation } from '../storage/respondent-files.ts';
import { itemIdsOf, loadQuestionnaire } from '../questionnaires/catalog.ts';
import { fileName, saveFile } from '../export/download.ts';
import { APP_VERSION } from '../version.ts';
import { nowIso } from '../clock.ts';
import type { SaveStatus } from './assessment.svelte.ts';
import { byTimestamp } from '../../core/timestamps.ts';

export type OpenResult = { ok: true; invitation: Invitation; existing: boolean } | { ok: false; problem: ExchangeProblem };

/** Checks an invitation file and keeps it; a refused file changes nothing. */
export async function openInvitation(file: File): Promise<OpenResult> {
  if (file.size > MAX_INVITATION_BYTES) return { ok: false, problem: { kind: 'too-large', bytes: file.size, limit: MAX_INVITATION_BYTES } };
  const read = await readInvitation(await file.text());
  if (!read.ok) return read;
  const invitation = read.file.invitation;
  if (!(await itemIdsOf(invitation))) return { ok: false, problem: { kind: 'unknown-questionnaire', version: invitation.version } };
  const { existing } = await receiveInvitation(invitation);
  return { ok: true, invitation, existing };
}

export class InvitationsState {
  list = $state.raw<ReceivedInvitation[]>([]);

  async load() {
    this.list = (await listInvitations()).sort(byTimestamp((row) => row.receivedAt));
  }
}

/** One invitation being answered. */
export class InvitationAnswering {
  received = $state.raw<ReceivedInvitation | undefined>();
  questionnaire = $state.raw<Questionnaire | undefined>();
  saveStatus = $state<Record<string, SaveStatus>>({});
  /** Changes whose write failed, kept to try again. Bookkeeping only, never rendered. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #failed = new Map<string, { value?: AnswerValue; note?: string }>();

  constructor(
    readonly assessmentId: string,
    readonly respondentId: string,
  ) {}

  async load() {
    this.received = await getInvitation(this.assessmentId, this.respondentId);
    if (!this.received) return;
    const { invitation } = this.received;
    this.questionnaire = questionnaireFor(await loadQuestionnaire(invitation), invitation.salesModes);
  }

  answered = $derived.by(() => {
    // Built per read, never kept: a plain Set on purpose.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const asked = new Set(this.questionnaire?.items.map((i) => i.id));
    return Object.values(this.received?.answers ?? {}).filter((a) => a.value !== undefined && asked.has(a.itemId)).length;
  });

  async answer(itemId: string, change: { value?: AnswerValue; note?: string }) {
    const merged = { ...this.#failed.get(itemId), ...change };
    this.#failed.delete(itemId);
    this.saveStatus[itemId] = 'saving';
    try {
      const saved = await saveInvitationAnswer(this.assessmentId, this.respondentId, itemId, merged);
      if (this.received) this.received = { ...this.received, answers: { ...this.received.answers, [itemId]: saved } };
      this.saveStatus[itemId] = 'saved';
    } catch (error) {
      console.error('[diapason] invitation answer not saved', error);
      this.#failed.set(itemId, merged);
      this.saveStatus[itemId] = 'error';
    }
  }

  retry(itemId: string) {
    if (this.#failed.has(itemId)) void this.answer(itemId, {});
  }

  /** Hands the response file to the downloads; returns its name. */
  async exportResponse(): Promise<string> {
    const received = this.received;
    if (!received) throw new Error('the invitation is not loaded');
    const { invitation } = received;
    const file = await buildResponse(
      {
        assessmentId: invitation.assessmentId,
        questionnaireId: invitation.questionnaireId,
        version: invitation.version,
        respondent: invitation.respondent,
        answers: Object.values(received.answers),
      },
      APP_VERSION,
      nowIso(),
    );
    const name = fileName(`${invitation.organizationName} ${invitation.respondent.label}`, 'reponse', file.exportedAt, 'json');
    saveFile(name, 'application/json', serializeExchange(file));
    await markResponded(invitation.assessmentId, invitation.respondent.id, file.exportedAt);
    this.received = { ...received, respondedAt: file.exportedAt };
    return name;
  }
}
