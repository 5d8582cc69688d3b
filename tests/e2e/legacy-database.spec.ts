/**
 * A database left by the first release (674846e, made by running it: tests/fixtures/databases) opens
 * in this version, in Chromium, through the interface: every organization, assessment, answer and
 * note is there, and opening it rewrote nothing.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { OrganizationsPage, readDatabase, restoreDatabase } from './pages/data.ts';
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
  for (const store of ['organizations', 'assessments', 'answers']) {
    expect(now.stores.find((s) => s.name === store)?.rows, store).toEqual(rows(store));
  }

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
