/**
 * A database left by the first release (674846e, made by running it: tests/fixtures/databases) opens
 * in this version, in Chromium, through the interface: every organization, assessment, answer and
 * note is there, and opening it rewrote nothing.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { OrganizationsPage, readDatabase, restoreDatabase } from './pages/data.ts';
import { withoutAnswers } from '../../src/client/storage/assessment-answers.ts';
import type { DatabaseDump } from '../support/idb-dump.ts';

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/databases/v1-walking-skeleton-674846e.json', import.meta.url), 'utf8'),
) as { databases: DatabaseDump[] };
const legacy = fixture.databases.find((d) => d.name === 'diapason');
if (!legacy) throw new Error('no diapason database in the fixture');
const rows = (store: string) => legacy.stores.find((s) => s.name === store)?.rows ?? [];

test('the first release’s database opens without loss, read through the interface', async ({ app, page }) => {
  await restoreDatabase(page, legacy);
  await app.open('/');
  // Opening rewrote nothing: the stored rows are the release's rows.
  await expect(page.getByRole('heading', { level: 2, name: 'Votre organisme' })).toBeVisible();
  const now = await readDatabase(page);
  expect(now.stores.find((s) => s.name === 'organizations')?.rows).toEqual(rows('organizations'));
  // The answers, kept in their assessment's record since (src/client/storage/assessment-answers.ts),
  // each as it was, and the assessments as they were besides.
  const stored = withoutAnswers((now.stores.find((s) => s.name === 'assessments')?.rows ?? []) as Record<string, unknown>[]);
  expect(stored.assessments).toEqual(rows('assessments'));
  expect(stored.answers).toEqual(rows('answers'));

  // The organization that was current is current again, with its assessment in progress and the
  // count of its answers. (The walking skeleton's questionnaire was a 12-item preview published as
  // 1.0.0; the model that replaced it under that version has other items, so these answers no longer
  // match questions on screen: the rows are kept, untouched, as checked above.)
  await expect(page.getByRole('definition').filter({ hasText: 'Chœur de l’Île « Saint-Jean »' })).toBeVisible();
  await expect(page.getByText(/Évaluation en cours\s:\s4 réponses sur \d+/)).toBeVisible();
  await page.getByRole('button', { name: 'Reprendre l’évaluation' }).click();
  await app.questionnaire.ready();

  // The other organization, its completed assessment and its result.
  const orgs = new OrganizationsPage(page);
  await orgs.open();
  await expect.poll(async () => (await orgs.names()).sort()).toEqual(['Chœur de l’Île « Saint-Jean »', 'Ensemble Aurore']);
  await orgs.switchTo('Ensemble Aurore');
  await page.getByRole('link', { name: 'Voir le résultat' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Votre profil de maturité' })).toBeVisible();
  await app.result.expectChartDrawn();

});

test('a database whose roadmap was kept per assessment opens as the organization’s plan', async ({ app, page }) => {
  const made = JSON.parse(
    readFileSync(new URL('../fixtures/databases/v1-per-assessment-roadmap-7b31f57.json', import.meta.url), 'utf8'),
  ) as { databases: DatabaseDump[] };
  const database = made.databases.find((d) => d.name === 'diapason');
  if (!database) throw new Error('no diapason database in the fixture');
  const stored = (store: string) => database.stores.find((s) => s.name === store)?.rows ?? [];
  await restoreDatabase(page, database);
  const latest = (stored('assessments') as { id: string; completedAt: string }[]).sort((a, b) => a.completedAt.localeCompare(b.completedAt)).at(-1)!;
  await app.open(`/#/feuille-de-route/${latest.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Feuille de route' })).toBeVisible();
  // Julie's action (in progress, due 15 February) was written on the first assessment; the second
  // answered its item higher: it is offered as done, with its owner.
  const offered = page.getByRole('region', { name: 'Ces actions semblent faites' });
  if (!(await offered.getByRole('listitem').first().isVisible())) await offered.getByText(/^Voir /).click();
  await expect(offered.getByRole('listitem').filter({ hasText: 'Julie' })).toHaveCount(1);
  // Marc's action, written on the second assessment, is in the plan with its owner.
  await expect(page.getByRole('article').filter({ hasText: 'Responsable : Marc' }).or(page.getByRole('article').filter({ hasText: 'Responsable\u00a0: Marc' }))).toHaveCount(1);
  // The old rows are still there, untouched.
  const now = await readDatabase(page);
  expect(now.stores.find((s) => s.name === 'roadmapActions')?.rows).toEqual(stored('roadmapActions'));
  expect(now.stores.find((s) => s.name === 'planActions')?.rows).toHaveLength(stored('roadmapActions').length);
});
