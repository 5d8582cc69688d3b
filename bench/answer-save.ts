/**
 * One answer, from the click to the committed IndexedDB transaction, read from the app's own User
 * Timing measure ('diapason:answer-save'), over many clicks in headless Chromium.
 */
import { App } from '../tests/e2e/pages/app.ts';
import { launchBrowser, median, percentile } from './lib.mjs';

export const BUDGET_ANSWER_SAVE_MEDIAN_MS = 20;
/** The app's median save within this factor of a bare IndexedDB write of the same durability. */
export const BUDGET_ANSWER_SAVE_FLOOR_RATIO = 1.5;

/**
 * The floor: in the same page, one put of an answer-sized row in a transaction of the same durability
 * ('strict', as the app's), from the call to 'complete'. What no code of ours can go below.
 */
async function bareWrites(page: import('@playwright/test').Page, writes: number): Promise<number[]> {
  return page.evaluate(async (n) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('bench-floor', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('answers', { keyPath: ['assessmentId', 'itemId'] });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const durations: number[] = [];
    for (let i = 0; i < n; i++) {
      const started = performance.now();
      await new Promise<void>((resolve, reject) => {
        const tx = database.transaction('answers', 'readwrite', { durability: 'strict' });
        tx.objectStore('answers').put({ assessmentId: 'a', itemId: `item-${i % 5}`, value: (i % 5) + 1, updatedAt: new Date().toISOString() });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      durations.push(performance.now() - started);
    }
    database.close();
    return durations;
  }, writes);
}

export async function measureAnswerSave({ url }: { url: string }, { clicks = 60 } = {}) {
  const browser = await launchBrowser();
  const page = await browser.newPage({ locale: 'fr-CA' });
  const app = new App(page);
  await app.open(`${url}/`);
  await app.createOrganization();
  const radios = app.questionnaire.radios(app.questionnaire.question(1));
  await radios.first().waitFor();
  // The clicks are made from inside the page, each after the previous save and a painted frame, as a
  // person's would be: Playwright's own work (finding the radio, checking it can be clicked) would
  // otherwise run on the main thread being measured, and the floor below has none of it.
  // (No named functions inside: the bench's TypeScript loader would wrap them in a helper the page lacks.)
  const durations: number[] = await radios.evaluateAll(async (inputs, n) => {
    for (let i = 0; i < n; i++) {
      const before = performance.getEntriesByName('diapason:answer-save').length;
      (inputs[i % inputs.length] as HTMLInputElement).click();
      while (performance.getEntriesByName('diapason:answer-save').length === before) await new Promise((resolve) => setTimeout(resolve, 1));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    }
    return performance.getEntriesByName('diapason:answer-save').map((e) => e.duration);
  }, clicks);
  const floor = median(await bareWrites(page, clicks));
  await browser.close();
  // The first write opens the database and asks for persistent storage: report it apart.
  const [first = NaN, ...rest] = durations;
  const med = median(rest);
  const p95 = percentile(rest, 95);
  const ratio = med / floor;
  return {
    figures: { answerSaveMedianMs: med, answerSaveP95Ms: p95, firstAnswerMs: first, samples: rest.length, bareWriteMedianMs: floor, answerSaveFloorRatio: ratio },
    rows: [
      ['Answer save, click → commit (median)', `${med.toFixed(1)} ms`, `≤ ${BUDGET_ANSWER_SAVE_MEDIAN_MS} ms`, med <= BUDGET_ANSWER_SAVE_MEDIAN_MS],
      ['Bare IndexedDB write, same durability (median)', `${floor.toFixed(1)} ms`, '', null],
      ['Answer save ÷ bare write', `${ratio.toFixed(2)}×`, `≤ ${BUDGET_ANSWER_SAVE_FLOOR_RATIO}×`, ratio <= BUDGET_ANSWER_SAVE_FLOOR_RATIO],
      ['Answer save, click → commit (p95)', `${p95.toFixed(1)} ms`, '', null],
      ['First answer (opens the database)', `${first.toFixed(1)} ms`, '', null],
    ],
  };
}
