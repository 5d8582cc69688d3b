/**
 * One answer, from the click to the committed IndexedDB transaction, read from the app's own User
 * Timing measure ('diapason:answer-save'), over many clicks in headless Chromium.
 */
import { App } from '../tests/e2e/pages/app.ts';
import { launchBrowser, median, percentile } from './lib.mjs';

export const BUDGET_ANSWER_SAVE_MEDIAN_MS = 20;

export async function measureAnswerSave({ url }: { url: string }, { clicks = 60 } = {}) {
  const browser = await launchBrowser();
  const page = await browser.newPage({ locale: 'fr-CA' });
  const app = new App(page);
  await app.open(`${url}/`);
  await app.createOrganization();
  // Locate the radios once, then wait on the app's own measure: re-running accessible-name queries
  // while the write is in flight would put Playwright's work on the main thread being measured.
  const radios = app.questionnaire.radios(app.questionnaire.question(1));
  await radios.first().waitFor();
  for (let i = 0; i < clicks; i++) {
    await radios.nth(i % 5).click();
    await page.waitForFunction(
      (n) => performance.getEntriesByName('diapason:answer-save').length >= n,
      i + 1,
      { polling: 'raf' },
    );
  }
  const durations: number[] = await page.evaluate(() =>
    performance.getEntriesByName('diapason:answer-save').map((e) => e.duration),
  );
  await browser.close();
  // The first write opens the database and asks for persistent storage: report it apart.
  const [first = NaN, ...rest] = durations;
  const med = median(rest);
  const p95 = percentile(rest, 95);
  return {
    figures: { answerSaveMedianMs: med, answerSaveP95Ms: p95, firstAnswerMs: first, samples: rest.length },
    rows: [
      ['Answer save, click → commit (median)', `${med.toFixed(1)} ms`, `≤ ${BUDGET_ANSWER_SAVE_MEDIAN_MS} ms`, med <= BUDGET_ANSWER_SAVE_MEDIAN_MS],
      ['Answer save, click → commit (p95)', `${p95.toFixed(1)} ms`, '', null],
      ['First answer (opens the database)', `${first.toFixed(1)} ms`, '', null],
    ],
  };
}
