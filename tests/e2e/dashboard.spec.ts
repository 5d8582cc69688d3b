import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { E2E_ADMIN } from './env.ts';
import { profiles, publishedPeriod, seedOrganizations } from './support/seed.ts';
import { expectNoSeriousViolations } from './axe.ts';
import type { SectorAggregates } from '../../src/core/sync-api.ts';

// A wrong password is answered 401, which the browser reports in the console.
test.use({ allowedConsoleErrors: [/status of 401/] });

test('the CQM dashboard: sign-in, published aggregates by version family, group and quarter, readiness, hidden cells marked, CSV of what is shown', async ({ page }) => {
  seedOrganizations(profiles(24, (i) => ({ role: i % 2 ? 'diffuseur' : 'producteur', discipline: i % 2 ? 'jazz' : 'classique', regionGroup: 'couronne' })));
  // Twelve on 2.0.0, whose scores do not compare with 1.0.0's: a family of their own, never pooled.
  seedOrganizations(profiles(12, () => ({ role: 'autre', discipline: 'pluridisciplinaire' })), () => 5, { version: '2.0.0', readiness: 'ready' });
  const period = publishedPeriod();

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
  expect(lines[0]).toBe('Versions;Groupe;Trimestre;Organismes;Médiane;Stade 1 Initial (%);Stade 2 Émergent (%);Stade 3 Structuré (%);Stade 4 Intégré (%);Stade 5 Stratégique (%)');
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

/** What the signed-in dashboard is answered, for the states a live sector rarely shows on demand. */
function answerAs(page: import('@playwright/test').Page, data: SectorAggregates) {
  return Promise.all([
    page.route('**/api/v1/admin/session', (route) =>
      route.request().method() === 'GET' ? route.fulfill({ json: { signedIn: true } }) : route.fallback(),
    ),
    page.route('**/api/v1/admin/aggregates?*', (route) => route.fulfill({ json: data })),
    page.route('**/api/v1/admin/organization-codes', (route) =>
      route.request().method() === 'GET' ? route.fulfill({ json: { mode: 'open', batches: [] } }) : route.fallback(),
    ),
    // The hands raised for the next cohort, a list of its own on the same screen: none here.
    page.route('**/api/v1/admin/cohort-requests', (route) => route.fulfill({ json: { requests: [] } })),
  ]);
}

const sector = (periods: string[], cells: SectorAggregates['cells'], readiness: SectorAggregates['readiness'] = []): SectorAggregates => ({
  questionnaireId: 'cqm-maturite',
  demonstration: true,
  totals: { submissions: 90, organizations: 64 },
  periods,
  families: [{ id: '1.0.0', versions: ['1.0.0'] }],
  cells,
  readiness,
});

test.describe('the CQM dashboard’s sector picture', () => {
  // Not even the sign-in's 401: nothing in the console, from the first load on.
  test.use({ allowedConsoleErrors: [] });

  test('no console error on load, signed out then signed in', async ({ page }) => {
    await page.goto('/#/cqm');
    await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();
    await page.getByLabel('Nom d’utilisateur').fill(E2E_ADMIN.user);
    await page.getByLabel('Mot de passe').fill(E2E_ADMIN.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('with the keyboard: signing in focuses the heading of what appears, signing out the sign-in’s heading', async ({ page }) => {
    await page.goto('/#/cqm');
    const userField = page.getByLabel('Nom d’utilisateur');
    await expect(userField).toBeVisible();
    await userField.focus();
    await page.keyboard.type(E2E_ADMIN.user);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Mot de passe')).toBeFocused();
    await page.keyboard.type(E2E_ADMIN.password);
    await page.keyboard.press('Enter');
    const session = page.getByRole('heading', { level: 2, name: 'Session du personnel du CQM' });
    await expect(session).toBeFocused();
    // From there the keyboard goes on to what the session offers, first of all signing out.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Connexion du personnel du CQM' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(userField).toBeFocused();
  });

  test('no submissions yet: said plainly, no table, no footer meant for organizations', async ({ page }) => {
    await answerAs(page, { ...sector([], []), demonstration: false, totals: { submissions: 0, organizations: 0 } });
    await page.goto('/#/cqm');
    await expect(page.getByRole('heading', { level: 2, name: 'Aucun chiffre publié pour l’instant' })).toBeVisible();
    await expect(page.getByText('0 organisme a partagé 0 résultat en tout.')).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expect(page.getByRole('contentinfo')).toHaveCount(0);
    await expect(page.getByText('Vos réponses restent sur cet ordinateur.')).toHaveCount(0);
    await expectNoSeriousViolations(page, 'dashboard with no data');
  });

  test('every dimension at once, stage names spelled out, a rounding note when shares miss 100 %, at 390 and 1280 px', async ({ page, app }) => {
    const all = (period: string, dimensionId: string, median: number, stageShares?: [number, number, number, number, number]) => ({
      period,
      family: '1.0.0',
      dimensionId,
      filter: {},
      n: stageShares ? 31 : 14,
      median,
      ...(stageShares ? { stageShares } : {}),
    });
    await answerAs(
      page,
      sector(
        ['2026-Q2', '2026-Q3'],
        [
          all('2026-Q2', 'collecte', 2.4),
          // 10 + 35 + 40 + 10 + 0 = 95: each share rounded on its own.
          all('2026-Q3', 'collecte', 2.8, [10, 35, 40, 10, 0]),
          all('2026-Q3', 'usage', 3.1, [0, 20, 50, 25, 5]),
        ],
      ),
    );
    await page.goto('/#/cqm');
    await expect(page.getByRole('note').filter({ hasText: /^Secteur de démonstration/ })).toBeVisible();
    const overview = page.getByRole('region', { name: 'Vue d’ensemble : toutes les dimensions' });
    // One chart per dimension of the questionnaire, each saying its latest figures in words.
    await expect(overview.getByRole('figure')).toHaveCount(6);
    await expect(overview.getByRole('figure', { name: /^Collecte des données 2026-Q3\s: médiane 2,8, 31 organismes$/ })).toBeVisible();
    await expect(overview.getByRole('figure', { name: /^Gouvernance des données Aucun chiffre publié$/ })).toBeVisible();
    await expect(overview.getByRole('list', { name: 'Stades' })).toHaveText(/1 Initial\s*2 Émergent\s*3 Structuré\s*4 Intégré\s*5 Stratégique/);
    // Every figure of the charts, as a table a keyboard and a screen reader can read.
    await overview.getByText('Les chiffres de ces graphiques, en tableau').click();
    const figures = overview.getByRole('table', { name: /^Tous les organismes\s: médiane et répartition par stade/ });
    await expect(figures.getByRole('row', { name: /^Collecte des données/ })).toContainText('Initial 10\u00a0%, Émergent 35\u00a0%, Structuré 40\u00a0%, Intégré 10\u00a0%, Stratégique 0\u00a0%');
    await expect(figures.getByRole('row', { name: /^Usage des données/ }).getByRole('cell').first()).toHaveText('Masqué');

    const table = page.getByRole('table', { name: /^Collecte des données — Versions 1\.0\.0/ });
    await expect(table.getByRole('row', { name: /^Tous les organismes/ })).toContainText('Émergent 35\u00a0%');
    await expect(page.getByText(/S[1-5]\b/)).toHaveCount(0);
    await expect(page.getByText(/^Chaque part est arrondie à 5\s%\sprès, séparément/)).toBeVisible();
    await page.getByLabel('Dimension', { exact: true }).selectOption({ label: 'Usage des données' });
    // Usage's shares add up to 100 and the overview's were said already: the note stays, once.
    await expect(page.getByText(/^Chaque part est arrondie/)).toHaveCount(1);
    await expectNoSeriousViolations(page, 'dashboard overview');

    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `page width at ${width} px`).toBeLessThanOrEqual(width);
    }
    await app.switchLanguage();
    await expect(page.getByRole('region', { name: 'Overview: every dimension' }).getByRole('figure', { name: /^Data collection 2026-Q3: median 2\.8, 31 organizations$/ })).toBeVisible();
    await expect(page.getByText(/^Each share is rounded to the nearest 5%/)).toBeVisible();
  });
});
