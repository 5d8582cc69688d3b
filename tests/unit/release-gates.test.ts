/**
 * Release gates on the production build: what a user downloads first, what the built page may run,
 * and what the real server sends with every file. Deterministic: sizes and headers, never timings
 * (timings are `npm run bench`'s job).
 *
 * `npm test` builds once (`npm run build`: scripts/build-report.ts, the same code path as `vite build`)
 * and points DIAPASON_BUILD_REPORT at the report: these gates then read the very dist/ the end-to-end
 * tests serve. Run alone, they build into a temporary folder, so they never read a dist/ left by an
 * earlier command.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { BUDGETS, packageOf, type BuildReport } from '../../scripts/build-report.ts';
import { createApp } from '../../src/server/app.ts';
import { cachingProblems, securityHeaderProblems } from '../support/served-headers.ts';

const ROOT = join(import.meta.dirname, '../..');
let work: string;
let outDir: string;
let report: BuildReport;
let app: Hono;

beforeAll(() => {
  // Under `npm test`, the build the end-to-end tests serve, made once before both (its report says
  // where it is); alone, a build of its own in a temporary folder.
  const built = process.env.DIAPASON_BUILD_REPORT;
  if (built) {
    report = JSON.parse(readFileSync(join(ROOT, built), 'utf8')) as BuildReport;
    outDir = report.outDir;
    app = createApp({ distDir: outDir });
    return;
  }
  work = mkdtempSync(join(tmpdir(), 'diapason-gates-'));
  outDir = join(work, 'dist');
  const env = { ...process.env };
  // The build must not inherit the test runner's mode.
  delete env.NODE_ENV;
  delete env.VITEST;
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-report.ts', outDir, join(work, 'report.json')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  report = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8')) as BuildReport;
  app = createApp({ distDir: outDir });
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('the first screen', () => {
  it(`weighs at most ${kb(BUDGETS.firstScreenGzipBytes)} of JS and CSS, gzip-compressed`, () => {
    const detail = report.firstScreen.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ');
    expect(report.firstScreen.gzip, `first screen: ${detail}`).toBeLessThanOrEqual(BUDGETS.firstScreenGzipBytes);
  });

  it('never contains chart.js, jsPDF, their helpers or Dexie', () => {
    // The check must see packages at all, or it would pass on an empty module list.
    expect(report.firstScreen.packages).toContain('svelte');
    expect(report.firstScreen.packages.filter((p) => (BUDGETS.neverInFirstScreen as readonly string[]).includes(p))).toEqual([]);
  });

  it('is what the built index.html makes the browser fetch before any dynamic import', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const referenced = [
      ...html.matchAll(/<script\b[^>]*\bsrc="\/([^"]+)"/g),
      ...html.matchAll(/<link\b[^>]*\brel="(?:modulepreload|stylesheet)"[^>]*\bhref="\/([^"]+)"/g),
    ].map((m) => m[1]);
    expect(new Set(referenced)).toEqual(new Set(report.firstScreen.files.map((f) => f.file)));
  });

  it('leaves chart.js to a chunk loaded on demand', () => {
    const chartChunks = report.chunks.filter((c) => c.modules.some((m) => packageOf(m) === 'chart.js'));
    expect(chartChunks.length).toBeGreaterThan(0);
    const firstFiles = new Set(report.firstScreen.files.map((f) => f.file));
    for (const chunk of chartChunks) expect(firstFiles.has(chunk.file), chunk.file).toBe(false);
  });
});

describe('the built index.html', () => {
  it('has no inline script, event handler or inline style, which the CSP would refuse', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [tag, attributes, body] of scripts) {
      expect(attributes, tag).toMatch(/\bsrc=/);
      expect(body?.trim(), tag).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\sstyle\s*=/i);
  });

  it('draws the header before any script runs: hidden from screen readers, no words but the name', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const app = /<div id="app">([\s\S]*?)<\/div>\s*<noscript>/.exec(html)?.[1] ?? '';
    expect(app).toMatch(/^<header class="site-header" aria-hidden="true">/);
    // The same in French and English: whichever the person chose, nothing flips when the app takes over.
    expect(app.replace(/<[^>]+>/g, '').trim()).toBe('Diapason');
  });
});

describe('the server, serving the build', () => {
  async function get(path: string, headers: Record<string, string> = {}) {
    const response = await app.request(path, { headers });
    return { response, headers: Object.fromEntries(response.headers.entries()) };
  }

  it('sends every built file with the security headers and the right caching', async () => {
    const files = filesUnder(outDir);
    expect(files).toContain('sw.js');
    const problems: string[] = [];
    for (const file of files) {
      const { response, headers } = await get(`/${file}`, { 'Accept-Encoding': 'gzip' });
      if (response.status !== 200) problems.push(`/${file}: status ${response.status}`);
      problems.push(...securityHeaderProblems(headers).map((p) => `/${file}: ${p}`));
      problems.push(...cachingProblems(`/${file}`, headers));
      await response.arrayBuffer();
    }
    expect(problems).toEqual([]);
  });

  it('sends the page itself, at /, to be revalidated, and compressed', async () => {
    const { response, headers } = await get('/', { 'Accept-Encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect([...securityHeaderProblems(headers), ...cachingProblems('/', headers)]).toEqual([]);
    expect(headers['content-encoding']).toBe('gzip');
  });

  it('compresses scripts and styles (all but the tiniest, where gzip would not pay)', async () => {
    for (const file of report.firstScreen.files.filter((f) => f.raw >= 1024)) {
      const { headers, response } = await get(`/${file.file}`, { 'Accept-Encoding': 'gzip' });
      await response.arrayBuffer();
      expect(headers['content-encoding'], file.file).toBe('gzip');
    }
  });

  it('sends the manifest as application/manifest+json', async () => {
    const { headers } = await get('/manifest.webmanifest');
    expect(headers['content-type']).toMatch(/^application\/manifest\+json/);
  });

  it('puts the security headers on errors and on the API too', async () => {
    for (const path of ['/nowhere', '/assets/missing-00000000.js', '/api/v1/health', '/api/v1/nowhere']) {
      const { headers, response } = await get(path);
      await response.arrayBuffer();
      expect(securityHeaderProblems(headers), path).toEqual([]);
    }
  });
});
