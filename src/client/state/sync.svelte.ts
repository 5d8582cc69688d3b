/**
 * Sync for the organization being worked on: its consent (valid only for the current notice version),
 * its random identity, its enrollment code, its outbox (live, across tabs) and its cached peers.
 * Nothing here sends anything unless the person has opted in; the outbox runner does the sending.
 */
import { apiUrl } from '../../core/api-paths.ts';
import { buildSubmission, serializeSubmission, type Submission } from '../../core/sync.ts';
import type { AssessmentScore } from '../../core/scoring.ts';
import type { Profile } from '../../core/profile.ts';
import type { ReadinessOutcome } from '../../core/readiness.ts';
import {
  addToOutbox,
  cancelQueued,
  getSyncSettings,
  listOutbox,
  updateSyncSettings,
  watchOutbox,
  watchPeers,
  type OutboxRow,
  type PeersRow,
  type SyncSettings,
} from '../storage/sync.ts';
import { NOTICE_VERSION } from '../i18n/sync.ts';
import { canSync, newIdentity } from '../sync/identity.ts';
import { refreshPeers } from '../sync/outbox.ts';
import { outboxRunner } from '../sync/runner.ts';
import { nowIso } from '../clock.ts';

export interface Preview {
  submission: Submission;
  /** The request body: the preview shows this string and the outbox sends this string. */
  text: string;
}

export class SyncState {
  readonly supported = canSync();
  organizationId = $state<string | undefined>();
  settings = $state<SyncSettings>({});
  outbox = $state<OutboxRow[]>([]);
  loaded = $state(false);

  /** Every live query this state started; `destroy` stops them all, even one started after it. */
  // Bookkeeping only, never rendered: a plain Set on purpose.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #watches = new Set<() => void>();
  #destroyed = false;

  /** Consent counts only for the notice version it was given for. */
  consented = $derived(this.settings.consent?.noticeVersion === NOTICE_VERSION && this.settings.identity !== undefined);
  consentStale = $derived(!!this.settings.consent && this.settings.consent.noticeVersion !== NOTICE_VERSION);
  mine = $derived(this.outbox.filter((r) => r.organizationId === this.organizationId));

  async load(organizationId: string) {
    this.organizationId = organizationId;
    this.settings = await getSyncSettings(organizationId);
    this.outbox = await listOutbox();
    this.#watch(() =>
      watchOutbox((rows) => {
        this.outbox = rows;
      }),
    );
    this.loaded = true;
  }

  /** Stops every watch, including one whose start was still awaiting a read (the screen was left). */
  destroy() {
    this.#destroyed = true;
    for (const stop of this.#watches) stop();
    this.#watches.clear();
  }

  #watch(start: () => () => void): () => void {
    if (this.#destroyed) return () => {};
    const stop = start();
    this.#watches.add(stop);
    return () => {
      stop();
      this.#watches.delete(stop);
    };
  }

  async optIn() {
    const id = this.#id();
    const identity = this.settings.identity ?? (await newIdentity());
    this.settings = await updateSyncSettings(id, (s) => ({ ...s, identity, consent: { noticeVersion: NOTICE_VERSION, at: nowIso() } }));
  }

  /** Turning sharing off stops what has not left yet; what was sent stays until withdrawn. */
  async optOut() {
    const id = this.#id();
    this.settings = await updateSyncSettings(id, (s) => ({ ...s, consent: null }));
    await cancelQueued(id);
  }

  async setEnrollmentCode(code: string) {
    const trimmed = code.trim();
    this.settings = await updateSyncSettings(this.#id(), (s) => {
      const { enrollmentCode: _old, ...rest } = s;
      return trimmed ? { ...rest, enrollmentCode: trimmed } : rest;
    });
  }

  /** What would be sent for a completed assessment, or null when no dimension can be shared. */
  preview(input: {
    score: AssessmentScore;
    profile: Profile;
    completedAt: string;
    readiness: ReadinessOutcome | null | undefined;
    ids: { submissionId: string; idempotencyKey: string };
  }): Preview | null {
    const identity = this.settings.identity;
    if (!this.consented || !identity) return null;
    const submission = buildSubmission({
      score: input.score,
      profile: input.profile,
      completedAt: input.completedAt,
      readiness: input.readiness,
      identity,
      ...input.ids,
      ...(this.settings.enrollmentCode ? { enrollmentCode: this.settings.enrollmentCode } : {}),
    });
    return submission ? { submission, text: serializeSubmission(submission) } : null;
  }

  /** Queues exactly the previewed text and asks the runner to send it now. */
  async send(preview: Preview, assessmentId: string) {
    if (!this.consented) throw new Error('sync is off');
    const at = nowIso();
    await addToOutbox({
      id: preview.submission.submissionId,
      kind: 'submission',
      organizationId: this.#id(),
      assessmentId,
      path: apiUrl.submissions(),
      method: 'POST',
      body: preview.text,
      status: 'queued',
      attempts: 0,
      nextAttemptAt: at,
      createdAt: at,
      period: preview.submission.period,
      questionnaireId: preview.submission.questionnaireId,
      version: preview.submission.version,
    });
    await outboxRunner.start();
  }

  /**
   * Withdrawal: sharing is turned off at once, anything not yet sent is cancelled, and a request to
   * delete the organization's rows is queued (it needs the secret, which is why it lives here).
   */
  async withdraw() {
    const id = this.#id();
    const identity = this.settings.identity;
    await this.optOut();
    if (!identity) return;
    const at = nowIso();
    await addToOutbox({
      id: crypto.randomUUID(),
      kind: 'withdrawal',
      organizationId: id,
      path: apiUrl.organization(identity.organizationKey),
      method: 'DELETE',
      body: JSON.stringify({ withdrawalSecret: identity.withdrawalSecret }),
      status: 'queued',
      attempts: 0,
      nextAttemptAt: at,
      createdAt: at,
    });
    await outboxRunner.start();
    // The identity is dropped once the server confirms (storage.markWithdrawn); read it back then.
    this.settings = await getSyncSettings(id);
  }

  async reload() {
    if (this.organizationId) this.settings = await getSyncSettings(this.organizationId);
  }

  /**
   * Fetches fresh peers for a period when sharing is on, the network is there and a submission of that
   * period was sent (otherwise the cache is all there is): those of the version family of `version`,
   * the version the assessment was made on. Watch them with `watchPeers`.
   */
  async refreshPeers(questionnaireId: string, version: string, period: string): Promise<void> {
    const sentThere = this.mine.some((r) => r.kind === 'submission' && r.status === 'sent' && r.period === period);
    if (this.consented && sentThere && navigator.onLine) await refreshPeers({ questionnaireId, version, period });
  }

  watchPeers(questionnaireId: string, version: string, period: string, onChange: (row: PeersRow | undefined) => void): () => void {
    return this.#watch(() => watchPeers(questionnaireId, version, period, onChange));
  }

  #id(): string {
    if (!this.organizationId) throw new Error('no organization selected');
    return this.organizationId;
  }
}
