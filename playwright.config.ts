import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_ADMIN, E2E_PRIVACY_CONTACT } from './tests/e2e/env.ts';
import { testLogFile } from './tests/support/test-logs.ts';
import { chromiumExecutable } from './scripts/chromium.mjs';

/** The e2e suite runs against the production build, served by the same server as `npm start`. */
const PORT = Number(process.env.E2E_PORT ?? 4310);
// Set once in the runner; workers inherit it, so specs read the very database the server writes.
process.env.DIAPASON_E2E_DB ??= join(mkdtempSync(join(tmpdir(), 'diapason-e2e-')), 'e2e.sqlite');
const DB = process.env.DIAPASON_E2E_DB;
/** Specs whose assertions depend on every submission the server holds (aggregates, rows, codes). */
const SHARED_SERVER_SPECS = ['**/sync.spec.ts', '**/peers.spec.ts', '**/dashboard.spec.ts', '**/organization-codes.spec.ts'];

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Three workers: two for the browser specs, which mostly wait on the disk (every save is flushed)
  // rather than on the CPU, and one for the specs that read or write the server's shared figures, one
  // at a time (the "shared server" project below), which mostly wait on retry timers.
  workers: Number(process.env.E2E_WORKERS ?? 3),
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  // Many tests answer the whole current questionnaire (51 questions, each waiting until it shows as saved).
  timeout: 90_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      // CHROMIUM_PATH, Debian's /usr/bin/chromium, or Playwright's own browser (scripts/chromium.mjs).
      executablePath: chromiumExecutable(),
      // Without these, Chromium keeps calling Google's hosts, which this network refuses.
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    },
    serviceWorkers: 'allow',
    acceptDownloads: true,
    locale: 'fr-CA',
    viewport: { width: 1100, height: 900 },
    trace: 'off',
    // A step that waits for something that never comes fails in 30 s naming what it waited for,
    // rather than using up the whole test's time in silence.
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
  },
  projects: [
    { name: 'shared server', testMatch: SHARED_SERVER_SPECS, workers: 1 },
    { name: 'browser', testIgnore: SHARED_SERVER_SPECS, workers: Number(process.env.E2E_BROWSER_WORKERS ?? 2) },
  ],
  // After the whole suite, under `npm test`: no server log of the run holds an IP address.
  globalTeardown: './scripts/check-test-logs.ts',
  webServer: {
    // What `npm start` runs: the compiled server (built first if missing or stale) serving dist/.
    command: 'node scripts/start.mjs',
    env: {
      PORT: String(PORT),
      DIAPASON_DB: DB,
      HOST: '127.0.0.1',
      DIAPASON_ADMIN_USER: E2E_ADMIN.user,
      DIAPASON_ADMIN_PASSWORD: E2E_ADMIN.password,
      DIAPASON_PRIVACY_CONTACT: E2E_PRIVACY_CONTACT,
      // Specs seed dozens of organizations from one address.
      DIAPASON_RATE_LIMIT: '1000',
      // Every request is logged, to a file the end of `npm test` checks for IP addresses.
      DIAPASON_ACCESS_LOG: '1',
      DIAPASON_LOG_FILE: testLogFile('e2e-server'),
    },
    url: `http://127.0.0.1:${PORT}/api/v1/health`,
    reuseExistingServer: false,
    // Compiling a stale server takes most of this on a busy machine; `npm test` builds it beforehand.
    timeout: 180_000,
    // Its log lines (one per API request) are in .test-logs/e2e-server.log; errors still show here.
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
