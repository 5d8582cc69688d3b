/**
 * The `test` every spec uses: it fails a test on any uncaught page error or console error (that is
 * how a silent chart failure shows up), and gives page models.
 *
 * It also guards every spec, present and future, for the whole suite (the release gates of issue 7):
 * - no request leaves for an origin other than the app's own (the endpoint is on that origin), from the
 *   page or the service worker, unless a test lists the origin in `allowedOrigins`;
 * - no Content-Security-Policy violation is reported, whatever console errors a test allows;
 * - every page, script, style and manifest the server sends carries the security headers and the
 *   caching rules (tests/support/served-headers.ts).
 */
import { test as base, expect, type BrowserContext, type Response } from '@playwright/test';
import { App } from './pages/app.ts';
import { cachingProblems, securityHeaderProblems } from '../support/served-headers.ts';

/** What the guard saw; a test about the guard itself reads and clears it. */
export interface Guard {
  offOrigin: string[];
  cspViolations: string[];
  headerProblems: string[];
}

type Fixtures = {
  /** Console errors a test expects (e.g. failed fetches while offline); each is a pattern. */
  allowedConsoleErrors: RegExp[];
  /** Origins besides the app's own that a test may reach (e.g. a separate endpoint it fakes). */
  allowedOrigins: string[];
  app: App;
  pageErrors: string[];
  guard: Guard;
};

const CSP_BINDING = '__diapasonCspViolation';
const CHECKED_TYPES = new Set(['document', 'script', 'stylesheet', 'manifest']);

async function watch(context: BrowserContext, appOrigin: string, allowedOrigins: string[], guard: Guard) {
  const allowed = new Set([appOrigin, ...allowedOrigins.map((o) => new URL(o).origin)]);
  const checks: Promise<void>[] = [];

  // Requests of pages and of the service worker are both reported on the context.
  context.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:') && !allowed.has(url.origin)) {
      guard.offOrigin.push(`${request.method()} ${request.url()}`);
    }
  });

  const checkHeaders = async (response: Response) => {
    const headers = await response.allHeaders();
    const path = new URL(response.url()).pathname;
    guard.headerProblems.push(...[...securityHeaderProblems(headers), ...cachingProblems(path, headers)].map((p) => `${path}: ${p}`));
  };
  context.on('response', (response) => {
    // What the service worker answers from its cache was checked when it came from the server.
    if (response.fromServiceWorker() || response.status() !== 200) return;
    if (new URL(response.url()).origin !== appOrigin || !CHECKED_TYPES.has(response.request().resourceType())) return;
    checks.push(checkHeaders(response).catch(() => undefined));
  });

  await context.exposeBinding(CSP_BINDING, (_source, violation: string) => {
    guard.cspViolations.push(violation);
  });
  await context.addInitScript((binding) => {
    addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as Record<string, (v: string) => void>)[binding];
        report?.(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
      },
      true,
    );
  }, CSP_BINDING);
  return () => Promise.all(checks);
}

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  allowedOrigins: [[], { option: true }],
  guard: [
    async ({ context, baseURL, allowedOrigins }, use) => {
      const guard: Guard = { offOrigin: [], cspViolations: [], headerProblems: [] };
      const settled = await watch(context, new URL(baseURL ?? 'http://127.0.0.1').origin, allowedOrigins, guard);
      await use(guard);
      await settled();
      expect(guard.offOrigin, 'requests to another origin').toEqual([]);
      expect(guard.cspViolations, 'Content-Security-Policy violations').toEqual([]);
      expect(guard.headerProblems, 'headers of what the server sent').toEqual([]);
    },
    { auto: true },
  ],
  pageErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!allowedConsoleErrors.some((pattern) => pattern.test(text))) errors.push(`console: ${text}`);
      });
      await use(errors);
      expect(errors, 'errors in the page').toEqual([]);
    },
    { auto: true },
  ],
  app: async ({ page }, use) => {
    await use(new App(page));
  },
});

export { expect };
