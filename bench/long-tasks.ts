/**
 * The page's long tasks (50 ms or more, when it could not answer a key or a click), recorded from
 * before the app starts. `recordLongTasks` goes to `addInitScript`; `longestTask` reads and empties.
 */
import type { Page } from '@playwright/test';

/** Self-contained: Playwright sends its source text to each page. */
export function recordLongTasks() {
  const tasks: number[] = [];
  (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

/** The longest task since the last call (0 if none); also the sum of their time beyond 50 ms (blocking). */
export async function longTasks(page: Page): Promise<{ longest: number; blocking: number }> {
  // Long tasks are reported after they end: a frame and a moment later, every one of the action's is in.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  return page.evaluate(() => {
    const tasks = (window as unknown as { __longTasks: number[] }).__longTasks.splice(0);
    return { longest: Math.max(0, ...tasks), blocking: tasks.reduce((sum, t) => sum + Math.max(0, t - 50), 0) };
  });
}
