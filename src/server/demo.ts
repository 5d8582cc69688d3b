/**
 * The demonstration sector: made-up organizations with random profiles and scores, in closed past
 * quarters of a local database, with their snapshots taken, so that a newcomer sees the dashboard and
 * the peers view working. Never by default (npm run db:seed-demo), and never into a database that holds
 * real submissions: the database is marked as a demonstration one, and every published figure says so.
 */
import { createHash, randomUUID } from 'node:crypto';
import { familyOf } from '../core/comparability.ts';
import { FILTER_VALUES } from '../core/disclosure.ts';
import { compareVersions } from '../core/questionnaire/schema.ts';
import { lastClosedPeriod, previousPeriod } from '../core/quarters.ts';
import { READINESS_OUTCOMES } from '../core/readiness.ts';
import { SUBMISSION_FORMAT, type Submission } from '../core/sync.ts';
import type { Db } from './db.ts';
import type { Bundled } from './questionnaires.ts';
import { Store } from './store.ts';

export class DemonstrationRefused extends Error {}

export interface DemonstrationOptions {
  organizations?: number;
  quarters?: number;
  /** Seed of the random generator: the same seed gives the same sector. */
  seed?: number;
}

/** Seeds the sector; returns what it added. Throws DemonstrationRefused on a database with real submissions. */
export function seedDemonstration(db: Db, bundled: Bundled, now: Date, options: DemonstrationOptions = {}) {
  const { organizations = 160, quarters = 4, seed = 2026 } = options;
  const store = new Store(db);
  const stored = (db.prepare('SELECT count(*) AS n FROM submissions').get() as { n: number }).n;
  if (stored > 0 && !store.isDemonstration()) {
    throw new DemonstrationRefused(`this database holds ${stored} real submission(s): the demonstration sector goes into a database of its own`);
  }
  if (store.isDemonstration()) throw new DemonstrationRefused('this database already holds the demonstration sector');

  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;

  // The newest bundled version of the main questionnaire: what a newcomer's laptop would submit on.
  const version = [...bundled.versions].filter((v) => v.questionnaireId === 'cqm-maturite').sort((a, b) => compareVersions(a.version, b.version)).at(-1);
  if (!version) throw new DemonstrationRefused('no bundled cqm-maturite questionnaire');
  const periods: string[] = [lastClosedPeriod(now)];
  while (periods.length < quarters) periods.unshift(previousPeriod(periods[0]!));
  const withdrawalHash = createHash('sha256').update('demonstration').digest('hex');
  const members = Array.from({ length: organizations }, () => ({
    key: randomUUID(),
    level: 1.5 + random() * 2.5,
    profile: {
      role: pick(FILTER_VALUES.role),
      sizeBand: pick(FILTER_VALUES.sizeBand),
      // Most members in Montréal, as in the sector.
      regionGroup: random() < 0.5 ? 'montreal' : pick(FILTER_VALUES.regionGroup),
      discipline: pick(FILTER_VALUES.discipline),
    } as Submission['profile'],
  }));

  let submissions = 0;
  const today = now.toISOString().slice(0, 10);
  db.transaction(() => {
    periods.forEach((period, q) => {
      for (const member of members) {
        if (random() > 0.75) continue;
        const scores: Record<string, number> = {};
        for (const dimension of version.dimensions) {
          const score = Math.min(5, Math.max(1, member.level + q * 0.1 + (random() - 0.5) * 1.6));
          scores[dimension] = Math.round(score * 10) / 10;
        }
        const submission: Submission = {
          format: SUBMISSION_FORMAT,
          questionnaireId: version.questionnaireId,
          version: version.version,
          period,
          profile: member.profile,
          scores,
          ...(version.readiness ? { readiness: pick(READINESS_OUTCOMES) } : {}),
          organizationKey: member.key,
          submissionId: randomUUID(),
          idempotencyKey: randomUUID(),
          withdrawalHash,
        };
        store.submit(submission, randomUUID().replace(/-/g, '').padEnd(64, '0'), today);
        submissions++;
      }
    });
    db.prepare("INSERT INTO meta (key, value) VALUES ('demonstration', '1')").run();
    store.takeSnapshots(periods.at(-1)!, (q, v) => familyOf(q, v, bundled.families), today);
  })();
  return { organizations, submissions, periods };
}
