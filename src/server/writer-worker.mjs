// The database writer thread's entry: registers tsx so the TypeScript worker can load (the main
// process gets it from `node --import tsx`; a thread does not inherit that).
import { register } from 'tsx/esm/api';

register();
await import('./writer-worker.ts');
