/**
 * The database writer thread: its own connection to the same file (WAL lets the main thread read
 * meanwhile), one transaction per batch of writes, the outcomes posted back after the COMMIT.
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { openDb } from './db.ts';
import { Store } from './store.ts';
import { apply, runBatch, threadEntry, type WriteOp } from './writer.ts';

const { file } = workerData as { file: string };
const db = openDb(file);
const store = new Store(db);
// Checkpoints run beside this thread, not inside its commits (./checkpointer.ts). Started once this
// connection has opened the database, so the schema is in place; it ends with this thread.
new Worker(threadEntry('checkpointer', import.meta.url), { workerData: { file } }).on('error', (error) => {
  // The automatic checkpoint (db.ts) still bounds the log: say so, and go on.
  console.error(`the WAL checkpointer stopped: ${error.message}`);
});

// Batches come and go as JSON strings (see WorkerWriter.commit).
parentPort!.on('message', ({ id, ops }: { id: number; ops: string }) => {
  const settled = runBatch(db, (JSON.parse(ops) as WriteOp[]).map((op) => () => apply(store, op)));
  parentPort!.postMessage({ id, settled: JSON.stringify(settled) });
});
