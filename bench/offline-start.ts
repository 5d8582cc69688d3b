/**
 * Warm offline start: with the service worker installed and the network off, the time from a
 * navigation to the first questionnaire answer being clickable, against the floor no app can beat: a
 * blank HTML page with one radio button, built by the same PWA plugin, served by the same server
 * code and cached by a workbox service worker the same way, measured in the same browser, same run.
 *
 * "Clickable" is measured inside the page, the same way for both: the first enabled radio button is in
 * the document and laid out, and the frame that shows it has been produced (the first task after the
 * next animation frame). Times are from the document's navigation start (performance.now()).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Page } from '@playwright/test';
import { build } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { createApp } from '../src/server/app.ts';
import { App } from '../tests/e2e/pages/app.ts';
import { launchBrowser, median, percentile } from './lib.mjs';

export const BUDGET_OFFLINE_START_RATIO = 1.3;

/** The blank reference page: static HTML, one radio, the service worker registered from a file. */
async function buildBlankPage(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'diapason-blank-'));
  mkdirSync(join(root, 'src'));
  writeFileSync(
    join(root, 'src/index.html'),
    '<!doctype html><html lang="fr-CA"><head><meta charset="utf-8"><title>Page vide</title></head>' +
      '<body><label><input type="radio" name="a"> Réponse</label></body></html>',
  );
  await build({
    configFile: false,
    root: join(root, 'src'),
    logLevel: 'error',
    build: { outDir: join(root, 'dist'), emptyOutDir: true },
    plugins: [
      VitePWA({
        registerType: 'prompt',
        // A deferred script file: not inline (the same CSP as the app applies), and not blocking the
        // parser, so the floor is as low as a page can be.
        injectRegister: 'script-defer',
        manifest: false,
        // The app's caching, as in vite.config.ts: everything precached, navigations answered with index.html.
        workbox: { globPatterns: ['**/*.{js,css,html}'], navigateFallback: '/index.html', cleanupOutdatedCaches: true },
      }),
    ],
  });
  return join(root, 'dist');
}

/** Serves a directory with the app's own server code on a free port. */
async function serveDirectory(distDir: string): Promise<{ url: string; stop: () => void }> {
  const app = createApp({ distDir });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({ url: `http://127.0.0.1:${info.port}`, stop: () => server.close() });
    });
  });
}

/**
 * Records, from navigation start, when the first radio button can be clicked. A string, not a
 * function: tsx would wrap a function's inner functions in a helper the page does not have.
 */
const PROBE = `(() => {
  const probe = { foundAt: 0, clickableAt: 0 };
  window.__startProbe = probe;
  const observer = new MutationObserver(check);
  function check() {
    if (probe.clickableAt) return;
    const radio = document.querySelector('input[type="radio"]:not([disabled])');
    if (!radio || !radio.getClientRects().length) return;
    observer.disconnect();
    probe.clickableAt = -1;
    probe.foundAt = performance.now();
    requestAnimationFrame(() => setTimeout(() => (probe.clickableAt = performance.now())));
  }
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', check);
})();`;

interface Sample {
  clickable: number;
  found: number;
  html: number;
  domContentLoaded: number;
}

async function timeStart(page: Page, url: string): Promise<Sample> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(() => {
    const probe = (window as unknown as { __startProbe?: { foundAt: number; clickableAt: number } }).__startProbe;
    if (!probe || probe.clickableAt <= 0) return false;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { clickable: probe.clickableAt, found: probe.foundAt, html: nav.responseEnd, domContentLoaded: nav.domContentLoadedEventEnd };
  });
  return (await handle.jsonValue()) as Sample;
}

export async function measureOfflineStart({ url }: { url: string }, { samples = 20, warmup = 3 } = {}) {
  const blankDist = await buildBlankPage();
  const blank = await serveDirectory(blankDist);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ serviceWorkers: 'allow', locale: 'fr-CA' });
    const page = await context.newPage();
    const app = new App(page);
    await app.open(url);
    await app.createOrganization();
    await app.questionnaire.answer(1, 3);
    const questionnaireUrl = page.url();
    await app.waitForOfflineReady();
    await page.goto(`${blank.url}/`);
    await app.waitForOfflineReady();
    await context.addInitScript(PROBE);

    await context.setOffline(true);
    const appSamples: Sample[] = [];
    const blankSamples: Sample[] = [];
    // Alternate, so a busy moment of the machine weighs on both sides alike.
    for (let i = 0; i < warmup + samples; i++) {
      const a = await timeStart(page, questionnaireUrl);
      const b = await timeStart(page, `${blank.url}/`);
      if (i >= warmup) {
        appSamples.push(a);
        blankSamples.push(b);
      }
    }
    // The loads really came from the worker: still offline, the answer given online is there.
    await page.goto(questionnaireUrl);
    await app.questionnaire.ready();
    if (!(await app.questionnaire.choiceIn(app.questionnaire.question(1), 3).isChecked())) {
      throw new Error('offline start: the saved answer is not shown; the measure would be wrong');
    }
    await context.close();

    const pick = (list: Sample[], key: keyof Sample) => list.map((s) => s[key]);
    const appMedian = median(pick(appSamples, 'clickable'));
    const blankMedian = median(pick(blankSamples, 'clickable'));
    const ratio = appMedian / blankMedian;
    const ms = (v: number) => `${v.toFixed(0)} ms`;
    // Where the time goes: the HTML from the worker, the scripts run (DOMContentLoaded), the radio in the page.
    const phases = (list: Sample[]) => (['html', 'domContentLoaded', 'found'] as const).map((k) => median(pick(list, k)).toFixed(0)).join(' / ') + ' ms';
    return {
      figures: {
        appClickableMedianMs: appMedian,
        appClickableP95Ms: percentile(pick(appSamples, 'clickable'), 95),
        appHtmlMedianMs: median(pick(appSamples, 'html')),
        appDomContentLoadedMedianMs: median(pick(appSamples, 'domContentLoaded')),
        appFoundMedianMs: median(pick(appSamples, 'found')),
        blankFoundMedianMs: median(pick(blankSamples, 'found')),
        blankHtmlMedianMs: median(pick(blankSamples, 'html')),
        blankClickableMedianMs: blankMedian,
        blankClickableP95Ms: percentile(pick(blankSamples, 'clickable'), 95),
        ratio,
        samples,
      },
      rows: [
        ['Warm offline start, app (median)', ms(appMedian), '', null],
        ['  HTML / scripts run / answer in page', phases(appSamples), '', null],
        ['Warm offline start, blank page (median)', ms(blankMedian), '', null],
        ['  HTML / scripts run / answer in page', phases(blankSamples), '', null],
        ['Warm offline start, app ÷ blank page', `${ratio.toFixed(2)}×`, `≤ ${BUDGET_OFFLINE_START_RATIO}×`, ratio <= BUDGET_OFFLINE_START_RATIO],
      ],
    };
  } finally {
    await browser.close();
    blank.stop();
  }
}
