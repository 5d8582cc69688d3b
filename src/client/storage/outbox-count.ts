import { db } from './db.ts';

/**
 * How many requests wait in the sync outbox, read without the outbox's schemas: the first screen asks
 * this, and loads the outbox runner only when something is waiting.
 */
export function countQueued(): Promise<number> {
  return db().outbox.where('status').equals('queued').count();
}
