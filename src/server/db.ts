/**
 * Opens the SQLite database and brings its schema up to date.
 *
 * WAL with synchronous = FULL: a commit returns only once it is on disk, so a submission acknowledged
 * after its commit survives a crash or a kill. Migrations are the numbered files of ./migrations,
 * applied in order, each in its own transaction; `PRAGMA user_version` records the last one applied.
 * A migration that shipped is never edited: add the next number.
 */
import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Db = Database.Database;

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function migrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}-[a-z0-9-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f, sql: readFileSync(join(dir, f), 'utf8') }));
}

export function openDb(file: string, dir = MIGRATIONS_DIR): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // SQLite's automatic checkpoint (copying the WAL back into the database file) at 16,000 pages (64 MB
  // of WAL) rather than 1,000. With a file, the checkpointer thread (./checkpointer.ts) copies the log
  // beside the writer once a second and this threshold is only a backstop: a checkpoint that
  // runs inside a commit makes that commit's submitters wait for it. Keys are random, so consecutive
  // submissions dirty pages all over three B-trees; rarer checkpoints copy each of those pages once
  // rather than again and again. Durability does not change: each commit still waits for its fsync.
  db.pragma('wal_autocheckpoint = 16000');
  // A second process (a test, a backup) may hold a read lock for a moment.
  db.pragma('busy_timeout = 5000');
  migrate(db, dir);
  return db;
}

export function migrate(db: Db, dir = MIGRATIONS_DIR): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const all = migrations(dir);
  const newest = all.at(-1)?.version ?? 0;
  if (current > newest) {
    throw new Error(`the database is at schema ${current}, newer than this server (${newest}): update the server`);
  }
  for (const migration of all) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
