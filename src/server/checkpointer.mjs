// The checkpointer thread's entry: registers tsx so the TypeScript module can load (a thread does not inherit the loader of the process).
import { register } from 'tsx/esm/api';

register();
await import('./checkpointer.ts');
