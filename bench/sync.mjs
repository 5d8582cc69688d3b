/**
 * The CQM endpoint on loopback, with autocannon:
 *   - accepted submissions per second (each one a distinct, valid body, acknowledged after its
 *     commit) beside a trivial route of the same server (GET /api/v1/health), in the same run: the ratio;
 *   - p99 latency of submissions at a steady 200 requests/s for 60 s;
 *   - the snapshot of a closed quarter of 100,000 synthetic submissions (bench/sync-aggregates.ts).
 * The server runs with rate limits off (DIAPASON_RATE_LIMIT=0), on its own throw-away database.
 */
import autocannon from 'autocannon';
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { ROOT, startServer } from './lib.mjs';

// The throughput ratio to a trivial route is printed, no longer a budget: what matters is the p99 at
// the sector's expected rate.
export const BUDGET_P99_MS = 20;
export const BUDGET_AGGREGATES_MS = 2000;

const SECONDS = Number(process.env.BENCH_SYNC_SECONDS ?? 10);
const STEADY_SECONDS = Number(process.env.BENCH_SYNC_STEADY_SECONDS ?? 60);

const hash = createHash('sha256').update(randomBytes(32).toString('base64url')).digest('hex');
const PROFILES = ['diffuseur', 'producteur'].flatMap((role) => ['0-2', '3-9'].map((sizeBand) => ({ role, sizeBand, regionGroup: 'montreal', discipline: 'classique' })));
/** Submissions are taken for the quarter under way only (src/core/quarters.ts). */
const PERIOD = `${new Date().getUTCFullYear()}-Q${Math.floor(new Date().getUTCMonth() / 3) + 1}`;
let n = 0;
/** A valid submission of its own (new organization, ids and key), as a laptop would send it. */
function submissionBody() {
  n++;
  return JSON.stringify(
    {
      format: 1,
      questionnaireId: 'cqm-maturite',
      version: '1.0.0',
      period: PERIOD,
      profile: PROFILES[n % PROFILES.length],
      scores: { collecte: 1 + (n % 41) / 10, usage: 2.5, gouvernance: 3.1, competences: 2 },
      organizationKey: randomUUID(),
      submissionId: randomUUID(),
      idempotencyKey: randomUUID(),
      withdrawalHash: hash,
    },
    null,
    2,
  );
}

function run(options) {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

const status = (result, code) => Number(result.statusCodeStats?.[code]?.count ?? 0);

/**
 * Bodies are made before a run, not while it runs: client and server share this machine's cores, and
 * the trivial route it is compared with costs its client nothing per request. A run that outlasts
 * its pool makes the rest on the fly.
 */
let pool = [];
const fillPool = (count) => {
  pool = Array.from({ length: count }, submissionBody);
};
const submissionRequest = {
  method: 'POST',
  path: '/api/v1/submissions',
  headers: { 'content-type': 'application/json' },
  setupRequest: (request) => ({ ...request, body: pool.pop() ?? submissionBody() }),
};

export async function measureSync({ url: appUrl }) {
  // Its own server and database, with rate limits off: one client sends thousands of requests.
  const endpoint = await startServer(Number(new URL(appUrl).port) + 1, { DIAPASON_RATE_LIMIT: '0' });
  try {
    const { url } = endpoint;
    // Warm up both routes (JIT, SQLite pages) before measuring.
    await run({ url: `${url}/api/v1/health`, connections: 10, duration: 2 });
    fillPool(30_000);
    await run({ url, connections: 10, duration: 2, requests: [submissionRequest] });

    const trivial = await run({ url: `${url}/api/v1/health`, connections: 50, duration: SECONDS });
    fillPool(SECONDS * 20_000);
    const submit = await run({ url, connections: 50, duration: SECONDS, requests: [submissionRequest] });
    const trivialPerSecond = status(trivial, 200) / SECONDS;
    const acceptedPerSecond = status(submit, 201) / SECONDS;
    const ratio = acceptedPerSecond / trivialPerSecond;

    process.stderr.write(`  steady 200 req/s for ${STEADY_SECONDS} s…\n`);
    fillPool(STEADY_SECONDS * 250);
    const steady = await run({ url, connections: 20, duration: STEADY_SECONDS, overallRate: 200, requests: [submissionRequest] });
    const p99 = steady.latency.p99;
    // The same rate on the trivial route: the floor this machine sets, to read the p99 against.
    const floor = await run({ url: `${url}/api/v1/health`, connections: 20, duration: Math.min(10, STEADY_SECONDS), overallRate: 200 });
    const load = loadavg()[0];

    const child = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/sync-aggregates.ts'), '100000'], { cwd: ROOT, encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`sync-aggregates failed: ${child.stderr}`);
    const aggregates = JSON.parse(child.stdout.trim().split('\n').at(-1));

    return {
      figures: {
        trivialPerSecond,
        acceptedPerSecond,
        ratio,
        submitNon201: submit.non2xx + status(submit, 200),
        submitErrors: submit.errors,
        steady: { rate: 200, seconds: STEADY_SECONDS, requests: steady.requests.total, p50Ms: steady.latency.p50, p99Ms: p99, maxMs: steady.latency.max, non2xx: steady.non2xx },
        trivialSteady: { rate: 200, p50Ms: floor.latency.p50, p99Ms: floor.latency.p99 },
        loadAverage: load,
        aggregates,
      },
      rows: [
        ['Trivial route (GET /health), req/s', trivialPerSecond.toFixed(0), '', null],
        ['Accepted submissions (201 after commit), /s', acceptedPerSecond.toFixed(0), '', null],
        ['  ratio submissions / trivial route', ratio.toFixed(2), '', null],
        [`Submissions at 200/s for ${STEADY_SECONDS} s, p99`, `${p99} ms`, `≤ ${BUDGET_P99_MS} ms`, p99 <= BUDGET_P99_MS && steady.non2xx === 0],
        ['  p50 / max', `${steady.latency.p50} / ${steady.latency.max} ms`, '', null],
        ['  GET /health at 200/s, p50 / p99 (the floor)', `${floor.latency.p50} / ${floor.latency.p99} ms`, '', null],
        [`Snapshot of a closed quarter of ${aggregates.submissions.toLocaleString('en')} submissions`, `${aggregates.endToEndMs.toFixed(0)} ms`, `≤ ${BUDGET_AGGREGATES_MS} ms`, aggregates.endToEndMs <= BUDGET_AGGREGATES_MS],
        ['  of which disclosure rules (with the audit) alone', `${aggregates.rulesMs.toFixed(0)} ms`, '', null],
        ['  first read of the published snapshots', `${aggregates.firstReadMs.toFixed(1)} ms`, '', null],
        ['Machine load average (1 min) at the end', load.toFixed(1), `${cpus().length} cores`, null],
      ],
    };
  } finally {
    endpoint.stop();
  }
}
