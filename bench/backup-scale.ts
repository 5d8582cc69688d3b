/**
 * How a laptop holding many organizations copes: a backup of 10, 100, 1,000 and 5,000 organizations
 * (each a copy of one organization whose assessment has its first step answered: a file of 5,000 full
 * assessments would pass the 20 MB a backup may weigh) is chosen, previewed,
 * imported in place of everything, and the Organizations screen opened, through the interface in
 * headless Chromium. Each figure is from the person's action to the screen saying it is done.
 */
import type { Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { App } from '../tests/e2e/pages/app.ts';
import { DataSettingsPage } from '../tests/e2e/pages/data.ts';
import { resign } from '../tests/e2e/pages/local-data.ts';
import { launchBrowser } from './lib.mjs';

export const BUDGET_PREVIEW_MS = 1000;
export const BUDGET_IMPORT_MS = 2000;
export const BUDGET_ORGANIZATIONS_MS = 500;
const SIZES = (process.env.BENCH_BACKUP_SIZES ?? '10,100,1000,5000').split(',').map(Number);

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

export async function measureBackupScale({ url }: { url: string }) {
  const browser = await launchBrowser();
  const context = await browser.newContext({ locale: 'fr-CA', baseURL: url, acceptDownloads: true });
  const original = await oneOrganizationBackup(await context.newPage());
  await context.close();
  const figures: Record<string, { bytes: number; previewMs: number; importMs: number; organizationsMs: number }> = {};
  for (const size of SIZES) {
    const text = await resign(original, (file) => {
      file.data = copies(file.data, size);
    });
    const fresh = await browser.newContext({ locale: 'fr-CA', baseURL: url });
    const page = await fresh.newPage();
    const settings = new DataSettingsPage(page);
    await settings.open();
    const previewMs = await timed(async () => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), settings.chooseButton().click()]);
      await chooser.setFiles({ name: `diapason-${size}.json`, mimeType: 'application/json', buffer: Buffer.from(text) });
      await page.getByText(/^Vérification du fichier…$/).waitFor({ state: 'hidden', timeout: 120_000 });
      if (await settings.refusal().isVisible()) throw new Error(`the ${size}-organization backup was refused: ${await page.locator('main').innerText()}`);
      await settings.preview().waitFor({ timeout: 120_000 });
    });
    const importMs = await timed(async () => {
      const label = 'Remplacer toutes mes données';
      await settings.preview().getByRole('radio', { name: label }).check();
      await settings.preview().getByRole('button', { name: label }).click();
      await page.getByRole('status').filter({ hasText: 'Sauvegarde importée' }).waitFor({ timeout: 120_000 });
    });
    const organizationsMs = await timed(async () => {
      await page.goto('/#/organismes');
      // The list shows fifty at a time, and says how many there are in all.
      const shown = size > 50 ? page.getByText(/^50 organismes affichés sur/) : page.getByRole('heading', { level: 2, name: new RegExp(` ${size}$`) });
      await shown.waitFor({ timeout: 120_000 });
    });
    figures[String(size)] = { bytes: Buffer.byteLength(text), previewMs, importMs, organizationsMs };
    await fresh.close();
  }
  await browser.close();
  const largest = figures[String(SIZES[SIZES.length - 1])]!;
  const grows = (key: 'previewMs' | 'importMs' | 'organizationsMs') => SIZES.map((s) => `${s}: ${Math.round(figures[String(s)]![key])}`).join(', ');
  return {
    figures,
    rows: [
      [`Preview, ${SIZES.at(-1)} organizations (${Math.round(largest.bytes / 1024)} KB)`, `${Math.round(largest.previewMs)} ms`, `≤ ${BUDGET_PREVIEW_MS} ms`, largest.previewMs <= BUDGET_PREVIEW_MS],
      [`Import, ${SIZES.at(-1)} organizations`, `${Math.round(largest.importMs)} ms`, `≤ ${BUDGET_IMPORT_MS} ms`, largest.importMs <= BUDGET_IMPORT_MS],
      [`Organizations screen, ${SIZES.at(-1)} organizations`, `${Math.round(largest.organizationsMs)} ms`, `≤ ${BUDGET_ORGANIZATIONS_MS} ms`, largest.organizationsMs <= BUDGET_ORGANIZATIONS_MS],
      ['Preview by size (ms)', grows('previewMs'), '', null],
      ['Import by size (ms)', grows('importMs'), '', null],
      ['Organizations screen by size (ms)', grows('organizationsMs'), '', null],
    ],
  };
}
