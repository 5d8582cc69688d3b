/**
 * The `test` every spec uses: it fails a test on any uncaught page error or console error (that is
 * how a silent chart failure or a Content-Security-Policy violation shows up), and gives page models.
 */
import { test as base, expect } from '@playwright/test';
import { App } from './pages/app.ts';

type Fixtures = {
  /** Console errors a test expects (e.g. failed fetches while offline); each is a pattern. */
  allowedConsoleErrors: RegExp[];
  app: App;
  pageErrors: string[];
};

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  pageErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!allowedConsoleErrors.some((pattern) => pattern.test(text))) errors.push(`console: ${text}`);
      });
      await use(errors);
      expect(errors, 'errors in the page').toEqual([]);
    },
    { auto: true },
  ],
  app: async ({ page }, use) => {
    await use(new App(page));
  },
});

export { expect };
