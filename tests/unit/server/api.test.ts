/**
 * The /api/v1 endpoint through `app.request()`: every status code of every route, idempotency, the
 * rate limit, CORS, the admin session, and 10,000 random bodies that must neither crash it nor
 * change a row.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEndpoint, type EndpointSettings } from '../../../src/server/app.ts';
import { openDb, type Db } from '../../../src/server/db.ts';
import { createLogger } from '../../../src/server/log.ts';
import { Aggregates } from '../../../src/server/aggregates.ts';
import { SubmissionSchema, type Submission } from '../../../src/core/sync.ts';
import { PeerAggregatesSchema, SectorAggregatesSchema } from '../../../src/core/sync-api.ts';
import { body, makeOrganization, makeSubmission, type TestOrganization } from '../../support/sync.ts';
import { findIpAddresses } from '../../support/ip-addresses.ts';
import { testLogFile } from '../../support/test-logs.ts';

const logLines: string[] = [];
const log = createLogger({ file: testLogFile('api-unit'), write: (line) => logLines.push(line) });
const ADMIN = { user: 'cqm', password: 'a long admin password' };

let db: Db;
const open: { close(): Promise<void> }[] = [];
function endpoint(settings: Partial<EndpointSettings> = {}) {
  db = openDb(join(mkdtempSync(join(tmpdir(), 'diapason-api-')), 'api.sqlite'));
  const made = createEndpoint({ db, log, settings: { rateLimitPerMinute: 0, accessLog: true, ...settings } });
  open.push(made);
  return made;
}

let app: ReturnType<typeof endpoint>['app'];
beforeEach(() => {
  app = endpoint().app;
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((e) => e.close()));
});

afterAll(() => {
  // The log of every request above: it must hold no address, though the tests sent from several.
  expect(logLines.length).toBeGreaterThan(50);
  expect(findIpAddresses(logLines.join('\n'))).toEqual([]);
});

const json = { 'content-type': 'application/json' };
/** The Node adapter's bindings, as @hono/node-server passes them: what the rate limit reads the address from. */
const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

function post(submission: Submission | string, headers: Record<string, string> = json, env?: object) {
  return app.request('/api/v1/submissions', { method: 'POST', headers, body: typeof submission === 'string' ? submission : body(submission) }, env);
}

function withdraw(key: string, payload: unknown, headers: Record<string, string> = json) {
  return app.request(`/api/v1/organizations/${key}`, { method: 'DELETE', headers, body: typeof payload === 'string' ? payload : JSON.stringify(payload) });
}

const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** Every text value stored, in every table: to prove what is NOT stored. */
function everythingStored(): string {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  return tables.map(({ name }) => JSON.stringify(db.prepare(`SELECT * FROM ${name}`).all())).join('\n');
}

describe('GET /api/v1/health and /api/v1/openapi.json', () => {
  it('answer 200, with the security headers and no caching', async () => {
    const res = await app.request('/api/v1/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('documents every route, with the submission schema generated from zod (unknown fields refused)', async () => {
    const res = await app.request('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, { responses: object }>>; components: { schemas: Record<string, any> } };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/admin/aggregates',
        '/admin/cohort-requests',
        '/admin/session',
        '/aggregates',
        '/cohort-requests',
        '/cohort-requests/{requestKey}',
        '/health',
        '/openapi.json',
        '/organizations/{organizationKey}',
        '/submissions',
      ].sort(),
    );
    expect(Object.keys(doc.paths['/submissions']!.post!.responses)).toEqual(['201', '400', '403', '409', '410', '413', '415', '422', '429']);
    const submission = doc.components.schemas.Submission;
    expect(submission.additionalProperties).toBe(false);
    expect(submission.required).toEqual(expect.arrayContaining(['format', 'scores', 'profile', 'organizationKey', 'idempotencyKey']));
    expect(submission.properties.profile.properties).not.toHaveProperty('region');
    // Query parameters come from the schemas the routes parse with: the version is required.
    const parameters = (doc.paths['/aggregates']!.get as unknown as { parameters: { name: string; required: boolean }[] }).parameters;
    expect(parameters.map((p) => [p.name, p.required])).toEqual([
      ['questionnaireId', true],
      ['version', true],
      ['period', true],
    ]);
    expect(doc.components.schemas.PeerAggregates.required).toEqual(expect.arrayContaining(['family', 'cells', 'readiness']));
    expect(doc.components.schemas.SectorAggregates.required).toEqual(expect.arrayContaining(['families', 'cells', 'readiness']));
  });

  it('answers 404 for any other API path, logged as "(no route)", never by its path', async () => {
    const before = logLines.length;
    const res = await app.request('/api/v1/submissions/some-id');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'not-found' });
    const logged = logLines.slice(before).join('\n');
    expect(logged).toMatch(/GET \(no route\) 404/);
    expect(logged).not.toMatch(/some-id/);
  });

  it('keeps computed aggregates only for questionnaires with data: asking for any id grows nothing', async () => {
    const { store } = endpoint();
    const aggregates = new Aggregates(store, []);
    for (let i = 0; i < 50; i++) aggregates.of(`unknown-${i}`);
    expect(aggregates.cachedCount).toBe(0);
  });
});

describe('POST /api/v1/submissions', () => {
  it('201: stores the submission after its commit, with nothing identifying', async () => {
    const submission = makeSubmission({ readiness: 'almost' });
    const res = await post(submission);
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ status: 'stored', submissionId: submission.submissionId, period: '2026-Q4' });
    expect(db.prepare('SELECT period, role, size_band, region_group, discipline, scores, readiness FROM submissions').all()).toEqual([
      { period: '2026-Q4', role: 'producteur', size_band: '0-2', region_group: 'montreal', discipline: 'classique', scores: '{"collecte":3.2,"usage":2.5}', readiness: 'almost' },
    ]);
  });

  it('the same idempotency key and body replays the first response; with another body: 422', async () => {
    const submission = makeSubmission();
    const first = await post(submission);
    const again = await post(submission);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    const changed = await post({ ...submission, scores: { collecte: 4 } });
    expect(changed.status).toBe(422);
    expect(await changed.json()).toEqual({ error: 'idempotency-key-reused' });
    expect(count('submissions')).toBe(1);
  });

  it('50 identical concurrent requests make one row', async () => {
    const text = body(makeSubmission());
    const responses = await Promise.all(Array.from({ length: 50 }, () => post(text)));
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
    expect(responses.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(49);
    expect(count('submissions')).toBe(1);
  });

  it('409: the same submission id under another idempotency key, or a known organization key with another withdrawal hash', async () => {
    const org = makeOrganization();
    const submission = makeSubmission({}, org);
    await post(submission);
    const sameId = await post({ ...submission, idempotencyKey: crypto.randomUUID() });
    expect(sameId.status).toBe(409);
    expect(await sameId.json()).toEqual({ error: 'submission-exists' });
    const otherHash = await post(makeSubmission({ withdrawalHash: makeOrganization().withdrawalHash }, org));
    expect(otherHash.status).toBe(409);
    expect(await otherHash.json()).toEqual({ error: 'organization-key-conflict' });
    // A new submission of the same organization, same hash: a second row (the latest one counts).
    expect((await post(makeSubmission({ scores: { collecte: 4 } }, org))).status).toBe(201);
    expect(count('submissions')).toBe(2);
  });

  it('400: not JSON, or JSON that is not a submission (unknown fields refused), naming the paths, not the values', async () => {
    const notJson = await post('{"format":1,');
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({ error: 'invalid-json' });

    const submission = makeSubmission();
    const extra = await post(JSON.stringify({ ...submission, organizationName: 'Ensemble Aurore' }));
    expect(extra.status).toBe(400);
    const extraBody = await extra.json();
    expect(extraBody).toMatchObject({ error: 'invalid-body', issues: [{ path: '$', message: expect.stringContaining('organizationName') }] });
    expect(JSON.stringify(extraBody)).not.toContain('Ensemble Aurore');

    const region = await post(JSON.stringify({ ...submission, profile: { ...submission.profile, region: '06' } }));
    expect(region.status).toBe(400);
    const fine = await post(JSON.stringify({ ...submission, scores: { collecte: 3.25 } }));
    expect(await fine.json()).toMatchObject({ issues: [{ path: '$.scores.collecte' }] });
    expect(count('submissions')).toBe(0);
  });

  it('413 above 8 KB, before reading it', async () => {
    const big = JSON.stringify({ ...makeSubmission(), padding: 'x'.repeat(8 * 1024) });
    const res = await post(big);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: 'body-too-large' });
  });

  it('415 for a body that is not declared JSON', async () => {
    const submission = makeSubmission();
    for (const headers of [{ 'content-type': 'text/plain' }, { 'content-type': 'application/x-www-form-urlencoded' }, {}] as Record<string, string>[]) {
      const res = await post(submission, headers);
      expect(res.status).toBe(415);
      expect(await res.json()).toEqual({ error: 'unsupported-media-type' });
    }
    expect(count('submissions')).toBe(0);
  });

  it('403 without a valid enrollment code when codes are configured; the code itself is never stored', async () => {
    app = endpoint({ enrollmentCodes: ['CQM-2026-MEMBRES', 'PILOTE-17'] }).app;
    const missing = await post(makeSubmission());
    expect(missing.status).toBe(403);
    expect(await missing.json()).toEqual({ error: 'enrollment-code-required' });
    const wrong = await post(makeSubmission({ enrollmentCode: 'CQM-2025' }));
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toEqual({ error: 'enrollment-code-invalid' });
    expect((await post(makeSubmission({ enrollmentCode: 'PILOTE-17' }))).status).toBe(201);
    expect(everythingStored()).not.toContain('PILOTE-17');
  });

  it('410 for an organization that withdrew: a late retry cannot bring its data back', async () => {
    const org = makeOrganization();
    await post(makeSubmission({}, org));
    expect((await withdraw(org.organizationKey, { withdrawalSecret: org.withdrawalSecret })).status).toBe(200);
    const late = await post(makeSubmission({}, org));
    expect(late.status).toBe(410);
    expect(await late.json()).toEqual({ error: 'organization-withdrawn' });
    expect(count('submissions')).toBe(0);
  });

  it('429 past the rate limit, per client address, with Retry-After; no address is stored', async () => {
    app = endpoint({ rateLimitPerMinute: 2 }).app;
    const a = '203.0.113.7';
    expect((await post(makeSubmission(), json, from(a))).status).toBe(201);
    expect((await post(makeSubmission(), json, from(a))).status).toBe(201);
    const limited = await post(makeSubmission(), json, from(a));
    expect(limited.status).toBe(429);
    expect(await limited.json()).toEqual({ error: 'rate-limited' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another client is not held back by the first one.
    expect((await post(makeSubmission(), json, from('2001:db8::42'))).status).toBe(201);
    expect(findIpAddresses(everythingStored())).toEqual([]);
  });
});

describe('DELETE /api/v1/organizations/{organizationKey}', () => {
  let org: TestOrganization;
  beforeEach(async () => {
    org = makeOrganization();
    await post(makeSubmission({}, org));
    await post(makeSubmission({ period: '2026-Q3' }, org));
    await post(makeSubmission()); // another organization, which stays
  });

  it('200: deletes every submission and idempotency record of the organization, and only those', async () => {
    const res = await withdraw(org.organizationKey, { withdrawalSecret: org.withdrawalSecret });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'withdrawn', deleted: 2 });
    expect(count('submissions')).toBe(1);
    expect(count('idempotency_keys')).toBe(1);
    expect(everythingStored()).not.toContain(org.withdrawalHash);
  });

  it('403 with the wrong secret, 404 for an unknown key; nothing deleted', async () => {
    const wrong = await withdraw(org.organizationKey, { withdrawalSecret: makeOrganization().withdrawalSecret });
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toEqual({ error: 'wrong-secret' });
    const unknown = await withdraw(crypto.randomUUID(), { withdrawalSecret: org.withdrawalSecret });
    expect(unknown.status).toBe(404);
    expect(count('submissions')).toBe(3);
  });

  it('400 for a malformed key or body, 415 for a body not declared JSON, 413 for a large one', async () => {
    expect((await withdraw('not-a-key', { withdrawalSecret: org.withdrawalSecret })).status).toBe(400);
    expect((await withdraw(org.organizationKey, { secret: org.withdrawalSecret })).status).toBe(400);
    expect((await withdraw(org.organizationKey, '{')).status).toBe(400);
    expect((await withdraw(org.organizationKey, { withdrawalSecret: org.withdrawalSecret }, { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await withdraw(org.organizationKey, { withdrawalSecret: 'x'.repeat(2000) })).status).toBe(413);
    expect(count('submissions')).toBe(3);
  });

  it('429 past the rate limit', async () => {
    app = endpoint({ rateLimitPerMinute: 1 }).app;
    const key = crypto.randomUUID();
    expect((await app.request(`/api/v1/organizations/${key}`, { method: 'DELETE', headers: json, body: '{}' }, from('198.51.100.1'))).status).toBe(400);
    expect((await app.request(`/api/v1/organizations/${key}`, { method: 'DELETE', headers: json, body: '{}' }, from('198.51.100.1'))).status).toBe(429);
  });
});

/** n organizations, each with its own key, sharing a profile and scores from `score(i)`. */
async function seed(n: number, profile: Partial<Submission['profile']>, score: (i: number) => number, extra: Partial<Omit<Submission, 'profile'>> = {}) {
  for (let i = 0; i < n; i++) expect((await post(makeSubmission({ profile, scores: { collecte: score(i) }, ...extra }))).status).toBe(201);
}

const peersUrl = (version = '1.0.0', period = '2026-Q4') => `/api/v1/aggregates?questionnaireId=cqm-maturite&version=${version}&period=${period}`;

describe('GET /api/v1/aggregates', () => {
  it('200: only the cells that pass the disclosure rules, never a stored row', async () => {
    await seed(22, { role: 'producteur' }, (i) => 1 + (i % 5));
    await seed(4, { role: 'diffuseur' }, () => 2);
    const res = await app.request(peersUrl());
    expect(res.status).toBe(200);
    const text = await res.text();
    const aggregates = PeerAggregatesSchema.parse(JSON.parse(text));
    expect(aggregates.cells.length).toBeGreaterThan(0);
    expect(aggregates.cells.every((c) => c.n >= 10)).toBe(true);
    // 26 in all, 22 producers: 26 − 22 = 4, so the producers' cell is suppressed; the 4 presenters too.
    expect(aggregates.cells.find((c) => Object.keys(c.filter).length === 0)).toMatchObject({ n: 26 });
    expect(aggregates.cells.some((c) => c.filter.role !== undefined)).toBe(false);
    // No key, id or hash of any stored row appears.
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|[0-9a-f]{64}/);
  });

  it('sees a new submission at once', async () => {
    await seed(9, {}, () => 3);
    const url = peersUrl();
    expect(((await (await app.request(url)).json()) as { cells: [] }).cells).toEqual([]);
    await seed(1, {}, () => 3);
    expect(((await (await app.request(url)).json()) as { cells: [] }).cells).toHaveLength(1 + 4 + 6);
  });

  it('200: only the family of the version asked for; versions whose scores compare are pooled, others never', async () => {
    // The bundled declarations: 2.0.0 declares its scores not comparable with 1.0.0.
    await seed(10, {}, () => 2, { version: '1.0.0' });
    await seed(12, {}, () => 4, { version: '2.0.0' });
    for (const [version, family, n, median] of [['1.0.0', '1.0.0', 10, 2], ['2.0.0', '2.0.0', 12, 4]] as const) {
      const res = await app.request(peersUrl(version));
      expect(res.status).toBe(200);
      const peers = PeerAggregatesSchema.parse(await res.json());
      expect(peers).toMatchObject({ version, family });
      expect(peers.cells.length).toBeGreaterThan(0);
      expect(peers.cells.every((c) => c.family === family && c.n === n && c.median === median)).toBe(true);
    }
    // A version no declaration knows is a family of its own: nothing to compare with yet.
    expect(PeerAggregatesSchema.parse(await (await app.request(peersUrl('9.0.0'))).json())).toMatchObject({ family: '9.0.0', cells: [], readiness: [] });

    // Declarations where 1.1.0 compares with 1.0.0: both are one family, one statistic over 20.
    const pooling = createEndpoint({
      db: openDb(':memory:'),
      log,
      settings: { rateLimitPerMinute: 0 },
      families: [{ questionnaireId: 'cqm-maturite', id: '1.0.0', versions: ['1.0.0', '1.1.0'] }],
    });
    open.push(pooling);
    app = pooling.app;
    await seed(10, {}, () => 2, { version: '1.0.0' });
    await seed(10, {}, () => 4, { version: '1.1.0' });
    const pooled = PeerAggregatesSchema.parse(await (await app.request(peersUrl('1.1.0'))).json());
    expect(pooled.family).toBe('1.0.0');
    expect(pooled.cells.find((c) => Object.keys(c.filter).length === 0)).toMatchObject({ family: '1.0.0', n: 20, median: 3 });
  });

  it('200: readiness of the family, by the same rules (10–19: the band only; 20+: n and shares to 5 %)', async () => {
    await seed(12, {}, () => 3, { version: '1.0.0', readiness: 'ready' });
    await seed(14, {}, () => 3, { version: '2.0.0', readiness: 'almost' });
    await seed(7, {}, () => 3, { version: '2.0.0', readiness: 'not-yet' });
    await seed(5, {}, () => 3, { version: '2.0.0' });
    const v1 = PeerAggregatesSchema.parse(await (await app.request(peersUrl('1.0.0'))).json());
    expect(v1.readiness.find((c) => Object.keys(c.filter).length === 0)).toEqual({ period: '2026-Q4', family: '1.0.0', filter: {}, band: '10-19' });
    const v2 = PeerAggregatesSchema.parse(await (await app.request(peersUrl('2.0.0'))).json());
    // 21 with an outcome (the 5 without one are not counted): 14/21 → 65 %, 7/21 → 35 %.
    expect(v2.readiness.find((c) => Object.keys(c.filter).length === 0)).toEqual({
      period: '2026-Q4',
      family: '2.0.0',
      filter: {},
      n: 21,
      shares: { 'not-yet': 35, almost: 65, ready: 0 },
    });
    expect(v2.cells.find((c) => Object.keys(c.filter).length === 0)).toMatchObject({ n: 26 });
  });

  it('400 without a questionnaire, version and period, or with a query it does not know', async () => {
    for (const query of [
      '',
      '?questionnaireId=cqm-maturite',
      '?questionnaireId=cqm-maturite&period=2026-Q4',
      '?questionnaireId=cqm-maturite&version=1.0&period=2026-Q4',
      '?questionnaireId=cqm-maturite&version=1.0.0&period=2026-Q5',
      '?questionnaireId=cqm-maturite&version=1.0.0&period=2026-Q4&role=producteur',
      '?questionnaireId=cqm-maturite&version=1.0.0&period=2026-Q4&family=1.0.0',
    ]) {
      const res = await app.request(`/api/v1/aggregates${query}`);
      expect(res.status, query).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'invalid-query' });
    }
  });

  it('429 past its rate limit (ten times the submissions’ one)', async () => {
    app = endpoint({ rateLimitPerMinute: 1 }).app;
    const url = peersUrl();
    for (let i = 0; i < 10; i++) expect((await app.request(url, {}, from('192.0.2.9'))).status).toBe(200);
    expect((await app.request(url, {}, from('192.0.2.9'))).status).toBe(429);
  });
});

describe('the admin session and GET /api/v1/admin/aggregates', () => {
  const login = (credentials: unknown, headers: Record<string, string> = json, env?: object) =>
    app.request('/api/v1/admin/session', { method: 'POST', headers, body: JSON.stringify(credentials) }, env);
  const sector = (cookie?: string) =>
    app.request('/api/v1/admin/aggregates?questionnaireId=cqm-maturite', { headers: cookie ? { cookie } : {} });

  it('404 when no admin password is configured', async () => {
    const res = await login(ADMIN);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'admin-disabled' });
  });

  it('204 and an HttpOnly SameSite=Strict cookie for the right credentials; the aggregates of every period need it', async () => {
    app = endpoint({ admin: ADMIN }).app;
    await seed(12, {}, () => 2, { readiness: 'ready' });
    await seed(10, {}, () => 4).then(() => undefined);
    await post(makeSubmission({ period: '2026-Q3' }));
    await seed(10, {}, () => 5, { version: '2.0.0', readiness: 'almost' });

    expect((await sector()).status).toBe(401);
    const res = await login(ADMIN);
    expect(res.status).toBe(204);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^diapason_admin=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\/api\/v1\/admin/);
    const cookie = setCookie.split(';')[0]!;

    const session = await app.request('/api/v1/admin/session', { headers: { cookie } });
    expect(session.status).toBe(200);
    expect(await session.json()).toEqual({ signedIn: true });
    const aggregates = await sector(cookie);
    expect(aggregates.status).toBe(200);
    const data = SectorAggregatesSchema.parse(await aggregates.json());
    expect(data.totals).toEqual({ submissions: 33, organizations: 33 });
    expect(data.periods).toEqual(['2026-Q3', '2026-Q4']);
    expect(data.families).toEqual([
      { id: '1.0.0', versions: ['1.0.0'] },
      { id: '2.0.0', versions: ['2.0.0'] },
    ]);
    const everyone = <C extends { period: string; family: string; filter: object }>(cells: C[], family: string) =>
      cells.find((c) => c.period === '2026-Q4' && c.family === family && Object.keys(c.filter).length === 0);
    expect(everyone(data.cells, '1.0.0')).toMatchObject({ n: 22, median: 2, stageShares: [0, 55, 0, 45, 0] });
    expect(everyone(data.cells, '2.0.0')).toMatchObject({ n: 10, median: 5 });
    expect(everyone(data.readiness, '1.0.0')).toEqual({ period: '2026-Q4', family: '1.0.0', filter: {}, band: '10-19' });
    expect(everyone(data.readiness, '2.0.0')).toEqual({ period: '2026-Q4', family: '2.0.0', filter: {}, band: '10-19' });
    expect(data.cells.some((c) => c.period === '2026-Q3')).toBe(false);

    expect((await app.request('/api/v1/admin/aggregates', { headers: { cookie } })).status).toBe(400);
    const logout = await app.request('/api/v1/admin/session', { method: 'DELETE', headers: { cookie } });
    expect(logout.status).toBe(204);
    expect((await sector(cookie)).status).toBe(401);
    expect(await (await app.request('/api/v1/admin/session', { headers: { cookie } })).json()).toEqual({ signedIn: false });
  });

  it('401 for wrong credentials, 400 for a malformed body, 415 for a body not declared JSON, 413 for a large one', async () => {
    app = endpoint({ admin: ADMIN }).app;
    expect((await login({ ...ADMIN, password: 'guess' })).status).toBe(401);
    expect((await login({ user: 'admin', password: ADMIN.password })).status).toBe(401);
    expect((await login({ user: ADMIN.user })).status).toBe(400);
    expect((await login(ADMIN, { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await login({ ...ADMIN, password: 'x'.repeat(2000) })).status).toBe(413);
    expect((await sector('diapason_admin=forged')).status).toBe(401);
  });

  it('429 after 10 attempts a minute from one address, even with rate limits off', async () => {
    app = endpoint({ admin: ADMIN, rateLimitPerMinute: 0 }).app;
    for (let i = 0; i < 10; i++) expect((await login({ ...ADMIN, password: `guess ${i}` }, json, from('192.0.2.1'))).status).toBe(401);
    expect((await login(ADMIN, json, from('192.0.2.1'))).status).toBe(429);
  });
});

describe('CORS', () => {
  it('is allowed for the configured app origin only', async () => {
    app = endpoint({ allowedOrigins: ['https://diapason.example.org'] }).app;
    const preflight = (origin: string) =>
      app.request('/api/v1/submissions', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    const ok = await preflight('https://diapason.example.org');
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://diapason.example.org');
    expect(ok.headers.get('access-control-allow-methods')).toBe('GET, POST, DELETE');
    const other = await preflight('https://evil.example');
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();

    const get = (origin: string) => app.request('/api/v1/health', { headers: { origin } });
    expect((await get('https://diapason.example.org')).headers.get('access-control-allow-origin')).toBe('https://diapason.example.org');
    expect((await get('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('with no origin configured, nothing is allowed cross-origin', async () => {
    const res = await app.request('/api/v1/aggregates', { method: 'OPTIONS', headers: { origin: 'http://localhost:5173' } });
    expect(res.status).toBe(403);
  });
});

describe('500', () => {
  it('says "internal" and logs the route pattern and message only', async () => {
    // Once the writer is up (one write went through), break the database under it.
    expect((await post(makeSubmission())).status).toBe(201);
    db.exec('DROP TABLE idempotency_keys');
    const before = logLines.length;
    const res = await post(makeSubmission());
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: 'internal' });
    const logged = logLines.slice(before).join('\n');
    expect(logged).toMatch(/error POST \/api\/v1\/submissions failed: no such table: idempotency_keys/);
    expect(logged).not.toMatch(/organizationKey|scores/);
  });
});

describe('10,000 random bodies', () => {
  it('give no 5xx and change no row', async () => {
    app = endpoint({ admin: ADMIN }).app;
    const org = makeOrganization();
    await post(makeSubmission({}, org));
    await seed(3, {}, () => 2);
    const stored = everythingStored();
    const valid = JSON.parse(body(makeSubmission())) as Record<string, unknown>;
    const keys = Object.keys(valid);

    // Near misses of a valid submission: a field dropped, added, or given another value.
    const nearMiss = fc.oneof(
      fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== k))),
      fc.tuple(fc.string({ maxLength: 20 }), fc.jsonValue({ maxDepth: 2 })).map(([k, v]) => ({ ...valid, [k]: v })),
      fc.tuple(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 })).map(([k, v]) => ({ ...valid, [k]: v })),
      fc.tuple(fc.constantFrom('role', 'sizeBand', 'regionGroup', 'discipline', 'region'), fc.jsonValue({ maxDepth: 1 })).map(([k, v]) => ({
        ...valid,
        profile: { ...(valid.profile as object), [k]: v },
      })),
      fc.dictionary(fc.string({ maxLength: 12 }), fc.oneof(fc.double(), fc.integer(), fc.string())).map((scores) => ({ ...valid, scores })),
    ).map((value) => JSON.stringify(value));

    const anyText = fc.oneof(
      fc.json({ maxDepth: 4 }),
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.uint8Array({ maxLength: 300 }).map((bytes) => new TextDecoder().decode(bytes)),
      fc.constant(''),
      fc.constant('x'.repeat(9000)),
    );

    const request = fc.record({
      route: fc.constantFrom('submit', 'submit', 'submit', 'withdraw-known', 'withdraw-random', 'login'),
      text: fc.oneof({ arbitrary: nearMiss, weight: 3 }, { arbitrary: anyText, weight: 2 }),
      contentType: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'APPLICATION/JSON', undefined),
    });

    let sent = 0;
    await fc.assert(
      fc.asyncProperty(request, async ({ route, text, contentType }) => {
        if (route === 'submit') {
          // A random body that happens to be a valid submission would rightly be stored: not one of these.
          let parsed: unknown;
          try {
            parsed = JSON.parse(text);
          } catch {
            parsed = undefined;
          }
          fc.pre(!SubmissionSchema.safeParse(parsed).success);
        }
        const path =
          route === 'submit' ? '/api/v1/submissions'
          : route === 'withdraw-known' ? `/api/v1/organizations/${org.organizationKey}`
          : route === 'withdraw-random' ? `/api/v1/organizations/${crypto.randomUUID()}`
          : '/api/v1/admin/session';
        const method = route.startsWith('withdraw') ? 'DELETE' : 'POST';
        // Each from its own address, so the login limit does not hide what the parser would do.
        const address = `10.${(sent >> 16) & 255}.${(sent >> 8) & 255}.${sent & 255}`;
        const res = await app.request(path, { method, headers: contentType ? { 'content-type': contentType } : {}, body: text }, from(address));
        sent++;
        expect(res.status).toBeLessThan(500);
        expect(res.status).toBeGreaterThanOrEqual(400);
      }),
      { numRuns: 10_000 },
    );
    expect(sent).toBeGreaterThanOrEqual(9_900);
    expect(everythingStored()).toBe(stored);
  }, 120_000);
});

describe('cohort requests: a raised hand, kept apart, listed for CQM staff, withdrawn by the laptop', () => {
  const secret = 'c'.repeat(43);
  const request = (over: Record<string, unknown> = {}) => ({
    requestKey: '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f',
    withdrawalHash: createHash('sha256').update(secret).digest('hex'),
    organizationName: 'Ensemble Aurore',
    contactName: 'Marie Tremblay',
    contactEmail: 'marie@aurore.example',
    readiness: 'almost',
    missing: ['provenance-publics'],
    questionnaireId: 'cqm-maturite',
    version: '1.0.0',
    ...over,
  });
  const raise = (payload: unknown, headers: Record<string, string> = json, env?: object) =>
    app.request('/api/v1/cohort-requests', { method: 'POST', headers, body: typeof payload === 'string' ? payload : JSON.stringify(payload) }, env);
  const lower = (key: string, payload: unknown) =>
    app.request(`/api/v1/cohort-requests/${key}`, { method: 'DELETE', headers: json, body: JSON.stringify(payload) });
  const signIn = async () => {
    const res = await app.request('/api/v1/admin/session', { method: 'POST', headers: json, body: JSON.stringify(ADMIN) });
    return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  };

  it('stores the message in its own table, never among the submissions; staff see it once signed in', async () => {
    app = endpoint({ admin: ADMIN }).app;
    expect((await raise(request())).status).toBe(201);
    expect(count('cohort_requests')).toBe(1);
    expect(count('submissions')).toBe(0);
    expect((await app.request('/api/v1/admin/cohort-requests')).status).toBe(401);
    const list = await app.request('/api/v1/admin/cohort-requests', { headers: { cookie: await signIn() } });
    expect(list.status).toBe(200);
    const { requests } = (await list.json()) as { requests: Record<string, unknown>[] };
    expect(requests).toEqual([
      {
        organizationName: 'Ensemble Aurore',
        contactName: 'Marie Tremblay',
        contactEmail: 'marie@aurore.example',
        readiness: 'almost',
        missing: ['provenance-publics'],
        questionnaireId: 'cqm-maturite',
        version: '1.0.0',
        receivedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
    ]);
    // Neither the key nor the hash leaves again.
    expect(JSON.stringify(requests)).not.toContain(request().withdrawalHash);
  });

  it('refuses what is not the message: unknown fields, a "not yet" outcome, a bad email, not JSON, too large', async () => {
    expect((await raise(request({ scores: { collecte: 3 } }))).status).toBe(400);
    expect((await raise(request({ readiness: 'not-yet' }))).status).toBe(400);
    expect((await raise(request({ contactEmail: 'marie at aurore' }))).status).toBe(400);
    expect((await raise('{', json)).status).toBe(400);
    expect((await raise(request(), { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await raise(request({ organizationName: 'x'.repeat(3000) }))).status).toBe(413);
    expect(count('cohort_requests')).toBe(0);
  });

  it('the same laptop may send again (replaces); another hash under the same key is refused', async () => {
    expect((await raise(request())).status).toBe(201);
    expect((await raise(request({ contactName: 'Luc Gagnon' }))).status).toBe(201);
    expect((await raise(request({ withdrawalHash: 'f'.repeat(64) }))).status).toBe(409);
    expect(count('cohort_requests')).toBe(1);
    expect(db.prepare('SELECT contact_name FROM cohort_requests').get()).toEqual({ contact_name: 'Luc Gagnon' });
  });

  it('withdrawal deletes it with the secret only: 403 with another, 404 after, 400 for a malformed key', async () => {
    await raise(request());
    expect((await lower(request().requestKey, { withdrawalSecret: 'd'.repeat(43) })).status).toBe(403);
    expect(count('cohort_requests')).toBe(1);
    expect((await lower(request().requestKey, { withdrawalSecret: secret })).status).toBe(200);
    expect(count('cohort_requests')).toBe(0);
    expect((await lower(request().requestKey, { withdrawalSecret: secret })).status).toBe(404);
    expect((await lower('not-a-key', { withdrawalSecret: secret })).status).toBe(400);
  });

  it('is rate limited like submissions', async () => {
    app = endpoint({ rateLimitPerMinute: 3 }).app;
    for (let i = 0; i < 3; i++) expect((await raise(request(), json, from('192.0.2.44'))).status).toBe(201);
    expect((await raise(request(), json, from('192.0.2.44'))).status).toBe(429);
  });

  it('is documented in the OpenAPI document', async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, unknown>; components: { schemas: Record<string, any> } };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/cohort-requests', '/cohort-requests/{requestKey}', '/admin/cohort-requests']));
    expect(doc.components.schemas.CohortRequest.additionalProperties).toBe(false);
  });
});
