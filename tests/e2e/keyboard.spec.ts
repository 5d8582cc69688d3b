import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `max`. */
async function tabTo(page: Page, matches: (el: { role: string; name: string; tag: string }) => boolean, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return { role: '', name: '', tag: '' };
      const label = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
      return { role: el.getAttribute('type') ?? el.getAttribute('role') ?? '', name: label.trim(), tag: el.tagName.toLowerCase() };
    });
    if (matches(focused)) return;
  }
  throw new Error('never reached the element with Tab');
}

test('a whole assessment with the keyboard only', async ({ app, page }) => {
  await app.open();
  await tabTo(page, (f) => f.name.startsWith('Commencer'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Décrire votre organisme' })).toBeVisible();

  await tabTo(page, (f) => f.tag === 'input' && f.role === 'text');
  await page.keyboard.type('Trio Clavier');
  await tabTo(page, (f) => f.role === 'radio'); // role: first radio gets focus
  await page.keyboard.press('Space');
  await tabTo(page, (f) => f.tag === 'select'); // discipline
  await page.keyboard.press('ArrowDown');
  await tabTo(page, (f) => f.tag === 'select'); // region
  await page.keyboard.press('ArrowDown');
  await tabTo(page, (f) => f.role === 'radio'); // size band
  await page.keyboard.press('Space');
  await tabTo(page, (f) => f.tag === 'button' && f.name.startsWith('Enregistrer'));
  await page.keyboard.press('Enter');
  await app.questionnaire.ready();

  let answered = 0;
  for (;;) {
    const count = await app.questionnaire.questions().count();
    for (let i = 0; i < count; i++) {
      // Into the question's radio group: Space chooses the first statement, arrows move the choice.
      await tabTo(page, (f) => f.role === 'radio');
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
      answered++;
    }
    await expect(page.getByText(new RegExp(`^${answered} réponses? sur`))).toBeVisible();
    if (!(await app.questionnaire.hasNext())) break;
    const step = await app.questionnaire.heading.textContent();
    await tabTo(page, (f) => f.name.includes('Étape suivante'));
    await page.keyboard.press('Enter');
    // The new step's heading takes the focus: the keyboard starts from there.
    await expect(app.questionnaire.heading).not.toHaveText(step ?? '');
    await expect(app.questionnaire.heading).toBeFocused();
    await app.questionnaire.ready();
  }
  await tabTo(page, (f) => f.tag === 'button' && f.name.startsWith('Terminer'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Votre profil de maturité' })).toBeVisible();
  // Every answer was the second statement: every dimension is at stage 2.
  for (const cells of Object.values(await app.result.rows())) {
    expect(cells.slice(0, 2)).toEqual([expect.stringMatching(/^2 – /), '2,0']);
  }
});
