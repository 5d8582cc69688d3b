/**
 * Starts the production server (`src/server/main.ts`, as `npm start` runs it) as a child process on a
 * port the system picks, so tests and scripts that need a server of their own never collide with
 * another run on the same machine. Tests that kill it use `child` and `exited`; its log goes to
 * .test-logs/ (named by `logName`) like every server log of the test run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testLogFile } from './test-logs.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface RunningServer {
  /** http://127.0.0.1:<port>: Node's fetch may resolve "localhost" to ::1, where nothing listens. */
  url: string;
  child: ChildProcess;
  /** Resolves once the process has exited. */
  exited: Promise<void>;
  stop: () => Promise<void>;
}

export interface ServerOptions {
  /** The checkout to run (default: this one). */
  root?: string;
  distDir?: string;
  /** The SQLite file (default: a new one in a temporary folder). */
  db?: string;
  /** Its log file's name under .test-logs/ (default: no log file). */
  logName?: string;
  env?: Record<string, string>;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const root = options.root ?? ROOT;
  const db = options.db ?? join(mkdtempSync(join(tmpdir(), 'diapason-server-')), 'server.sqlite');
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/server/main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DIAPASON_DB: db,
      ...(options.distDir ? { DIAPASON_DIST: options.distDir } : {}),
      ...(options.logName ? { DIAPASON_LOG_FILE: testLogFile(options.logName) } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      // main.ts prints "Open http://<HOST>:<port>/" to standard output once it listens.
      const port = /http:\/\/[^\s/]+:(\d+)\//.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        child.stdout.off('data', read);
        child.stdout.resume();
        resolve(`http://127.0.0.1:${port}`);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output}`));
    });
  });
  return {
    url,
    child,
    exited,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
