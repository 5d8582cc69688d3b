/**
 * Run by bench/sync.mjs (through tsx): stores 100,000 synthetic submissions of one quarter in a fresh
 * SQLite database, then times that quarter's snapshot, from the rows on disk to the stored cells (load +
 * disclosure rules with the audit + insert), the disclosure rules alone, and the first read. Prints JSON.
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
/** One closed quarter holds all of them: the snapshot of that quarter is what is timed. */
const PERIODS = ['2026-Q2'];
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

// The snapshot of the closed quarter, as the writer takes it: rows loaded, disclosure rules (with the
// audit), stored. Then the first read of it, as GET /aggregates does.
const started = performance.now();
const families = readVersionFamilies();
db.transaction(() => store.takeSnapshots(PERIODS[0]!, (q, version) => familyOf(q, version, families), '2026-11-21'))();
const endToEndMs = performance.now() - started;
const readStarted = performance.now();
const published = new Aggregates(store, families).of('cqm-maturite');
const firstReadMs = performance.now() - readStarted;

const loadStarted = performance.now();
// What the snapshot loads: each organization's latest submission of the quarter.
const records = store.records('cqm-maturite', (version) => familyOf('cqm-maturite', version, families), PERIODS[0]);
const loadMs = performance.now() - loadStarted;
const rulesStarted = performance.now();
publishAggregates(records);
const rulesMs = performance.now() - rulesStarted;

console.log(JSON.stringify({ submissions: SUBMISSIONS, organizations: ORGANIZATIONS, periods: PERIODS.length, dimensions: DIMENSIONS.length, cells: published.cells.length, insertMs, endToEndMs, rulesMs, loadMs, firstReadMs }));
