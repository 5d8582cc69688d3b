/**
 * Page models for local data: the organizations screen, backup export / import and "delete all my
 * data" in settings, and the raw IndexedDB content a test can compare or restore. Accessible names,
 * French by default.
 */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { dumpIndexedDb, restoreIndexedDb, type DatabaseDump } from '../../support/idb-dump.ts';
import { answersOf } from './local-data.ts';

export class OrganizationsPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/#/organismes');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Organismes sur cet ordinateur' })).toBeVisible();
  }

  /** An organization's card, by its name. */
  card(name: string): Locator {
    return this.page.getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 2, name, exact: false }) });
  }

  async names(): Promise<string[]> {
    const headings = await this.page.getByRole('list').getByRole('heading', { level: 2 }).allTextContents();
    return headings.map((h) => h.replace('organisme actuel', '').trim());
  }

  async switchTo(name: string) {
    await this.card(name).getByRole('button', { name: 'Travailler sur cet organisme' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Diapason' })).toBeVisible();
  }

  async rename(name: string, newName: string) {
    await this.card(name).getByRole('button', { name: 'Renommer' }).click();
    await this.page.getByLabel(`Nouveau nom pour ${name}`).fill(newName);
    await this.page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(this.page.getByRole('status')).toContainText(`Organisme renommé : ${newName}`);
  }

  /** Opens the confirmation and returns the dialog, to read what it says will be lost. */
  async askDelete(name: string): Promise<Locator> {
    await this.card(name).getByRole('button', { name: 'Supprimer…' }).click();
    const dialog = this.page.getByRole('dialog', { name: `Supprimer « ${name} » ?` });
    await expect(dialog).toBeVisible();
    return dialog;
  }
}

export class DataSettingsPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/#/parametres');
    await expect(this.page.getByRole('heading', { level: 2, name: 'Sauvegarde', exact: true })).toBeVisible();
  }

  /** Clicks "export" and returns the downloaded file's name and text. */
  async exportBackup(button: Locator = this.page.getByRole('button', { name: 'Exporter une sauvegarde' })) {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
  }

  chooseButton(): Locator {
    return this.page.getByRole('button', { name: /^(Choisir un fichier de sauvegarde Diapason|Choose a Diapason backup file) \(\.json\)…$/ });
  }

  /**
   * Chooses a file (a path on disk, or a name and content) through the button and the browser's file
   * chooser, as a person does, and waits for the check to end.
   */
  async choose(file: string | { name: string; text: string }) {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.chooseButton().click()]);
    if (typeof file === 'string') await chooser.setFiles(file);
    else await chooser.setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
    await expect(this.page.getByText(/^(Vérification du fichier|Checking the file)…$/)).toHaveCount(0);
  }

  refusal(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Ce fichier ne peut pas être importé' });
  }

  preview(): Locator {
    return this.page.getByRole('region', { name: 'Ce que contient la sauvegarde' });
  }

  async importAs(mode: 'add' | 'replace') {
    const label = mode === 'add' ? 'Ajouter à mes données' : 'Remplacer toutes mes données';
    await this.preview().getByRole('radio', { name: label }).check();
    await this.preview().getByRole('button', { name: label }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Sauvegarde importée' })).toBeVisible();
  }

  async deleteEverything() {
    await this.page.getByRole('button', { name: 'Supprimer toutes mes données…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Tout supprimer de cet ordinateur ?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Oui, tout supprimer' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Toutes vos données ont été supprimées' })).toBeVisible();
  }
}

/** The data of a backup file, without the moment and checksum that change with every export. */
export function backupData(text: string): unknown {
  return (JSON.parse(text) as { data: unknown }).data;
}

/** The app's database, raw, as IndexedDB holds it in this page's origin. */
export function readDatabase(page: Page): Promise<DatabaseDump> {
  return page.evaluate(dumpIndexedDb, 'diapason');
}

/**
 * Puts a legacy database in place before the app first opens it: from a same-origin page that does
 * not run the app (the health endpoint), then the test navigates to the app.
 */
export async function restoreDatabase(page: Page, dump: DatabaseDump) {
  await openOutsideTheApp(page);
  await page.evaluate(restoreIndexedDb, dump);
}

/**
 * A page of the app's origin that does not run the app (the health endpoint), for work on storage
 * before the app touches it. The browser asks that page for a /favicon.ico the server does not
 * have; answering it here keeps the console clean.
 */
export async function openOutsideTheApp(page: Page) {
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  await page.goto('/api/v1/health');
}

/** Answers by item id, as stored, for one assessment or all. */
export async function storedAnswers(page: Page): Promise<Record<string, unknown>> {
  const dump = await readDatabase(page);
  const rows = answersOf(dump);
  return Object.fromEntries((rows as { itemId: string; value?: unknown }[]).map((r) => [r.itemId, r.value]));
}
