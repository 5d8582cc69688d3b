/**
 * The editors' page (#/editeur): a questionnaire file opened from the computer, the check's messages,
 * the preview walked through, the listing PDF.
 */
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class EditorPage {
  constructor(readonly page: Page) {}

  /** From the settings, as an editor finds it. */
  async openFromSettings() {
    await this.page.getByRole('link', { name: /^(Paramètres|Settings)$/ }).click();
    await this.page.getByRole('link', { name: /^(Vérifier un questionnaire|Check a questionnaire)$/ }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: /Vérifier un questionnaire|Check a questionnaire/ })).toBeVisible();
  }

  /** A file chosen in the file picker: its name and its text. */
  async openFile(name: string, text: string) {
    await this.page.getByLabel(/Ouvrir un fichier de questionnaire|Open a questionnaire file/).setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text, 'utf8'),
    });
    await expect(this.page.getByRole('heading', { level: 2, name: new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).toBeFocused();
  }

  summary(): Locator {
    return this.page.getByTestId('check-summary');
  }

  /** The list of grouped messages of one kind. */
  messages(kind: 'Erreurs' | 'Avertissements' | 'Errors' | 'Warnings'): Locator {
    return this.page.getByRole('list', { name: kind, exact: true }).locator(':scope > li');
  }

  walkButton(): Locator {
    return this.page.getByRole('button', { name: /Parcourir comme une personne répondante|Walk through as a respondent/ });
  }

  previewBanner(): Locator {
    return this.page.getByRole('region', { name: /Aperçu\s?: rien n’est enregistré|Preview: nothing is saved/ });
  }

  async backToMessages() {
    await this.previewBanner().getByRole('button', { name: /Retour aux messages|Back to the messages/ }).click();
  }

  async downloadListing(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: /Voir toutes les questions \(PDF\)|See all the questions \(PDF\)/ }).click(),
    ]);
    return download;
  }
}
