/**
 * At 390 px, a phone's width: the page itself never scrolls sideways, every column of a wide table
 * is reachable by scrolling the table (with the keyboard too), and the header keeps one line.
 */
import { test, expect } from './fixtures.ts';
import type { Locator, Page } from '@playwright/test';
import { PathPage, RoadmapPage } from './pages/outcome.ts';

test.use({ viewport: { width: 390, height: 844 } });

async function expectNoPageScroll(page: Page) {
  const wide = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 391 && !e.closest('.table-scroll')).slice(0, 6).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)} ${(e.textContent ?? '').slice(0, 40)}`).join(' | '));
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `page width: ${wide}`).toBeLessThanOrEqual(390);
}

/** The table scrolls in its own region, which takes focus; its last column can be scrolled into view. */
async function expectEveryColumnReachable(page: Page, table: Locator) {
  // The scrolling region is named by the table's caption.
  const caption = (await table.locator('caption').textContent())!.trim();
  const region = page.getByRole('region', { name: caption, exact: true });
  await region.focus();
  await expect(region).toBeFocused();
  const headers = table.getByRole('columnheader');
  const last = headers.nth((await headers.count()) - 1);
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport({ ratio: 0.9 });
  await expect(headers.first()).toBeVisible();
}

async function expectHeaderOnOneLine(page: Page) {
  const brand = await page.getByRole('link', { name: 'Diapason' }).boundingBox();
  const button = await page.getByRole('button', { name: /Switch to English|Passer en français/ }).boundingBox();
  expect(brand && button).toBeTruthy();
  expect(Math.abs(brand!.y + brand!.height / 2 - (button!.y + button!.height / 2)), 'language button on the brand’s line').toBeLessThan(6);
}

test('result and path at 390 px, in French and English: no sideways page, every column reachable, one-line header', async ({ app, page }) => {
  await app.open();
  await expectHeaderOnOneLine(page);
  await app.createOrganization();
  await app.questionnaire.seedAll(() => 2);
  await app.questionnaire.finish();
  await page.getByRole('link', { name: 'Accueil', exact: true }).click();
  await page.getByRole('button', { name: /^Commencer une (nouvelle )?évaluation$/ }).click();
  await app.questionnaire.ready();
  await app.questionnaire.seedAll((n) => (n === 1 ? 4 : 3));
  await app.questionnaire.finish();
  const resultUrl = page.url();
  const path = new PathPage(page);

  for (const language of ['fr', 'en']) {
    if (language === 'en') await app.switchLanguage();
    await page.goto(resultUrl);
    await expect(app.result.table()).toBeVisible();
    await expectHeaderOnOneLine(page);
    await app.result.expectChartDrawn();
    await expectNoPageScroll(page);
    await expectEveryColumnReachable(page, app.result.table());
    // On a phone the profile is drawn as bars, across the phone's width.
    const chart = await page.getByRole('img', { name: /Graphique à barres|Bar chart/ }).first().boundingBox();
    expect(chart!.width, 'chart width').toBeGreaterThan(300);

    await page.goto('/#/parcours');
    await expect(path.table()).toBeVisible();
    await expectHeaderOnOneLine(page);
    await expectNoPageScroll(page);
    await expectEveryColumnReachable(page, path.table());
    // Two assessments of the same day: each row says the time as well as the date.
    const rowHeaders = await path.table().getByRole('rowheader').allTextContents();
    expect(rowHeaders).toHaveLength(2);
    for (const header of rowHeaders) expect(header).toMatch(/\d{1,2}\s?(h|:)\s?\d{2}/);
  }
});

test('a step of questions and the plan at 390 px, in French and English: no sideways page', async ({ app, page }) => {
  await app.open();
  await app.createOrganization();
  await app.questionnaire.ready();
  const step = page.url();
  await app.questionnaire.seedAll(() => 2);
  await app.questionnaire.finish();
  const roadmap = new RoadmapPage(page);
  await roadmap.open();
  const plan = page.url();
  for (const language of ['fr', 'en']) {
    if (language === 'en') await app.switchLanguage();
    await page.goto(step);
    await app.questionnaire.ready();
    await expectNoPageScroll(page);
    await page.goto(plan);
    await roadmap.drawn();
    await expectNoPageScroll(page);
  }
});

test('every page of the header’s links at 390 px, in both languages: no sideways page, the header on one line', async ({ app, page }) => {
  await app.open();
  await app.createOrganization();
  for (const language of ['fr', 'en']) {
    // On its own page, a header link is marked without growing: it once pushed "English" off the screen.
    for (const hash of ['#/', '#/parametres', '#/organismes', '#/cqm']) {
      await page.goto(`/${hash}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${language} ${hash}`).toBeLessThanOrEqual(390);
      await expectHeaderOnOneLine(page);
    }
    await app.switchLanguage();
  }
});
