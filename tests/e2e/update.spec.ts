/**
 * A new build is deployed while a tab is open. The open tab offers the update, keeps working (and
 * saving) until the person accepts, and loses nothing; the new build makes the next questionnaire
 * version the current one, so the next assessment starts with the last one's answers carried over,
 * each to confirm.
 *
 * How the deployment is staged: the new build is the build under test (dist/, the current version,
 * the version the rest of the suite answers), copied to a temporary folder; the build in place is made
 * from a copy of this checkout with an older version in package.json and catalog.json pointing at the
 * questionnaire version before the current one, as the previous release was. One server process of
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
import { setDiskFull, simulateFullDiskIn } from './pages/local-data.ts';
import { startServer, type RunningServer } from '../support/server.ts';
import type { Questionnaire } from '../../src/core/questionnaire/schema.ts';
import { chromiumExecutable } from '../../scripts/chromium.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const PREVIOUS_VERSION = '0.0.9-e2e';
const NEXT_VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const read = (version: string) => JSON.parse(readFileSync(join(ROOT, `questionnaires/cqm-maturite/${version}.json`), 'utf8')) as Questionnaire;
const catalog = JSON.parse(readFileSync(join(ROOT, 'questionnaires/catalog.json'), 'utf8')) as { current: Record<string, string> };
const after = read(catalog.current['cqm-maturite'] ?? '');
const before = read(after.carryOver?.fromVersion ?? '');

let work: string;
let server: RunningServer;
let browser: Browser;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  work = mkdtempSync(join(tmpdir(), 'diapason-update-'));
  const source = join(work, 'source');
  for (const entry of ['src', 'questionnaires', 'static', 'scripts', 'package.json', 'vite.config.ts', 'svelte.config.js', 'tsconfig.json', 'tsconfig.base.json']) {
    cpSync(join(ROOT, entry), join(source, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(source, 'node_modules'));
  const pkg = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
  writeFileSync(join(source, 'package.json'), JSON.stringify({ ...pkg, version: PREVIOUS_VERSION }, null, 2));
  writeFileSync(join(source, 'questionnaires/catalog.json'), JSON.stringify({ current: { 'cqm-maturite': before.version } }));
  execFileSync(process.execPath, [join(source, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], { cwd: source, stdio: 'inherit' });
  renameSync(join(source, 'dist'), join(work, 'a'));
  cpSync(join(ROOT, 'dist'), join(work, 'b'), { recursive: true });
  symlinkSync(join(work, 'a'), join(work, 'current'));
  server = await startServer({ root: ROOT, distDir: join(work, 'current') });
  browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'] });
});

test.afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The questionnaire position (1-based) of an item in a version. */
const position = (q: Questionnaire, itemId: string) => q.items.findIndex((i) => i.id === itemId) + 1;

test('a new build while a tab is open: update offered, work goes on, nothing lost; then the next version starts from the last answers', async () => {
  test.setTimeout(150_000);
  const declared = after.carryOver;
  if (!declared) throw new Error(`${after.version} declares no carryOver`);
  const renamed = declared.items.find((e) => e.becomes);
  const removed = declared.items.find((e) => e.removed);
  // The first item of each step is answered too (and the first one changed while the update waits):
  // the item whose levels move is another one, so each answer is checked for one reason only.
  const firsts = before.dimensions.map((d) => before.items.find((i) => i.dimension === d.id)?.id ?? '');
  const remapped = declared.items.find((e) => e.levels && !e.becomes && !firsts.includes(e.item));
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

  // On the build in place: a completed assessment on the version before, with answers to the items the next
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
  await expect(page.getByText(`Version de Diapason : ${PREVIOUS_VERSION}`, { exact: false })).toBeVisible();
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
  await expect(page.getByText(new RegExp(`terminée le .* \\(questionnaire ${before.version.replaceAll('.', '\\.')}\\)`, 'i'))).toBeVisible();
  await page.goto(`/${assessmentHash}`);
  await app.questionnaire.ready();
  await expect(app.questionnaire.choiceIn(app.questionnaire.question(1), 5)).toBeChecked();

  // A new assessment is on the new version and starts from the last one, every carried answer to confirm.
  await page.getByRole('link', { name: 'Accueil', exact: true }).click();
  await page.getByRole('button', { name: /^Commencer une (nouvelle )?évaluation$/ }).click();
  await app.questionnaire.ready();
  const notice = page.getByText(/Cette évaluation commence avec \d+ réponses? reprises?/);
  await expect(notice).toContainText(`${answered.length - 1} réponses`);
  await expect(page.getByText(`Le questionnaire est passé de la version ${before.version} à la version ${after.version}.`)).toBeVisible();
  await expect(page.getByText(declared.summary.fr)).toBeVisible();
  await expect(page.getByText(/^Les scores de cette version ne se comparent pas directement/)).toBeVisible();

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
  await question.getByRole('button', { name: 'Confirmer cette réponse' }).focus();
  await page.keyboard.press('Enter');
  await expect(question.getByText(/Enregistré$/)).toBeVisible();
  // The button is gone: focus is on the answer it confirmed, not lost to the page.
  await expect(app.questionnaire.choiceIn(question, 3)).toBeFocused();
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

test('an update accepted in one tab does not reload another tab whose answer failed to save, and no banner says it was saved', async () => {
  test.setTimeout(90_000);
  // The build in place again, in a browser profile of its own.
  rmSync(join(work, 'current'));
  symlinkSync(join(work, 'a'), join(work, 'current'));
  const context = await browser.newContext({ baseURL: server.url, locale: 'fr-CA', serviceWorkers: 'allow', viewport: { width: 1100, height: 900 } });
  await simulateFullDiskIn(context, 'assessments');
  const first = new App(await context.newPage());
  await first.open('/');
  await first.createOrganization();
  await first.waitForOfflineReady();
  const second = new App(await context.newPage());
  await second.page.goto(first.page.url());
  await second.questionnaire.ready();
  // The second tab has an answer that could not be saved (its disk was full at that moment).
  await setDiskFull(second.page, true);
  const failed = second.questionnaire.question(2);
  await second.questionnaire.choiceIn(failed, 4).check();
  await expect(failed.getByText(/Échec de l’enregistrement/)).toBeVisible();
  await second.page.evaluate(() => Object.assign(window, { __notReloaded: true }));

  // The new build is deployed; both tabs see it.
  rmSync(join(work, 'current'));
  symlinkSync(join(work, 'b'), join(work, 'current'));
  for (const tab of [first, second]) await tab.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  const banner = (tab: App) => tab.page.getByRole('status').filter({ hasText: 'Une nouvelle version de Diapason est prête' });
  await expect(banner(first)).toBeVisible({ timeout: 20_000 });
  await expect(banner(second)).toBeVisible({ timeout: 20_000 });
  await expect(banner(first)).toContainText('Vos réponses sont enregistrées');
  await expect(banner(second)).not.toContainText('Vos réponses sont enregistrées');
  await expect(banner(second)).toContainText('ne sont pas encore enregistrées');

  // Accepted in the first tab: it reloads on the new build; the second keeps its page and its answer.
  await Promise.all([first.page.waitForEvent('load'), banner(first).getByRole('button', { name: 'Mettre à jour' }).click()]);
  await first.questionnaire.ready();
  await expect(second.page.getByRole('status').filter({ hasText: 'Diapason a été mis à jour dans un autre onglet' })).toBeVisible({ timeout: 15_000 });
  expect(await second.page.evaluate(() => (window as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
  await expect(second.questionnaire.choiceIn(failed, 4)).toBeChecked();

  // Once the answer is saved, the person reloads onto the new version and finds it there.
  await setDiskFull(second.page, false);
  await failed.getByRole('button', { name: 'Réessayer' }).click();
  await expect(failed.getByText(/Enregistré$/)).toBeVisible();
  await Promise.all([second.page.waitForEvent('load'), second.page.getByRole('button', { name: 'Recharger la page' }).click()]);
  await second.questionnaire.ready();
  await expect(second.questionnaire.choiceIn(second.questionnaire.question(2), 4)).toBeChecked();
  await context.close();
});
