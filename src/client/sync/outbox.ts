/**
 * Sends what the outbox holds to the app's own origin: a request stays queued until
 * the server acknowledges it (2xx) or refuses it for good (4xx other than 429); network errors, 5xx
 * and 429 are retried later, with a growing delay. The body sent is the stored string, untouched.
 *
 * Every send of a submission carries its idempotency key, so a retry after a lost acknowledgement
 * replays the first answer instead of storing a second row.
 */
import { apiUrl } from '../../core/api-paths.ts';
import { ApiErrorSchema, PeerAggregatesSchema } from '../../core/sync-api.ts';
import { markWithdrawn, putPeers, queuedOutbox, updateOutbox, type OutboxRow } from '../storage/sync.ts';

export interface OutboxDeps {
  fetch: typeof fetch;
  now: () => Date;
  random: () => number;
}

const defaults: OutboxDeps = {
  fetch: (...args) => globalThis.fetch(...args),
  now: () => new Date(),
  random: Math.random,
};

const FIRST_DELAY_MS = 5_000;
const MAX_DELAY_MS = 3_600_000;

/** The wait before attempt n + 1: 5 s, 10 s, 20 s… up to an hour, ±20 % so laptops do not retry in step. */
export function retryDelayMs(attempts: number, random: () => number = Math.random, retryAfterSeconds?: number): number {
  const base = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1));
  const jittered = Math.round(base * (0.8 + 0.4 * random()));
  return Math.max(jittered, (retryAfterSeconds ?? 0) * 1000);
}

export type Attempt =
  | { outcome: 'sent' }
  | { outcome: 'refused'; error: string }
  | { outcome: 'retry'; error: string; retryAfterSeconds?: number };

/** What one HTTP answer means for the outbox. A withdrawal of nothing (404) is done, not refused. */
export function classify(row: Pick<OutboxRow, 'kind'>, status: number, errorCode?: string, retryAfter?: string | null): Attempt {
  if (status >= 200 && status < 300) return { outcome: 'sent' };
  if (row.kind === 'withdrawal' && status === 404) return { outcome: 'sent' };
  if (status === 429 || status >= 500) {
    const seconds = retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) : undefined;
    return { outcome: 'retry', error: `http-${status}`, ...(seconds !== undefined ? { retryAfterSeconds: seconds } : {}) };
  }
  return { outcome: 'refused', error: errorCode ?? `http-${status}` };
}

async function attempt(row: OutboxRow, deps: OutboxDeps): Promise<Attempt> {
  let response: Response;
  try {
    response = await deps.fetch(row.path, {
      method: row.method,
      headers: { 'content-type': 'application/json' },
      body: row.body,
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
  } catch {
    return { outcome: 'retry', error: 'network' };
  }
  let code: string | undefined;
  if (!response.ok) {
    const parsed = ApiErrorSchema.safeParse(await response.json().catch(() => undefined));
    code = parsed.success ? parsed.data.error : undefined;
  }
  return classify(row, response.status, code, response.headers.get('retry-after'));
}

/**
 * One pass over the due rows (every queued row with `force`), oldest first. Returns when the next
 * queued row is due (ISO), if any, so the caller can come back then.
 */
export async function processOutbox(deps: OutboxDeps = defaults, { force = false } = {}): Promise<string | undefined> {
  for (const row of await queuedOutbox()) {
    if (!force && row.nextAttemptAt > deps.now().toISOString()) continue;
    const result = await attempt(row, deps);
    const at = deps.now();
    if (result.outcome === 'sent') {
      await updateOutbox(row.id, { status: 'sent', sentAt: at.toISOString(), attempts: row.attempts + 1, error: undefined });
      if (row.kind === 'withdrawal') await markWithdrawn(row.organizationId);
      else await refreshPeers(row, deps);
    } else if (result.outcome === 'refused') {
      await updateOutbox(row.id, { status: 'refused', attempts: row.attempts + 1, error: result.error });
    } else {
      const attempts = row.attempts + 1;
      const delay = retryDelayMs(attempts, deps.random, result.retryAfterSeconds);
      await updateOutbox(row.id, { attempts, error: result.error, nextAttemptAt: new Date(at.getTime() + delay).toISOString() });
      // Offline or the server is down: the rows behind this one would fail the same way.
      if (result.error === 'network') break;
    }
  }
  const waiting = await queuedOutbox();
  return waiting.map((r) => r.nextAttemptAt).sort()[0];
}

/**
 * The published cells of a submission's period and of its version's family, kept for offline use.
 * Failing to get them is not an error.
 */
export async function refreshPeers(
  row: Pick<OutboxRow, 'questionnaireId' | 'period' | 'version'>,
  deps: Pick<OutboxDeps, 'fetch' | 'now'> = defaults,
): Promise<boolean> {
  if (!row.questionnaireId || !row.period || !row.version) return false;
  const query = { questionnaireId: row.questionnaireId, version: row.version, period: row.period };
  try {
    const response = await deps.fetch(apiUrl.aggregates(query), { credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' });
    if (!response.ok) return false;
    const parsed = PeerAggregatesSchema.safeParse(await response.json());
    if (!parsed.success) return false;
    const { questionnaireId, version, family, period, publishedPeriod, demonstration, cells, readiness } = parsed.data;
    // An answer for another version or period than asked is not cached under this one's key.
    if (questionnaireId !== row.questionnaireId || version !== row.version || period !== row.period) return false;
    await putPeers({ questionnaireId, version, family, period, publishedPeriod, demonstration, cells, readiness, fetchedAt: deps.now().toISOString() });
    return true;
  } catch {
    return false;
  }
}
