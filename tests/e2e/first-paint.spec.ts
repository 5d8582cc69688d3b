import { test, expect } from './fixtures.ts';
import { currentQuestionnaire } from '../support/questionnaires.ts';
import { completeAssessment } from './pages/sync.ts';

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
    // Drawn from the row and the build's list of titles alone: the file is still on its way.
    await expect(page.getByRole('table')).toHaveCount(0);
    expect(held).toBe(1);
    // Then the rest, and still one heading.
    await expect(page.getByRole('table').first()).toBeVisible({ timeout: 10_000 });
    expect(Object.keys(await app.result.rows()).length).toBeGreaterThanOrEqual(4);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  });
});
