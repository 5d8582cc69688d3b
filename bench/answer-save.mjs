/**
 * One answer, from the click to the committed IndexedDB transaction, read from the app's own User
 * Timing measure ('diapason:answer-save'), over many clicks in headless Chromium.
 */
import { launchBrowser, median, percentile } from './lib.mjs';

export const BUDGET_ANSWER_SAVE_MEDIAN_MS = 20;

export async function measureAnswerSave({ url }, { clicks = 60 } = {}) {
  const browser = await launchBrowser();
  const page = await browser.newPage();
  await page.goto(url);
  await page.getByRole('link', { name: /Commencer/ }).click();
  await page.getByLabel('Nom de l’organisme').fill('Banc d’essai');
  await page.getByRole('group', { name: 'Rôle' }).getByRole('radio').first().check();
  await page.getByLabel('Discipline principale').selectOption({ index: 1 });
  await page.getByLabel('Région administrative').selectOption({ index: 1 });
  await page.getByRole('group', { name: 'Taille de l’équipe' }).getByRole('radio').first().check();
  await page.getByRole('button', { name: /Enregistrer et commencer/ }).click();
  const radios = page.getByRole('group', { name: /^Question 1 sur/ }).getByRole('radio');
  await radios.first().waitFor();
  for (let i = 0; i < clicks; i++) {
    await radios.nth(i % 5).click();
    await page.getByRole('group', { name: /^Question 1 sur/ }).getByText('Enregistré').waitFor();
  }
  const durations = await page.evaluate(() =>
    performance.getEntriesByName('diapason:answer-save').map((e) => e.duration),
  );
  await browser.close();
  // The first write opens the database and asks for persistent storage: report it apart.
  const [first, ...rest] = durations;
  const med = median(rest);
  return {
    figures: { answerSaveMedianMs: med, answerSaveP95Ms: percentile(rest, 95), firstAnswerMs: first, samples: rest.length },
    rows: [
      ['Answer save, click → commit (median)', `${med.toFixed(1)} ms`, `≤ ${BUDGET_ANSWER_SAVE_MEDIAN_MS} ms`, med <= BUDGET_ANSWER_SAVE_MEDIAN_MS],
      ['Answer save, click → commit (p95)', `${percentile(rest, 95).toFixed(1)} ms`, '', null],
      ['First answer (opens the database)', `${first?.toFixed(1)} ms`, '', null],
    ],
  };
}
