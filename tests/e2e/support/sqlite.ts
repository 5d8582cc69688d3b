/** Reads the end-to-end server's database, read-only, to check what it really stored. */
import Database from 'better-sqlite3';
import { e2eDatabase } from '../env.ts';

export function storedRows(organizationKey: string): { submissions: number; idempotencyKeys: number } {
  const db = new Database(e2eDatabase(), { readonly: true, fileMustExist: true });
  try {
    const count = (sql: string) => (db.prepare(sql).get(organizationKey) as { n: number }).n;
    return {
      submissions: count('SELECT count(*) AS n FROM submissions WHERE organization_key = ?'),
      idempotencyKeys: count('SELECT count(*) AS n FROM idempotency_keys WHERE organization_key = ?'),
    };
  } finally {
    db.close();
  }
}

/** The raised hand stored under a request key, as the endpoint keeps it (or undefined). */
export function storedCohortRequest(requestKey: string): { organization_name: string; contact_email: string } | undefined {
  const db = new Database(e2eDatabase(), { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT organization_name, contact_email FROM cohort_requests WHERE key = ?').get(requestKey) as
      | { organization_name: string; contact_email: string }
      | undefined;
  } finally {
    db.close();
  }
}
