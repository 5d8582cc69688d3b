/**
 * Run by bench/sync.mjs (through tsx): stores 100,000 synthetic submissions in a fresh SQLite
 * database, then times what a GET of the published aggregates costs the first time, from the rows on
 * disk to the cells (load + disclosure rules), and the disclosure rules alone. Prints JSON.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { openDb } from '../src/server/db.ts';
import { Store } from '../src/server/store.ts';
import { Aggregates } from '../src/server/aggregates.ts';
import { readVersionFamilies } from '../src/server/questionnaires.ts';
import { familyOf } from '../src/core/comparability.ts';
import { publishAggregates, FILTER_VALUES } from '../src/core/disclosure.ts';
import type { Submission } from '../src/core/sync.ts';

const SUBMISSIONS = Number(process.argv[2] ?? 100_000);
const PERIODS = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];
const DIMENSIONS = ['collecte', 'usage', 'gouvernance', 'competences', 'outils', 'culture'];
// A sector of 15,000 organizations: some submit several times in a period, most once.
const ORGANIZATIONS = 15_000;

// mulberry32: a small seeded generator, so every run measures the same data.
let seed = 42;
const random = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};
const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;

const db = openDb(join(mkdtempSync(join(tmpdir(), 'diapason-bench-aggregates-')), 'bench.sqlite'));
const store = new Store(db);
const organizations = Array.from({ length: ORGANIZATIONS }, () => ({
  key: randomUUID(),
  profile: { role: pick(FILTER_VALUES.role), sizeBand: pick(FILTER_VALUES.sizeBand), regionGroup: pick(FILTER_VALUES.regionGroup), discipline: pick(FILTER_VALUES.discipline) },
}));
const hash = 'ab'.repeat(32);

const insertStarted = performance.now();
const batch = db.transaction((count: number) => {
  for (let i = 0; i < count; i++) {
    const org = pick(organizations);
    const scores: Record<string, number> = {};
    for (const d of DIMENSIONS) if (random() < 0.85) scores[d] = (10 + Math.floor(random() * 41)) / 10;
    if (Object.keys(scores).length === 0) scores.collecte = 2.5;
    const submission: Submission = {
      format: 1,
      questionnaireId: 'cqm-maturite',
      version: '1.0.0',
      period: pick(PERIODS),
      profile: org.profile,
      scores,
      organizationKey: org.key,
      submissionId: randomUUID(),
      idempotencyKey: randomUUID(),
      withdrawalHash: hash,
    };
    store.submit(submission, hash, '2026-11-21');
  }
});
for (let done = 0; done < SUBMISSIONS; done += 10_000) batch(Math.min(10_000, SUBMISSIONS - done));
const insertMs = performance.now() - insertStarted;

const started = performance.now();
const families = readVersionFamilies();
const published = new Aggregates(store, families).of('cqm-maturite');
const endToEndMs = performance.now() - started;

const records = store.records('cqm-maturite', (version) => familyOf('cqm-maturite', version, families));
const rulesStarted = performance.now();
publishAggregates(records);
const rulesMs = performance.now() - rulesStarted;

console.log(JSON.stringify({ submissions: SUBMISSIONS, organizations: ORGANIZATIONS, periods: PERIODS.length, dimensions: DIMENSIONS.length, cells: published.cells.length, insertMs, endToEndMs, rulesMs }));
