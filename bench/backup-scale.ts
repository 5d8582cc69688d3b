/**
 * How a laptop holding many organizations copes: a backup of 10, 100, 1,000 and 5,000 organizations
 * (each a copy of one organization whose assessment has its first step answered, 11 MB for 5,000; with
 * every item answered it would be 51 MB, within the 128 MB a backup may weigh) is chosen, previewed,
 * imported in place of everything, and the Organizations screen opened, through the interface in
 * headless Chromium. Each figure is from the person's action to the screen saying it is done.
 */
import type { Browser, Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from '../tests/e2e/pages/app.ts';
import { DataSettingsPage } from '../tests/e2e/pages/data.ts';
import { resign } from '../tests/e2e/pages/local-data.ts';
import { launchBrowser, median } from './lib.mjs';
import { longTasks, recordLongTasks } from './long-tasks.ts';

export const BUDGET_PREVIEW_MS = 1000;
export const BUDGET_IMPORT_MS = 2000;
export const BUDGET_ORGANIZATIONS_MS = 500;
const SIZES = (process.env.BENCH_BACKUP_SIZES ?? '10,100,1000,5000').split(',').map(Number);
/** Where to write a CPU profile of the largest size's preview and import (Chrome's .cpuprofile) and the files, if set. */
const PROFILE_DIR = process.env.BENCH_BACKUP_PROFILE;
/** Runs per size; the figures are their medians. */
const RUNS = Number(process.env.BENCH_BACKUP_RUNS ?? 1);

type Row = Record<string, unknown>;
/** Fields that hold a row's identity or point at another row's: renumbered in each copy. */
const ID_FIELDS = ['id', 'organizationId', 'assessmentId'];

/** The backup's data with its one organization copied `count` times, every identity new. */
function copies(data: Record<string, Row[]>, count: number): Record<string, Row[]> {
  const out: Record<string, Row[]> = Object.fromEntries(Object.keys(data).map((table) => [table, []]));
  for (let i = 0; i < count; i++) {
    const ids = new Map<string, string>();
    const renumber = (value: unknown) => {
      if (typeof value !== 'string') return value;
      if (!ids.has(value)) ids.set(value, randomUUID());
      return ids.get(value);
    };
    // Organizations first, so the settings below find their copy's identity.
    const tables = Object.entries(data).sort(([a], [b]) => Number(b === 'organizations') - Number(a === 'organizations') || Number(a === 'settings') - Number(b === 'settings'));
    for (const [table, rows] of tables) {
      // Settings are the laptop's, not the organization's: once, pointing at the first copy.
      if (table === 'settings' && i > 0) continue;
      for (const row of rows) {
        const copy: Row = { ...row };
        if (table === 'settings' && typeof copy.value === 'string' && ids.has(copy.value)) copy.value = ids.get(copy.value);
        for (const field of ID_FIELDS) if (field in copy) copy[field] = renumber(copy[field]);
        if (table === 'organizations') copy.name = `${String(row.name)} ${i + 1}`;
        out[table]!.push(copy);
      }
    }
  }
  return out;
}

/** A CPU profile of the page's main thread from now until `save`. */
async function startProfile(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return {
    async save(name: string) {
      const { profile } = await cdp.send('Profiler.stop');
      mkdirSync(PROFILE_DIR!, { recursive: true });
      writeFileSync(join(PROFILE_DIR!, `${name}.cpuprofile`), JSON.stringify(profile));
      await cdp.detach();
    },
  };
}

async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

async function oneOrganizationBackup(page: Page): Promise<string> {
  const app = new App(page);
  await app.open();
  await app.createOrganization();
  await app.questionnaire.answerStep((n) => ((n % 5) + 1) as 1 | 2 | 3 | 4 | 5);
  const settings = new DataSettingsPage(page);
  await settings.open();
  return (await settings.exportBackup()).text;
}

interface Figures {
  bytes: number;
  previewMs: number;
  importMs: number;
  organizationsMs: number;
  /** The longest the page could not answer a key or a click meanwhile (its longest task). */
  previewLongestTaskMs: number;
  importLongestTaskMs: number;
  /**
   * The page's main-thread CPU time (Chrome's ThreadTime): what the app itself spent, which other
   * programs on a busy machine stretch far less than they stretch the wall-clock figures.
   */
  previewCpuMs: number;
  importCpuMs: number;
  /** The same rows added with bare IndexedDB in one transaction, in the same page (see `importFloor`). */
  importFloorMs: number;
  importFloorCpuMs: number;
}

/** The page's main-thread CPU time so far, in ms. */
async function cpuClock(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
  };
}

/**
 * The floor under the import: the same records added with bare IndexedDB, in one transaction, to a new
 * database with the app's stores and indexes (copied from its own database), in the same page. Whatever
 * the import costs above it is the app's; the floor itself is the browser's, one request per row.
 */
async function importFloor(page: Page, text: string): Promise<{ ms: number; cpuMs: number }> {
  const cpu = await cpuClock(page);
  const before = await cpu();
  const ms = await page.evaluate(async (text) => {
    // No named functions in here: the test runner's compiler would wrap them in a helper the page lacks.
    const opening = indexedDB.open('diapason');
    const app = await new Promise<IDBDatabase>((resolve, reject) => {
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error);
    });
    const names = [...app.objectStoreNames];
    const tx = app.transaction(names, 'readonly');
    const shapes = names.map((name) => {
      const store = tx.objectStore(name);
      return { name, keyPath: store.keyPath, indexes: [...store.indexNames].map((i) => ({ name: i, keyPath: store.index(i).keyPath, multiEntry: store.index(i).multiEntry, unique: store.index(i).unique })) };
    });
    app.close();
    const data = (JSON.parse(text) as { data: Record<string, unknown[]> }).data;
    // The answers as the app stores them, in their assessment's record (src/client/storage/assessment-answers.ts
    // `withAnswers`, written again here: this runs in the page, which has none of the app's modules).
    const answers = new Map<unknown, unknown[]>();
    for (const row of data.answers ?? []) {
      const id = (row as { assessmentId: unknown }).assessmentId;
      if (!answers.has(id)) answers.set(id, []);
      answers.get(id)!.push(row);
    }
    data.assessments = (data.assessments ?? []).map((a) => ({ ...(a as object), answers: answers.get((a as { id: unknown }).id) ?? [] }));
    const creating = indexedDB.open(`floor-${Math.random()}`, 1);
    creating.onupgradeneeded = () => {
      for (const shape of shapes) {
        const store = creating.result.createObjectStore(shape.name, { keyPath: shape.keyPath });
        for (const index of shape.indexes) store.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry, unique: index.unique });
      }
    };
    const floor = await new Promise<IDBDatabase>((resolve, reject) => {
      creating.onsuccess = () => resolve(creating.result);
      creating.onerror = () => reject(creating.error);
    });
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      const write = floor.transaction(names, 'readwrite', { durability: 'strict' });
      for (const name of names) for (const row of data[name] ?? []) write.objectStore(name).add(row);
      write.oncomplete = () => resolve();
      write.onerror = () => reject(write.error);
    });
    const ms = performance.now() - started;
    floor.close();
    return ms;
  }, text);
  return { ms, cpuMs: (await cpu()) - before };
}

async function oneRun(browser: Browser, url: string, size: number, path: string, bytes: number, profile: boolean): Promise<Figures> {
  const fresh = await browser.newContext({ locale: 'fr-CA', baseURL: url });
  await fresh.addInitScript(recordLongTasks);
  const page = await fresh.newPage();
  const settings = new DataSettingsPage(page);
  await settings.open();
  await longTasks(page);
  const cpu = await cpuClock(page);
  const cpuBeforePreview = await cpu();
  const profiling = PROFILE_DIR && profile && size === SIZES.at(-1) ? await startProfile(page) : undefined;
  const previewMs = await timed(async () => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), settings.chooseButton().click()]);
    await chooser.setFiles(path);
    await page.getByText(/^Vérification du fichier…$/).waitFor({ state: 'hidden', timeout: 120_000 });
    if (await settings.refusal().isVisible()) throw new Error(`the ${size}-organization backup was refused: ${await page.locator('main').innerText()}`);
    await settings.preview().waitFor({ timeout: 120_000 });
  });
  await profiling?.save(`preview-${size}`);
  const previewLongestTaskMs = (await longTasks(page)).longest;
  const cpuBeforeImport = await cpu();
  const previewCpuMs = cpuBeforeImport - cpuBeforePreview;
  const profilingImport = PROFILE_DIR && profile && size === SIZES.at(-1) ? await startProfile(page) : undefined;
  const importMs = await timed(async () => {
    const label = 'Remplacer toutes mes données';
    await settings.preview().getByRole('radio', { name: label }).check();
    await settings.preview().getByRole('button', { name: label }).click();
    await page.getByRole('status').filter({ hasText: 'Sauvegarde importée' }).waitFor({ timeout: 120_000 });
  });
  await profilingImport?.save(`import-${size}`);
  const importLongestTaskMs = (await longTasks(page)).longest;
  const importCpuMs = (await cpu()) - cpuBeforeImport;
  const organizationsMs = await timed(async () => {
    await page.goto('/#/organismes');
    // The list shows fifty at a time, and says how many there are in all.
    const shown = size > 50 ? page.getByText(/^50 organismes affichés sur/) : page.getByRole('heading', { level: 2, name: new RegExp(` ${size}$`) });
    await shown.waitFor({ timeout: 120_000 });
  });
  const floor = await importFloor(page, readFileSync(path, 'utf8'));
  await fresh.close();
  return { bytes, previewMs, importMs, organizationsMs, previewLongestTaskMs, importLongestTaskMs, previewCpuMs, importCpuMs, importFloorMs: floor.ms, importFloorCpuMs: floor.cpuMs };
}

export async function measureBackupScale({ url }: { url: string }) {
  const browser = await launchBrowser();
  const context = await browser.newContext({ locale: 'fr-CA', baseURL: url, acceptDownloads: true });
  const original = await oneOrganizationBackup(await context.newPage());
  await context.close();
  // With a profile, the files stay beside it, to be read again.
  const files = PROFILE_DIR ?? mkdtempSync(join(tmpdir(), 'diapason-backups-'));
  mkdirSync(files, { recursive: true });
  const figures: Record<string, Figures> = {};
  for (const size of SIZES) {
    const text = await resign(original, (file) => {
      file.data = copies(file.data, size);
    });
    // On disk, as a person's file is: handing Playwright the bytes instead makes it copy them into the
    // page through base64 (2 s of the page's time for 11 MB), which no real file pick costs.
    const path = join(files, `diapason-${size}.json`);
    writeFileSync(path, text);
    const runs: Figures[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await oneRun(browser, url, size, path, Buffer.byteLength(text), run === 0));
    const mid = (key: keyof Figures) => median(runs.map((r) => r[key]));
    figures[String(size)] = { bytes: runs[0]!.bytes, previewMs: mid('previewMs'), importMs: mid('importMs'), organizationsMs: mid('organizationsMs'), previewLongestTaskMs: mid('previewLongestTaskMs'), importLongestTaskMs: mid('importLongestTaskMs'), previewCpuMs: mid('previewCpuMs'), importCpuMs: mid('importCpuMs'), importFloorMs: mid('importFloorMs'), importFloorCpuMs: mid('importFloorCpuMs') };
  }
  await browser.close();
  if (!PROFILE_DIR) rmSync(files, { recursive: true, force: true });
  const largest = figures[String(SIZES[SIZES.length - 1])]!;
  // Each size's figure, then how much it grew from the size before, as a factor per tenfold growth in
  // organizations (×10 is linear, ×1 flat): from 1,000 to 5,000, a time that grows fivefold shows ×10.
  const grows = (key: Exclude<keyof Figures, 'bytes'>) =>
    SIZES.map((s, i) => {
      const ms = figures[String(s)]![key];
      if (i === 0) return `${s}: ${Math.round(ms)}`;
      const before = SIZES[i - 1]!;
      const base = figures[String(before)]![key];
      const perTenfold = base > 0 ? `×${((ms / base) ** (1 / Math.log10(s / before))).toFixed(1)}/10×` : '—';
      return `${s}: ${Math.round(ms)} (${perTenfold})`;
    }).join(', ');
  return {
    figures,
    rows: [
      [`Preview, ${SIZES.at(-1)} organizations (${Math.round(largest.bytes / 1024)} KB)`, `${Math.round(largest.previewMs)} ms`, `≤ ${BUDGET_PREVIEW_MS} ms`, largest.previewMs <= BUDGET_PREVIEW_MS],
      [`Import, ${SIZES.at(-1)} organizations`, `${Math.round(largest.importMs)} ms`, `≤ ${BUDGET_IMPORT_MS} ms`, largest.importMs <= BUDGET_IMPORT_MS],
      [`Organizations screen, ${SIZES.at(-1)} organizations`, `${Math.round(largest.organizationsMs)} ms`, `≤ ${BUDGET_ORGANIZATIONS_MS} ms`, largest.organizationsMs <= BUDGET_ORGANIZATIONS_MS],
      ['Preview by organizations (ms, growth per 10×)', grows('previewMs'), '', null],
      ['Import by organizations (ms, growth per 10×)', grows('importMs'), '', null],
      ['Organizations screen by organizations (ms, growth per 10×)', grows('organizationsMs'), '', null],
      ['Preview, longest main-thread task (ms)', grows('previewLongestTaskMs'), '', null],
      ['Import, longest main-thread task (ms)', grows('importLongestTaskMs'), '', null],
      ['Preview, main-thread CPU time (ms)', grows('previewCpuMs'), '', null],
      ['Import, main-thread CPU time (ms)', grows('importCpuMs'), '', null],
      ['Import floor: bare IndexedDB adds, one transaction (ms)', grows('importFloorMs'), '', null],
      ['Import floor, main-thread CPU time (ms)', grows('importFloorCpuMs'), '', null],
    ],
  };
}
