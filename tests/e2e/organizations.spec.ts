import { test, expect } from './fixtures.ts';
import { OrganizationsPage } from './pages/data.ts';

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
