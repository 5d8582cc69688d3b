/**
 * npm run bench — builds, serves the production build locally, measures, prints one table and writes
 * the same figures to bench/results/latest.json (and a dated copy) so two runs can be compared.
 * Figures, not pass/fail: budgets are shown beside them. The deterministic gates live in the tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startServer } from '../bench/lib.mjs';
import { measureSize } from '../bench/size.mjs';
import { measureAnswerSave } from '../bench/answer-save.mjs';
import { measurePdf } from '../bench/pdf.mjs';

const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
  cwd: ROOT,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startServer(Number(process.env.BENCH_PORT ?? 4390));
const sections = [
  ['Size', measureSize],
  ['Answer save', measureAnswerSave],
  ['Board PDF', measurePdf],
];
const results = {};
const rows = [];
try {
  for (const [name, measure] of sections) {
    process.stderr.write(`measuring: ${name}…\n`);
    const { figures, rows: sectionRows } = await measure(server);
    results[name] = figures;
    rows.push([`— ${name}`, '', '', null], ...sectionRows);
  }
} finally {
  server.stop();
}

const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => String(r[i]).length), 6));
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join('  ');
console.log(line(['Measure', 'Value', 'Budget']) + '  Within');
console.log(widths.map((w) => '-'.repeat(w)).join('  ') + '  ------');
for (const r of rows) console.log(line(r.slice(0, 3)) + '  ' + (r[3] === null ? '' : r[3] ? 'yes' : 'NO'));

const dir = join(ROOT, 'bench/results');
mkdirSync(dir, { recursive: true });
const report = { at: new Date().toISOString(), node: process.version, results };
writeFileSync(join(dir, 'latest.json'), JSON.stringify(report, null, 2) + '\n');
writeFileSync(join(dir, `bench-${report.at.replace(/[:.]/g, '-')}.json`), JSON.stringify(report, null, 2) + '\n');
console.log(`\nfigures written to bench/results/latest.json`);
