import { expect, type Page } from '@playwright/test';

/**
 * Nothing on screen is still loading or being drawn: the result and the roadmap draw their heading
 * before the rest of their code and data (a "Loading…" status stands in for it), and the app draws
 * long lists (a step's questions, the plan's cards, the result's dimensions) a few entries per frame,
 * each marked aria-busy until it is whole.
 */
export async function expectWhole(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /^(Chargement|Loading)…$/ })).toHaveCount(0);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}
