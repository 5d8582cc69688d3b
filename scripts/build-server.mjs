/**
 * Compiles the server and the core it imports to plain JavaScript in build/ (build/server/main.js is
 * what `npm start` runs), so production loads no TypeScript at runtime, in the main thread or in its
 * worker threads. The SQL migrations are copied beside the compiled db.js, which reads them from there.
 *
 * Run as a script (`node scripts/build-server.mjs`) or imported by scripts/start.mjs.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
export const SERVER_ENTRY = join(ROOT, 'build/server/main.js');
const SOURCES = ['src/server', 'src/core', 'tsconfig.base.json', 'package.json'];

function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

/** True when build/server is missing or older than a source it is compiled from. */
export function serverStale() {
  if (!existsSync(SERVER_ENTRY)) return true;
  const built = statSync(SERVER_ENTRY).mtimeMs;
  return SOURCES.some((s) => newest(join(ROOT, s)) > built);
}

/** Compiles; returns the compiler's exit status (0: done). */
export function buildServer() {
  // A module deleted from the sources must not linger in the build.
  for (const dir of ['build/server', 'build/core']) rmSync(join(ROOT, dir), { recursive: true, force: true });
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'src/server/tsconfig.build.json'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (tsc.status !== 0) return tsc.status ?? 1;
  cpSync(join(ROOT, 'src/server/migrations'), join(ROOT, 'build/server/migrations'), { recursive: true });
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) process.exit(buildServer());
