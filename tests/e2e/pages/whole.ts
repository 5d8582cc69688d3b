import { expect, type Page } from '@playwright/test';

/**
 * Nothing on screen is still being drawn: the app draws long lists (a step's questions, the plan's
 * cards, the result's dimensions) a few entries per frame, and marks each aria-busy until it is whole.
 */
export async function expectWhole(page: Page) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}
