/**
 * npx tsx scripts/make-legacy-database.ts [commit] [name] [scenario]
 *
 * Scenarios: `skeleton` (default, the walking skeleton's interface), `roadmap` (a release whose
 * roadmap belongs to each assessment, Dexie version 1: two completed assessments of one organization,
 * each with owners, due dates, statuses and notes on roadmap actions, and a target raised) and
 * `respondents` (a release with several respondents and its own e2e page models, Dexie version 6,
 * driven through those models: an organization, its first step answered with levels and "don't know",
 * and two respondents who answered everything, whose proposals became the organization's other
 * answers).
 *
 * Makes a legacy database fixture by RUNNING an earlier release, not by writing rows by hand:
 * extracts `commit` (default 674846e, the walking skeleton: Dexie schema version 1) into a temporary
 * folder, builds it, serves it with its own server, drives its own interface in Chromium as a person
 * would (two organizations, a completed and an in-progress assessment, notes, "don't know", "not
 * applicable", a note without an answer), then dumps the raw IndexedDB content to
 * tests/fixtures/databases/<name>.json. See tests/fixtures/databases/README.md.
 */
import { execFileSync, execSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { dumpIndexedDb } from '../tests/support/idb-dump.ts';
import { startServer } from '../tests/support/server.ts';
import { chromiumExecutable } from './chromium.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const commit = process.argv[2] ?? '674846e';
const name = process.argv[3] ?? `v1-walking-skeleton-${commit}`;
const scenario = process.argv[4] ?? 'skeleton';

const fullCommit = execFileSync('git', ['-C', ROOT, 'rev-parse', commit], { encoding: 'utf8' }).trim();
const work = mkdtempSync(join(tmpdir(), `diapason-${commit}-`));
console.log(`extracting ${fullCommit} into ${work}`);
execSync(`git -C ${JSON.stringify(ROOT)} archive ${fullCommit} | tar -x -C ${JSON.stringify(work)}`);
// The release's package.json is the one that built it; the dependencies installed here satisfy it.
symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'));
execFileSync(process.execPath, [join(work, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
  cwd: work,
  stdio: 'inherit',
});

const server = await startServer({ root: work });
const browser = await chromium.launch({
  executablePath: chromiumExecutable(),
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
try {
  const context = await browser.newContext({ locale: 'fr-CA', baseURL: server.url });
  // tsx keeps function names with a helper the page does not have; give the page a harmless one.
  await context.addInitScript('globalThis.__name = (f) => f;');
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto('/');
  if (scenario === 'roadmap') await roadmapScenario(page);
  else if (scenario === 'respondents') await respondentsScenario(page, work);
  else await skeletonScenario(page);

  const dump = await page.evaluate(dumpIndexedDb, 'diapason');
  const fixture = {
    $comment: 'Made by scripts/make-legacy-database.ts running the release below; never edit by hand.',
    madeBy: { commit: fullCommit, script: 'scripts/make-legacy-database.ts', browser: browser.version() },
    databases: [dump],
  };
  const out = join(ROOT, 'tests/fixtures/databases', `${name}.json`);
  writeFileSync(out, JSON.stringify(fixture, null, 2) + '\n');
  const counts = dump.stores.map((s) => `${s.name} ${s.rows.length}`).join(', ');
  console.log(`wrote ${out}: IndexedDB version ${dump.version}; ${counts}`);
} finally {
  await browser.close();
  await server.stop();
  rmSync(work, { recursive: true, force: true });
}

/** Driven by the release's own page models (tests/e2e/pages), which know its labels. */
async function respondentsScenario(page: Page, work: string) {
  const { App } = (await import(join(work, 'tests/e2e/pages/app.ts'))) as typeof import('../tests/e2e/pages/app.ts');
  const { RespondentsPage } = (await import(join(work, 'tests/e2e/pages/respondents.ts'))) as typeof import('../tests/e2e/pages/respondents.ts');
  const app = new App(page);
  await app.open();
  await app.createOrganization();
  const choices = [1, 2, 3, 4, 5, 'dont-know'] as const;
  await app.questionnaire.answerStep((n) => choices[n % choices.length]!);
  const respondents = new RespondentsPage(page);
  await respondents.openFromQuestionnaire();
  await respondents.add('Direction', 'Julie Tremblay');
  await respondents.add('Conseil d’administration');
  await respondents.answerAs('Direction', (n) => ((n % 5) + 1) as 1 | 2 | 3 | 4 | 5);
  await respondents.answerAs('Conseil d’administration', (n) => (n % 4 === 0 ? 'dont-know' : (((n + 1) % 5) + 1) as 1 | 2 | 3 | 4 | 5));
}

/**
 * A release whose roadmap belongs to each assessment: the first assessment's roadmap gets an owner,
 * a due date and a status on two actions, a note on a third, and a raised target; the second
 * assessment (answers carried over, one item improved) gets its own rows on the same actions.
 */
async function roadmapScenario(page: Page) {
  await completeFirstAssessment(page, 'Export CSV de la billetterie — « tout y est »', (n) => (n % 7 === 0 ? 'dont-know' : ((n % 3) + 1)));
  const target = page.getByLabel(/^Stade visé pour/).first();
  const current = Number(await target.inputValue());
  await target.selectOption(String(Math.min(5, current + 1)));
  await page.getByText('Cible enregistrée.').first().waitFor();
  await openRoadmap(page);
  await setAction(page, 1, { Statut: 'En cours', Responsable: 'Julie', Échéance: '2027-02-15' });
  await setAction(page, 2, { Statut: 'Fait' });
  await setAction(page, 3, { Note: 'À voir avec le CA' });

  await page.getByRole('link', { name: 'Accueil', exact: true }).click();
  await page.getByRole('button', { name: 'Commencer une évaluation' }).click();
  await page.getByText(/^Étape 1 sur \d+/).waitFor();
  await answerEverything(page, (n) => (n === 1 ? 4 : n % 7 === 0 ? 1 : (n % 3) + 2)); // every answer differs: each one is confirmed
  await finish(page);
  await openRoadmap(page);
  await setAction(page, 1, { Responsable: 'Marc' });
}

/** Both scenarios start so: Ensemble Aurore described, a note on question 1, every question answered, finished. */
async function completeFirstAssessment(page: Page, noteText: string, pick: (n: number) => number | 'dont-know') {
  await page.getByRole('link', { name: /Commencer : décrire mon organisme/ }).click();
  await createOrganization(page, {
    name: 'Ensemble Aurore',
    role: 'Organisme producteur',
    discipline: 'Musique ancienne et baroque',
    region: 'Montréal',
    size: '0 à 2 employés permanents',
  });
  await note(page, 1, noteText);
  await answerEverything(page, pick);
  await finish(page);
}

async function finish(page: Page) {
  await page.getByRole('button', { name: 'Terminer et voir le résultat' }).click();
  await page.getByRole('heading', { level: 1, name: 'Votre profil de maturité' }).waitFor();
}

async function openRoadmap(page: Page) {
  await page.getByRole('link', { name: 'Voir la feuille de route' }).click();
  await page.getByRole('heading', { level: 1, name: 'Feuille de route' }).waitFor();
}

async function setAction(page: Page, n: number, fields: Record<string, string>) {
  const action = page.getByRole('article', { name: new RegExp(`^Action ${n} `) });
  for (const [field, value] of Object.entries(fields)) {
    const input = action.getByLabel(field, { exact: true });
    if (!(await input.isVisible())) await action.getByText('Responsable, échéance et note').click();
    if (field === 'Statut') await input.selectOption({ label: value });
    else {
      await input.fill(value);
      await input.blur();
    }
    await action.getByText(/^✓\s*Enregistré$/).waitFor();
  }
}

async function skeletonScenario(page: Page) {
  // Organization 1: a completed assessment, then a second one left in progress.
  const completedChoices: Record<number, number | 'dont-know'> = { 1: 3, 2: 2, 3: 4, 4: 1, 5: 'dont-know', 6: 5, 7: 2, 8: 3, 9: 4, 10: 1, 11: 2, 12: 3 };
  await completeFirstAssessment(page, 'Export CSV de la billetterie, vérifié le 12 mars — « tout y est »', (n) => completedChoices[n] ?? 3);
  await page.getByRole('link', { name: 'Accueil', exact: true }).click();
  await page.getByRole('button', { name: 'Commencer une évaluation' }).click();
  await answer(page, 1, 4);
  await answer(page, 2, 3);
  await answer(page, 3, 'dont-know');

  // Organization 2: in progress, with "not applicable" and a note without an answer.
  await page.goto('/#/organisme');
  await createOrganization(page, {
    name: 'Chœur de l’Île « Saint-Jean »',
    role: 'Diffuseur',
    discipline: 'Musique vocale, chorale et lyrique',
    region: 'Capitale-Nationale',
    size: '3 à 9 employés permanents',
  });
  await answer(page, 1, 2);
  await next(page);
  await note(page, 4, 'Bilan 2023 à retrouver');
  await answer(page, 5, 1);
  await next(page);
  await answer(page, 9, 'not-applicable');
  await answer(page, 7, 5);
}

interface Profile {
  name: string;
  role: string;
  discipline: string;
  region: string;
  size: string;
}

async function createOrganization(page: Page, profile: Profile) {
  await page.getByLabel('Nom de l’organisme').fill(profile.name);
  await page.getByRole('group', { name: 'Rôle' }).getByLabel(profile.role, { exact: true }).check();
  await page.getByLabel('Discipline principale').selectOption({ label: profile.discipline });
  await page.getByLabel('Région administrative').selectOption({ label: profile.region });
  await page.getByRole('group', { name: 'Taille de l’équipe' }).getByLabel(profile.size).check();
  await page.getByRole('button', { name: 'Enregistrer et commencer l’évaluation' }).click();
  await page.getByText(/^Étape 1 sur \d+/).waitFor();
}

function question(page: Page, n: number) {
  return page.getByRole('group', { name: new RegExp(`^Question ${n} sur \\d+`) });
}

async function answer(page: Page, n: number, choice: number | 'dont-know' | 'not-applicable') {
  const q = question(page, n);
  const radio =
    choice === 'dont-know'
      ? q.getByRole('radio', { name: 'Je ne sais pas' })
      : choice === 'not-applicable'
        ? q.getByRole('radio', { name: /^Sans objet/ })
        : q.getByRole('radio').nth(choice - 1);
  await radio.check();
  await q.getByText(/Enregistré$/).waitFor();
}

async function note(page: Page, n: number, text: string) {
  const q = question(page, n);
  await q.getByText(/^Note/).click();
  await q.getByRole('textbox').fill(text);
  await q.getByText(/Enregistré$/).waitFor();
}

async function next(page: Page) {
  const first = await page.getByRole('group', { name: /^Question \d+ sur \d+/ }).first().getAttribute('aria-describedby');
  await page.getByRole('link', { name: /Étape suivante/ }).click();
  // The next step is on screen when its first question is another one.
  await page.waitForFunction(
    (before) => {
      const id = document.querySelector('fieldset[aria-describedby]')?.getAttribute('aria-describedby');
      return id !== null && id !== undefined && id !== before;
    },
    first,
  );
}

async function answerEverything(page: Page, pick: (n: number) => number | 'dont-know') {
  for (;;) {
    const names = await page
      .getByRole('group', { name: /^Question \d+ sur \d+/ })
      .evaluateAll((groups) => groups.map((g) => g.querySelector('legend')?.textContent ?? ''));
    console.log(`answering ${names.length} questions: ${names.map((l) => /(\d+)/.exec(l)?.[1]).join(', ')}`);
    for (const legend of names) {
      const n = Number(/(\d+)/.exec(legend)?.[1]);
      // A question that already has a note keeps it; the answer is added.
      await answer(page, n, pick(n));
    }
    if ((await page.getByRole('link', { name: /Étape suivante/ }).count()) === 0) return;
    await next(page);
  }
}
