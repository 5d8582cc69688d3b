// The checkpointer thread's entry: registers tsx so the TypeScript module can load (see writer-worker.mjs).
import { register } from 'tsx/esm/api';

register();
await import('./checkpointer.ts');
