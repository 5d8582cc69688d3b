/**
 * The HTTP app: exported without listening, so tests drive it with `app.request()`.
 */
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { API_BASE, ERASE_BROWSER_COPIES_PATH, ERASE_BROWSER_COPIES_HEADER, PRIVACY_DETAILS_PATH } from '../core/api-paths.ts';
import type { PrivacyDetails } from '../core/sync-api.ts';
import { lastClosedPeriod } from '../core/quarters.ts';
import { periodOf } from '../core/sync.ts';
import { AdminSessions } from './admin.ts';
import { Aggregates } from './aggregates.ts';
import { createApi, isClientAbort } from './api.ts';
import type { ServerConfig } from './config.ts';
import { openDb, type Db } from './db.ts';
import { readBundled, type Bundled } from './questionnaires.ts';
import { securityHeaders } from './headers.ts';
import { createLogger, throttled, type Logger } from './log.ts';
import { RateLimiter } from './rate-limit.ts';
import { mountStatic } from './static.ts';
import { Store } from './store.ts';
import { Writer } from './writer.ts';

export type EndpointSettings = Pick<
  ServerConfig,
  'allowedOrigins' | 'admin' | 'organizationCodes' | 'rateLimitPerMinute' | 'trustProxy' | 'accessLog' | 'retentionYears' | 'privacyContact'
>;

export const DEFAULT_SETTINGS: EndpointSettings = {
  allowedOrigins: [],
  admin: null,
  organizationCodes: false,
  rateLimitPerMinute: 30,
  trustProxy: false,
  accessLog: false,
  retentionYears: 5,
  privacyContact: null,
};

export interface AppOptions {
  /** The built client to serve; omit to serve the API only (tests). */
  distDir?: string;
  version?: string;
  /** The endpoint's database; omit for a throw-away in-memory one. */
  db?: Db;
  settings?: Partial<EndpointSettings>;
  log?: Logger;
  now?: () => Date;
  /**
   * The questionnaire versions submissions may name and which of them pool; omit to read the bundled
   * declarations (questionnaires/).
   */
  bundled?: Bundled;
}

export interface Endpoint {
  app: Hono;
  /** Reads (the main thread's connection); writes go through the writer. */
  store: Store;
  /** Takes the snapshot of every quarter whose grace has ended and has none; resolves to how many. */
  takeDueSnapshots(): Promise<number>;
  /** Deletes what the retention period no longer covers; resolves to the submissions deleted. */
  purgeExpired(): Promise<number>;
  /** Stops the writer (after the batches under way). */
  close(): Promise<void>;
}

/** Idempotency records only need to outlive a laptop's retries. */
const IDEMPOTENCY_DAYS = 30;

export function createEndpoint(options: AppOptions = {}): Endpoint {
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const now = options.now ?? (() => new Date());
  const log = options.log ?? createLogger();
  const db = options.db ?? openDb(':memory:');
  const store = new Store(db);
  const bump = () => store.version++;
  const bundled = options.bundled ?? readBundled();
  const writer = new Writer(db, bump);

  // What clients cause at will is logged at most 10 lines a minute.
  const clientEvents = throttled(log, 10);
  const app = new Hono();
  app.use('*', securityHeaders());
  app.use('*', compress());
  app.route(
    API_BASE,
    createApi({
      store,
      writer,
      aggregates: new Aggregates(store, bundled.families),
      limiter: new RateLimiter(),
      admin: new AdminSessions(settings.admin),
      log,
      version: options.version ?? 'dev',
      organizationCodes: settings.organizationCodes,
      rateLimitPerMinute: settings.rateLimitPerMinute,
      trustProxy: settings.trustProxy,
      allowedOrigins: settings.allowedOrigins,
      accessLog: settings.accessLog,
      bundled: bundled.versions,
      clientEvents,
      now,
    }),
  );

  // The deployment's words in the privacy notice, read like one of the app's files (the service worker
  // keeps the last copy for offline use): checked every time, so a changed contact shows at once.
  const privacy: PrivacyDetails = { contact: settings.privacyContact };
  app.get(PRIVACY_DETAILS_PATH, (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.json(privacy);
  });

  // The browser erases every file it keeps for the app (client/storage/erase-browser-copies.ts). Only
  // for the app's own pages: another site posting here would wipe an organization's data, so the
  // request must say it comes from this origin and carry a header no cross-site form can send.
  app.post(ERASE_BROWSER_COPIES_PATH, (c) => {
    const site = c.req.header('Sec-Fetch-Site');
    if (c.req.header(ERASE_BROWSER_COPIES_HEADER) !== '1' || (site !== undefined && site !== 'same-origin')) {
      return c.json({ error: 'same-origin-only' }, 403);
    }
    c.header('Clear-Site-Data', '"storage"');
    c.header('Cache-Control', 'no-store');
    return c.body(null, 204);
  });
  if (options.distDir) mountStatic(app, options.distDir);
  app.notFound((c) => c.text('Not found', 404));
  app.onError((error, c) => {
    // A client that went away mid-request is its own doing: a 400 nobody reads, and an information line.
    if (isClientAbort(error)) {
      clientEvents(`${c.req.method} ${c.req.routePath}: the client went away mid-request`);
      return c.json({ error: 'body-incomplete' }, 400);
    }
    // The route pattern and the message only: a path, a stack or a request could carry what must not be logged.
    log.error(`${c.req.method} ${c.req.routePath} failed: ${error.message}`);
    return c.json({ error: 'internal' }, 500);
  });

  const purgeExpired = () => {
    const today = now();
    const period = periodOf(today.toISOString());
    const firstKeptPeriod = `${Number(period.slice(0, 4)) - settings.retentionYears}${period.slice(4)}`;
    const firstKeptDay = new Date(today.getTime() - IDEMPOTENCY_DAYS * 86_400_000).toISOString().slice(0, 10);
    return writer.purge(firstKeptPeriod, firstKeptDay);
  };

  const takeDueSnapshots = () => {
    const today = now();
    return writer.snapshot(lastClosedPeriod(today), bundled.families, today.toISOString().slice(0, 10));
  };

  return { app, store, purgeExpired, takeDueSnapshots, close: () => writer.close() };
}

export function createApp(options: AppOptions = {}): Hono {
  return createEndpoint(options).app;
}
