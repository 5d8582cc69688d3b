/**
 * npm run db:backup -- FILE: a consistent copy of the endpoint's database (DIAPASON_DB) while the
 * server runs, by SQLite's online backup API (pages are copied while writers go on; the copy is one
 * moment of the database). Then checks the copy's integrity. Restoring is in docs/deploy.md.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readConfig } from '../src/server/config.ts';

const target = process.argv[2];
if (!target) {
  console.error('Usage: npm run db:backup -- FILE');
  process.exit(2);
}
const destination = resolve(target);
const source = readConfig().dbFile;
if (!existsSync(source)) {
  console.error(`No database at ${source} (DIAPASON_DB).`);
  process.exit(1);
}
if (existsSync(destination)) {
  console.error(`${destination} exists: choose a new file, a backup never overwrites one.`);
  process.exit(1);
}

const db = new Database(source, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
const started = performance.now();
await db.backup(destination);
db.close();

const copy = new Database(destination, { readonly: true });
const integrity = copy.pragma('integrity_check', { simple: true });
const submissions = (copy.prepare('SELECT count(*) AS n FROM submissions').get() as { n: number }).n;
copy.close();
if (integrity !== 'ok') {
  console.error(`The copy failed its integrity check: ${String(integrity)}`);
  process.exit(1);
}
console.log(`Backup of ${source} written to ${destination} in ${Math.round(performance.now() - started)} ms: integrity ok, ${submissions} submission(s).`);
