import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, useDatabase } from '../../../src/client/storage/db.ts';
import {
  addToOutbox,
  getPeers,
  getSyncSettings,
  listOutbox,
  updateSyncSettings,
  type OutboxRow,
} from '../../../src/client/storage/sync.ts';
import { classify, processOutbox, refreshPeers, retryDelayMs, type OutboxDeps } from '../../../src/client/sync/outbox.ts';
import { body, makeOrganization, makeSubmission } from '../../support/sync.ts';

let dbName = 0;
beforeEach(() => {
  useDatabase(openDatabase(`outbox-${++dbName}`));
});

const NOW = new Date('2026-11-21T12:00:00.000Z');

function row(overrides: Partial<OutboxRow> = {}): OutboxRow {
  const submission = makeSubmission();
  return {
    id: submission.submissionId,
    kind: 'submission',
    organizationId: 'org-1',
    assessmentId: 'a-1',
    path: '/api/v1/submissions',
    method: 'POST',
    body: body(submission),
    status: 'queued',
    attempts: 0,
    nextAttemptAt: NOW.toISOString(),
    createdAt: NOW.toISOString(),
    period: '2026-Q4',
    questionnaireId: 'cqm-maturite',
    version: submission.version,
    ...overrides,
  };
}

interface Call {
  url: string;
  init: RequestInit | undefined;
}

/** A fake server: answers each call with the next response (or throws for 'offline'). */
function server(...answers: (Response | 'offline')[]): OutboxDeps & { calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    now: () => NOW,
    random: () => 0.5,
    fetch: async (input, init) => {
      calls.push({ url: String(input), init });
      const next = answers.shift() ?? new Response(JSON.stringify(peers()));
      if (next === 'offline') throw new TypeError('Failed to fetch');
      return next;
    },
  };
}

/** The endpoint's answer for peers of one version's family. */
const peers = (overrides: object = {}) => ({
  questionnaireId: 'cqm-maturite',
  version: '1.0.0',
  family: '1.0.0',
  period: '2026-Q4',
  publishedPeriod: '2026-Q3',
  demonstration: false,
  cells: [],
  readiness: [],
  ...overrides,
});

const json = (status: number, value: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('classify', () => {
  it('2xx is sent; 429 and 5xx are retried (with Retry-After); other 4xx are refused for good, with the reason', () => {
    expect(classify({ kind: 'submission' }, 201)).toEqual({ outcome: 'sent' });
    expect(classify({ kind: 'submission' }, 429, 'rate-limited', '30')).toEqual({ outcome: 'retry', error: 'http-429', retryAfterSeconds: 30 });
    expect(classify({ kind: 'submission' }, 503)).toEqual({ outcome: 'retry', error: 'http-503' });
    for (const [status, code] of [[400, 'invalid-body'], [403, 'enrollment-code-required'], [409, 'submission-exists'], [410, 'organization-withdrawn'], [422, 'idempotency-key-reused']] as const) {
      expect(classify({ kind: 'submission' }, status, code)).toEqual({ outcome: 'refused', error: code });
    }
    expect(classify({ kind: 'submission' }, 418)).toEqual({ outcome: 'refused', error: 'http-418' });
  });

  it('a withdrawal of nothing (404) is done, not refused', () => {
    expect(classify({ kind: 'withdrawal' }, 404, 'not-found')).toEqual({ outcome: 'sent' });
    expect(classify({ kind: 'submission' }, 404, 'not-found')).toEqual({ outcome: 'refused', error: 'not-found' });
  });
});

describe('retryDelayMs', () => {
  it('doubles from 5 s up to an hour, within ±20 %, and never retries before Retry-After', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, () => 0.5))).toEqual([5000, 10000, 20000, 40000]);
    expect(retryDelayMs(30, () => 0.5)).toBe(3_600_000);
    expect(retryDelayMs(1, () => 0)).toBe(4000);
    expect(retryDelayMs(1, () => 1)).toBe(6000);
    expect(retryDelayMs(1, () => 0.5, 120)).toBe(120_000);
  });
});

describe('processOutbox', () => {
  it('sends the stored body byte for byte, marks it sent, and caches the peers of its period and version family', async () => {
    const queued = row({ version: '2.0.0', body: body(makeSubmission({ version: '2.0.0' })) });
    await addToOutbox(queued);
    const fake = server(json(201, { status: 'stored' }), json(200, peers({ version: '2.0.0', family: '2.0.0' })));
    expect(await processOutbox(fake)).toBeUndefined();
    expect(fake.calls[0]).toMatchObject({ url: '/api/v1/submissions', init: { method: 'POST', body: queued.body, credentials: 'omit' } });
    expect(fake.calls[1]!.url).toBe('/api/v1/aggregates?questionnaireId=cqm-maturite&version=2.0.0&period=2026-Q4');
    expect((await listOutbox())[0]).toMatchObject({ status: 'sent', attempts: 1, sentAt: NOW.toISOString() });
    expect(await getPeers('cqm-maturite', '2.0.0', '2026-Q4')).toMatchObject({ family: '2.0.0', cells: [], fetchedAt: NOW.toISOString() });
    // Peers of another version are another cache entry.
    expect(await getPeers('cqm-maturite', '1.0.0', '2026-Q4')).toBeUndefined();
  });

  it('keeps a row queued after a network error, with a later retry, and stops the pass there', async () => {
    await addToOutbox(row({ createdAt: '2026-11-21T11:00:00.000Z' }));
    await addToOutbox(row());
    const fake = server('offline');
    const next = await processOutbox(fake);
    expect(fake.calls).toHaveLength(1);
    const rows = await listOutbox();
    expect(rows[0]).toMatchObject({ status: 'queued', attempts: 1, error: 'network', nextAttemptAt: '2026-11-21T12:00:05.000Z' });
    expect(rows[1]).toMatchObject({ status: 'queued', attempts: 0 });
    expect(next).toBe(NOW.toISOString());
  });

  it('waits for a row’s retry time, unless forced (the network came back)', async () => {
    await addToOutbox(row({ attempts: 1, nextAttemptAt: '2026-11-21T12:00:05.000Z' }));
    const waiting = server();
    expect(await processOutbox(waiting)).toBe('2026-11-21T12:00:05.000Z');
    expect(waiting.calls).toHaveLength(0);
    const forced = server(json(201, {}));
    await processOutbox(forced, { force: true });
    expect((await listOutbox())[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('retries 5xx and 429 (respecting Retry-After), and refuses other 4xx with the server’s reason', async () => {
    await addToOutbox(row({ id: 'a-row-0001', createdAt: '2026-11-21T10:00:00.000Z' }));
    await addToOutbox(row({ id: 'a-row-0002', createdAt: '2026-11-21T10:00:01.000Z' }));
    await addToOutbox(row({ id: 'a-row-0003', createdAt: '2026-11-21T10:00:02.000Z' }));
    await processOutbox(server(json(503, { error: 'internal' }), json(429, { error: 'rate-limited' }, { 'retry-after': '60' }), json(403, { error: 'enrollment-code-required' })));
    const [a, b, c] = await listOutbox();
    expect(a).toMatchObject({ status: 'queued', error: 'http-503', nextAttemptAt: '2026-11-21T12:00:05.000Z' });
    expect(b).toMatchObject({ status: 'queued', error: 'http-429', nextAttemptAt: '2026-11-21T12:01:00.000Z' });
    expect(c).toMatchObject({ status: 'refused', error: 'enrollment-code-required' });
  });

  it('after a confirmed withdrawal, marks sent submissions withdrawn, cancels queued ones and forgets the identity', async () => {
    const org = makeOrganization();
    await updateSyncSettings('org-1', () => ({ identity: org, consent: null }));
    await addToOutbox(row({ id: 'sent-0001', status: 'sent', createdAt: '2026-11-20T10:00:00.000Z' }));
    await addToOutbox(row({ id: 'queued-001', status: 'queued', nextAttemptAt: '2026-11-22T00:00:00.000Z', createdAt: '2026-11-20T11:00:00.000Z' }));
    await addToOutbox(
      row({ id: 'withdraw-1', kind: 'withdrawal', method: 'DELETE', path: `/api/v1/organizations/${org.organizationKey}`, body: JSON.stringify({ withdrawalSecret: org.withdrawalSecret }) }),
    );
    const fake = server(json(200, { status: 'withdrawn', deleted: 1 }));
    await processOutbox(fake);
    expect(fake.calls.map((c) => c.init?.method)).toEqual(['DELETE']);
    expect(Object.fromEntries((await listOutbox()).map((r) => [r.id, r.status]))).toEqual({
      'sent-0001': 'withdrawn',
      'queued-001': 'cancelled',
      'withdraw-1': 'sent',
    });
    expect(await getSyncSettings('org-1')).toEqual({ consent: null });
  });
});

describe('refreshPeers', () => {
  const ask = { questionnaireId: 'cqm-maturite', version: '1.0.0', period: '2026-Q4' };
  it('keeps what the server published, and ignores an answer it cannot trust', async () => {
    const cell = { period: '2026-Q3', family: '1.0.0', dimensionId: 'collecte', filter: {}, band: '10-19', median: 3.1 };
    const band = { period: '2026-Q3', family: '1.0.0', filter: {}, band: '10-19' };
    expect(await refreshPeers(ask, server(json(200, peers({ cells: [cell], readiness: [band] }))))).toBe(true);
    expect(await getPeers('cqm-maturite', '1.0.0', '2026-Q4')).toMatchObject({ cells: [cell], readiness: [band] });
    // A count that is not a band, or an exact count, is not something the public route may publish: refused, cache kept.
    expect(await refreshPeers(ask, server(json(200, peers({ cells: [{ ...cell, band: '3' }] }))))).toBe(false);
    expect(await refreshPeers(ask, server(json(200, peers({ cells: [{ ...cell, n: 12 }] }))))).toBe(false);
    expect(await refreshPeers(ask, server(json(200, peers({ readiness: [{ ...band, n: 15, shares: { 'not-yet': 0, almost: 0, ready: 100 } }] }))))).toBe(false);
    // An answer for another version than asked is not cached under this one.
    expect(await refreshPeers(ask, server(json(200, peers({ version: '2.0.0', family: '2.0.0' }))))).toBe(false);
    expect((await getPeers('cqm-maturite', '1.0.0', '2026-Q4'))?.cells).toEqual([cell]);
    expect(await refreshPeers(ask, server('offline'))).toBe(false);
    expect(await refreshPeers({ ...ask, version: undefined }, server(json(200, peers())))).toBe(false);
  });
});

describe('SyncState', () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

  it('follows the outbox while in use', async () => {
    const { SyncState } = await import('../../../src/client/state/sync.svelte.ts');
    const sync = new SyncState();
    await sync.load('org-1');
    await addToOutbox(row());
    await settle();
    expect(sync.outbox).toHaveLength(1);
    sync.destroy();
  });

  it('left before its first read finished (a screen closed at once), it starts no watch afterwards', async () => {
    const { SyncState } = await import('../../../src/client/state/sync.svelte.ts');
    const sync = new SyncState();
    const loading = sync.load('org-1');
    sync.destroy();
    await loading;
    await addToOutbox(row());
    await settle();
    expect(sync.outbox).toEqual([]);
    // Nor does a peers watch asked for later.
    let calls = 0;
    sync.watchPeers('cqm-maturite', '1.0.0', '2026-Q4', () => calls++);
    await settle();
    expect(calls).toBe(0);
  });
});
