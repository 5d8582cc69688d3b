import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { currentQuestionnaire } from '../support/questionnaires.ts';
import { completeAssessment } from './pages/sync.ts';

/** What a screen draws only once all its code is there. */
const drawn = (page: Page, what: { role: 'table' | 'heading'; name?: string }) => page.getByRole(what.role, what.name ? { name: what.name } : {});

/**
 * The screens whose first file draws their heading alone, and loads the rest of their code (`body`)
 * once it is drawn.
 */
const DRAWN_IN_TWO = [
  { name: 'result', path: '#/resultat/', heading: 'Votre profil de maturité', body: /\/assets\/ResultBody-[\w-]+\.js$/, drawn: { role: 'table' } },
  { name: 'roadmap', path: '#/feuille-de-route/', heading: 'Feuille de route', body: /\/assets\/RoadmapBody-[\w-]+\.js$/, drawn: { role: 'heading', name: 'Vos 90 prochains jours' } },
] as const;

/** The version new assessments use. */
const CURRENT = currentQuestionnaire().version;

test('while the scripts load, index.html shows the header, as tall as the app’s: nothing moves when the app takes over', async ({ page }) => {
  // A slow network: every script arrives three seconds late (long enough for the checks of the
  // placeholder below on a busy machine, before the app takes over).
  await page.route('**/assets/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await route.continue();
  });
  const header = page.locator('.site-header');
  await page.goto('/', { waitUntil: 'commit' });
  await expect(header).toBeVisible();
  await expect(header).toContainText('Diapason');
  // No app yet: the placeholder is the whole page, hidden from screen readers.
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(header).toHaveAttribute('aria-hidden', 'true');
  const before = await header.boundingBox();

  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(header).toHaveCount(1);
  await expect(header).not.toHaveAttribute('aria-hidden');
  expect(await header.boundingBox()).toEqual(before);
});

test.describe('without the service worker (its cache would answer at once)', () => {
  test.use({ serviceWorkers: 'block' });

  test('a result opened on a slow network names its questionnaire before the questionnaire file has arrived', async ({ page, app }) => {
    await completeAssessment(app, { onScreen: true });

    // The questionnaire files (one chunk per version) now take three seconds.
    let held = 0;
    await page.route(/\/assets\/\d+\.\d+\.\d+-[\w-]+\.js$/, async (route) => {
      held++;
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      await route.continue();
    });
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Votre profil de maturité' })).toBeVisible();
    await expect(page.locator('.lead')).toContainText(`« Diagnostic de maturité des données du CQM », version ${CURRENT}`);
    // Drawn from the row and the build's list of titles alone: the file, requested once they are
    // drawn, is still on its way.
    await expect.poll(() => held).toBe(1);
    await expect(page.getByRole('table')).toHaveCount(0);
    // Then the rest, and still one heading.
    await expect(page.getByRole('table').first()).toBeVisible({ timeout: 10_000 });
    expect(Object.keys(await app.result.rows()).length).toBeGreaterThanOrEqual(4);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  });

  for (const screen of DRAWN_IN_TWO) {
    test(`the ${screen.name} draws its heading and introduction before the rest of its code has arrived`, async ({ page, app }) => {
      await completeAssessment(app, { onScreen: true });
      const id = new URL(page.url()).hash.split('/').pop()!;
      let held = 0;
      await page.route(screen.body, async (route) => {
        held++;
        await new Promise((resolve) => setTimeout(resolve, 3_000));
        await route.continue();
      });
      await page.goto(`/${screen.path}${id}`);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
      await expect(page.locator('.lead')).toContainText(/\d{4}/);
      // Requested once the heading is drawn, and held: the rest of the screen is not there yet.
      await expect.poll(() => held).toBeGreaterThanOrEqual(1);
      await expect(drawn(page, screen.drawn)).toHaveCount(0);
      await expect(drawn(page, screen.drawn).first()).toBeVisible({ timeout: 10_000 });
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    });
  }
});

test.describe('a screen whose code cannot load', () => {
  test.use({ serviceWorkers: 'block', allowedConsoleErrors: [/Failed to load resource: net::ERR_FAILED/] });

  for (const screen of DRAWN_IN_TWO) {
    test(`the rest of the ${screen.name}'s code cannot load: its heading stays, an alert says saved work is safe, a reload brings it`, async ({ page, app }) => {
      await completeAssessment(app, { onScreen: true });
      const id = new URL(page.url()).hash.split('/').pop()!;
      await page.route(screen.body, (route) => route.abort());
      await page.goto(`/${screen.path}${id}`);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('Vos réponses déjà enregistrées sont en sécurité');
      await page.unroute(screen.body);
      await alert.getByRole('button', { name: 'Recharger' }).click();
      await expect(drawn(page, screen.drawn).first()).toBeVisible({ timeout: 10_000 });
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }
});
