/**
 * Hostile submissions: 10,000 bodies of the right shape that name invented dimension ids, invented
 * questionnaire versions or quarters from 2000 to 2099 (each of which, before strict input, made a
 * population of its own and grew the aggregates' memory for good). Sent to a server of its own with
 * rate limits off; reports the server's resident memory (RSS) before and after, what was refused, then after a
 * second round of as many (the heap a first round grew is reused, not grown again: what stays is
 * bounded), and a read of the published figures afterwards.
 *
 * Run alone: `node --import tsx bench/hostile.ts` (prints the table's rows as JSON).
 */
import { readFileSync } from 'node:fs';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { startServer } from './lib.mjs';

const COUNT = Number(process.env.BENCH_HOSTILE_COUNT ?? 10_000);
const CONCURRENCY = 20;

const rssMb = (pid: number) => {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  return Math.round(kb / 1024);
};

const hash = createHash('sha256').update(randomBytes(32).toString('base64url')).digest('hex');
const year = new Date().getUTCFullYear();
const current = `${year}-Q${Math.floor(new Date().getUTCMonth() / 3) + 1}`;

function hostileBody(i: number): string {
  const kind = i % 3;
  const scores: Record<string, number> = { collecte: 2.5 };
  // Invented dimension ids: a new one every time.
  if (kind === 0) for (let d = 0; d < 19; d++) scores[`dimension-${i}-${d}`] = 3;
  return JSON.stringify({
    format: 1,
    questionnaireId: 'cqm-maturite',
    // Invented versions: each would have been a version family of its own.
    version: kind === 1 ? `${1 + (i % 90)}.${i % 97}.${i % 89}` : '1.0.0',
    // Quarters from 2000 to 2099.
    period: kind === 2 ? `${2000 + (i % 100)}-Q${1 + (i % 4)}` : kind === 0 ? current : current,
    profile: { role: 'producteur', sizeBand: '0-2', regionGroup: 'montreal', discipline: 'classique' },
    scores,
    organizationKey: randomUUID(),
    submissionId: randomUUID(),
    idempotencyKey: randomUUID(),
    withdrawalHash: hash,
  });
}

export async function measureHostile({ url: appUrl }: { url: string }) {
  const server = await startServer(Number(new URL(appUrl).port) + 2, { DIAPASON_RATE_LIMIT: '0' });
  try {
    const { url, pid } = server as { url: string; pid: number };
    const peers = `${url}/api/v1/aggregates?questionnaireId=cqm-maturite&version=1.0.0`;
    await fetch(peers).then((r) => r.arrayBuffer());
    const before = rssMb(pid);
    const statuses = new Map<number, number>();
    let next = 0;
    let end = COUNT;
    const worker = async () => {
      while (next < end) {
        const i = next++;
        const res = await fetch(`${url}/api/v1/submissions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: hostileBody(i) });
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const after = rssMb(pid);
    // A second round of as many: what the first left in memory for good shows as growth that goes on.
    end = 2 * COUNT;
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const afterSecond = rssMb(pid);
    const readStarted = performance.now();
    const read = await fetch(peers);
    await read.arrayBuffer();
    const readMs = performance.now() - readStarted;
    const refused = statuses.get(422) ?? 0;
    const figures = { count: COUNT, statuses: Object.fromEntries(statuses), rssBeforeMb: before, rssAfterMb: after, rssAfterSecondMb: afterSecond, readAfterMs: readMs };
    return {
      figures,
      rows: [
        [`Hostile submissions, two rounds (invented ids, versions, quarters)`, `2 × ${COUNT.toLocaleString('en')}`, '', null],
        ['  refused with 422 (both rounds)', refused.toLocaleString('en'), `${(2 * COUNT).toLocaleString('en')}`, refused === 2 * COUNT],
        ['  server RSS before / after 10,000 / after 20,000', `${before} / ${after} / ${afterSecond} MB`, 'second round ≤ +20 MB', afterSecond - after <= 20],
        ['  GET /aggregates afterwards', `${readMs.toFixed(0)} ms`, '≤ 50 ms', readMs <= 50],
      ] as [string, string, string, boolean | null][],
    };
  } finally {
    server.stop();
  }
}

if (process.argv[1]?.endsWith('hostile.ts')) {
  const result = await measureHostile({ url: 'http://127.0.0.1:4395' });
  console.log(JSON.stringify(result.figures));
}
