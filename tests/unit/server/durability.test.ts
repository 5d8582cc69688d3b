/**
 * Durability: the real server, killed with SIGKILL while 1,000 submissions are under way, then
 * restarted on the same database. Every submission that got a 201 is there, the database is intact,
 * nothing is stored twice, and resending everything completes it without duplicates.
 */
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { periodOf } from '../../../src/core/sync.ts';
import { body, makeSubmission } from '../../support/sync.ts';
import { startServer } from '../../support/server.ts';

const TOTAL = 1000;
/** Requests in flight at once, like many laptops syncing together; bounded so loopback keeps up. */
const CONCURRENCY = 50;
/** The kill comes once this many submissions are acknowledged: mid-stream, whatever the machine's speed. */
const KILL_AFTER = 200;

async function sendAll(url: string, bodies: string[], onAck: (i: number) => void): Promise<Map<number, number | 'failed'>> {
  const results = new Map<number, number | 'failed'>();
  let next = 0;
  const worker = async () => {
    while (next < bodies.length) {
      const i = next++;
      try {
        const res = await fetch(`${url}/api/v1/submissions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodies[i] });
        await res.arrayBuffer();
        results.set(i, res.status);
        if (res.status === 201) onAck(i);
      } catch {
        results.set(i, 'failed');
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return results;
}

describe('durability', () => {
  it('SIGKILL during 1,000 concurrent submissions loses no acknowledged one and duplicates none', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'diapason-kill-')), 'durability.sqlite');
    const submissions = Array.from({ length: TOTAL }, (_, i) => makeSubmission({ period: periodOf(new Date().toISOString()), scores: { collecte: 1 + (i % 41) / 10 } }));
    const bodies = submissions.map(body);
    const env = { DIAPASON_RATE_LIMIT: '0' };

    const first = await startServer({ db, logName: 'durability-before-kill', env });
    let acknowledged = 0;
    const results = await sendAll(first.url, bodies, () => {
      if (++acknowledged === KILL_AFTER) first.child.kill('SIGKILL');
    });
    await first.exited;
    const acked = [...results].filter(([, status]) => status === 201).map(([i]) => submissions[i]!.submissionId);
    const failed = [...results.values()].filter((status) => status === 'failed').length;
    expect(acked.length).toBeGreaterThanOrEqual(KILL_AFTER);
    // The kill really happened mid-stream: requests were cut off.
    expect(failed).toBeGreaterThan(0);
    expect([...results.values()].every((status) => status === 201 || status === 'failed')).toBe(true);

    const second = await startServer({ db, logName: 'durability-after-kill', env });
    try {
      const reader = new Database(db, { readonly: true });
      expect(reader.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Set((reader.prepare('SELECT id FROM submissions').all() as { id: string }[]).map((r) => r.id));
      const { rows, uniq } = reader.prepare('SELECT count(*) AS rows, count(DISTINCT id) AS uniq FROM submissions').get() as { rows: number; uniq: number };
      reader.close();
      expect(acked.filter((id) => !stored.has(id))).toEqual([]);
      expect(rows).toBe(uniq);

      // Laptops retry what they did not hear back about (and what they did): one row each, no more.
      const retries = await sendAll(second.url, bodies, () => {});
      expect([...retries.values()].every((status) => status === 201)).toBe(true);
      const after = new Database(db, { readonly: true });
      expect(after.prepare('SELECT count(*) AS n, count(DISTINCT id) AS d FROM submissions').get()).toEqual({ n: TOTAL, d: TOTAL });
      after.close();
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  }, 90_000);
});
