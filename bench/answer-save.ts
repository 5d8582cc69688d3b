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
  for (let i = 0; i < clicks; i++) await app.questionnaire.answer(1, ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5);
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
