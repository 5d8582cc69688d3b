/**
 * What the first screen costs: every JS and CSS file the browser fetches to show the home screen,
 * gzip-compressed as a server sends it, and whether chart.js or jsPDF sneaked into it.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, kb, launchBrowser } from './lib.mjs';

export const BUDGET_FIRST_SCREEN_GZIP_KB = 80;

export async function measureSize({ url }) {
  const browser = await launchBrowser();
  const page = await browser.newPage();
  const files = new Set();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (/\.(js|css)$/.test(path) && !path.endsWith('/sw.js') && !/workbox-/.test(path)) files.add(path);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  await browser.close();

  const dist = join(ROOT, 'dist');
  let raw = 0;
  let gzip = 0;
  for (const path of files) {
    const body = readFileSync(join(dist, path));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  const firstScreen = [...files].map((f) => f.split('/').pop());
  const heavyInFirst = firstScreen.filter((f) => /chart|jspdf|html2canvas/i.test(f));

  const assets = readdirSync(join(dist, 'assets'));
  const lazy = assets
    .filter((f) => f.endsWith('.js') && !firstScreen.includes(f))
    .map((f) => ({ name: f, gzipKb: kb(gzipSync(readFileSync(join(dist, 'assets', f)), { level: 9 }).length) }))
    .sort((a, b) => b.gzipKb - a.gzipKb);

  return {
    figures: {
      firstScreenGzipKb: kb(gzip),
      firstScreenRawKb: kb(raw),
      firstScreenFiles: firstScreen,
      heavyChunksInFirstScreen: heavyInFirst,
      lazyChunks: lazy,
    },
    rows: [
      ['First screen JS+CSS (gzip)', `${kb(gzip)} KB`, `≤ ${BUDGET_FIRST_SCREEN_GZIP_KB} KB`, kb(gzip) <= BUDGET_FIRST_SCREEN_GZIP_KB],
      ['First screen JS+CSS (raw)', `${kb(raw)} KB`, '', null],
      ['chart.js / jsPDF in first screen', heavyInFirst.length ? heavyInFirst.join(', ') : 'absent', 'absent', heavyInFirst.length === 0],
      ...lazy.slice(0, 6).map((l) => [`  lazy: ${l.name}`, `${l.gzipKb} KB`, '', null]),
    ],
  };
}
