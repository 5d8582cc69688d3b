/**
 * A new build is deployed while a tab is open. The open tab offers the update, keeps working (and
 * saving) until the person accepts, and loses nothing; the new build makes questionnaire 2.0.0 the
 * current one, so the next assessment starts with the last one's answers carried over to 2.0.0, each
 * to confirm.
 *
 * How the deployment is staged: the build under test (dist/, questionnaire 1.0.0 current) is copied
 * to a temporary folder; a second build is made from a copy of this checkout with another version in
 * package.json and catalog.json pointing at 2.0.0, as a real release would be. One server process of
 * our own serves a symlink to the first; the test swaps the symlink to the second while the tab is
 * open. The origin never changes, so the service worker sees exactly what a user's browser would.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { App, type Choice } from './pages/app.ts';
import { startServer, type RunningServer } from '../support/server.ts';
import type { Questionnaire } from '../../src/core/questionnaire/schema.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const NEXT_VERSION = '0.2.0-e2e';
const read = (version: string) => JSON.parse(readFileSync(join(ROOT, `questionnaires/cqm-maturite/${version}.json`), 'utf8')) as Questionnaire;
const before = read('1.0.0');
const after = read('2.0.0');

let work: string;
let server: RunningServer;
let browser: Browser;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  work = mkdtempSync(join(tmpdir(), 'diapason-update-'));
  cpSync(join(ROOT, 'dist'), join(work, 'a'), { recursive: true });
  const source = join(work, 'source');
  for (const entry of ['src', 'questionnaires', 'static', 'scripts', 'package.json', 'vite.config.ts', 'svelte.config.js', 'tsconfig.json', 'tsconfig.base.json']) {
    cpSync(join(ROOT, entry), join(source, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(source, 'node_modules'));
  const pkg = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
  writeFileSync(join(source, 'package.json'), JSON.stringify({ ...pkg, version: NEXT_VERSION }, null, 2));
  writeFileSync(join(source, 'questionnaires/catalog.json'), JSON.stringify({ current: { 'cqm-maturite': after.version } }));
  execFileSync(process.execPath, [join(source, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], { cwd: source, stdio: 'inherit' });
  renameSync(join(source, 'dist'), join(work, 'b'));
  symlinkSync(join(work, 'a'), join(work, 'current'));
  server = await startServer({ root: ROOT, distDir: join(work, 'current') });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'] });
});

test.afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The questionnaire position (1-based) of an item in a version. */
const position = (q: Questionnaire, itemId: string) => q.items.findIndex((i) => i.id === itemId) + 1;

test('a new build while a tab is open: update offered, work goes on, nothing lost; then the next version starts from the last answers', async () => {
  test.setTimeout(90_000);
  const declared = after.carryOver;
  if (!declared) throw new Error(`${after.version} declares no carryOver`);
  const renamed = declared.items.find((e) => e.becomes);
  const removed = declared.items.find((e) => e.removed);
  const remapped = declared.items.find((e) => e.levels && !e.becomes);
  const levelMap = remapped?.levels?.[0];
  const added = after.items.find((i) => !before.items.some((b) => b.id === i.id) && !declared.items.some((e) => e.becomes === i.id));
  if (!renamed?.becomes || !removed || !remapped || !levelMap || !added) throw new Error(`${after.version} must rename, remove, remap and add one item each`);

  const context = await browser.newContext({ baseURL: server.url, locale: 'fr-CA', serviceWorkers: 'allow', viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const app = new App(page);

  // On the build in place: a completed assessment on 1.0.0, with answers to the items the next
  // version renames, remaps and removes, and to the first item of each step.
  await app.open('/');
  await app.createOrganization();
  const assessmentPath = new URL(page.url()).hash.replace(/^(#\/evaluation\/[^/]+).*$/, '$1');
  const answerItem = async (itemId: string, choice: Choice) => {
    const n = position(before, itemId);
    await page.evaluate((hash) => (location.hash = hash), `${assessmentPath}/${before.items[n - 1]?.dimension}`);
    await app.questionnaire.ready();
    await app.questionnaire.answer(n, choice);
    return app.questionnaire.question(n);
  };
  const firsts = before.dimensions.map((d) => before.items.find((i) => i.dimension === d.id)?.id ?? '');
  const answered = [...new Set([...firsts, renamed.item, remapped.item, removed.item])];
  for (const itemId of answered) await answerItem(itemId, itemId === remapped.item ? levelMap.from : 3);
  const renamedQuestion = await answerItem(renamed.item, 3);
  await renamedQuestion.getByText(/^Note/).click();
  await renamedQuestion.getByRole('textbox').fill('Codes postaux de la billetterie');
  await expect(renamedQuestion.getByText(/Enregistré/)).toBeVisible();
  await page.evaluate((hash) => (location.hash = hash), `${assessmentPath}/${before.dimensions.at(-1)?.id}`);
  await app.questionnaire.ready();
  await app.questionnaire.finish();
  const resultUrl = page.url();
  await app.waitForOfflineReady();

  // The new build is deployed; the open tab looks for updates when the person comes back to it.
  rmSync(join(work, 'current'));
  symlinkSync(join(work, 'b'), join(work, 'current'));
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  const banner = page.getByRole('status').filter({ hasText: 'Une nouvelle version de Diapason est prête' });
  await expect(banner).toBeVisible({ timeout: 20_000 });

  // It keeps working, on the version in place, until the person accepts: screens load, answers save.
  await page.getByRole('link', { name: 'Paramètres' }).click();
  await expect(page.getByText('Version de Diapason : 0.1.0', { exact: false })).toBeVisible();
  // In-app navigation, as a person clicks: the page itself is never reloaded while the update waits.
  const assessmentHash = `${new URL(resultUrl).hash.replace('#/resultat/', '#/evaluation/')}/${before.items[0]?.dimension}`;
  await page.evaluate((hash) => (location.hash = hash), assessmentHash);
  await app.questionnaire.ready();
  await app.questionnaire.answer(1, 5);
  await expect(banner).toBeVisible();

  // Accepting swaps the service worker and reloads the page once, on the new build.
  await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Mettre à jour' }).click()]);
  await app.questionnaire.ready();
  await page.getByRole('link', { name: 'Paramètres' }).click();
  await expect(page.getByText(`Version de Diapason : ${NEXT_VERSION}`, { exact: false })).toBeVisible({ timeout: 15_000 });

  // Nothing was lost: the completed assessment, with the answer changed while the update waited.
  await page.getByRole('link', { name: 'Accueil', exact: true }).click();
  await expect(page.getByText(/terminée le .* \(questionnaire 1\.0\.0\)/)).toBeVisible();
  await page.goto(`/${assessmentHash}`);
  await app.questionnaire.ready();
  await expect(app.questionnaire.choiceIn(app.questionnaire.question(1), 5)).toBeChecked();

  // A new assessment is on the new version and starts from the last one, every carried answer to confirm.
  await page.getByRole('link', { name: 'Accueil', exact: true }).click();
  await page.getByRole('button', { name: /^Commencer une (nouvelle )?évaluation$/ }).click();
  await app.questionnaire.ready();
  const notice = page.getByText(/Cette évaluation commence avec \d+ réponse\(s\) reprise\(s\)/);
  await expect(notice).toContainText(`${answered.length - 1} réponse(s)`);
  await expect(page.getByText(`Le questionnaire est passé de la version 1.0.0 à la version ${after.version}.`)).toBeVisible();
  await expect(page.getByText(declared.summary.fr)).toBeVisible();
  await expect(page.getByText('ne se comparent pas directement')).toBeVisible();

  const goTo = async (q: Questionnaire, itemId: string) => {
    const n = position(q, itemId);
    const dimension = q.items[n - 1]?.dimension;
    await page.goto(`${page.url().replace(/\/evaluation\/([^/]+).*$/, '/evaluation/$1')}/${dimension}`);
    await app.questionnaire.ready();
    return app.questionnaire.question(n);
  };
  // Renamed: the answer and its note follow the new id, to confirm.
  let question = await goTo(after, renamed.becomes);
  await expect(app.questionnaire.choiceIn(question, 3)).toBeChecked();
  await expect(question.getByText('À confirmer')).toBeVisible();
  await expect(question.getByRole('textbox')).toHaveValue('Codes postaux de la billetterie');
  await question.getByRole('button', { name: 'Confirmer cette réponse' }).click();
  await expect(question.getByText(/Enregistré$/)).toBeVisible();
  await expect(question.getByText('À confirmer')).toHaveCount(0);
  // Remapped: the level moved as declared.
  question = await goTo(after, remapped.item);
  await expect(app.questionnaire.choiceIn(question, levelMap.to)).toBeChecked();
  await expect(question.getByText('À confirmer')).toBeVisible();
  // Changing a carried answer confirms it too.
  await app.questionnaire.answer(position(after, remapped.item), levelMap.to === 5 ? 4 : 5);
  await expect(question.getByText('À confirmer')).toHaveCount(0);
  // Added: nothing to carry.
  question = await goTo(after, added.id);
  for (const radio of await app.questionnaire.radios(question).all()) await expect(radio).not.toBeChecked();
  await expect(question.getByText('À confirmer')).toHaveCount(0);
  // Removed: no question asks it any more.
  expect(after.items.some((i) => i.id === removed.item)).toBe(false);
  expect(await page.getByRole('group', { name: /^Question \d+ sur \d+/ }).count()).toBeGreaterThan(0);

  expect(errors).toEqual([]);
  await context.close();
});
