/**
 * One organization's raised hand for CQM's next cohort, on the laptop side: the message is built
 * from what the person typed and the readiness result, shown exactly, sent only when asked; the key
 * and the withdrawal secret stay in this laptop's settings so the person can withdraw it later.
 */
import { cohortRequest, CohortRequestSchema, type CohortRequest } from '../../core/cohort.ts';
import { ApiErrorSchema } from '../../core/sync-api.ts';
import { apiUrl } from '../../core/api-paths.ts';
import { getSetting, putSetting } from '../storage/settings.ts';
import { canSync, newIdentity } from '../sync/identity.ts';
import { nowIso } from '../clock.ts';

export interface SentHand {
  requestKey: string;
  withdrawalSecret: string;
  sentAt: string;
  request: CohortRequest;
}

const key = (organizationId: string) => `cohortRequest:${organizationId}`;
const isSent = (v: unknown): v is SentHand =>
  !!v && typeof v === 'object' && typeof (v as SentHand).requestKey === 'string' && typeof (v as SentHand).withdrawalSecret === 'string' && typeof (v as SentHand).sentAt === 'string';

export type CohortFailure = 'offline' | 'refused' | 'rate-limited' | 'not-available';

export class CohortState {
  sent = $state<SentHand | undefined>();
  loaded = $state(false);
  busy = $state(false);
  failure = $state<CohortFailure | undefined>();
  /** The message shown before sending: the very text the request body will be. */
  preview = $state<{ body: string; secret: string } | undefined>();

  constructor(readonly organizationId: string) {}

  async load() {
    this.sent = await getSetting(key(this.organizationId), isSent);
    this.loaded = true;
  }

  /** Builds the message (a fresh key and secret, or the ones already used, so a resend replaces). */
  async prepare(fields: Omit<CohortRequest, 'requestKey' | 'withdrawalHash'>): Promise<void> {
    this.failure = undefined;
    if (!canSync()) {
      this.failure = 'not-available';
      return;
    }
    const identity = await newIdentity();
    const request = cohortRequest({ ...fields, requestKey: identity.organizationKey, withdrawalHash: identity.withdrawalHash });
    this.preview = { body: JSON.stringify(request, null, 2), secret: identity.withdrawalSecret };
  }

  cancel() {
    this.preview = undefined;
  }

  async send(): Promise<void> {
    const preview = this.preview;
    if (!preview || this.busy) return;
    this.busy = true;
    this.failure = undefined;
    try {
      const response = await fetch(apiUrl.cohortRequests(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: preview.body,
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
      });
      if (response.status !== 201) {
        this.failure = response.status === 429 ? 'rate-limited' : 'refused';
        return;
      }
      const request = CohortRequestSchema.parse(JSON.parse(preview.body));
      const sent: SentHand = { requestKey: request.requestKey, withdrawalSecret: preview.secret, sentAt: nowIso(), request };
      await putSetting(key(this.organizationId), sent);
      this.sent = sent;
      this.preview = undefined;
    } catch {
      this.failure = 'offline';
    } finally {
      this.busy = false;
    }
  }

  /** Withdraws the message; forgotten here once the server has deleted it (or never had it). */
  async withdraw(): Promise<boolean> {
    const sent = this.sent;
    if (!sent || this.busy) return false;
    this.busy = true;
    this.failure = undefined;
    try {
      const response = await fetch(apiUrl.cohortRequest(sent.requestKey), {
        method: 'DELETE',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ withdrawalSecret: sent.withdrawalSecret }),
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
      });
      if (response.status !== 200 && response.status !== 404) {
        const parsed = ApiErrorSchema.safeParse(await response.json().catch(() => undefined));
        this.failure = parsed.success && parsed.data.error === 'rate-limited' ? 'rate-limited' : 'refused';
        return false;
      }
      await putSetting(key(this.organizationId), null);
      this.sent = undefined;
      return true;
    } catch {
      this.failure = 'offline';
      return false;
    } finally {
      this.busy = false;
    }
  }
}
