import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

async function expectNoSeriousViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `axe on ${screen}`).toEqual([]);
}

test('axe finds no serious or critical violation on any screen, in French and English', async ({ app, page }) => {
  await app.open();
  await expectNoSeriousViolations(page, 'home (first visit)');
  await page.getByRole('link', { name: /Commencer/ }).click();
  await page.getByRole('button', { name: 'Enregistrer et commencer l’évaluation' }).click();
  await expectNoSeriousViolations(page, 'profile with errors');
  await page.getByRole('link', { name: 'Annuler' }).click();
  await app.createOrganization();
  await app.questionnaire.answer(1, 2);
  await expectNoSeriousViolations(page, 'questionnaire');
  await app.questionnaire.answerAll((n) => (n % 2 ? 3 : 'dont-know'));
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
  await expect(page.locator('figure.path-chart[data-drawn="true"]').first()).toBeVisible();
  await expectNoSeriousViolations(page, 'path (English)');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expectNoSeriousViolations(page, 'settings (English)');
  await page.goto('/#/nowhere');
  await expectNoSeriousViolations(page, 'not found');
});
