/**
 * Starts the production server (`src/server/main.ts`, as `npm start` runs it) of a given checkout on a
 * port the system picks, so tests and scripts that need a server of their own never collide with
 * another run on the same machine.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

export async function startServer(options: { root: string; distDir?: string; host?: string }): Promise<RunningServer> {
  const db = join(mkdtempSync(join(tmpdir(), 'diapason-server-')), 'server.sqlite');
  const child = spawn(process.execPath, ['--import', 'tsx', join(options.root, 'src/server/main.ts')], {
    cwd: options.root,
    env: {
      ...process.env,
      PORT: '0',
      HOST: options.host ?? '127.0.0.1',
      DIAPASON_DB: db,
      ...(options.distDir ? { DIAPASON_DIST: options.distDir } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      // main.ts prints "Diapason <version> — http://127.0.0.1:<port>/" once it listens.
      const match = /(http:\/\/[^\s/]+:\d+)\//.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
