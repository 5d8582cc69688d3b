/**
 * The WAL checkpointer thread: copies committed pages from the write-ahead log back into the database
 * file, once a second, on a connection of its own. Each page is copied once however often it was
 * written in that second (keys are random: the same pages are written again and again), so checkpoints
 * cost less the rarer they are; once a second keeps the log small under a steady load.
 *
 * Left to SQLite, a checkpoint runs inside whichever commit makes the log cross its threshold, and
 * that commit's submitters wait for it: tens of milliseconds for a large log, the slowest responses of
 * a steady load. A PASSIVE checkpoint from another connection runs beside the writer instead (SQLite
 * lets one checkpointer and one writer work at once in WAL mode) and never waits for a lock. The
 * writer keeps SQLite's automatic checkpoint at a high threshold (db.ts) as a backstop should this
 * thread fall behind. Durability does not depend on it: a commit is on disk once its log is.
 */
import Database from 'better-sqlite3';
import { workerData } from 'node:worker_threads';

export const CHECKPOINT_EVERY_MS = 1000;

const db = new Database((workerData as { file: string }).file);
db.pragma('busy_timeout = 5000');
setInterval(() => db.pragma('wal_checkpoint(PASSIVE)'), CHECKPOINT_EVERY_MS);
