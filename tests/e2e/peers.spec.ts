import { test, expect } from './fixtures.ts';
import { currentQuestionnaire } from '../support/questionnaires.ts';
import { Sharing, completeAssessment, optInFromResult } from './pages/sync.ts';
import { profiles, publishedPeriod, seedOrganizations } from './support/seed.ts';
import { expectNoSeriousViolations } from './axe.ts';

/** The version new assessments use. */
const CURRENT = currentQuestionnaire().version;

test.describe('peers on the result screen', () => {
  // Requests made while offline fail by design.
  test.use({ allowedConsoleErrors: [/net::ERR_INTERNET_DISCONNECTED|Failed to load resource/] });

  test('where the organization stands first, one group at a time, a group too small said once, and all of it offline', async ({ app, page, context }) => {
    // Twenty sends, an assessment, then a reload offline: slow on a loaded machine.
    test.setTimeout(90_000);
    // Twenty other producers in Montréal, all below 3.0, none in early music (the organization's own discipline).
    seedOrganizations(profiles(20, (i) => ({ role: 'producteur', regionGroup: 'montreal', sizeBand: i % 2 ? '0-2' : '3-9', discipline: i % 3 ? 'classique' : 'jazz' })), undefined, { version: CURRENT });
    await completeAssessment(app);
    await optInFromResult(page);
    const sharing = new Sharing(page);
    await sharing.sendButton().click();
    await sharing.expectSent();

    const check = async () => {
      await expect(sharing.peersGroup()).toHaveValue('');
      // The standing comes before the table, in words, with a real plural.
      // The public figures give a band, never the exact count.
      await expect(sharing.standing()).toHaveText(/^Votre score est au-dessus de la médiane dans 4 dimensions\.\sCe groupe\s: (\d+ à \d+ organismes|100 organismes ou plus)\.$/);
      // The figures are the last closed quarter's, and say so.
      await expect(page.getByText(new RegExp(`^Derniers chiffres publiés, ceux du trimestre ${publishedPeriod()}\\s:`))).toBeVisible();
      const row = sharing.peerRow(/^Collecte des données/);
      await expect(row.getByRole('cell').nth(0)).toHaveText('3,0');
      await expect(row.getByRole('cell').nth(1)).toHaveText(/^\d,\d$/);
      // A mark and a word, never a colour alone.
      await expect(row.getByRole('cell').nth(2)).toHaveText(/^▲\s*Au-dessus\s*\+\d,\d$/);
      // A dimension without a published median (no one else shared it) says so in its row, and once below.
      await expect(sharing.peerRow(/^Outils et infrastructure/).getByRole('cell').nth(1)).toHaveText('Non publié');
      await expect(page.getByText(/^Non publié\s: moins de 10 organismes pour cette dimension/)).toHaveCount(1);
    };
    await check();
    await expectNoSeriousViolations(page, 'result with peers and sharing');

    // Its own discipline has no published figure: said once, in the choice and in one sentence.
    const ancienne = await sharing.peersGroup().locator('option', { hasText: 'Musique ancienne et baroque' }).textContent();
    expect(ancienne).toMatch(/\(aucun chiffre publié\)$/);
    await sharing.peersGroup().selectOption({ label: ancienne! });
    await expect(sharing.standing()).toHaveText(/^Aucun chiffre n’est publié pour le groupe «\sDiscipline\s:\sMusique ancienne et baroque\s»/);
    await expect(sharing.peers()).toHaveCount(0);
    await expect(page.getByText('Non publié', { exact: true })).toHaveCount(0);

    // Its role: producers only, the table follows the choice.
    await sharing.peersGroup().selectOption({ label: 'Rôle\u00a0: Organisme producteur' });
    await expect(page.getByRole('table', { name: 'Votre score et la médiane du groupe «\u00a0Rôle\u00a0: Organisme producteur\u00a0», par dimension' })).toBeVisible();

    await app.waitForOfflineReady();
    await context.setOffline(true);
    await page.reload();
    await check();
    await expect(page.getByText(/Chiffres publiés, mis à jour le .+ consultables sans connexion/)).toBeVisible();
  });

  test('at 390 px: every column on screen without scrolling sideways, in French and English', async ({ app, page }) => {
    seedOrganizations(profiles(12, () => ({ role: 'producteur', regionGroup: 'montreal', discipline: 'classique' })), undefined, { version: CURRENT });
    await page.setViewportSize({ width: 390, height: 844 });
    await completeAssessment(app);
    await optInFromResult(page);
    const sharing = new Sharing(page);
    await sharing.sendButton().click();
    await sharing.expectSent();
    await expect(sharing.peers()).toBeVisible();

    const peers = page.locator('section.peers');
    for (const language of ['fr', 'en']) {
      if (language === 'en') await app.switchLanguage();
      const table = page.getByRole('table', { name: language === 'fr' ? /^Votre score et la médiane/ : /^Your score and the median/ });
      await table.scrollIntoViewIfNeeded();
      // Nothing in the peers view is wider than the screen, and its table needs no sideways scroll.
      const widest = await peers.evaluate((section) => Math.max(...[section, ...section.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right)));
      expect(widest).toBeLessThanOrEqual(390);
      const box = page.getByRole('region', { name: language === 'fr' ? /^Votre score et la médiane/ : /^Your score and the median/ });
      expect(await box.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(0);
      for (const header of await table.getByRole('columnheader').all()) {
        const edges = (await header.boundingBox())!;
        expect(edges.x).toBeGreaterThanOrEqual(0);
        expect(edges.x + edges.width).toBeLessThanOrEqual(390);
      }
    }
    // On a phone the marks are explained once, and each standing still has its word for screen readers.
    await expect(page.getByText('▲ above the median, ▼ below, = at the median.')).toBeVisible();
    await expect(page.getByRole('table', { name: /^Your score and the median/ }).getByRole('row', { name: /^Data collection/ }).getByRole('cell').nth(2)).toHaveText(/^▲\s*Above\s*\+\d\.\d$/);
  });
});
