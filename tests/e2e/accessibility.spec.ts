import { test, expect } from './fixtures.ts';
import { expectNoSeriousViolations } from './axe.ts';

test('axe finds no serious or critical violation on any screen, in French and English', async ({ app, page }) => {
  // Nine axe runs.
  test.setTimeout(240_000);
  await app.open();
  await expectNoSeriousViolations(page, 'home (first visit)');
  await page.getByRole('link', { name: /Commencer/ }).click();
  await page.getByRole('button', { name: 'Enregistrer et commencer l’évaluation' }).click();
  await expectNoSeriousViolations(page, 'profile with errors');
  await page.getByRole('link', { name: 'Annuler' }).click();
  await app.createOrganization();
  await app.questionnaire.answer(1, 2);
  await expectNoSeriousViolations(page, 'questionnaire');
  await app.questionnaire.seedAll((n) => (n % 2 ? 3 : 'dont-know'));
  await app.questionnaire.finish();
  await app.result.expectChartDrawn();
  await expectNoSeriousViolations(page, 'result');
  await app.switchLanguage();
  await expectNoSeriousViolations(page, 'result (English)');
  await page.getByRole('link', { name: 'See the roadmap' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Roadmap' })).toBeVisible();
  await expectNoSeriousViolations(page, 'roadmap (English)');
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await expectNoSeriousViolations(page, 'home with an organization (English)');
  await page.getByRole('link', { name: 'See the organization’s path' }).click();
  // Half the answers are "don't know": no dimension was ever placed, and each says why instead of a chart.
  await expect(page.getByText(/^No assessment gives enough information to place this dimension/).first()).toBeVisible();
  await expectNoSeriousViolations(page, 'path (English)');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expectNoSeriousViolations(page, 'settings (English)');
  await page.goto('/#/nowhere');
  await expectNoSeriousViolations(page, 'not found');
});
