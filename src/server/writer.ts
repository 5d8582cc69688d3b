/**
 * Every write to the database goes through a Writer, with group commit: the writes that arrive in the
 * same turn of the event loop share one transaction, so one fsync (synchronous = FULL) covers many
 * submissions. A write that throws is retried alone, so its caller gets the error and the others still
 * commit. A caller's promise settles only after the COMMIT has returned, i.e. after the data is on
 * disk: acknowledged means durable.
 *
 * The transactions run on the main thread's connection. They once ran in a worker thread of their own,
 * so that a batch's fsync would not hold the event loop: measured at 200 submissions a second for 60 s,
 * both kept the same p99 (17 ms) on the development machine, so the simpler one stayed. With a database
 * file, a thread still copies the write-ahead log into the database file beside the commits
 * (./checkpointer.ts), so no commit carries a checkpoint.
 */
import { Worker } from 'node:worker_threads';
import { familyOf, type VersionFamily } from '../core/comparability.ts';
import type { Submission } from '../core/sync.ts';
import type { Db } from './db.ts';
import { Store, type SubmitOutcome, type WithdrawOutcome } from './store.ts';

export type WriteOp =
  | { op: 'submit'; submission: Submission; bodyHash: string; today: string; codeHash?: string | undefined }
  | { op: 'codes'; hashes: string[]; today: string }
  | { op: 'snapshot'; lastClosed: string; families: VersionFamily[]; today: string }
  | { op: 'withdraw'; organizationKey: string; secret: string }
  | { op: 'purge'; firstKeptPeriod: string; firstKeptDay: string };

export type WriteOutcome = SubmitOutcome | WithdrawOutcome | { kind: 'purged'; submissions: number } | { kind: 'codes'; batch: number } | { kind: 'snapshots'; taken: number };

export type Settled<T> = { ok: true; value: T } | { ok: false; error: string };

/** Runs a batch of writes in one transaction; if one throws, each runs in a transaction of its own. */
export function runBatch<T>(db: Db, works: (() => T)[]): Settled<T>[] {
  try {
    const values = db.transaction(() => works.map((work) => work()))();
    return values.map((value) => ({ ok: true, value }));
  } catch {
    // Rare, so the common case stays one transaction without a savepoint per write.
    return works.map((work) => {
      try {
        return { ok: true, value: db.transaction(work)() };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    });
  }
}

export function apply(store: Store, op: WriteOp): WriteOutcome {
  switch (op.op) {
    case 'submit':
      return store.submit(op.submission, op.bodyHash, op.today, op.codeHash);
    case 'snapshot':
      return { kind: 'snapshots', ...store.takeSnapshots(op.lastClosed, (q, v) => familyOf(q, v, op.families), op.today) };
    case 'codes':
      return { kind: 'codes', ...store.addCodes(op.hashes, op.today) };
    case 'withdraw':
      return store.withdraw(op.organizationKey, op.secret);
    case 'purge':
      return { kind: 'purged', ...store.purge(op.firstKeptPeriod, op.firstKeptDay) };
  }
}

/** Whether an outcome changed what the published aggregates are computed from. */
export const changesData = (outcome: WriteOutcome) =>
  outcome.kind === 'stored' ||
  (outcome.kind === 'snapshots' && outcome.taken > 0) || (outcome.kind === 'withdrawn' && 'deleted' in outcome) || (outcome.kind === 'purged' && outcome.submissions > 0);

interface Pending {
  op: WriteOp;
  resolve: (value: WriteOutcome) => void;
  reject: (error: Error) => void;
}

export class Writer {
  #pending: Pending[] = [];
  #scheduled = false;
  /** One batch commits at a time; what arrives meanwhile waits and goes in the next, larger batch. */
  #committing = false;
  readonly #store: Store;
  readonly #checkpointer: Worker | undefined;

  constructor(
    private readonly db: Db,
    private readonly onChange: () => void,
  ) {
    this.#store = new Store(db);
    if (!db.memory) {
      this.#checkpointer = new Worker(threadEntry('checkpointer', import.meta.url), { workerData: { file: db.name } });
      // The automatic checkpoint (db.ts) still bounds the log: say so, and go on.
      this.#checkpointer.on('error', (error) => console.error(`the WAL checkpointer stopped: ${error.message}`));
      // The thread alone must not keep the process alive.
      this.#checkpointer.unref();
    }
  }

  submit(submission: Submission, bodyHash: string, today: string, codeHash?: string): Promise<SubmitOutcome> {
    return this.#enqueue({ op: 'submit', submission, bodyHash, today, codeHash }) as Promise<SubmitOutcome>;
  }

  /** Takes the snapshots due (every closed quarter up to `lastClosed` without one); resolves to how many. */
  async snapshot(lastClosed: string, families: VersionFamily[], today: string): Promise<number> {
    const outcome = await this.#enqueue({ op: 'snapshot', lastClosed, families, today });
    return outcome.kind === 'snapshots' ? outcome.taken : 0;
  }

  async addCodes(hashes: string[], today: string): Promise<number> {
    const outcome = await this.#enqueue({ op: 'codes', hashes, today });
    if (outcome.kind !== 'codes') throw new Error('codes not stored');
    return outcome.batch;
  }

  withdraw(organizationKey: string, secret: string): Promise<WithdrawOutcome> {
    return this.#enqueue({ op: 'withdraw', organizationKey, secret }) as Promise<WithdrawOutcome>;
  }

  async purge(firstKeptPeriod: string, firstKeptDay: string): Promise<number> {
    const outcome = await this.#enqueue({ op: 'purge', firstKeptPeriod, firstKeptDay });
    return outcome.kind === 'purged' ? outcome.submissions : 0;
  }

  /** Stops after the batches under way: nothing waiting or committing, the checkpointer ended. */
  async close(): Promise<void> {
    while (this.#committing || this.#pending.length > 0) await new Promise((resolve) => setImmediate(resolve));
    await this.#checkpointer?.terminate();
  }

  /** Runs one batch; resolves once it is committed. */
  protected async commit(ops: WriteOp[]): Promise<Settled<WriteOutcome>[]> {
    return runBatch(this.db, ops.map((op) => () => apply(this.#store, op)));
  }

  #enqueue(op: WriteOp): Promise<WriteOutcome> {
    return new Promise((resolve, reject) => {
      this.#pending.push({ op, resolve, reject });
      this.#schedule();
    });
  }

  #schedule() {
    if (this.#scheduled || this.#committing || this.#pending.length === 0) return;
    this.#scheduled = true;
    // After the current turn, so the requests read in this turn share the batch.
    setImmediate(() => void this.#flush());
  }

  async #flush() {
    const batch = this.#pending;
    this.#pending = [];
    this.#scheduled = false;
    this.#committing = true;
    let settled: Settled<WriteOutcome>[] | undefined;
    let failure: Error | undefined;
    try {
      settled = await this.commit(batch.map((p) => p.op));
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
    } finally {
      this.#committing = false;
    }
    // What arrived during this commit goes to the database now, before this batch's callers are
    // answered: writing their responses takes the event loop a while, and the writer would idle meanwhile.
    if (this.#pending.length > 0) void this.#flush();
    if (failure || !settled) {
      for (const p of batch) p.reject(failure ?? new Error('no outcome'));
    } else {
      if (settled.some((s) => s.ok && changesData(s.value))) this.onChange();
      batch.forEach((p, i) => {
        const s = settled[i]!;
        if (s.ok) p.resolve(s.value);
        else p.reject(new Error(s.error));
      });
    }
  }
}

/**
 * A thread's entry beside the module at `from`. Compiled (`npm run build`, build/server/*.js), it is
 * the compiled module itself. From the sources (tsx in development, Vitest), it is a bootstrap in
 * plain JavaScript (`<name>.mjs`) that registers tsx inside the thread first, since a thread does not
 * inherit the loader of the process.
 */
export function threadEntry(name: string, from: string): URL {
  return new URL(from.endsWith('.ts') ? `./${name}.mjs` : `./${name}.js`, from);
}
