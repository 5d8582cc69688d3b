import { test, expect } from './fixtures.ts';

test('while the scripts load, index.html shows the header, as tall as the app’s: nothing moves when the app takes over', async ({ page }) => {
  // A slow network: every script arrives a second late.
  await page.route('**/assets/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
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
