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
