import { test, expect } from './fixtures.ts';
import { DataSettingsPage, OrganizationsPage } from './pages/data.ts';
import { addStoredRows } from './pages/local-data.ts';

test('several organizations on one laptop: create, switch, rename, delete, each with its own assessments', async ({ app, page }) => {
  const orgs = new OrganizationsPage(page);
  await app.open();
  await app.createOrganization();
  await app.questionnaire.answer(1, 4);
  await app.questionnaire.answer(2, 2);

  // A second organization, from the organizations screen.
  await orgs.open();
  await page.getByRole('link', { name: 'Ajouter un organisme' }).click();
  await app.createOrganization({ name: 'Chœur de l’Est', role: 'Diffuseur', discipline: 'Musique vocale, chorale et lyrique', region: 'Estrie', size: '3 à 9 employés permanents' }, { fromProfile: true });
  await app.questionnaire.answer(1, 1);
  await page.getByRole('link', { name: 'Accueil', exact: true }).click();
  await expect(page.getByText(/Évaluation en cours\s:\s1 réponse sur/)).toBeVisible();

  // Switching shows the other organization's own assessment.
  await orgs.open();
  await expect.poll(() => orgs.names()).toEqual(['Ensemble Aurore', 'Chœur de l’Est']);
  await expect(orgs.card('Chœur de l’Est').getByText('organisme actuel')).toBeVisible();
  await orgs.switchTo('Ensemble Aurore');
  await expect(page.getByText(/Évaluation en cours\s:\s2 réponses sur/)).toBeVisible();
  await page.getByRole('button', { name: 'Reprendre l’évaluation' }).click();
  await expect(app.questionnaire.choiceIn(app.questionnaire.question(1), 4)).toBeChecked();

  // Rename, kept across a reload.
  await orgs.open();
  await orgs.rename('Ensemble Aurore', 'Ensemble Aurore boréale');
  await page.reload();
  await expect.poll(() => orgs.names()).toEqual(['Ensemble Aurore boréale', 'Chœur de l’Est']);

  // Delete: the confirmation says what will be lost; cancelling keeps everything.
  let dialog = await orgs.askDelete('Chœur de l’Est');
  await expect(dialog).toContainText('1 évaluation, dont 0 terminée, et 1 réponse avec leurs notes');
  await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect.poll(() => orgs.names()).toHaveLength(2);
  dialog = await orgs.askDelete('Chœur de l’Est');
  await dialog.getByRole('button', { name: 'Supprimer « Chœur de l’Est »' }).click();
  await expect(page.getByRole('status')).toContainText('« Chœur de l’Est » a été supprimé de cet ordinateur.');
  await page.reload();
  await expect.poll(() => orgs.names()).toEqual(['Ensemble Aurore boréale']);
  // The other organization and its answers are untouched.
  await page.getByRole('link', { name: 'Accueil', exact: true }).click();
  await expect(page.getByText(/Évaluation en cours\s:\s2 réponses sur/)).toBeVisible();
});

test('a laptop with many organizations: a page at a time, more on demand with the focus on the first new one, and a search by name', async ({ app, page }) => {
  const orgs = new OrganizationsPage(page);
  await app.open();
  await app.createOrganization();
  const at = new Date().toISOString();
  await addStoredRows(
    page,
    'organizations',
    Array.from({ length: 119 }, (_, i) => ({
      id: crypto.randomUUID(),
      name: `Quatuor numéro ${i + 1}`,
      role: 'producteur',
      discipline: 'classique',
      region: '06',
      sizeBand: '0-2',
      // One millisecond apart, after the first organization: the list's order is the order of creation.
      createdAt: new Date(Date.parse(at) + i + 1).toISOString(),
      updatedAt: at,
    })),
  );
  // Rows written behind the app's back: a fresh start reads them.
  await page.reload();
  await orgs.open();
  const cards = page.getByRole('list').getByRole('heading', { level: 2 });
  await expect(cards).toHaveCount(50);
  await expect(page.getByText('50 organismes affichés sur 120, dans l’ordre où ils ont été ajoutés.')).toBeVisible();

  await page.getByRole('button', { name: 'Afficher 50 de plus' }).click();
  await expect(cards).toHaveCount(100);
  await expect(page.getByRole('heading', { level: 2, name: 'Quatuor numéro 50', exact: true })).toBeFocused();
  await page.getByRole('button', { name: 'Afficher 20 de plus' }).click();
  await expect(cards).toHaveCount(120);
  await expect(page.getByRole('button', { name: /de plus$/ })).toHaveCount(0);

  // Accents and case do not matter.
  await page.getByLabel('Chercher un organisme par son nom').fill('QUATUOR NUMERO 11');
  await expect.poll(() => orgs.names()).toEqual(['Quatuor numéro 11', 'Quatuor numéro 110', 'Quatuor numéro 111', 'Quatuor numéro 112', 'Quatuor numéro 113', 'Quatuor numéro 114', 'Quatuor numéro 115', 'Quatuor numéro 116', 'Quatuor numéro 117', 'Quatuor numéro 118', 'Quatuor numéro 119']);
  await expect(page.getByText('11 organismes trouvés.')).toBeVisible();
  await page.getByLabel('Chercher un organisme par son nom').fill('Aurore');
  await expect.poll(() => orgs.names()).toEqual(['Ensemble Aurore']);
  await expect(page.getByText('1 organisme trouvé.')).toBeVisible();
  await page.getByLabel('Chercher un organisme par son nom').fill('Philharmonie');
  await expect(page.getByText('Aucun organisme ne porte ce nom.')).toBeVisible();

  // A backup of them all: the preview lists the first twenty, the rest on demand.
  const settings = new DataSettingsPage(page);
  await settings.open();
  const exported = await settings.exportBackup();
  await settings.choose({ name: exported.name, text: exported.text });
  const listed = settings.preview().getByRole('listitem').filter({ has: page.locator('strong') });
  await expect(listed).toHaveCount(20);
  await expect(settings.preview().getByText('… et 100 autres organismes.')).toBeVisible();
  await settings.preview().getByRole('button', { name: 'Tout afficher' }).click();
  await expect(listed).toHaveCount(120);
});
