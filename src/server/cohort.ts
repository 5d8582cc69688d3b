/**
 * /api/v1/cohort-requests: hands raised for CQM's next pooling cohort (core/cohort.ts). Mounted by
 * api.ts on the same router, so the same access log (route pattern only, never an address), CORS and
 * no-store apply; it takes api.ts's rate limits, body cap and JSON parsing.
 *
 *   POST   /cohort-requests            store (or replace, with the same withdrawal hash) one message
 *   DELETE /cohort-requests/{key}      withdraw it, with the secret only the laptop holds
 *   GET    /admin/cohort-requests      signed-in CQM staff: the list, newest first
 *
 * Rare writes, a few rows: they go straight to the main connection (WAL, synchronous = FULL), not
 * through the submission writer, and are acknowledged after their commit like every write here.
 */
import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { z } from 'zod/mini';
import { CohortRequestSchema, type CohortEntry, type CohortList } from '../core/cohort.ts';
import { RandomIdSchema, WithdrawalSchema } from '../core/sync.ts';
import type { ApiErrorCode } from '../core/sync-api.ts';
import { ROUTES } from '../core/api-paths.ts';
import type { Db } from './db.ts';
import { sha256Hex } from './store.ts';
import { timingSafeEqual } from 'node:crypto';

/** What api.ts lends the routes, so both share one way of refusing and limiting. */
export interface CohortRouteTools {
  db: Db;
  limit: (scope: string, perMinute: number) => MiddlewareHandler;
  capBody: (maxSize: number) => MiddlewareHandler;
  readJson: <T>(c: Context, schema: z.ZodMiniType<T>) => Promise<{ ok: true; data: T; raw: string } | { ok: false; response: Response }>;
  fail: (c: Context, status: 400 | 403 | 404 | 409, error: ApiErrorCode, issues?: { path: string; message: string }[]) => Response;
  signedIn: MiddlewareHandler;
  perMinute: number;
  today: () => string;
}

export const COHORT_MAX_BODY = 2048;

interface Row {
  organization_name: string;
  contact_name: string;
  contact_email: string;
  readiness: 'ready' | 'almost';
  missing: string;
  questionnaire_id: string;
  questionnaire_version: string;
  received_on: string;
}

function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

export function mountCohortRoutes(api: Hono, tools: CohortRouteTools): void {
  const { db, limit, capBody, readJson, fail, signedIn, perMinute } = tools;
  const q = {
    hash: db.prepare<[string], { withdrawal_hash: string }>('SELECT withdrawal_hash FROM cohort_requests WHERE key = ?'),
    put: db.prepare(
      `INSERT OR REPLACE INTO cohort_requests (key, withdrawal_hash, organization_name, contact_name, contact_email,
         readiness, missing, questionnaire_id, questionnaire_version, received_on)
       VALUES (@key, @hash, @organizationName, @contactName, @contactEmail, @readiness, @missing, @questionnaireId, @version, @receivedOn)`,
    ),
    delete: db.prepare('DELETE FROM cohort_requests WHERE key = ?'),
    list: db.prepare<[], Row>(
      `SELECT organization_name, contact_name, contact_email, readiness, missing, questionnaire_id, questionnaire_version, received_on
       FROM cohort_requests ORDER BY received_on DESC, organization_name`,
    ),
  };

  api.post(ROUTES.cohortRequests, limit('cohort', perMinute), capBody(COHORT_MAX_BODY), async (c) => {
    const body = await readJson(c, CohortRequestSchema);
    if (!body.ok) return body.response;
    const r = body.data;
    const stored = q.hash.get(r.requestKey);
    // The same laptop may send again (a changed contact); another holder of the key may not.
    if (stored && !sameHex(stored.withdrawal_hash, r.withdrawalHash)) return fail(c, 409, 'organization-key-conflict');
    q.put.run({
      key: r.requestKey,
      hash: r.withdrawalHash,
      organizationName: r.organizationName,
      contactName: r.contactName,
      contactEmail: r.contactEmail,
      readiness: r.readiness,
      missing: JSON.stringify(r.missing),
      questionnaireId: r.questionnaireId,
      version: r.version,
      receivedOn: tools.today(),
    });
    return c.json({ status: 'stored' }, 201);
  });

  api.delete(ROUTES.cohortRequest, limit('withdraw', perMinute), async (c, next) => {
    if (!RandomIdSchema.safeParse(c.req.param('key')).success) {
      return fail(c, 400, 'invalid-query', [{ path: '$.requestKey', message: 'not a request key' }]);
    }
    return next();
  }, capBody(1024), async (c) => {
    const body = await readJson(c, WithdrawalSchema);
    if (!body.ok) return body.response;
    const stored = q.hash.get(c.req.param('key'));
    if (!stored) return fail(c, 404, 'not-found');
    // A wrong secret gets the same answer as no message: the key alone does not tell whether one exists.
    if (!sameHex(stored.withdrawal_hash, sha256Hex(body.data.withdrawalSecret))) return fail(c, 404, 'not-found');
    q.delete.run(c.req.param('key'));
    return c.json({ status: 'withdrawn' }, 200);
  });

  api.get(ROUTES.adminCohortRequests, signedIn, (c) => {
    const requests: CohortEntry[] = q.list.all().map((row) => ({
      organizationName: row.organization_name,
      contactName: row.contact_name,
      contactEmail: row.contact_email,
      readiness: row.readiness,
      missing: JSON.parse(row.missing) as string[],
      questionnaireId: row.questionnaire_id,
      version: row.questionnaire_version,
      receivedOn: row.received_on,
    }));
    const body: CohortList = { requests };
    return c.json(body);
  });
}
