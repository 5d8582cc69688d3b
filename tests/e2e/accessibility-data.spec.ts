/** axe on the screens and states of local data: organizations, backup, deletion, carried-over answers. */
import { test, expect } from './fixtures.ts';
import { expectNoSeriousViolations } from './axe.ts';
import { DataSettingsPage, OrganizationsPage } from './pages/data.ts';

const fixture = (name: string) => new URL(`../fixtures/backups/${name}`, import.meta.url).pathname;

test('axe finds nothing serious on organizations, backup, deletion and carried-over answers', async ({ app, page }) => {
  await app.open();
  await app.createOrganization();
  await app.questionnaire.answerStep((n) => (n % 3 === 0 ? 'dont-know' : 3));
  // Straight to the last step (the progress list links every step), and finish.
  const last = page.getByRole('navigation', { name: 'Étapes du questionnaire' }).first().getByRole('link').last();
  const before = await app.questionnaire.heading.textContent();
  await last.click();
  await expect(app.questionnaire.heading).not.toHaveText(before ?? '');
  await app.questionnaire.finish();
  await page.getByRole('link', { name: 'Accueil', exact: true }).click();
  await page.getByRole('button', { name: /^Commencer une (nouvelle )?évaluation$/ }).click();
  await app.questionnaire.ready();
  await expect(page.getByText('À confirmer').first()).toBeVisible();
  await expectNoSeriousViolations(page, 'questionnaire with carried-over answers to confirm');

  const orgs = new OrganizationsPage(page);
  await orgs.open();
  await expectNoSeriousViolations(page, 'organizations');
  await orgs.card('Ensemble Aurore').getByRole('button', { name: 'Renommer' }).click();
  await page.getByLabel('Nouveau nom pour Ensemble Aurore').fill('');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Le nom ne peut pas être vide.')).toBeVisible();
  await expectNoSeriousViolations(page, 'organizations, renaming with an error');
  await page.getByRole('button', { name: 'Annuler' }).click();
  await orgs.askDelete('Ensemble Aurore');
  await expectNoSeriousViolations(page, 'organizations, delete confirmation');
  await page.getByRole('button', { name: 'Annuler' }).click();

  const settings = new DataSettingsPage(page);
  await settings.open();
  await settings.choose(fixture('valid.json'));
  await settings.preview().getByRole('radio', { name: 'Remplacer toutes mes données' }).check();
  await expectNoSeriousViolations(page, 'settings, import preview');
  await settings.choose(fixture('refused/wrong-checksum.json'));
  await expect(settings.refusal()).toBeVisible();
  await expectNoSeriousViolations(page, 'settings, import refused');
  await page.getByRole('button', { name: 'Supprimer toutes mes données…' }).click();
  await expectNoSeriousViolations(page, 'settings, delete everything confirmation');
});
