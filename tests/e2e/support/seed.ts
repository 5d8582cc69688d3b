/**
 * Other organizations' submissions, in the last closed quarter of the end-to-end server's database,
 * published the way the server publishes them: a quarter's figures exist only once it has closed and
 * its snapshot is taken (src/core/quarters.ts). Written to the database file directly (the open quarter
 * never shows), then that quarter's snapshot is taken again with them.
 */
import { createHash, randomUUID } from 'node:crypto';
import { familyOf } from '../../../src/core/comparability.ts';
import { lastClosedPeriod } from '../../../src/core/quarters.ts';
import type { Submission, SyncProfile } from '../../../src/core/sync.ts';
import { openDb } from '../../../src/server/db.ts';
import { readBundled } from '../../../src/server/questionnaires.ts';
import { Store } from '../../../src/server/store.ts';
import { makeSubmission } from '../../support/sync.ts';
import { e2eDatabase } from '../env.ts';

/** The quarter whose figures are published now: the last closed one. */
export const publishedPeriod = () => lastClosedPeriod(new Date());

export function seedOrganizations(
  profiles: Partial<SyncProfile>[],
  score = (i: number) => 1 + (i % 40) / 10,
  extra: Partial<Pick<Submission, 'version' | 'readiness'>> = {},
) {
  const period = publishedPeriod();
  const today = new Date().toISOString().slice(0, 10);
  const { families } = readBundled();
  const db = openDb(e2eDatabase());
  const store = new Store(db);
  try {
    db.transaction(() => {
      for (const [i, profile] of profiles.entries()) {
        const s = score(i);
        const submission = makeSubmission({ period, profile, scores: { collecte: s, usage: s, gouvernance: s, competences: s }, ...extra });
        store.submit(submission, createHash('sha256').update(randomUUID()).digest('hex'), today);
      }
      db.prepare('DELETE FROM snapshots WHERE period = ?').run(period);
      store.takeSnapshots(period, (q, v) => familyOf(q, v, families), today);
    })();
  } finally {
    db.close();
  }
}

/** n profiles cycling through the given values (never 'ancienne', the e2e organization's own discipline). */
export function profiles(n: number, pick: (i: number) => Partial<SyncProfile>): Partial<SyncProfile>[] {
  return Array.from({ length: n }, (_, i) => pick(i));
}
