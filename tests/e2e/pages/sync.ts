/**
 * Page models for sharing with CQM: the settings section (notice, opt-in, withdrawal), the result
 * screen's sharing panel and peers, and the CQM dashboard. French names, as a person reads them.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { App } from './app.ts';

export class SharingSettings {
  readonly optIn: Locator;

  constructor(readonly page: Page) {
    this.optIn = page.getByRole('checkbox', { name: /J’accepte que Diapason envoie au CQM/ });
  }

  async open() {
    await this.page.getByRole('link', { name: 'Paramètres' }).click();
    await expect(this.page.getByRole('heading', { name: 'Partage avec le CQM (facultatif)' })).toBeVisible();
  }

  notice(): Locator {
    return this.page.getByRole('region', { name: 'Avis de confidentialité' });
  }

  async turnOn() {
    await this.optIn.check();
    await expect(this.page.getByText(/^Partage activé le/)).toBeVisible();
  }

  async withdraw() {
    await this.page.getByRole('button', { name: 'Retirer mes données du serveur' }).click();
    await this.page.getByRole('button', { name: 'Oui, retirer mes données' }).click();
    await expect(this.page.getByText('Vos données ont été retirées du serveur.')).toBeVisible();
  }
}

export class Sharing {
  constructor(readonly page: Page) {}

  preview(): Locator {
    return this.page.getByRole('region', { name: 'Voici exactement ce qui sera envoyé' });
  }

  /** The plain-language summary beside the JSON. */
  whatLeaves(): Locator {
    return this.page.getByRole('region', { name: 'En clair, ce qui part' });
  }

  sendButton(): Locator {
    return this.page.getByRole('button', { name: /^(Envoyer au CQM|Envoyer une mise à jour)$/ });
  }

  status(): Locator {
    return this.page.getByTestId('send-status');
  }

  async previewText(): Promise<string> {
    return (await this.preview().textContent()) ?? '';
  }

  async organizationKey(): Promise<string> {
    return (JSON.parse(await this.previewText()) as { organizationKey: string }).organizationKey;
  }

  async expectSent() {
    await expect(this.status()).toHaveAttribute('data-status', 'sent');
  }

  /** The comparison group the peers view shows. */
  peersGroup(): Locator {
    return this.page.getByLabel('Comparer avec');
  }

  peers(): Locator {
    return this.page.getByRole('table', { name: /^Votre score et la médiane du groupe/ });
  }

  /** The cells of the peers table's row for a dimension, by its name. */
  peerRow(dimension: string | RegExp): Locator {
    return this.peers().getByRole('row', { name: dimension });
  }

  /** Where the organization stands, said in words before the table. */
  standing(): Locator {
    return this.page.locator('section', { has: this.page.getByRole('heading', { name: 'Vous et vos pairs' }) }).locator('.standing');
  }
}

/**
 * An organization completes an assessment (level 3 everywhere) and lands on its result. The answers
 * are written into storage, as answering leaves them (QuestionnairePage.seedAll); `onScreen`: each
 * question is answered on screen, for tests about the whole walk through the questionnaire.
 */
export async function completeAssessment(app: App, { onScreen = false } = {}) {
  await app.open();
  await app.createOrganization();
  if (onScreen) await app.questionnaire.answerAll(() => 3);
  else await app.questionnaire.seedAll(() => 3);
  await app.questionnaire.finish();
}

/** From a result screen: opens settings, turns sharing on, comes back to the result. */
export async function optInFromResult(page: Page) {
  await page.getByRole('link', { name: 'Lire l’avis et activer le partage' }).click();
  const settings = new SharingSettings(page);
  await expect(settings.optIn).not.toBeChecked();
  await settings.turnOn();
  await page.goBack();
  await expect(new Sharing(page).preview()).toBeVisible();
}
