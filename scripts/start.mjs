/**
 * npm start: builds the app and the server if a build is missing or older than its sources, then runs
 * the compiled server (app and endpoint on one origin). PORT, HOST and DIAPASON_DB are read by the
 * server (see README).
 */
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildServer, serverStale, SERVER_ENTRY } from './build-server.mjs';

const root = new URL('..', import.meta.url).pathname;

function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

const built = join(root, 'dist/index.html');
const sources = ['src/client', 'src/core', 'questionnaires', 'static', 'vite.config.ts', 'package.json'];
const stale = !existsSync(built) || sources.some((s) => newest(join(root, s)) > statSync(built).mtimeMs);
if (stale) {
  console.log('Building the app…');
  const build = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (serverStale()) {
  console.log('Compiling the server…');
  const status = buildServer();
  if (status !== 0) process.exit(status);
}

const server = spawn(process.execPath, [SERVER_ENTRY], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
