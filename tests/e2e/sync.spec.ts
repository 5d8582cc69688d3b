/**
 * Sharing with CQM, end to end against the real server and its SQLite database: nothing leaves without
 * consent, what leaves is byte for byte the preview, offline then online makes exactly one row, and
 * withdrawal removes the rows.
 */
import { test, expect } from './fixtures.ts';
import { Sharing, SharingSettings, completeAssessment, optInFromResult } from './pages/sync.ts';
import { storedRows } from './support/sqlite.ts';
import { E2E_PRIVACY_CONTACT } from './env.ts';
import { expectNoSeriousViolations } from './axe.ts';

test.describe('sharing with CQM', () => {
  test('with sharing off, a whole assessment makes no request to any origin but the app’s own, and none to the endpoint', async ({ app, page, context, baseURL }) => {
    const requests: URL[] = [];
    context.on('request', (request) => requests.push(new URL(request.url())));
    await completeAssessment(app, { onScreen: true });
    await expect(page.getByText('Le partage est désactivé : rien n’est envoyé.')).toBeVisible();
    await new SharingSettings(page).open();
    await expect(page.getByRole('checkbox', { name: /J’accepte/ })).not.toBeChecked();
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'Vous et vos pairs' })).toBeVisible();

    expect(requests.length).toBeGreaterThan(5);
    const origin = new URL(baseURL!).origin;
    expect(requests.filter((url) => url.origin !== origin).map(String)).toEqual([]);
    expect(requests.filter((url) => url.pathname.startsWith('/api/')).map(String)).toEqual([]);
  });

  test('the notice says what is sent and that the server holds de-identified data, not anonymized', async ({ app, page }) => {
    await app.open();
    await app.createOrganization();
    await new SharingSettings(page).open();
    const notice = new SharingSettings(page).notice();
    for (const heading of ['À quoi servent les données', 'Ce qui est envoyé', 'Où c’est conservé', 'Combien de temps', 'Comment vous retirer', 'Ce que la loi en dit', 'Pour nous joindre']) {
      await expect(notice.getByText(heading, { exact: true })).toBeVisible();
    }
    // The contact this deployment set (DIAPASON_PRIVACY_CONTACT).
    await expect(notice.getByRole('definition').last()).toContainText(`Responsable de la protection des renseignements personnels : ${E2E_PRIVACY_CONTACT}`);
    await expect(notice).toContainText('dépersonnalisé, pas anonymisé');
    await expect(notice).toContainText(/Version de l’avis\s:\s\d{4}-\d+/);
    // What the organization code lets CQM link, and that published figures stay as they were.
    await expect(notice).toContainText('que s’il garde la liste des codes remis');
    await expect(notice).toContainText('restent tels qu’ils étaient');
    await new SharingSettings(page).turnOn();
    await expect(page.getByLabel('Code d’organisme (si le CQM vous en a remis un)')).toBeVisible();
    await expectNoSeriousViolations(page, 'settings with sharing on');
    await app.switchLanguage();
    await expect(page.getByRole('region', { name: 'Privacy notice' })).toContainText('de-identified, not anonymized');
    await expect(page.getByRole('region', { name: 'Privacy notice' })).toContainText(`Person in charge of the protection of personal information: ${E2E_PRIVACY_CONTACT}`);
  });

  test('a deployment that sets no privacy contact: the notice says where to find CQM’s; a set one still reads offline', async ({ app, page, context }) => {
    await context.route('**/privacy.json', (route) => route.fulfill({ json: { contact: null } }));
    await app.open();
    await app.createOrganization();
    const settings = new SharingSettings(page);
    await settings.open();
    const contact = settings.notice().getByRole('definition').last();
    await expect(contact).toContainText('Le responsable de la protection des renseignements personnels du Conseil québécois de la musique (coordonnées sur le site Web du CQM).');
    await expect(contact).toContainText('Vous pouvez lui demander l’accès à vos données');
    await expect(contact).not.toContainText(E2E_PRIVACY_CONTACT);
    // Offline, the service worker answers with the copy it kept.
    await context.unroute('**/privacy.json');
    await app.waitForOfflineReady();
    await page.reload();
    await expect(settings.notice().getByRole('definition').last()).toContainText(E2E_PRIVACY_CONTACT);
    await context.setOffline(true);
    await page.reload();
    await expect(settings.notice().getByRole('definition').last()).toContainText(E2E_PRIVACY_CONTACT);
    await context.setOffline(false);
  });

  test('opting in: the request body is byte for byte the preview, and the server stores one row', async ({ app, page }) => {
    await completeAssessment(app);
    await optInFromResult(page);
    const sharing = new Sharing(page);
    const preview = await sharing.previewText();
    expect(JSON.parse(preview)).toMatchObject({
      format: 1,
      questionnaireId: 'cqm-maturite',
      profile: { role: 'producteur', regionGroup: 'montreal' },
      // The pooling-readiness outcome, never its criteria.
      readiness: expect.stringMatching(/^(ready|almost|not-yet)$/),
    });
    expect(preview).not.toContain('Ensemble Aurore');
    // Beside the JSON, the same payload in plain words: its scores counted from it, the profile, the quarter.
    const sent = JSON.parse(preview) as { scores: Record<string, number>; period: string };
    const leaves = sharing.whatLeaves();
    await expect(leaves.getByRole('listitem').first()).toHaveText(new RegExp(`^vos ${Object.keys(sent.scores).length} scores \\(Collecte des données 3,0, `));
    await expect(leaves).toContainText(/votre rôle \(Organisme producteur\), votre taille \(.+\), votre groupe de régions \(Montréal, pas votre région\)/);
    await expect(leaves).toContainText(`le trimestre (${sent.period})`);
    await expect(leaves).toContainText('Jamais le nom de l’organisme, vos réponses question par question ni vos notes.');

    const [request] = await Promise.all([page.waitForRequest('**/api/v1/submissions'), sharing.sendButton().click()]);
    expect(request.postData()).toBe(preview);
    expect(request.headers()['content-type']).toBe('application/json');
    await sharing.expectSent();
    expect(storedRows(await sharing.organizationKey())).toEqual({ submissions: 1, idempotencyKeys: 1 });
  });

  test.describe('when the network fails', () => {
    // A dropped connection is reported in the console by design. (One pattern: a two-element array
    // would be read by Playwright as [value, options].)
    test.use({ allowedConsoleErrors: [/net::ERR_CONNECTION_RESET|net::ERR_FAILED|Failed to load resource/] });

    test('offline, then online, gives exactly one row', async ({ app, page, context }) => {
      await completeAssessment(app);
      await optInFromResult(page);
      const sharing = new Sharing(page);
      const key = await sharing.organizationKey();
      const sent: string[] = [];
      page.on('request', (r) => r.url().endsWith('/api/v1/submissions') && sent.push(r.method()));

      await context.setOffline(true);
      await sharing.sendButton().click();
      await expect(sharing.status()).toHaveAttribute('data-status', 'queued');
      await expect(page.getByText('Hors ligne : l’envoi partira dès le retour de la connexion.')).toBeVisible();
      expect(storedRows(key).submissions).toBe(0);

      await context.setOffline(false);
      await sharing.expectSent();
      expect(sent).toEqual(['POST']);
      expect(storedRows(key)).toEqual({ submissions: 1, idempotencyKeys: 1 });
    });

    test('an acknowledgement lost on the way is retried with the same idempotency key: still one row', async ({ app, page, context }) => {
      await completeAssessment(app);
      await optInFromResult(page);
      const sharing = new Sharing(page);
      const key = await sharing.organizationKey();
      const bodies: (string | null)[] = [];
      // The first send reaches the server (which commits), then the connection drops before the answer.
      await page.route('**/api/v1/submissions', async (route) => {
        bodies.push(route.request().postData());
        await route.fetch();
        await route.abort('connectionreset');
      }, { times: 1 });

      await sharing.sendButton().click();
      // Queued after one attempt that got no answer, though the server did commit it.
      await expect(sharing.status()).toContainText('1 essai sans réponse');
      expect(storedRows(key).submissions).toBe(1);
      // The network "comes back": the outbox retries at once.
      await context.setOffline(true);
      await context.setOffline(false);
      await sharing.expectSent();
      expect(bodies).toHaveLength(1);
      expect(storedRows(key)).toEqual({ submissions: 1, idempotencyKeys: 1 });
    });
  });

  test('withdrawal removes the organization’s rows from the server, and turns sharing off', async ({ app, page }) => {
    await completeAssessment(app);
    await optInFromResult(page);
    // Nothing sent yet: nothing to withdraw, so no such button.
    await page.getByRole('link', { name: 'Paramètres' }).click();
    await expect(new SharingSettings(page).optIn).toBeChecked();
    await expect(page.getByRole('button', { name: 'Retirer mes données du serveur' })).toHaveCount(0);
    await page.goBack();
    const sharing = new Sharing(page);
    const key = await sharing.organizationKey();
    await sharing.sendButton().click();
    await sharing.expectSent();
    await page.getByRole('button', { name: 'Envoyer une mise à jour' }).click();
    await expect(page.getByText(/^Dernier envoi\s:\sEnvoyé le/)).toBeVisible();
    await expect.poll(() => storedRows(key).submissions).toBe(2);

    const settings = new SharingSettings(page);
    await settings.open();
    await expect(page.getByRole('table', { name: 'Envois de cet organisme' }).getByRole('row')).toHaveCount(3);
    await page.getByRole('button', { name: 'Retirer mes données du serveur' }).click();
    await expectNoSeriousViolations(page, 'withdrawal confirmation and history');
    await page.getByRole('button', { name: 'Annuler' }).click();
    await settings.withdraw();
    // The confirm buttons are gone: focus is on the message saying what happened.
    await expect(page.getByRole('status').getByText('Vos données ont été retirées du serveur.')).toBeFocused();
    expect(storedRows(key)).toEqual({ submissions: 0, idempotencyKeys: 0 });
    await expect(settings.optIn).not.toBeChecked();
    await expect(page.getByRole('table', { name: 'Envois de cet organisme' })).toContainText('Retiré du serveur');
    await expect(page.getByRole('button', { name: 'Retirer mes données du serveur' })).toHaveCount(0);
  });

  test('consent given for an older notice asks again, and nothing is sent meanwhile', async ({ app, page }) => {
    await completeAssessment(app);
    await optInFromResult(page);
    // The notice changed since: make the stored consent one of an older version.
    await page.evaluate(async () => {
      const open = indexedDB.open('diapason');
      const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
      const store = db.transaction('settings', 'readwrite').objectStore('settings');
      const rows = await new Promise<{ key: string; value: { consent: { noticeVersion: string } } }[]>((resolve) => {
        const all = store.getAll();
        all.onsuccess = () => resolve(all.result);
      });
      const row = rows.find((r) => r.key.startsWith('sync:'))!;
      row.value.consent.noticeVersion = '2000-0';
      await new Promise((resolve) => (store.put(row).onsuccess = resolve));
    });
    await page.reload();
    await expect(page.getByText('Le partage est désactivé : rien n’est envoyé.')).toBeVisible();
    await new SharingSettings(page).open();
    await expect(page.getByText(/L’avis de confidentialité a changé depuis votre accord/)).toBeVisible();
    await expect(new SharingSettings(page).optIn).not.toBeChecked();
  });
});
