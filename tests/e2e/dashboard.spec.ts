import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { E2E_ADMIN } from './env.ts';
import { currentPeriod, profiles, seedOrganizations } from './support/seed.ts';
import { expectNoSeriousViolations } from './axe.ts';

// A wrong password is answered 401, which the browser reports in the console.
test.use({ allowedConsoleErrors: [/status of 401/] });

test('the CQM dashboard: sign-in, published aggregates by version family, group and quarter, readiness, hidden cells marked, CSV of what is shown', async ({ page, request }) => {
  await seedOrganizations(request, profiles(24, (i) => ({ role: i % 2 ? 'diffuseur' : 'producteur', discipline: i % 2 ? 'jazz' : 'classique', regionGroup: 'couronne' })));
  // Twelve on 2.0.0, whose scores do not compare with 1.0.0's: a family of their own, never pooled.
  await seedOrganizations(request, profiles(12, () => ({ role: 'autre', discipline: 'pluridisciplinaire' })), () => 5, { version: '2.0.0', readiness: 'ready' });
  const period = currentPeriod();

  await page.goto('/#/cqm');
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord du CQM' })).toBeVisible();
  await expect(page.getByText(/dépersonnalisées \(au sens de la Loi 25\), pas anonymisées/)).toBeVisible();
  await expectNoSeriousViolations(page, 'dashboard sign-in');

  await page.getByLabel('Nom d’utilisateur').fill(E2E_ADMIN.user);
  await page.getByLabel('Mot de passe').fill('not the password');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('alert')).toHaveText('Nom d’utilisateur ou mot de passe incorrect.');
  await page.getByLabel('Mot de passe').fill(E2E_ADMIN.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();

  // The current version's family comes first; these organizations answered 1.0.0.
  await expect(page.getByLabel('Versions du questionnaire')).toHaveValue('3.0.0');
  await page.getByLabel('Versions du questionnaire').selectOption({ label: 'Versions 1.0.0' });
  const table = page.getByRole('table', { name: /^Collecte des données — Versions 1\.0\.0\s: médiane et répartition par stade/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader', { name: period })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Tous les organismes/ })).toContainText(/Médiane \d,\d/);
  const readiness = page.getByRole('table', { name: /^Préparation à la mise en commun — Versions 1\.0\.0\s: résultat/ });
  await expect(readiness.getByRole('row', { name: /^Tous les organismes/ })).toContainText('Masqué');

  // The other family: its own figures only (12 organizations, all at 5.0), and readiness as a band.
  await page.getByLabel('Versions du questionnaire').selectOption({ label: 'Versions 2.0.0' });
  const table2 = page.getByRole('table', { name: /^Collecte des données — Versions 2\.0\.0\s: médiane/ });
  await expect(table2.getByRole('row', { name: /^Tous les organismes/ })).toContainText(/Médiane 5,0/);
  const readiness2 = page.getByRole('table', { name: /^Préparation à la mise en commun — Versions 2\.0\.0/ });
  await expect(readiness2.getByRole('row', { name: /^Tous les organismes/ })).toContainText('10 à 19 organismes');
  await expect(readiness2.getByRole('row', { name: /^Tous les organismes/ })).not.toContainText('12');
  const [readinessDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter la préparation (CSV)' }).click()]);
  expect(readinessDownload.suggestedFilename()).toBe('diapason-cqm-v2.0.0-readiness.csv');
  const readinessLines = readFileSync((await readinessDownload.path())!, 'utf8').replace(/^\ufeff/, '').trim().split('\r\n');
  expect(readinessLines[0]).toBe('Versions;Groupe;Trimestre;Organismes;Pas encore (%);Presque (%);Prête (%)');
  expect(readinessLines).toContain(`2.0.0;Tous les organismes;${period};10 à 19`);
  await page.getByLabel('Versions du questionnaire').selectOption({ label: 'Versions 1.0.0' });

  await page.getByLabel('Regrouper par').selectOption({ label: 'Discipline' });
  await expect(table.getByRole('row', { name: /^Discipline\s:\sMusique ancienne et baroque/ })).toContainText('Masqué');
  await page.getByLabel('puis par (facultatif)').selectOption({ label: 'Rôle' });
  await expect(table.getByRole('rowheader', { name: 'Jazz et musiques improvisées · Diffuseur', exact: true })).toBeVisible();
  await expectNoSeriousViolations(page, 'dashboard');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter ce tableau (CSV)' }).click()]);
  expect(download.suggestedFilename()).toBe('diapason-cqm-v1.0.0-collecte-discipline-role.csv');
  const csv = readFileSync((await download.path())!, 'utf8');
  const lines = csv.replace(/^\ufeff/, '').trim().split('\r\n');
  // French: a semicolon and the decimal comma, like the app's other CSV files.
  expect(lines[0]).toBe('Versions;Groupe;Trimestre;Organismes;Médiane;Stade 1 (%);Stade 2 (%);Stade 3 (%);Stade 4 (%);Stade 5 (%)');
  // The 1.0.0 family only: the 2.0.0 organizations are not in its count.
  expect(lines.find((l) => l.startsWith(`1.0.0;Tous les organismes;${period};`))).toMatch(/^1\.0\.0;Tous les organismes;\d{4}-Q\d;\d+;\d,\d/);
  expect(lines.some((l) => l.includes('Musique ancienne et baroque') && l.endsWith(';masqué'))).toBe(true);
  // One line per shown row and period: everyone, 8 disciplines, 8 × 4 pairs.
  expect(lines.length - 1).toBe((1 + 8 + 8 * 4) * (await table.getByRole('columnheader').count() - 1));

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();
  const afterSignOut = await page.request.get('/api/v1/admin/aggregates?questionnaireId=cqm-maturite');
  expect(afterSignOut.status()).toBe(401);
});
