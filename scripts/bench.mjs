/**
 * npm run bench — builds, serves the production build locally, measures, prints one table and writes
 * the same figures to bench/results/latest.json (and a dated copy) so two runs can be compared.
 * Figures, not pass/fail: budgets are shown beside them. The deterministic gates live in the tests.
 * Run by tsx (package.json), so sections may be TypeScript and reuse the e2e page models.
 *
 * BENCH_PORT: where the server listens (default 4390); BENCH_LIGHTHOUSE_RUNS: runs per screen (3);
 * BENCH_ONLY: a comma-separated list of sections to run (e.g. `BENCH_ONLY=sync,warm`), matched
 * case-insensitively against the start of each section's name; all of them when unset.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startServer } from '../bench/lib.mjs';
import { buildWithReport } from './build-report.ts';
import { measureSize } from '../bench/size.ts';
import { measureLighthouse } from '../bench/lighthouse.ts';
import { measureOfflineStart } from '../bench/offline-start.ts';
import { measureAnswerSave } from '../bench/answer-save.ts';
import { measurePdf } from '../bench/pdf.mjs';
import { measureSync } from '../bench/sync.mjs';
import { measureHostile } from '../bench/hostile.ts';
import { measureBackupScale } from '../bench/backup-scale.ts';
import { measureHistoryScale } from '../bench/history-scale.ts';

// The same build as `vite build`, with the module graph the size figures come from.
const build = await buildWithReport(join(ROOT, 'dist'));

const server = { ...(await startServer(Number(process.env.BENCH_PORT ?? 4390))), report: build };
const sections = [
  ['Size', measureSize],
  ['Lighthouse', measureLighthouse],
  ['Warm offline start', measureOfflineStart],
  ['Answer save', measureAnswerSave],
  ['Board PDF', measurePdf],
  ['Sync endpoint', measureSync],
  ['Hostile submissions', measureHostile],
  ['Backups of many organizations', measureBackupScale],
  ['History of one organization', measureHistoryScale],
];
const only = (process.env.BENCH_ONLY ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
const chosen = only.length === 0 ? sections : sections.filter(([name]) => only.some((o) => name.toLowerCase().startsWith(o)));
if (chosen.length === 0) throw new Error(`BENCH_ONLY=${process.env.BENCH_ONLY} matches no section: ${sections.map(([n]) => n).join(', ')}`);
const results = {};
const rows = [];
try {
  for (const [name, measure] of chosen) {
    process.stderr.write(`measuring: ${name}…\n`);
    const { figures, rows: sectionRows } = await measure(server);
    results[name] = figures;
    rows.push([`— ${name}`, '', '', null], ...sectionRows);
  }
} finally {
  server.stop();
}

// Long lists (files, failing audits) overflow their row rather than widen the whole table.
const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => String(r[i]).length).filter((n) => n <= 48), 6));
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join('  ');
console.log(line(['Measure', 'Value', 'Budget']) + '  Within');
console.log(widths.map((w) => '-'.repeat(w)).join('  ') + '  ------');
for (const r of rows) console.log(line(r.slice(0, 3)) + '  ' + (r[3] === null ? '' : r[3] ? 'yes' : 'NO'));

const dir = join(ROOT, 'bench/results');
mkdirSync(dir, { recursive: true });
const report = { at: new Date().toISOString(), node: process.version, results };
// A partial run (BENCH_ONLY) keeps its dated copy but leaves latest.json to the last full one.
if (chosen === sections) writeFileSync(join(dir, 'latest.json'), JSON.stringify(report, null, 2) + '\n');
writeFileSync(join(dir, `bench-${report.at.replace(/[:.]/g, '-')}.json`), JSON.stringify(report, null, 2) + '\n');
console.log(`\nfigures written to bench/results/${chosen === sections ? 'latest.json' : 'bench-*.json'}`);
