/**
 * What the app weighs, from the build's own module graph (scripts/build-report.ts): the first
 * screen (the entry of index.html, its static imports and their CSS), whether chart.js or jsPDF
 * sneaked into it, every lazy chunk by name, and the whole service-worker precache. Same definition
 * as the size gate of the tests; sizes gzip-compressed as the server sends them.
 */
import { BUDGETS, type BuildReport } from '../scripts/build-report.ts';
import { kb } from './lib.mjs';

export async function measureSize({ report }: { report: BuildReport }) {
  const { firstScreen, precache, lazy } = report;
  const heavy = firstScreen.packages.filter((p) => (BUDGETS.neverInFirstScreen as readonly string[]).includes(p));
  const name = (file: string) => file.replace(/^assets\//, '');
  return {
    figures: {
      firstScreenGzipKb: kb(firstScreen.gzip),
      firstScreenRawKb: kb(firstScreen.raw),
      firstScreenFiles: firstScreen.files.map((f) => ({ name: name(f.file), gzipKb: kb(f.gzip), rawKb: kb(f.raw) })),
      firstScreenPackages: firstScreen.packages,
      heavyPackagesInFirstScreen: heavy,
      precacheFiles: precache.files.length,
      precacheGzipKb: kb(precache.gzip),
      precacheRawKb: kb(precache.raw),
      lazyChunks: lazy.map((f) => ({ name: name(f.file), gzipKb: kb(f.gzip), rawKb: kb(f.raw) })),
    },
    rows: [
      ['First screen JS+CSS (gzip)', `${kb(firstScreen.gzip)} KB`, `≤ ${kb(BUDGETS.firstScreenGzipBytes)} KB`, firstScreen.gzip <= BUDGETS.firstScreenGzipBytes],
      ['First screen JS+CSS (raw)', `${kb(firstScreen.raw)} KB`, '', null],
      ['  files', firstScreen.files.map((f) => `${name(f.file)} ${kb(f.gzip)}`).join(', '), '', null],
      ['  packages in it', firstScreen.packages.join(', '), '', null],
      ['chart.js / jsPDF in first screen', heavy.length ? heavy.join(', ') : 'absent', 'absent', heavy.length === 0],
      ['Precache (gzip / raw)', `${kb(precache.gzip)} KB / ${kb(precache.raw)} KB`, '', null],
      ['  files precached', String(precache.files.length), '', null],
      ...lazy.map((f): [string, string, string, null] => [`  lazy: ${name(f.file)}`, `${kb(f.gzip)} KB`, '', null]),
    ],
  };
}
