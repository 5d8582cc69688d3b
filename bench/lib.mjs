/** Shared pieces of the benchmarks: the server under test, a browser, statistics, the table. */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../scripts/chromium.mjs';

export const ROOT = new URL('..', import.meta.url).pathname;
export const CHROMIUM = chromiumExecutable();
export const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];

/** Starts the production server (app + endpoint) on a free port, with a throw-away database; `env` adds settings. */
export async function startServer(port = 4390, env = {}) {
  const db = join(mkdtempSync(join(tmpdir(), 'diapason-bench-')), 'bench.sqlite');
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/server/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DIAPASON_DB: db, HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, db, pid: child.pid, stop: () => child.kill('SIGTERM') };
}

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export function median(values) {
  return percentile(values, 50);
}

export function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

export const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
