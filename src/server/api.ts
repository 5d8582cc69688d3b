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
import { MAX_BODY_BYTES, RandomIdSchema, SubmissionSchema, WithdrawalSchema } from '../core/sync.ts';
import {
  AdminLoginSchema,
  AggregatesQuerySchema,
  SectorQuerySchema,
  type ApiErrorCode,
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
  enrollmentCodes: readonly string[];
  /** Submissions per minute per client address; 0: no limits (benchmarks, tests). */
  rateLimitPerMinute: number;
  trustProxy: boolean;
  allowedOrigins: readonly string[];
  accessLog: boolean;
  /** Today's UTC date, YYYY-MM-DD: the only time kept (on idempotency records, for their expiry). */
  today: () => string;
}

/** Failed logins are limited whatever DIAPASON_RATE_LIMIT says: they are how passwords are guessed. */
const LOGIN_PER_MINUTE = 10;
/** Reading aggregates is cheap once computed; allow more of it than writing. */
const READS_PER_SUBMISSION = 10;

type Status = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429;

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

async function readJson<T>(c: Context, schema: z.ZodMiniType<T>): Promise<Parsed<T>> {
  if (!isJson(c)) return { ok: false, response: fail(c, 415, 'unsupported-media-type') };
  const raw = await c.req.text();
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

  api.get('/health', (c) => c.json({ status: 'ok', version: deps.version }));

  const openapi = openApiDocument(deps.version);
  api.get('/openapi.json', (c) => c.json(openapi));

  api.post('/submissions', limit('submit', rate), async (c, next) => {
    // Before the size check: a non-JSON body is 415 whatever its size.
    if (!isJson(c)) return fail(c, 415, 'unsupported-media-type');
    return next();
  }, capBody(MAX_BODY_BYTES), async (c) => {
    const body = await readJson(c, SubmissionSchema);
    if (!body.ok) return body.response;
    const submission = body.data;
    if (deps.enrollmentCodes.length > 0) {
      if (submission.enrollmentCode === undefined) return fail(c, 403, 'enrollment-code-required');
      if (!deps.enrollmentCodes.includes(submission.enrollmentCode)) return fail(c, 403, 'enrollment-code-invalid');
    }
    const bodyHash = sha256Hex(body.raw);
    const outcome = await writer.submit(submission, bodyHash, deps.today());
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
    }
  });

  api.delete('/organizations/:key', limit('withdraw', rate), async (c, next) => {
    if (!RandomIdSchema.safeParse(c.req.param('key')).success) {
      return fail(c, 400, 'invalid-query', [{ path: '$.organizationKey', message: 'not an organization key' }]);
    }
    return next();
  }, capBody(1024), async (c) => {
    const body = await readJson(c, WithdrawalSchema);
    if (!body.ok) return body.response;
    const key = c.req.param('key');
    const outcome = await writer.withdraw(key, body.data.withdrawalSecret);
    switch (outcome.kind) {
      case 'withdrawn':
        return c.json({ status: 'withdrawn', deleted: outcome.deleted }, 200);
      case 'not-found':
        return fail(c, 404, 'not-found');
      case 'forbidden':
        return fail(c, 403, 'wrong-secret');
    }
  });

  api.get('/aggregates', limit('read', rate * READS_PER_SUBMISSION), (c) => {
    const query = readQuery(c, AggregatesQuerySchema);
    if (!query.ok) return query.response;
    const { questionnaireId, version, period } = query.data;
    // Only the family of the version the organization submitted on: other families' scores do not compare.
    const family = aggregates.familyOf(questionnaireId, version);
    const published = aggregates.of(questionnaireId);
    const mine = (cell: { period: string; family: string }) => cell.period === period && cell.family === family;
    const body: PeerAggregates = {
      questionnaireId,
      version,
      family,
      period,
      cells: published.cells.filter(mine),
      readiness: published.readiness.filter(mine),
    };
    return c.json(body);
  });

  const signedIn: MiddlewareHandler = async (c, next) => {
    if (!admin.valid(getCookie(c, SESSION_COOKIE))) return fail(c, 401, 'not-signed-in');
    return next();
  };

  api.post('/admin/session', limit('login', LOGIN_PER_MINUTE), capBody(1024), async (c) => {
    // Without a configured password there is no dashboard to sign in to.
    if (!admin.enabled) return fail(c, 404, 'admin-disabled');
    const body = await readJson(c, AdminLoginSchema);
    if (!body.ok) return body.response;
    if (!admin.check(body.data.user, body.data.password)) return fail(c, 401, 'wrong-credentials');
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
  api.get('/admin/session', (c) => c.json({ signedIn: admin.valid(getCookie(c, SESSION_COOKIE)) }));

  api.delete('/admin/session', (c) => {
    admin.close(getCookie(c, SESSION_COOKIE));
    deleteCookie(c, SESSION_COOKIE, { path: SESSION_PATH });
    return c.body(null, 204);
  });

  api.get('/admin/aggregates', signedIn, (c) => {
    const query = readQuery(c, SectorQuerySchema);
    if (!query.ok) return query.response;
    const { questionnaireId } = query.data;
    const { cells, readiness, periods, families } = aggregates.of(questionnaireId);
    const body: SectorAggregates = { questionnaireId, totals: store.totals(questionnaireId), periods, families, cells, readiness };
    return c.json(body);
  });

  mountCohortRoutes(api, { db: store.db, limit, capBody, readJson, fail, signedIn, perMinute: rate, today: deps.today });

  api.all('*', (c) => fail(c, 404, 'not-found'));
  return api;
}
