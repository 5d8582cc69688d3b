/**
 * Page models for the inventory of data assets and skills, and for raising a hand for the next
 * cohort: what a person does, in French, with accessible names.
 */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

export interface SourceSpec {
  kind: string;
  tool: string;
  operator: string;
  holds: string[];
  export: string;
  hosting: string;
  purpose?: string;
  access?: string;
  retention?: string;
}

export interface RoleSpec {
  name: string;
  skills: Record<string, string>;
  hours: string;
}

export class InventoryPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/#/inventaire');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Inventaire des données et des compétences' })).toBeVisible();
  }

  /** The card of a source or role, by its heading. */
  card(name: string): Locator {
    return this.page.getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 3, name: new RegExp(`^${name}`) }) });
  }

  async addSource(s: SourceSpec) {
    await this.page.getByRole('button', { name: 'Ajouter une source' }).click();
    const form = this.page.getByRole('form', { name: 'Nouvelle source de données' });
    // The kind has focus: typing can start at once.
    await expect(form.getByLabel('Type de source')).toBeFocused();
    await form.getByLabel('Type de source').selectOption({ label: s.kind });
    await form.getByLabel('Nom de l’outil ou du fichier').fill(s.tool);
    await form.getByRole('group', { name: 'Qui l’exploite' }).getByLabel(s.operator, { exact: true }).check();
    for (const h of s.holds) await form.getByRole('group', { name: 'Ce qu’elle contient' }).getByLabel(h, { exact: true }).check();
    await form.getByRole('group', { name: /Pouvez-vous en exporter/ }).getByLabel(s.export, { exact: true }).check();
    await form.getByRole('group', { name: 'Où les données sont hébergées' }).getByLabel(s.hosting, { exact: true }).check();
    if (s.purpose) await form.getByLabel(/^À quelle fin/).fill(s.purpose);
    if (s.access) await form.getByLabel(/^Qui y a accès/).fill(s.access);
    if (s.retention) await form.getByLabel(/^Durée de conservation/).fill(s.retention);
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: `« ${s.tool} » est enregistrée.` })).toBeVisible();
  }

  async addRole(r: RoleSpec) {
    await this.page.getByRole('button', { name: 'Ajouter un rôle' }).click();
    const form = this.page.getByRole('form', { name: 'Nouveau rôle' });
    await form.getByLabel('Rôle', { exact: true }).fill(r.name);
    for (const [skill, level] of Object.entries(r.skills)) await form.getByLabel(skill, { exact: true }).selectOption({ label: level });
    await form.getByLabel('Heures par mois consacrées aux données').fill(r.hours);
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: `Le rôle « ${r.name} » est enregistré.` })).toBeVisible();
  }

  law25(): Locator {
    return this.page.getByRole('region', { name: 'Inventaire des renseignements personnels (Loi 25)' }).first();
  }

  /** Clicks a download button and returns the file's name and path. */
  async download(name: string) {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name }).click()]);
    return { name: download.suggestedFilename(), path: await download.path() };
  }

  async downloadText(name: string) {
    const file = await this.download(name);
    return { ...file, text: readFileSync(file.path, 'utf8') };
  }
}

/** The result's readiness from facts: the inventory's word on one criterion. */
export function readinessFact(page: Page, criterion: string): Locator {
  return page
    .getByRole('region', { name: 'Préparation : ce que dit votre inventaire' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: criterion }) });
}

export class RaiseHand {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Rejoindre la prochaine cohorte de mise en commun' });
  }

  async prepare(contact: string, email: string) {
    await this.region.getByRole('button', { name: 'Signaler notre intérêt au CQM…' }).click();
    await expect(this.region.getByRole('heading', { name: 'Avant d’envoyer' })).toBeVisible();
    await this.region.getByLabel('Personne-ressource', { exact: true }).fill(contact);
    await this.region.getByLabel('Courriel de la personne-ressource').fill(email);
    await this.region.getByRole('button', { name: 'Voir le message' }).click();
    await expect(this.region.getByRole('heading', { name: 'Le message exact qui sera envoyé' })).toBeFocused();
  }

  message(): Promise<unknown> {
    return this.region.locator('pre').textContent().then((t) => JSON.parse(t ?? ''));
  }

  async send() {
    await this.region.getByRole('button', { name: 'Envoyer au CQM' }).click();
    await expect(this.region.getByText(/Votre intérêt a été signalé au CQM le/).first()).toBeVisible();
  }

  async withdraw() {
    await this.region.getByRole('button', { name: 'Retirer mon message' }).click();
    await expect(this.region.getByRole('status')).toContainText('Votre message a été retiré');
  }
}
