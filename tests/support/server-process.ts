/**
 * The real server (`src/server/main.ts`) as a child process on a free port, for tests that must kill
 * it. Its log goes to .test-logs/ like every server log of the test run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { testLogFile } from './test-logs.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Resolves once the process has exited. */
  exited: Promise<void>;
}

export function startServerProcess(options: { db: string; logName: string; env?: Record<string, string> }): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DIAPASON_DB: options.db,
      DIAPASON_DIST: 'no-dist-needed',
      DIAPASON_LOG_FILE: testLogFile(options.logName),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const port = /http:\/\/localhost:(\d+)\//.exec(output)?.[1];
      if (port) {
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        resolve({ url: `http://127.0.0.1:${port}`, child, exited });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
  });
}
