/**
 * The /api/v1 endpoint through `app.request()`: every status code of every route, idempotency, the
 * rate limit, CORS, the admin session, and 10,000 random bodies that must neither crash it nor
 * change a row.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
import { CodeBatchSchema, OrganizationCodesSchema, PeerAggregatesSchema, PrivacyDetailsSchema, SectorAggregatesSchema } from '../../../src/core/sync-api.ts';
import { body, makeOrganization, makeSubmission, type TestOrganization } from '../../support/sync.ts';
import { findIpAddresses } from '../../support/ip-addresses.ts';
import { testLogFile } from '../../support/test-logs.ts';

// Every write here is a real commit to a database file (fsync): on a busy machine, seeding takes seconds.
vi.setConfig({ testTimeout: 30_000 });

const logLines: string[] = [];
const log = createLogger({ file: testLogFile('api-unit'), write: (line) => logLines.push(line) });
const ADMIN = { user: 'cqm', password: 'a long admin password' };
/** The server's clock in these tests: 2026-Q4 is open, and 2026-Q3 still takes submissions (its grace). */
const NOW = new Date('2026-10-15T12:00:00Z');

let db: Db;
const open: { close(): Promise<void> }[] = [];
/** The server's clock; `publish()` moves it past 2026-Q4's grace. */
let clock = NOW;
let current: ReturnType<typeof createEndpoint>;
function endpoint(settings: Partial<EndpointSettings> = {}) {
  clock = NOW;
  db = openDb(join(mkdtempSync(join(tmpdir(), 'diapason-api-')), 'api.sqlite'));
  const made = createEndpoint({ db, log, now: () => clock, settings: { rateLimitPerMinute: 0, accessLog: true, ...settings } });
  open.push(made);
  current = made;
  return made;
}

let app: ReturnType<typeof endpoint>['app'];

/** 2026-Q3 and 2026-Q4 close for good: the clock moves past Q4's grace and their snapshots are taken. */
async function publish(endpointToPublish = current) {
  clock = new Date('2027-02-15T12:00:00Z');
  return endpointToPublish.takeDueSnapshots();
}
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

describe('the privacy notice’s deployment settings', () => {
  it('GET /privacy.json, beside the app’s files, gives the deployment’s privacy contact, or null when none is set', async () => {
    const unset = await app.request('/privacy.json');
    expect(unset.status).toBe(200);
    expect(unset.headers.get('cache-control')).toBe('no-cache');
    expect(PrivacyDetailsSchema.parse(await unset.json())).toEqual({ contact: null });
    const contact = 'Marie Tremblay, responsable de la protection des renseignements personnels, vie-privee@cqm.example';
    const set = await endpoint({ privacyContact: contact }).app.request('/privacy.json');
    expect(PrivacyDetailsSchema.parse(await set.json())).toEqual({ contact });
  });
});

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
        '/admin/organization-codes',
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

describe('422: only what the bundled questionnaire files and the clock allow', () => {
  it('refuses a version, a dimension or a readiness outcome the bundled files do not have, and a quarter not open', async () => {
    const cases: [Partial<Submission>, string, string][] = [
      [{ questionnaireId: 'autre-questionnaire' }, 'unknown-questionnaire', '$.version'],
      [{ version: '1.9.0' }, 'unknown-questionnaire', '$.version'],
      [{ scores: { collecte: 2, inventee: 3 } }, 'unknown-dimension', '$.scores.inventee'],
      [{ period: '2026-Q2' }, 'period-not-accepted', '$.period'],
      [{ period: '2027-Q1' }, 'period-not-accepted', '$.period'],
      [{ period: '2099-Q4' }, 'period-not-accepted', '$.period'],
    ];
    for (const [override, error, path] of cases) {
      const res = await post(makeSubmission(override));
      expect(res.status, error).toBe(422);
      expect(await res.json()).toMatchObject({ error, issues: [{ path }] });
    }
    expect(count('submissions')).toBe(0);
    expect(count('organizations')).toBe(0);
    // The previous quarter during its grace, and the current one, are taken.
    expect((await post(makeSubmission({ period: '2026-Q3' }))).status).toBe(201);
    expect((await post(makeSubmission({ period: '2026-Q4' }))).status).toBe(201);
  });

  it('the invented-ids attack: 1,000 submissions naming invented dimensions, versions and quarters store nothing and grow nothing', async () => {
    const { app: attacked, store } = endpoint();
    app = attacked;
    const invented = fc.record({
      version: fc.constantFrom('1.0.0', '2.0.0', '1.0.1', '9.9.9', '0.0.1'),
      dimension: fc.constantFrom('collecte', 'x', 'dimension-inventee', 'usage-2'),
      year: fc.integer({ min: 2000, max: 2099 }),
      quarter: fc.integer({ min: 1, max: 4 }),
    }).filter(({ version, dimension, year, quarter }) => !(['1.0.0', '2.0.0'].includes(version) && ['collecte'].includes(dimension) && year === 2026 && quarter >= 3));
    const statuses = new Set<number>();
    for (const { version, dimension, year, quarter } of fc.sample(invented, 1000)) {
      const res = await post(makeSubmission({ version, period: `${year}-Q${quarter}`, scores: { [dimension]: 3 } }));
      statuses.add(res.status);
    }
    expect([...statuses]).toEqual([422]);
    expect(count('submissions')).toBe(0);
    expect(store.totals('cqm-maturite')).toEqual({ submissions: 0, organizations: 0 });
  });
});

describe('organization codes: one organization, one voice', () => {
  const signIn = async () => {
    const res = await app.request('/api/v1/admin/session', { method: 'POST', headers: json, body: JSON.stringify(ADMIN) });
    return res.headers.get('set-cookie')!.split(';')[0]!;
  };
  const makeCodes = async (cookie: string, count: number) => {
    const res = await app.request('/api/v1/admin/organization-codes', { method: 'POST', headers: { ...json, cookie }, body: JSON.stringify({ count }) });
    expect(res.status).toBe(201);
    return CodeBatchSchema.parse(await res.json());
  };

  it('staff make a batch of codes, shown once and stored only as hashes; each binds to the first key that uses it', async () => {
    app = endpoint({ admin: ADMIN, organizationCodes: true }).app;
    expect((await app.request('/api/v1/admin/organization-codes', { method: 'POST', headers: json, body: '{"count":3}' })).status).toBe(401);
    const cookie = await signIn();
    const { batch, codes } = await makeCodes(cookie, 3);
    expect(batch).toBe(1);
    expect(new Set(codes).size).toBe(3);
    expect(everythingStored()).not.toContain(codes[0]!.replace(/-/g, ''));
    expect(everythingStored()).not.toContain(codes[0]);

    const missing = await post(makeSubmission());
    expect([missing.status, await missing.json()]).toEqual([403, { error: 'enrollment-code-required' }]);
    const invented = await post(makeSubmission({ enrollmentCode: 'ABCD-EFGH-JKMN-PQRS' }));
    expect([invented.status, await invented.json()]).toEqual([403, { error: 'enrollment-code-invalid' }]);

    const org = makeOrganization();
    // Typed by hand, in lower case and without hyphens: the same code.
    expect((await post(makeSubmission({ enrollmentCode: codes[0]!.toLowerCase().replace(/-/g, '') }, org))).status).toBe(201);
    expect((await post(makeSubmission({ enrollmentCode: codes[0] }, org))).status).toBe(201);
    // The code cannot speak for a second key, and the key cannot take a second code.
    const second = await post(makeSubmission({ enrollmentCode: codes[0] }));
    expect([second.status, await second.json()]).toEqual([403, { error: 'enrollment-code-used' }]);
    expect((await post(makeSubmission({ enrollmentCode: codes[1] }, org))).status).toBe(403);
    expect(count('submissions')).toBe(2);

    const summary = await app.request('/api/v1/admin/organization-codes', { headers: { cookie } });
    expect(OrganizationCodesSchema.parse(await summary.json())).toEqual({ mode: 'codes', batches: [{ batch: 1, createdOn: '2026-10-15', issued: 3, used: 1 }] });

    // A withdrawal unlinks the code from the key; the code stays used.
    expect((await withdraw(org.organizationKey, { withdrawalSecret: org.withdrawalSecret })).status).toBe(200);
    expect(everythingStored()).not.toContain(org.organizationKey.slice(0, 8) + '","');
    expect(db.prepare('SELECT used, organization_key FROM organization_codes WHERE used = 1').all()).toEqual([{ used: 1, organization_key: null }]);
    expect((await post(makeSubmission({ enrollmentCode: codes[0] }))).status).toBe(403);
  });

  it('the sybil probe: one code brings in one organization, not ten', async () => {
    app = endpoint({ admin: ADMIN, organizationCodes: true }).app;
    const { codes } = await makeCodes(await signIn(), 1);
    const statuses = [];
    for (let i = 0; i < 10; i++) statuses.push((await post(makeSubmission({ enrollmentCode: codes[0] }))).status);
    expect(statuses).toEqual([201, ...Array(9).fill(403)]);
  });

  it('open mode (no setting): anyone submits, and the dashboard is told so', async () => {
    app = endpoint({ admin: ADMIN }).app;
    expect((await post(makeSubmission())).status).toBe(201);
    const summary = await app.request('/api/v1/admin/organization-codes', { headers: { cookie: await signIn() } });
    expect(OrganizationCodesSchema.parse(await summary.json())).toEqual({ mode: 'open', batches: [] });
  });

  it('400 for a batch of 0 or more than 500', async () => {
    app = endpoint({ admin: ADMIN }).app;
    const cookie = await signIn();
    for (const count of [0, 501, 2.5]) {
      const res = await app.request('/api/v1/admin/organization-codes', { method: 'POST', headers: { ...json, cookie }, body: JSON.stringify({ count }) });
      expect(res.status).toBe(400);
    }
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

  it('the same 404 for a wrong secret and for an unknown key, so the answer tells no one whether a key exists; nothing deleted', async () => {
    const wrong = await withdraw(org.organizationKey, { withdrawalSecret: makeOrganization().withdrawalSecret });
    const unknown = await withdraw(crypto.randomUUID(), { withdrawalSecret: org.withdrawalSecret });
    const answer = async (res: Response) => ({ status: res.status, headers: [...res.headers].filter(([k]) => k !== 'date'), body: await res.text() });
    expect(await answer(wrong)).toEqual(await answer(unknown));
    expect(wrong.status).toBe(404);
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
    await publish();
    const res = await app.request(peersUrl());
    expect(res.status).toBe(200);
    const text = await res.text();
    const aggregates = PeerAggregatesSchema.parse(JSON.parse(text));
    expect(aggregates).toMatchObject({ period: '2026-Q4', publishedPeriod: '2026-Q4', demonstration: false });
    expect(aggregates.cells.length).toBeGreaterThan(0);
    // Counts as bands only: 26 organizations are "20-49", never 26.
    expect(text).not.toMatch(/"n":/);
    // 26 in all, 22 producers: 26 − 22 = 4, so the producers' cell is suppressed; the 4 presenters too.
    expect(aggregates.cells.find((c) => Object.keys(c.filter).length === 0)).toMatchObject({ band: '20-49' });
    expect(aggregates.cells.some((c) => c.filter.role !== undefined)).toBe(false);
    // No key, id or hash of any stored row appears.
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|[0-9a-f]{64}/);
  });

  it('never publishes the open quarter; a closed one is computed once, at the end of its grace, and never changes', async () => {
    await seed(10, {}, () => 3);
    const url = peersUrl();
    const open = PeerAggregatesSchema.parse(await (await app.request(url)).json());
    expect(open).toMatchObject({ publishedPeriod: null, cells: [], readiness: [] });
    expect(await publish()).toBe(1);
    const before = await (await app.request(url)).text();
    expect(PeerAggregatesSchema.parse(JSON.parse(before)).cells).toHaveLength(1 + 4 + 6);
    // Taken once: asking again takes nothing.
    expect(await current.takeDueSnapshots()).toBe(0);
    // A later quarter's organization asks: it gets the newest closed quarter up to its own.
    expect(PeerAggregatesSchema.parse(await (await app.request(peersUrl('1.0.0', '2027-Q1'))).json())).toMatchObject({ period: '2027-Q1', publishedPeriod: '2026-Q4' });
    expect(PeerAggregatesSchema.parse(await (await app.request(peersUrl('1.0.0', '2026-Q3'))).json())).toMatchObject({ publishedPeriod: null, cells: [] });
    expect(await (await app.request(url)).text()).toBe(before);
  });

  it('the sybil probe with withdrawal: fakes added to a quarter and withdrawn leave no trace an attacker can read', async () => {
    // Twelve real organizations; the attacker adds ten fakes of known scores to their quarter.
    await seed(12, { role: 'producteur' }, (i) => 2 + (i % 3));
    const fakes = Array.from({ length: 10 }, () => makeOrganization());
    for (const fake of fakes) expect((await post(makeSubmission({ profile: { role: 'producteur' }, scores: { collecte: 5 } }, fake))).status).toBe(201);
    // While the quarter is open, nothing is published: the attacker has nothing to read.
    expect(PeerAggregatesSchema.parse(await (await app.request(peersUrl())).json()).cells).toEqual([]);
    // The fakes are withdrawn before the quarter closes: they are out of the snapshot, which is then fixed.
    for (const fake of fakes) expect((await withdraw(fake.organizationKey, { withdrawalSecret: fake.withdrawalSecret })).status).toBe(200);
    await publish();
    const published = await (await app.request(peersUrl())).text();
    const everyone = PeerAggregatesSchema.parse(JSON.parse(published)).cells.find((c) => Object.keys(c.filter).length === 0);
    expect(everyone).toMatchObject({ band: '10-19', median: 3 });
    // Withdrawn after the snapshot: the published figures stay as they were, and no new fake can get in.
    const late = makeOrganization();
    expect((await post(makeSubmission({ scores: { collecte: 5 } }, late))).status).toBe(422);
    await withdraw(fakes[0]!.organizationKey, { withdrawalSecret: fakes[0]!.withdrawalSecret });
    expect(await (await app.request(peersUrl())).text()).toBe(published);
  });

  it('200: only the family of the version asked for; versions whose scores compare are pooled, others never', async () => {
    // The bundled declarations: 2.0.0 declares its scores not comparable with 1.0.0.
    await seed(10, {}, () => 2, { version: '1.0.0' });
    await seed(12, {}, () => 4, { version: '2.0.0' });
    await publish();
    for (const [version, family, median] of [['1.0.0', '1.0.0', 2], ['2.0.0', '2.0.0', 4]] as const) {
      const res = await app.request(peersUrl(version));
      expect(res.status).toBe(200);
      const peers = PeerAggregatesSchema.parse(await res.json());
      expect(peers).toMatchObject({ version, family });
      expect(peers.cells.length).toBeGreaterThan(0);
      expect(peers.cells.every((c) => c.family === family && c.band === '10-19' && c.median === median)).toBe(true);
    }
    // A version no declaration knows is a family of its own: nothing to compare with yet.
    expect(PeerAggregatesSchema.parse(await (await app.request(peersUrl('9.0.0'))).json())).toMatchObject({ family: '9.0.0', cells: [], readiness: [] });

    // Declarations where 1.1.0 compares with 1.0.0: both are one family, one statistic over 20.
    const pooling = createEndpoint({
      db: openDb(':memory:'),
      log,
      now: () => clock,
      settings: { rateLimitPerMinute: 0 },
      bundled: {
        versions: ['1.0.0', '1.1.0'].map((version) => ({ questionnaireId: 'cqm-maturite', version, dimensions: ['collecte', 'usage'], readiness: true })),
        families: [{ questionnaireId: 'cqm-maturite', id: '1.0.0', versions: ['1.0.0', '1.1.0'] }],
      },
    });
    open.push(pooling);
    app = pooling.app;
    clock = NOW;
    await seed(10, {}, () => 2, { version: '1.0.0' });
    await seed(10, {}, () => 4, { version: '1.1.0' });
    await publish(pooling);
    const pooled = PeerAggregatesSchema.parse(await (await app.request(peersUrl('1.1.0'))).json());
    expect(pooled.family).toBe('1.0.0');
    expect(pooled.cells.find((c) => Object.keys(c.filter).length === 0)).toMatchObject({ family: '1.0.0', band: '20-49', median: 3 });
  });

  it('200: readiness of the family, by the same rules (10–19: the band only; 20+: the band and shares)', async () => {
    await seed(12, {}, () => 3, { version: '1.0.0', readiness: 'ready' });
    await seed(14, {}, () => 3, { version: '2.0.0', readiness: 'almost' });
    await seed(7, {}, () => 3, { version: '2.0.0', readiness: 'not-yet' });
    await seed(5, {}, () => 3, { version: '2.0.0' });
    await publish();
    const v1 = PeerAggregatesSchema.parse(await (await app.request(peersUrl('1.0.0'))).json());
    expect(v1.readiness.find((c) => Object.keys(c.filter).length === 0)).toEqual({ period: '2026-Q4', family: '1.0.0', filter: {}, band: '10-19' });
    const v2 = PeerAggregatesSchema.parse(await (await app.request(peersUrl('2.0.0'))).json());
    // 21 with an outcome (the 5 without one are not counted): 14/21 → 60 %, 7/21 → 40 %, in 20 % steps
    // under 50 organizations; the count as its band.
    expect(v2.readiness.find((c) => Object.keys(c.filter).length === 0)).toEqual({
      period: '2026-Q4',
      family: '2.0.0',
      filter: {},
      band: '20-49',
      shares: { 'not-yet': 40, almost: 60, ready: 0 },
    });
    expect(v2.cells.find((c) => Object.keys(c.filter).length === 0)).toMatchObject({ band: '20-49' });
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
    await publish();

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
      // Bundled and current, with no submission yet: staff still see it offered.
      { id: '3.0.0', versions: ['3.0.0'] },
    ]);
    const everyone = <C extends { period: string; family: string; filter: object }>(cells: C[], family: string) =>
      cells.find((c) => c.period === '2026-Q4' && c.family === family && Object.keys(c.filter).length === 0);
    // Exact counts for signed-in staff; shares in 20 % steps under 50 organizations (12/22 → 60 %, 10/22 → 40 %).
    expect(data.demonstration).toBe(false);
    expect(everyone(data.cells, '1.0.0')).toMatchObject({ n: 22, median: 2, stageShares: [0, 60, 0, 40, 0] });
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

  it('429 after 10 failed attempts a minute for one user name from one address, even with rate limits off', async () => {
    app = endpoint({ admin: ADMIN, rateLimitPerMinute: 0 }).app;
    for (let i = 0; i < 10; i++) expect((await login({ ...ADMIN, password: `guess ${i}` }, json, from('192.0.2.1'))).status).toBe(401);
    const limited = await login(ADMIN, json, from('192.0.2.1'));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another address, or another user name from the same address, is not held back.
    expect((await login(ADMIN, json, from('192.0.2.2'))).status).toBe(204);
    expect((await login({ ...ADMIN, user: 'autre' }, json, from('192.0.2.1'))).status).toBe(401);
  });

  it('counts failures only: staff signing in successfully behind one proxy address are never locked out, and a success starts afresh', async () => {
    app = endpoint({ admin: ADMIN, rateLimitPerMinute: 0 }).app;
    for (let i = 0; i < 30; i++) expect((await login(ADMIN, json, from('192.0.2.3'))).status).toBe(204);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 9; i++) expect((await login({ ...ADMIN, password: `typo ${i}` }, json, from('192.0.2.3'))).status).toBe(401);
      expect((await login(ADMIN, json, from('192.0.2.3'))).status).toBe(204);
    }
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

describe('a client that stops sending mid-body', () => {
  /** A request whose body stream breaks after its first bytes, as when a laptop loses its connection. */
  const cut = (path: string, method = 'POST') => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"format":1,"questionnaireId":"cqm-'));
      },
      pull(controller) {
        const error = new Error('aborted');
        (error as Error & { code: string }).code = 'ECONNRESET';
        controller.error(error);
      },
    });
    return app.request(path, { method, headers: { ...json, 'content-length': '600' }, body: stream, duplex: 'half' } as RequestInit);
  };

  it('is a client error (400), logged as information at most 10 lines a minute, never at error level', async () => {
    const before = logLines.length;
    for (let i = 0; i < 30; i++) {
      const res = await cut('/api/v1/submissions');
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: 'body-incomplete' });
    }
    expect((await cut(`/api/v1/organizations/${crypto.randomUUID()}`, 'DELETE')).status).toBe(400);
    const logged = logLines.slice(before);
    expect(logged.filter((l) => / error /.test(l))).toEqual([]);
    expect(logged.filter((l) => /stopped sending mid-body/.test(l))).toHaveLength(10);
    expect(count('submissions')).toBe(0);
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

  it('withdrawal deletes it with the secret only: 404 with another (as if there were none), 404 after, 400 for a malformed key', async () => {
    await raise(request());
    expect((await lower(request().requestKey, { withdrawalSecret: 'd'.repeat(43) })).status).toBe(404);
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
