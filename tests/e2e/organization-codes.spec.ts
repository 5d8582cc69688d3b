import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { E2E_ADMIN } from './env.ts';
import { expectNoSeriousViolations } from './axe.ts';

test('CQM staff make a batch of organization codes, shown once, downloaded as CSV; open mode is said plainly', async ({ page }) => {
  await page.goto('/#/cqm');
  await page.getByLabel('Nom d’utilisateur').fill(E2E_ADMIN.user);
  await page.getByLabel('Mot de passe').fill(E2E_ADMIN.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();

  const section = page.getByRole('region', { name: 'Codes d’organisme' });
  await expect(section).toBeVisible();
  // The end-to-end server runs without DIAPASON_ORGANIZATION_CODES: open mode, not for real data.
  await expect(section.getByRole('note')).toContainText('Mode ouvert');
  await expect(section.getByRole('note')).toContainText('pas à de vraies données');

  await section.getByLabel('Nombre de codes à créer').fill('0');
  await section.getByRole('button', { name: 'Créer les codes' }).click();
  await expect(section.getByRole('alert')).toHaveText('Indiquez un nombre entier de 1 à 500.');

  await section.getByLabel('Nombre de codes à créer').fill('3');
  await section.getByRole('button', { name: 'Créer les codes' }).click();
  await expect(section.getByText('Voici les 3 nouveaux codes.', { exact: false })).toBeVisible();
  const shown = await section.getByRole('list', { name: 'Codes d’organisme' }).getByRole('listitem').allInnerTexts();
  expect(shown).toHaveLength(3);
  for (const code of shown) expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
  await expect(section.getByText(/^Lot \d+ · Créé le .+ · 0 code utilisé sur 3$/)).toBeVisible();
  await expectNoSeriousViolations(page, 'organization codes');

  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Télécharger les codes (CSV)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^diapason-codes-lot-\d+-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '').trim().split('\r\n');
  expect(lines).toEqual(['Code d’organisme', ...shown]);

  // Shown once: after a reload, the batch is listed by its counts, never its codes.
  await page.reload();
  await expect(section.getByText(/^Lot \d+ · Créé le .+ · 0 code utilisé sur 3$/)).toBeVisible();
  await expect(page.getByText(shown[0]!)).toHaveCount(0);
});
