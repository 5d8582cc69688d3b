/**
 * Group commit: writes that arrive in the same turn of the event loop share one transaction, so one
 * fsync (synchronous = FULL) covers many submissions. Each write still gets its own savepoint: one that
 * throws is rolled back alone and its caller gets the error. Every caller's promise settles only after
 * the COMMIT has returned, i.e. after the data is on disk: acknowledged means durable.
 */
import type { Db } from './db.ts';

interface Pending {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export class WriteQueue {
  #pending: Pending[] = [];
  #scheduled = false;

  constructor(
    readonly db: Db,
    /** Called after each commit that changed something. */
    private readonly onCommit: () => void = () => {},
  ) {}

  run<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => this.#flush());
      }
    });
  }

  #flush() {
    const batch = this.#pending;
    this.#pending = [];
    this.#scheduled = false;
    const outcomes: { ok: boolean; value: unknown }[] = [];
    try {
      this.db.transaction(() => {
        for (const item of batch) {
          try {
            // A nested better-sqlite3 transaction is a savepoint: on a throw only this write is undone.
            outcomes.push({ ok: true, value: this.db.transaction(item.work)() });
          } catch (error) {
            outcomes.push({ ok: false, value: error });
          }
        }
      })();
    } catch (error) {
      // The commit itself failed: nothing of the batch is stored, so nothing is acknowledged.
      for (const item of batch) item.reject(error);
      return;
    }
    this.onCommit();
    batch.forEach((item, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.value);
    });
  }
}
