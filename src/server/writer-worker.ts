/**
 * The database writer thread: its own connection to the same file (WAL lets the main thread read
 * meanwhile), one transaction per batch of writes, the outcomes posted back after the COMMIT.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDb } from './db.ts';
import { Store } from './store.ts';
import { apply, runBatch, type WriteOp } from './writer.ts';

const db = openDb((workerData as { file: string }).file);
const store = new Store(db);

// Batches come and go as JSON strings (see WorkerWriter.commit).
parentPort!.on('message', ({ id, ops }: { id: number; ops: string }) => {
  const settled = runBatch(db, (JSON.parse(ops) as WriteOp[]).map((op) => () => apply(store, op)));
  parentPort!.postMessage({ id, settled: JSON.stringify(settled) });
});
