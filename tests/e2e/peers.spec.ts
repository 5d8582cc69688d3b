import { test, expect } from './fixtures.ts';
import { currentQuestionnaire } from '../support/questionnaires.ts';
import { Sharing, completeAssessment, optInFromResult } from './pages/sync.ts';
import { profiles, seedOrganizations } from './support/seed.ts';
import { expectNoSeriousViolations } from './axe.ts';

/** The version new assessments use. */
const CURRENT = currentQuestionnaire().version;

test.describe('peers on the result screen', () => {
  // Requests made while offline fail by design.
  test.use({ allowedConsoleErrors: [/net::ERR_INTERNET_DISCONNECTED|Failed to load resource/] });

  test('the profile beside its peers’ medians, “fewer than 10” where nothing is published, and all of it offline', async ({ app, page, context, request }) => {
    // Twenty other producers in Montréal, none in early music (the organization's own discipline), on
    // the version new assessments use: peers are only ever of the organization's own version family.
    await seedOrganizations(
      request,
      profiles(20, (i) => ({ role: 'producteur', regionGroup: 'montreal', sizeBand: i % 2 ? '0-2' : '3-9', discipline: i % 3 ? 'classique' : 'jazz' })),
      undefined,
      { version: CURRENT },
    );
    await completeAssessment(app);
    await optInFromResult(page);
    const sharing = new Sharing(page);
    await sharing.sendButton().click();
    await sharing.expectSent();

    const check = async () => {
      await expect(sharing.peers()).toBeVisible();
      await expect(sharing.peerRow(/^Vous/).getByRole('cell').first()).toHaveText('3,0');
      await expect(sharing.peerRow(/^Tous les organismes/).getByRole('cell').first()).toHaveText(/^\d,\d \d+ org\.$/);
      await expect(sharing.peerRow(/^Discipline\s:\sMusique ancienne et baroque/).getByRole('cell').first()).toHaveText('Moins de 10 organismes');
    };
    await check();
    await expectNoSeriousViolations(page, 'result with peers and sharing');

    await app.waitForOfflineReady();
    await context.setOffline(true);
    await page.reload();
    await check();
    await expect(page.getByText(/Chiffres publiés, mis à jour le .+ consultables sans connexion/)).toBeVisible();
  });
});
