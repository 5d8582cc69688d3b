/**
 * Failures injected under a person who is answering: a second tab on the same assessment, a full
 * disk, an IndexedDB connection that goes away. Nothing shown as saved is lost; nothing hangs.
 */
import { test, expect } from './fixtures.ts';
import { App } from './pages/app.ts';
import { DataSettingsPage, OrganizationsPage, openOutsideTheApp, storedAnswers } from './pages/data.ts';
import { expectNoSeriousViolations } from './axe.ts';
import { currentQuestionnaire } from '../support/questionnaires.ts';

test('two tabs answering the same assessment in turn: both keep every answer, each shows the other’s within 2 s', async ({ app, page, context }) => {
  await app.open();
  await app.createOrganization();
  await app.questionnaire.answer(1, 2);
  const other = new App(await context.newPage());
  await other.page.goto(page.url());
  await other.questionnaire.ready();
  await expect(other.questionnaire.choiceIn(other.questionnaire.question(1), 2)).toBeChecked();

  const inTurn: [tab: App, seenBy: App, question: number, choice: 1 | 2 | 3 | 4 | 5 | 'dont-know'][] = [
    [other, app, 2, 4],
    [app, other, 3, 'dont-know'],
    [other, app, 1, 5],
    [app, other, 2, 1],
  ];
  for (const [tab, seenBy, question, choice] of inTurn) {
    await tab.questionnaire.answer(question, choice);
    await expect(seenBy.questionnaire.choiceIn(seenBy.questionnaire.question(question), choice)).toBeChecked({ timeout: 2_000 });
  }
  for (const tab of [app, other]) {
    await tab.page.reload();
    await tab.questionnaire.ready();
    await expect(tab.questionnaire.choiceIn(tab.questionnaire.question(1), 5)).toBeChecked();
    await expect(tab.questionnaire.choiceIn(tab.questionnaire.question(2), 1)).toBeChecked();
    await expect(tab.questionnaire.choiceIn(tab.questionnaire.question(3), 'dont-know')).toBeChecked();
  }
});

test.describe('a full disk', () => {
  test.use({ allowedConsoleErrors: [] });

  test('a clear message, the answer kept on screen, a backup that holds it, and nothing hangs', async ({ app, page, context }) => {
    const settings = new DataSettingsPage(page);
    const cdp = await context.newCDPSession(page);
    await openOutsideTheApp(page);
    const origin = new URL(page.url()).origin;
    // A modest quota from the start: Chromium caches the space IndexedDB may use for 30 s, so a
    // quota lowered later only bites once a write asks for more than what is cached (see below).
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 5 * 1024 * 1024 });
    await app.open();
    await app.createOrganization();
    await app.questionnaire.answer(1, 3);

    // The disk fills up: no room at all, and one large write makes Chromium look again.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
    expect(await page.evaluate(writeLargerThanCachedQuota)).toBe('QuotaExceededError');
    const question = app.questionnaire.question(2);
    await app.questionnaire.choiceIn(question, 4).check();
    const alert = page.getByRole('alert').filter({ hasText: 'L’espace de stockage de cet ordinateur est plein' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Elle reste affichée dans cette page');
    await expect(question.getByText('Échec de l’enregistrement.', { exact: false })).toBeVisible();
    await expect(app.questionnaire.choiceIn(question, 4)).toBeChecked();
    await expectNoSeriousViolations(page, 'questionnaire with the full-disk alert');

    // The backup offered holds the answer that is only on screen.
    const backup = await settings.exportBackup(alert.getByRole('button', { name: 'Exporter une sauvegarde maintenant' }));
    const answers = (JSON.parse(backup.text) as { data: { answers: { itemId: string; value: unknown }[] } }).data.answers;
    expect(answers.map((a) => a.value)).toEqual(expect.arrayContaining([3, 4]));
    await expect(alert).toContainText(`Sauvegarde enregistrée dans vos téléchargements : ${backup.name}`);

    // Nothing hangs: the person moves to the next step and back; the answer is still on screen.
    await app.questionnaire.next();
    await page.getByRole('link', { name: 'Étape précédente' }).click();
    await expect(app.questionnaire.choiceIn(app.questionnaire.question(2), 4)).toBeChecked();

    // Space is freed: "try again" saves it for good.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await app.questionnaire.question(2).getByRole('button', { name: 'Réessayer' }).click();
    await expect(app.questionnaire.question(2).getByText(/Enregistré$/)).toBeVisible();
    await expect(alert).toHaveCount(0);
    await page.reload();
    await expect(app.questionnaire.choiceIn(app.questionnaire.question(2), 4)).toBeChecked();
  });

  test('at the profile form: a clear message, the form keeps what was typed, and it saves once space is back', async ({ app, page, context }) => {
    const cdp = await context.newCDPSession(page);
    await openOutsideTheApp(page);
    const origin = new URL(page.url()).origin;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 5 * 1024 * 1024 });
    await page.goto('/#/organisme');
    await app.fillProfile({
      name: 'Chœur de la Baie',
      role: 'Diffuseur',
      discipline: 'Musique vocale, chorale et lyrique',
      region: 'Côte-Nord',
      size: '3 à 9 employés permanents',
    });

    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
    expect(await page.evaluate(writeLargerThanCachedQuota)).toBe('QuotaExceededError');
    const save = page.getByRole('button', { name: 'Enregistrer et commencer l’évaluation' });
    await save.click();
    const alert = page.getByRole('alert').filter({ hasText: 'L’espace de stockage de cet ordinateur est plein' });
    await expect(alert).toBeVisible();
    await expect(alert).toBeFocused();
    await expect(page.getByLabel('Nom de l’organisme')).toHaveValue('Chœur de la Baie');
    await expect(save).toBeEnabled();

    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await save.click();
    await expect(page.getByText(/^Étape 1 sur \d+/)).toBeVisible();
  });
});

test('the organization saved but not its first assessment: the retry goes on with it, never a second copy', async ({ app, page }) => {
  // The disk fills between the two writes: the assessment's put is refused while the page says so.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'assessments' && (window as { __diskFull?: boolean }).__diskFull) throw new DOMException('The disk is full', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await app.open();
  await page.evaluate(() => ((window as { __diskFull?: boolean }).__diskFull = true));
  await page.getByRole('link', { name: /Commencer : décrire mon organisme/ }).click();
  await app.fillProfile();
  const save = page.getByRole('button', { name: 'Enregistrer et commencer l’évaluation' });
  await save.click();
  await expect(page.getByRole('alert').filter({ hasText: 'L’espace de stockage de cet ordinateur est plein' })).toBeVisible();

  await page.evaluate(() => ((window as { __diskFull?: boolean }).__diskFull = false));
  await save.click();
  await app.questionnaire.ready();
  const orgs = new OrganizationsPage(page);
  await orgs.open();
  await expect.poll(() => orgs.names()).toEqual(['Ensemble Aurore']);
});

/** In the page: a write bigger than Chromium's cached allowance, to another database; its outcome. */
async function writeLargerThanCachedQuota(): Promise<string> {
  const idb: IDBDatabase = await new Promise((resolve, reject) => {
    const request = indexedDB.open('diapason-quota-probe', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('probe');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  // Random bytes: IndexedDB compresses values, and the probe must really ask for 8 MB.
  const bytes = new Uint8Array(8 * 1024 * 1024);
  for (let i = 0; i < bytes.length; i += 65_536) crypto.getRandomValues(bytes.subarray(i, i + 65_536));
  const outcome = await new Promise<string>((resolve) => {
    const transaction = idb.transaction('probe', 'readwrite');
    transaction.objectStore('probe').put(bytes, 1);
    transaction.oncomplete = () => resolve('written');
    transaction.onabort = () => resolve(transaction.error?.name ?? 'aborted');
  });
  idb.close();
  indexedDB.deleteDatabase('diapason-quota-probe');
  return outcome;
}

test.describe('the IndexedDB connection closes unexpectedly', () => {
  test.beforeEach(async ({ page }) => {
    // Keeps every connection the page opens, so the test can close them as the browser would.
    await page.addInitScript(() => {
      const open = IDBFactory.prototype.open;
      const connections: IDBDatabase[] = [];
      Object.assign(window, { __connections: connections });
      IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
        const request = open.apply(this, args);
        request.addEventListener('success', () => connections.push(request.result));
        return request;
      };
    });
  });

  for (const how of ['closed without notice', 'closed with a close event'] as const) {
    test(`${how}: the app reopens it once and the write succeeds`, async ({ app, page }) => {
      await app.open();
      await app.createOrganization();
      await app.questionnaire.answer(1, 3);
      await page.evaluate((withEvent) => {
        for (const connection of (window as unknown as { __connections: IDBDatabase[] }).__connections) {
          connection.close();
          // What Chrome fires when it closes a connection itself (storage cleared, backing store lost).
          if (withEvent) connection.dispatchEvent(new Event('close'));
        }
      }, how === 'closed with a close event');
      await app.questionnaire.answer(2, 5);
      await app.questionnaire.answer(3, 'dont-know');
      const [first, second, third] = currentQuestionnaire().items.map((i) => i.id);
      expect(await storedAnswers(page)).toMatchObject({ [first ?? '']: 3, [second ?? '']: 5, [third ?? '']: 'dont-know' });
      await page.reload();
      await expect(app.questionnaire.choiceIn(app.questionnaire.question(2), 5)).toBeChecked();
      await expect(app.questionnaire.choiceIn(app.questionnaire.question(3), 'dont-know')).toBeChecked();
    });
  }
});
