import { test, expect } from './fixtures.ts';

test.describe('offline', () => {
  // Requests made while offline fail by design.
  test.use({ allowedConsoleErrors: [/net::ERR_INTERNET_DISCONNECTED/, /Failed to load resource/] });

  test('after a first visit, the app and its answers load and work with the network off', async ({ app, page, context }) => {
    await app.open();
    await app.createOrganization();
    await app.questionnaire.answer(1, 4);
    await app.waitForOfflineReady();

    await context.setOffline(true);
    await page.reload();
    await app.questionnaire.ready();
    await expect(app.questionnaire.choiceIn(app.questionnaire.question(1), 4)).toBeChecked();
    // Keep going offline: the next step is a lazy chunk, served by the service worker too.
    await app.questionnaire.answer(2, 2);
    await app.questionnaire.next();
    const first = await app.questionnaire.firstQuestionNumber();
    await app.questionnaire.answer(first, 3);
    await page.reload();
    await expect(app.questionnaire.choiceIn(app.questionnaire.question(first), 3)).toBeChecked();
    expect(await app.questionnaire.progressText()).toMatch(/^3 réponses sur/);
  });
});

test.describe('offline without the service worker', () => {
  test.use({ serviceWorkers: 'block', allowedConsoleErrors: [/.*/] });

  test('control: with the worker blocked, an offline reload fails, so the pass above is the worker’s', async ({ app, page, context }) => {
    await app.open();
    await context.setOffline(true);
    await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  });
});
