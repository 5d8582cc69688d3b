/**
 * What the endpoint keeps, and the only code that reads or writes it. Every write runs inside the
 * writer's transaction (./writer.ts), so it is acknowledged only after its commit.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { publishAggregates, type PublishedCell, type PublishedReadinessCell, type SyncedRecord } from '../core/disclosure.ts';
import type { ReadinessOutcome } from '../core/readiness.ts';
import type { Submission } from '../core/sync.ts';
import type { Db } from './db.ts';

export interface AcceptedSubmission {
  status: 'stored';
  submissionId: string;
  period: string;
}

export type SubmitOutcome =
  | { kind: 'stored'; status: 201; body: AcceptedSubmission }
  /** The same idempotency key with the same body: the first response again. */
  | { kind: 'replayed'; status: number; body: unknown }
  /** The same idempotency key with another body. */
  | { kind: 'idempotency-key-reused' }
  /** The submission id is already stored under another idempotency key. */
  | { kind: 'submission-exists' }
  /** The organization key is known with another withdrawal hash. */
  | { kind: 'organization-key-conflict' }
  /** The organization withdrew its data: nothing more is taken under its key. */
  | { kind: 'withdrawn' }
  /** Organization codes are required and this one was never issued. */
  | { kind: 'code-invalid' }
  /** The code already speaks for another organization key (or this key already has another code). */
  | { kind: 'code-used' };

/** No data under the key and a wrong secret are one outcome: the answer must not tell whether a key exists. */
export type WithdrawOutcome = { kind: 'withdrawn'; deleted: number } | { kind: 'not-found' };

export const sha256Hex = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex');

/** Compared against when a key is unknown; no secret hashes to it (it is not a SHA-256 output anyone can aim at). */
const NO_HASH = '0'.repeat(64);

function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** seq, organization_key, period, questionnaire_version, role, size_band, region_group, discipline, scores (JSON), readiness. */
type SubmissionRow = [
  number,
  string,
  string,
  string,
  SyncedRecord['profile']['role'],
  SyncedRecord['profile']['sizeBand'],
  SyncedRecord['profile']['regionGroup'],
  SyncedRecord['profile']['discipline'],
  string,
  ReadinessOutcome | null,
];

/** What a snapshot holds: one quarter's published cells of one questionnaire, every family. */
export interface SnapshotFigures {
  cells: PublishedCell[];
  readiness: PublishedReadinessCell[];
}

export interface SnapshotRow extends SnapshotFigures {
  period: string;
  takenOn: string;
}

export class Store {
  /** Bumped after every committed change: caches of aggregates compare it. */
  version = 0;

  readonly #q;

  constructor(readonly db: Db) {
    this.#q = {
      idempotency: db.prepare<[string], { body_hash: string; status: number; response: string }>(
        'SELECT body_hash, status, response FROM idempotency_keys WHERE key = ?',
      ),
      // One statement for the three checks a new submission needs.
      standing: db.prepare<[{ key: string; id: string }], { withdrawal_hash: string | null; withdrawn: number; taken: number }>(
        `SELECT (SELECT withdrawal_hash FROM organizations WHERE key = @key) AS withdrawal_hash,
                EXISTS (SELECT 1 FROM withdrawn_organizations WHERE key = @key) AS withdrawn,
                EXISTS (SELECT 1 FROM submissions WHERE id = @id) AS taken`,
      ),
      organization: db.prepare<[string], { withdrawal_hash: string }>('SELECT withdrawal_hash FROM organizations WHERE key = ?'),
      insertOrganization: db.prepare('INSERT INTO organizations (key, withdrawal_hash) VALUES (?, ?)'),
      insertSubmission: db.prepare(
        `INSERT INTO submissions (id, organization_key, questionnaire_id, questionnaire_version, period, role,
           size_band, region_group, discipline, scores, readiness)
         VALUES (@id, @organizationKey, @questionnaireId, @version, @period, @role, @sizeBand, @regionGroup,
           @discipline, @scores, @readiness)`,
      ),
      insertIdempotency: db.prepare(
        'INSERT INTO idempotency_keys (key, body_hash, status, response, organization_key, created_on) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      deleteSubmissions: db.prepare('DELETE FROM submissions WHERE organization_key = ?'),
      deleteIdempotency: db.prepare('DELETE FROM idempotency_keys WHERE organization_key = ?'),
      deleteOrganization: db.prepare('DELETE FROM organizations WHERE key = ?'),
      insertWithdrawn: db.prepare('INSERT OR IGNORE INTO withdrawn_organizations (key) VALUES (?)'),
      // Rows as arrays (raw): 100,000 of them load in about half the time objects take.
      records: db
        .prepare<[string], SubmissionRow>(
          `SELECT seq, organization_key, period, questionnaire_version, role, size_band, region_group, discipline,
             scores, readiness
           FROM submissions WHERE questionnaire_id = ?`,
        )
        .raw(),
      code: db.prepare<[string], { used: number; organization_key: string | null }>(
        'SELECT used, organization_key FROM organization_codes WHERE hash = ?',
      ),
      codeOfKey: db.prepare<[string], { hash: string }>('SELECT hash FROM organization_codes WHERE organization_key = ?'),
      bindCode: db.prepare('UPDATE organization_codes SET used = 1, organization_key = ? WHERE hash = ?'),
      unbindCode: db.prepare('UPDATE organization_codes SET organization_key = NULL WHERE organization_key = ?'),
      insertCode: db.prepare('INSERT INTO organization_codes (hash, batch, created_on) VALUES (?, ?, ?)'),
      nextBatch: db.prepare<[], { next: number }>('SELECT coalesce(max(batch), 0) + 1 AS next FROM organization_codes'),
      batches: db.prepare<[], { batch: number; created_on: string; issued: number; used: number }>(
        'SELECT batch, min(created_on) AS created_on, count(*) AS issued, sum(used) AS used FROM organization_codes GROUP BY batch ORDER BY batch',
      ),
      // A quarter's snapshot counts each organization once, by its latest submission (core's rule 1):
      // only those rows leave SQLite (SQLite takes the other columns from the max(seq) row). With
      // 100,000 submissions from 15,000 organizations, 15,000 rows are read and parsed instead of all.
      periodRecords: db
        .prepare<[string, string], SubmissionRow>(
          `SELECT max(seq), organization_key, period, questionnaire_version, role, size_band, region_group, discipline,
             scores, readiness
           FROM submissions WHERE questionnaire_id = ? AND period = ? GROUP BY organization_key`,
        )
        .raw(),
      // Quarters closed for good that have rows and no snapshot yet.
      pendingSnapshots: db.prepare<[string], { questionnaire_id: string; period: string }>(
        `SELECT DISTINCT s.questionnaire_id, s.period FROM submissions s
         WHERE s.period <= ? AND NOT EXISTS
           (SELECT 1 FROM snapshots n WHERE n.questionnaire_id = s.questionnaire_id AND n.period = s.period)
         ORDER BY s.questionnaire_id, s.period`,
      ),
      insertSnapshot: db.prepare('INSERT INTO snapshots (questionnaire_id, period, taken_on, figures) VALUES (?, ?, ?, ?)'),
      snapshots: db.prepare<[string], { period: string; taken_on: string; figures: string }>(
        'SELECT period, taken_on, figures FROM snapshots WHERE questionnaire_id = ? ORDER BY period',
      ),
      meta: db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?'),
      totals: db.prepare<[string], { submissions: number; organizations: number }>(
        'SELECT count(*) AS submissions, count(DISTINCT organization_key) AS organizations FROM submissions WHERE questionnaire_id = ?',
      ),
    };
  }

  /**
   * Stores a validated submission. Runs inside a transaction; `today` is the UTC date (YYYY-MM-DD).
   * `codeHash`: when organization codes are required, the SHA-256 of the code the submission carries.
   */
  submit(submission: Submission, bodyHash: string, today: string, codeHash?: string): SubmitOutcome {
    const q = this.#q;
    const previous = q.idempotency.get(submission.idempotencyKey);
    if (previous) {
      return sameHex(previous.body_hash, bodyHash)
        ? { kind: 'replayed', status: previous.status, body: JSON.parse(previous.response) }
        : { kind: 'idempotency-key-reused' };
    }
    const standing = q.standing.get({ key: submission.organizationKey, id: submission.submissionId })!;
    if (standing.withdrawn) return { kind: 'withdrawn' };
    if (standing.withdrawal_hash !== null && !sameHex(standing.withdrawal_hash, submission.withdrawalHash)) {
      return { kind: 'organization-key-conflict' };
    }
    if (standing.taken) return { kind: 'submission-exists' };
    if (codeHash !== undefined) {
      const code = q.code.get(codeHash);
      if (!code) return { kind: 'code-invalid' };
      if (code.organization_key !== submission.organizationKey) {
        // One code, one key: a used code never takes a second key, and a key keeps its first code.
        if (code.used || q.codeOfKey.get(submission.organizationKey)) return { kind: 'code-used' };
        q.bindCode.run(submission.organizationKey, codeHash);
      }
    }

    if (standing.withdrawal_hash === null) q.insertOrganization.run(submission.organizationKey, submission.withdrawalHash);
    q.insertSubmission.run({
      id: submission.submissionId,
      organizationKey: submission.organizationKey,
      questionnaireId: submission.questionnaireId,
      version: submission.version,
      period: submission.period,
      ...submission.profile,
      scores: JSON.stringify(submission.scores),
      readiness: submission.readiness ?? null,
    });
    const body: AcceptedSubmission = { status: 'stored', submissionId: submission.submissionId, period: submission.period };
    q.insertIdempotency.run(submission.idempotencyKey, bodyHash, 201, JSON.stringify(body), submission.organizationKey, today);
    return { kind: 'stored', status: 201, body };
  }

  /** Deletes every row of an organization whose caller proves the secret. Runs inside a transaction. */
  withdraw(organizationKey: string, secret: string): WithdrawOutcome {
    const q = this.#q;
    const organization = q.organization.get(organizationKey);
    // The same work whether the key exists or not: hash and compare against a stand-in.
    const matches = sameHex(organization?.withdrawal_hash ?? NO_HASH, sha256Hex(secret));
    if (!organization || !matches) return { kind: 'not-found' };
    const deleted = q.deleteSubmissions.run(organizationKey).changes;
    q.deleteIdempotency.run(organizationKey);
    q.deleteOrganization.run(organizationKey);
    q.insertWithdrawn.run(organizationKey);
    // The code stays used (it cannot bring in another key) but no longer points at this key.
    q.unbindCode.run(organizationKey);
    return { kind: 'withdrawn', deleted };
  }

  /**
   * Every stored submission of a questionnaire, as the disclosure rules read them: `familyOf` gives the
   * version family of the version each was made on (the store does not know the declarations). With a
   * period: only each organization's latest submission of that period, all the rules would keep.
   */
  records(questionnaireId: string, familyOf: (version: string) => string, period?: string): SyncedRecord[] {
    const families = new Map<string, string>();
    const rows = period === undefined ? this.#q.records.all(questionnaireId) : this.#q.periodRecords.all(questionnaireId, period);
    return (rows as unknown as SubmissionRow[]).map(
      ([seq, organizationKey, period, version, role, sizeBand, regionGroup, discipline, scores, readiness]) => {
        let family = families.get(version);
        if (family === undefined) families.set(version, (family = familyOf(version)));
        return {
          organizationKey,
          period,
          seq,
          family,
          profile: { role, sizeBand, regionGroup, discipline },
          scores: JSON.parse(scores) as Record<string, number>,
          ...(readiness === null ? {} : { readiness }),
        };
      },
    );
  }

  /** Stores a new batch of code hashes. Runs inside a transaction; returns the batch's number. */
  addCodes(hashes: readonly string[], today: string): { batch: number } {
    const batch = this.#q.nextBatch.get()!.next;
    for (const hash of hashes) this.#q.insertCode.run(hash, batch, today);
    return { batch };
  }

  /** Each batch of codes: when it was made, how many codes, how many used. Never a code or a key. */
  codeBatches(): { batch: number; createdOn: string; issued: number; used: number }[] {
    return this.#q.batches.all().map((b) => ({ batch: b.batch, createdOn: b.created_on, issued: b.issued, used: b.used }));
  }

  /**
   * Takes the snapshot of every quarter up to `lastClosed` that has rows and none yet: its cells, by
   * core's disclosure rules, stored once. Runs inside a transaction. `familyOf` places each version.
   */
  takeSnapshots(lastClosed: string, familyOf: (questionnaireId: string, version: string) => string, takenOn: string): { taken: number } {
    const pending = this.#q.pendingSnapshots.all(lastClosed);
    for (const { questionnaire_id: questionnaireId, period } of pending) {
      const figures: SnapshotFigures = publishAggregates(this.records(questionnaireId, (v) => familyOf(questionnaireId, v), period));
      this.#q.insertSnapshot.run(questionnaireId, period, takenOn, JSON.stringify(figures));
    }
    return { taken: pending.length };
  }

  /** Every snapshot of a questionnaire, oldest quarter first. */
  snapshots(questionnaireId: string): SnapshotRow[] {
    return this.#q.snapshots.all(questionnaireId).map((row) => ({
      period: row.period,
      takenOn: row.taken_on,
      ...(JSON.parse(row.figures) as SnapshotFigures),
    }));
  }

  /** Whether the database holds the made-up demonstration sector (npm run db:seed-demo). */
  isDemonstration(): boolean {
    return this.#q.meta.get('demonstration')?.value === '1';
  }

  totals(questionnaireId: string): { submissions: number; organizations: number } {
    return this.#q.totals.get(questionnaireId) ?? { submissions: 0, organizations: 0 };
  }

  /**
   * Retention: deletes submissions of periods before `firstKeptPeriod`, organizations left without
   * any, and idempotency records from before `firstKeptDay`. Runs inside a transaction.
   */
  purge(firstKeptPeriod: string, firstKeptDay: string): { submissions: number } {
    const submissions = this.db.prepare('DELETE FROM submissions WHERE period < ?').run(firstKeptPeriod).changes;
    this.db.prepare('DELETE FROM organizations WHERE key NOT IN (SELECT organization_key FROM submissions)').run();
    this.db.prepare('DELETE FROM idempotency_keys WHERE created_on < ?').run(firstKeptDay);
    return { submissions };
  }
}
