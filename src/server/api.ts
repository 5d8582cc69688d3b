/**
 * /api/v1: the CQM aggregate endpoint. Every body and query is parsed by core's zod schemas before
 * anything else sees it; only aggregates that pass core's disclosure rules ever leave; no route
 * returns a stored row.
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { z } from 'zod/mini';
import { refusalOf, type BundledVersion } from '../core/acceptance.ts';
import { publicCell, publicReadinessCell } from '../core/disclosure.ts';
import { ROUTES } from '../core/api-paths.ts';
import { CODE_LENGTH, CodeBatchRequestSchema, formatOrganizationCode, normalizeOrganizationCode } from '../core/organization-codes.ts';
import { randomBytes } from 'node:crypto';
import { MAX_BODY_BYTES, RandomIdSchema, SubmissionSchema, WithdrawalSchema } from '../core/sync.ts';
import {
  AdminLoginSchema,
  AggregatesQuerySchema,
  SectorQuerySchema,
  type ApiErrorCode,
  type CodeBatch,
  type OrganizationCodes,
  type PeerAggregates,
  type SectorAggregates,
} from '../core/sync-api.ts';
import { AdminSessions, SESSION_COOKIE, SESSION_PATH } from './admin.ts';
import type { Aggregates } from './aggregates.ts';
import type { Logger } from './log.ts';
import { openApiDocument } from './openapi.ts';
import { mountCohortRoutes } from './cohort.ts';
import type { RateLimiter } from './rate-limit.ts';
import { sha256Hex, type Store } from './store.ts';
import type { Writer } from './writer.ts';

export interface ApiDeps {
  store: Store;
  writer: Writer;
  aggregates: Aggregates;
  limiter: RateLimiter;
  admin: AdminSessions;
  log: Logger;
  version: string;
  /** Whether each submission needs an organization code (else: open mode). */
  organizationCodes: boolean;
  /** Submissions per minute per client address; 0: no limits (benchmarks, tests). */
  rateLimitPerMinute: number;
  trustProxy: boolean;
  allowedOrigins: readonly string[];
  accessLog: boolean;
  /** The versions a submission may name (the bundled questionnaire files). */
  bundled: readonly BundledVersion[];
  /** Where client-caused events (aborted bodies) are logged: rate-limited, information level. */
  clientEvents: (message: string) => void;
  /** The server's clock: which quarters take submissions; its UTC date is the only time kept (idempotency records). */
  now: () => Date;
}

/** Reading aggregates is cheap once computed; allow more of it than writing. */
const READS_PER_SUBMISSION = 10;

type Status = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429;

/** Failed sign-ins allowed per minute for one user name from one address; a success starts afresh. */
const LOGIN_FAILURES_PER_MINUTE = 10;

function fail(c: Context, status: Status, error: ApiErrorCode, issues?: { path: string; message: string }[]) {
  return c.json(issues ? { error, issues } : { error }, status);
}

/** Paths and messages of what did not match: never the values, which would echo a body back. */
function issuesOf(error: z.core.$ZodError): { path: string; message: string }[] {
  return error.issues.slice(0, 20).map((issue) => ({
    path: ['$', ...issue.path.map(String)].join('.'),
    message: issue.code === 'unrecognized_keys' ? `unknown field(s): ${(issue as { keys: string[] }).keys.join(', ')}` : issue.message,
  }));
}

function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    // The proxy appends the address it saw: the last entry is the one no client can forge.
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket.
    return 'unknown';
  }
}

type Parsed<T> = { ok: true; data: T; raw: string } | { ok: false; response: Response };

const isJson = (c: Context) => /^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? '');

/**
 * Whether an error is a client that went away mid-request (the socket closed, the body stream cut):
 * a client's doing, answered 400 and logged as information, never as a server error.
 */
export function isClientAbort(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (
    error.name === 'AbortError' ||
    code === 'ECONNRESET' ||
    code === 'ERR_STREAM_PREMATURE_CLOSE' ||
    /aborted|premature close|socket hang up|terminated/i.test(error.message)
  );
}

async function readJson<T>(c: Context, schema: z.ZodMiniType<T>, onAbort: () => void): Promise<Parsed<T>> {
  if (!isJson(c)) return { ok: false, response: fail(c, 415, 'unsupported-media-type') };
  let raw: string;
  try {
    raw = await c.req.text();
  } catch (error) {
    if (!isClientAbort(error)) throw error;
    onAbort();
    return { ok: false, response: fail(c, 400, 'body-incomplete') };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, response: fail(c, 400, 'invalid-json') };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, response: fail(c, 400, 'invalid-body', issuesOf(parsed.error)) };
  return { ok: true, data: parsed.data, raw };
}

function readQuery<T>(c: Context, schema: z.ZodMiniType<T>): { ok: true; data: T } | { ok: false; response: Response } {
  const parsed = schema.safeParse(c.req.query());
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, response: fail(c, 400, 'invalid-query', issuesOf(parsed.error)) };
}

export function createApi(deps: ApiDeps): Hono {
  const api = new Hono();
  const { store, writer, aggregates, limiter, admin, log } = deps;

  const limit = (scope: string, perMinute: number): MiddlewareHandler => async (c, next) => {
    if (perMinute <= 0) return next();
    const wait = limiter.take(scope, clientAddress(c, deps.trustProxy), { perMinute });
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return fail(c, 429, 'rate-limited');
    }
    return next();
  };
  /**
   * 413 above maxSize. With a Content-Length (what browsers send) the header decides, and the body is
   * later read by the Node adapter's fast path; touching `c.req.raw.body`, as hono's bodyLimit does,
   * would build a web stream for every request, the costliest step of a submission. A chunked body
   * has no length: hono's bodyLimit counts it as it streams.
   */
  const capBody = (maxSize: number): MiddlewareHandler => {
    const streaming = bodyLimit({ maxSize, onError: (c) => fail(c, 413, 'body-too-large') });
    return async (c, next) => {
      const length = c.req.header('content-length');
      if (length === undefined || c.req.header('transfer-encoding') !== undefined) return streaming(c, next);
      if (!/^\d+$/.test(length) || Number(length) > maxSize) return fail(c, 413, 'body-too-large');
      return next();
    };
  };
  const rate = deps.rateLimitPerMinute;
  const aborted = () => deps.clientEvents(`a client stopped sending mid-body (answered 400 body-incomplete)`);

  api.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    // Responses are about one moment and, for admin routes, one person: no cache may keep them.
    c.header('Cache-Control', 'no-store');
    if (deps.accessLog) {
      // The route pattern, not the path: a path can carry an organization key.
      // Mounted under /api/v1, the catch-all's pattern is "/api/v1/*"; no named route ends in "*".
      const route = c.req.routePath.endsWith('*') ? '(no route)' : c.req.routePath;
      log.info(`${c.req.method} ${route} ${c.res.status} ${Math.round(performance.now() - started)}ms`);
    }
  });

  // CORS for the app's configured origins only; the app served by this process is same-origin.
  api.use('*', async (c, next) => {
    const origin = c.req.header('origin');
    const allowed = origin !== undefined && deps.allowedOrigins.includes(origin);
    if (c.req.method === 'OPTIONS') {
      if (!allowed) return fail(c, 403, 'origin-not-allowed');
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Allow-Methods', 'GET, POST, DELETE');
      c.header('Access-Control-Allow-Headers', 'Content-Type');
      c.header('Access-Control-Max-Age', '600');
      c.header('Vary', 'Origin');
      return c.body(null, 204);
    }
    await next();
    c.header('Vary', 'Origin');
    if (allowed) c.header('Access-Control-Allow-Origin', origin);
  });

  api.get(ROUTES.health, (c) => c.json({ status: 'ok', version: deps.version }));

  const openapi = openApiDocument(deps.version);
  api.get(ROUTES.openapi, (c) => c.json(openapi));

  api.post(ROUTES.submissions, limit('submit', rate), async (c, next) => {
    // Before the size check: a non-JSON body is 415 whatever its size.
    if (!isJson(c)) return fail(c, 415, 'unsupported-media-type');
    return next();
  }, capBody(MAX_BODY_BYTES), async (c) => {
    const body = await readJson(c, SubmissionSchema, aborted);
    if (!body.ok) return body.response;
    const submission = body.data;
    const now = deps.now();
    const refusal = refusalOf(submission, deps.bundled, now);
    if (refusal) return fail(c, 422, refusal.error, refusal.issues);
    let codeHash: string | undefined;
    if (deps.organizationCodes) {
      if (submission.enrollmentCode === undefined) return fail(c, 403, 'enrollment-code-required');
      codeHash = sha256Hex(normalizeOrganizationCode(submission.enrollmentCode));
    }
    const bodyHash = sha256Hex(body.raw);
    const outcome = await writer.submit(submission, bodyHash, now.toISOString().slice(0, 10), codeHash);
    switch (outcome.kind) {
      case 'stored':
        return c.json(outcome.body, 201);
      case 'replayed':
        c.header('Idempotent-Replayed', 'true');
        return c.json(outcome.body as object, outcome.status as 201);
      case 'idempotency-key-reused':
        return fail(c, 422, 'idempotency-key-reused');
      case 'submission-exists':
        return fail(c, 409, 'submission-exists');
      case 'organization-key-conflict':
        return fail(c, 409, 'organization-key-conflict');
      case 'withdrawn':
        return fail(c, 410, 'organization-withdrawn');
      case 'code-invalid':
        return fail(c, 403, 'enrollment-code-invalid');
      case 'code-used':
        return fail(c, 403, 'enrollment-code-used');
    }
  });

  api.delete(ROUTES.organization, limit('withdraw', rate), async (c, next) => {
    if (!RandomIdSchema.safeParse(c.req.param('key')).success) {
      return fail(c, 400, 'invalid-query', [{ path: '$.organizationKey', message: 'not an organization key' }]);
    }
    return next();
  }, capBody(1024), async (c) => {
    const body = await readJson(c, WithdrawalSchema, aborted);
    if (!body.ok) return body.response;
    const key = c.req.param('key');
    const outcome = await writer.withdraw(key, body.data.withdrawalSecret);
    switch (outcome.kind) {
      case 'withdrawn':
        return c.json({ status: 'withdrawn', deleted: outcome.deleted }, 200);
      case 'not-found':
        return fail(c, 404, 'not-found');
    }
  });

  api.get(ROUTES.aggregates, limit('read', rate * READS_PER_SUBMISSION), (c) => {
    const query = readQuery(c, AggregatesQuerySchema);
    if (!query.ok) return query.response;
    const { questionnaireId, version, period } = query.data;
    // Only the family of the version the organization submitted on: other families' scores do not compare.
    const family = aggregates.familyOf(questionnaireId, version);
    const published = aggregates.of(questionnaireId);
    // The newest closed quarter up to the one asked for: an open quarter has no snapshot.
    const publishedPeriod = published.periods.filter((p) => p <= period).at(-1) ?? null;
    const mine = (cell: { period: string; family: string }) => cell.period === publishedPeriod && cell.family === family;
    const body: PeerAggregates = {
      questionnaireId,
      version,
      family,
      period,
      publishedPeriod,
      demonstration: published.demonstration,
      // Counts as bands: exact counts are for signed-in staff only.
      cells: published.cells.filter(mine).map(publicCell),
      readiness: published.readiness.filter(mine).map(publicReadinessCell),
    };
    return c.json(body);
  });

  const signedIn: MiddlewareHandler = async (c, next) => {
    if (!admin.valid(getCookie(c, SESSION_COOKIE))) return fail(c, 401, 'not-signed-in');
    return next();
  };

  api.post(ROUTES.adminSession, capBody(1024), async (c) => {
    // Without a configured password there is no dashboard to sign in to.
    if (!admin.enabled) return fail(c, 404, 'admin-disabled');
    const body = await readJson(c, AdminLoginSchema, aborted);
    if (!body.ok) return body.response;
    // Failures only, per user name and address, whatever DIAPASON_RATE_LIMIT says: guesses are what is
    // limited, so staff behind one proxy address who sign in successfully are never locked out.
    const who = `${body.data.user}\u0000${clientAddress(c, deps.trustProxy)}`;
    const loginLimit = { perMinute: LOGIN_FAILURES_PER_MINUTE };
    const wait = limiter.peek('login', who, loginLimit);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return fail(c, 429, 'rate-limited');
    }
    if (!admin.check(body.data.user, body.data.password)) {
      limiter.take('login', who, loginLimit);
      return fail(c, 401, 'wrong-credentials');
    }
    limiter.reset('login', who);
    const session = admin.open();
    setCookie(c, SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'Strict',
      path: SESSION_PATH,
      maxAge: session.maxAgeSeconds,
      secure: new URL(c.req.url).protocol === 'https:' || (deps.trustProxy && c.req.header('x-forwarded-proto') === 'https'),
    });
    return c.body(null, 204);
  });

  // A status, not a gate: answering 401 here would put an error in the console of every visit.
  api.get(ROUTES.adminSession, (c) => c.json({ signedIn: admin.valid(getCookie(c, SESSION_COOKIE)) }));

  api.delete(ROUTES.adminSession, (c) => {
    admin.close(getCookie(c, SESSION_COOKIE));
    deleteCookie(c, SESSION_COOKIE, { path: SESSION_PATH });
    return c.body(null, 204);
  });

  api.get(ROUTES.adminAggregates, signedIn, (c) => {
    const query = readQuery(c, SectorQuerySchema);
    if (!query.ok) return query.response;
    const { questionnaireId } = query.data;
    const { cells, readiness, periods, families, demonstration } = aggregates.of(questionnaireId);
    const body: SectorAggregates = { questionnaireId, demonstration, totals: store.totals(questionnaireId), periods, families, cells, readiness };
    return c.json(body);
  });

  api.get(ROUTES.adminOrganizationCodes, signedIn, (c) => {
    const body: OrganizationCodes = { mode: deps.organizationCodes ? 'codes' : 'open', batches: store.codeBatches() };
    return c.json(body);
  });

  api.post(ROUTES.adminOrganizationCodes, signedIn, capBody(1024), async (c) => {
    const body = await readJson(c, CodeBatchRequestSchema, aborted);
    if (!body.ok) return body.response;
    const codes = Array.from({ length: body.data.count }, () => formatOrganizationCode(randomBytes(CODE_LENGTH)));
    const createdOn = deps.now().toISOString().slice(0, 10);
    // Only the hashes are stored: the codes exist in this response and nowhere else.
    const batch = await writer.addCodes(codes.map((code) => sha256Hex(normalizeOrganizationCode(code))), createdOn);
    const answer: CodeBatch = { batch, createdOn, codes };
    return c.json(answer, 201);
  });

  mountCohortRoutes(api, {
    db: store.db,
    limit,
    capBody,
    readJson: <T,>(c: Context, schema: z.ZodMiniType<T>) => readJson(c, schema, aborted),
    fail,
    signedIn,
    perMinute: rate,
    today: () => deps.now().toISOString().slice(0, 10),
  });

  api.all('*', (c) => fail(c, 404, 'not-found'));
  return api;
}
