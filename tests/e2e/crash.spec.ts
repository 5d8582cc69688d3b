/**
 * Kill -9 the whole browser at random moments just after answers show as saved, again and again, on
 * one profile: no answer shown as saved is ever lost. Chromium is started here, not by Playwright, so
 * the test can kill its process group (browser, renderers, storage service) with SIGKILL, as a crash
 * or a power cut would, and start it again on the same profile.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { App, type Choice } from './pages/app.ts';
import { storedAnswers } from './pages/data.ts';
import { chromiumExecutable } from '../../scripts/chromium.mjs';

const CYCLES = 21;

interface Running {
  browser: Browser;
  child: ChildProcess;
}

async function launch(profile: string): Promise<Running> {
  const child = spawn(
    chromiumExecutable(),
    [
      '--headless',
      '--no-sandbox',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      // Less to start on each of the 22 launches: no GPU process, no extensions, no audio.
      '--disable-gpu',
      '--disable-extensions',
      '--mute-audio',
      '--no-default-browser-check',
      // The app follows the browser's language on a first visit and the steps below read French:
      // without these, this Chromium (not Playwright's, which sets its locale) says English.
      '--lang=fr-CA',
      '--accept-lang=fr-CA,fr',
      'about:blank',
    ],
    // Its own process group, so one kill reaches every Chromium process.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`chromium exited (${code}) before listening:\n${output}`)));
  });
  return { browser: await chromium.connectOverCDP(endpoint), child };
}

async function killGroup({ child }: Running) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  if (child.pid) process.kill(-child.pid, 'SIGKILL');
  await exited;
}

/** A small seeded generator: a failing run can be replayed with DIAPASON_CRASH_SEED. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function openPage(running: Running, url: string, errors: string[]): Promise<Page> {
  const context = running.browser.contexts()[0];
  if (!context) throw new Error('no default context');
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return page;
}

test('SIGKILL right after answers show as saved, 21 times: no saved answer is ever lost', async ({ baseURL }) => {
  // About 40 s on a quiet machine (22 launches); the margin is for a loaded one.
  test.setTimeout(150_000);
  const seed = Number(process.env.DIAPASON_CRASH_SEED ?? Date.now() % 100_000);
  test.info().annotations.push({ type: 'seed', description: String(seed) });
  const next = random(seed);
  const profile = mkdtempSync(join(tmpdir(), 'diapason-crash-'));
  const errors: string[] = [];
  const expected: Record<string, unknown> = {};
  const itemIds: string[] = [];
  let url = `${baseURL}/`;
  let running: Running | undefined;
  try {
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      running = await launch(profile);
      const page = await openPage(running, url, errors);
      const app = new App(page);
      if (cycle === 0) {
        await app.createOrganization();
        url = page.url();
        const names = await page.locator('fieldset.item input[type="radio"][value="1"]').evaluateAll((inputs) =>
          inputs.map((i) => (i as HTMLInputElement).name.replace(/^item-/, '')),
        );
        itemIds.push(...names);
      } else {
        await app.questionnaire.ready();
        // Everything shown as saved before the last kill is on disk, exactly.
        expect(await storedAnswers(page), `after kill ${cycle}`).toEqual(expected);
      }
      // One or two answers this time, on the first step's questions.
      const answers = 1 + Math.floor(next() * 2);
      for (let a = 0; a < answers; a++) {
        const n = 1 + Math.floor(next() * itemIds.length);
        let level = 1 + Math.floor(next() * 5);
        // Checking the radio already checked saves nothing: take the next level instead.
        if (expected[itemIds[n - 1] ?? ''] === level) level = (level % 5) + 1;
        const choice = level as Choice;
        await app.questionnaire.answer(n, choice);
        expected[itemIds[n - 1] ?? ''] = choice;
      }
      // A random moment just after "saved" shows: 0 to 40 ms.
      await new Promise((resolve) => setTimeout(resolve, Math.floor(next() * 40)));
      await killGroup(running);
    }
    running = await launch(profile);
    const page = await openPage(running, url, errors);
    const app = new App(page);
    await app.questionnaire.ready();
    expect(await storedAnswers(page)).toEqual(expected);
    for (const [i, itemId] of itemIds.entries()) {
      const value = expected[itemId];
      if (typeof value === 'number') await expect(app.questionnaire.choiceIn(app.questionnaire.question(i + 1), value as Choice)).toBeChecked();
    }
    expect(errors).toEqual([]);
  } finally {
    // Never leave a Chromium behind, whatever failed.
    if (running && running.child.exitCode === null && running.child.signalCode === null) await killGroup(running);
    rmSync(profile, { recursive: true, force: true });
  }
});
