import { test, expect } from './fixtures.ts';

test('the language choice survives a reload and reaches the questionnaire', async ({ app, page }) => {
  await app.open();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  await app.switchLanguage();
  await expect(page.getByRole('link', { name: 'Start: describe my organization' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA');

  await page.reload();
  await expect(page.getByRole('link', { name: 'Start: describe my organization' })).toBeVisible();
  await page.getByRole('link', { name: 'Start: describe my organization' }).click();
  await page.getByLabel('Organization name').fill('Orchestre du Nord');
  await page.getByRole('group', { name: 'Role' }).getByLabel('Presenter', { exact: true }).check();
  await page.getByLabel('Main discipline').selectOption({ label: 'Jazz and improvised music' });
  await page.getByLabel('Administrative region').selectOption({ label: 'Abitibi-Témiscamingue' });
  await page.getByRole('group', { name: 'Team size' }).getByLabel('3 to 9 permanent staff').check();
  await page.getByRole('button', { name: 'Save and start the assessment' }).click();
  await expect(page.getByText('Step 1 of', { exact: false })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Don’t know' }).first()).toBeVisible();

  await app.switchLanguage();
  await expect(page.getByText('Étape 1 sur', { exact: false })).toBeVisible();
  await page.reload();
  await expect(page.getByText('Étape 1 sur', { exact: false })).toBeVisible();
});

test('a form sent incomplete says what is missing, and saves nothing', async ({ app, page }) => {
  await app.open();
  await page.getByRole('link', { name: /Commencer/ }).click();
  await page.getByRole('button', { name: 'Enregistrer et commencer l’évaluation' }).click();
  await expect(page.getByRole('alert')).toHaveText('Le formulaire contient 5 erreurs. Corrigez les champs indiqués.');
  // The first invalid submit: focus moves from the button to the summary, which did not exist before.
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(page.getByLabel('Nom de l’organisme')).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('link', { name: 'Annuler' }).click();
  await expect(page.getByRole('link', { name: /Commencer : décrire mon organisme/ })).toBeVisible();
});

test.describe('an English browser', () => {
  test.use({ locale: 'en-US' });

  test('gets English on its first visit, remembered; a choice of French is remembered too', async ({ app, page }) => {
    await app.open();
    await expect(page.getByRole('link', { name: 'Start: describe my organization' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA');
    await page.reload();
    await expect(page.getByRole('link', { name: 'Start: describe my organization' })).toBeVisible();
    await app.switchLanguage();
    await page.reload();
    await expect(page.getByRole('link', { name: /Commencer : décrire mon organisme/ })).toBeVisible();
  });
});
