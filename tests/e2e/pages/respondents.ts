/**
 * Several respondents on one assessment: adding them, one of them answering, the agenda where they
 * disagree, and agreeing. French names unless a test switches.
 */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { QuestionnairePage, type Choice } from './app.ts';
import { readDatabase } from './data.ts';
import { addStoredAnswers, addStoredRows } from './local-data.ts';
import { proposal } from '../../../src/core/respondents.ts';
import type { Questionnaire } from '../../../src/core/questionnaire/schema.ts';

const AT = '2026-12-01T10:00:00.000Z';

/** A file downloaded or to choose: its name and text. */
export interface ExchangedFile {
  name: string;
  text: string;
}

async function download(page: Page, button: Locator): Promise<ExchangedFile> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

async function choose(page: Page, button: Locator, file: string | ExchangedFile) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
  if (typeof file === 'string') await chooser.setFiles(file);
  else await chooser.setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  await expect(page.getByText(/^(Vérification du fichier|Checking the file)…$/)).toHaveCount(0);
}

/** The respondents stored for `assessmentId`, by label. */
export async function storedRespondents(page: Page, assessmentId: string): Promise<Record<string, string>> {
  const rows = (await readDatabase(page)).stores.find((s) => s.name === 'respondents')?.rows as { id: string; label: string; assessmentId: string }[];
  return Object.fromEntries(rows.filter((r) => r.assessmentId === assessmentId).map((r) => [r.label, r.id]));
}

/**
 * Writes every answer of the respondents given (by id) straight into storage, as answering on screen
 * would, with the organization's answers set to the proposal (the median, core/respondents.ts): a
 * test seeds a whole questionnaire in a second instead of answering it for minutes. The page is
 * reloaded to read them.
 */
export async function seedRespondentAnswers(page: Page, q: Questionnaire, assessmentId: string, answers: Record<string, (n: number) => Choice>) {
  const ids = Object.keys(answers);
  const rows = ids.flatMap((respondentId) => q.items.map((item, i) => ({ assessmentId, respondentId, itemId: item.id, value: answers[respondentId]!(i + 1), updatedAt: AT })));
  const organization = q.items.map((item, i) => ({ assessmentId, itemId: item.id, value: proposal(ids.map((id) => answers[id]!(i + 1))), updatedAt: AT }));
  await addStoredRows(page, 'respondentAnswers', rows);
  await addStoredAnswers(page, organization);
  await page.reload();
}

export class RespondentsPage {
  readonly questionnaire: QuestionnairePage;

  constructor(readonly page: Page) {
    this.questionnaire = new QuestionnairePage(page);
  }

  /** From the questionnaire's step. */
  async openFromQuestionnaire() {
    await this.page.getByRole('link', { name: /Répondants et ententes|Respondents and agreement/ }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: /^(Répondants|Respondents)$/ })).toBeVisible();
  }

  assessmentId(): string {
    return /#\/repondants\/([^/]+)/.exec(this.page.url())?.[1] ?? '';
  }

  list(): Locator {
    return this.page.getByRole('region', { name: /^(Qui répond|Who is answering)$/ }).getByRole('listitem');
  }

  async add(label: string, name = '') {
    await this.page.getByLabel(/^(Rôle ou équipe|Role or team)$/).fill(label);
    await this.page.getByLabel(/^(Nom \(facultatif\)|Name \(optional\))$/).fill(name);
    await this.page.getByRole('button', { name: /^(Ajouter|Add)$/ }).click();
    await expect(this.list().filter({ hasText: label })).toBeVisible();
  }

  /** Answers every question as `label`, then comes back to the list. */
  async answerAs(label: string, pick: (n: number) => Choice) {
    await this.page.getByRole('link', { name: new RegExp(`^(Répondre en tant que|Answer as) ${label}`) }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: new RegExp(`^(Réponses de|Answers from) ${label}`) })).toBeVisible();
    const total = await this.questionnaire.questions().count();
    for (let n = 1; n <= total; n++) await this.questionnaire.answer(n, pick(n));
    await this.page.getByRole('link', { name: /Tous les répondants|All respondents/ }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: /^(Répondants|Respondents)$/ })).toBeVisible();
  }

  agenda(): Locator {
    return this.page.getByRole('region', { name: /^(Où vous divergez|Where you disagree)$/ });
  }

  /** The agenda's entries, in order: the question number of each. */
  async agendaNumbers(): Promise<number[]> {
    const names = await this.agenda().getByRole('article').evaluateAll((articles) => articles.map((a) => a.querySelector('h3')?.textContent ?? ''));
    return names.map((n) => Number(/(\d+)/.exec(n)?.[1]));
  }

  entry(n: number): Locator {
    return this.agenda().getByRole('article', { name: new RegExp(`^Question ${n} `) });
  }

  async agree(n: number, answer: string, why: string) {
    const entry = this.entry(n);
    await entry.getByRole('radio', { name: answer, exact: true }).check();
    await entry.getByLabel(/^(Pourquoi \(facultatif\)|Why \(optional\))$/).fill(why);
    await entry.getByRole('button', { name: /^(S’entendre sur cette réponse|Agree on this answer|Modifier l’entente|Change the agreement)$/ }).click();
    await expect(entry.getByRole('status')).toContainText(/Entente enregistrée|Agreement saved/);
  }

  async exportInvitation(label: string): Promise<ExchangedFile> {
    const file = await download(this.page, this.page.getByRole('button', { name: new RegExp(`^(Fichier d’invitation pour|Invitation file for) ${label}`) }));
    await expect(this.page.getByText(/^(Invitation enregistrée|Invitation saved)/)).toBeVisible();
    return file;
  }

  elsewhere(): Locator {
    return this.page.getByRole('region', { name: /^(Répondre sur un autre ordinateur|Answering on another computer)$/ });
  }

  async chooseResponse(file: string | ExchangedFile) {
    await choose(this.page, this.elsewhere().getByRole('button', { name: /^(Choisir un fichier de réponse Diapason|Choose a Diapason response file)/ }), file);
  }

  responsePreview(): Locator {
    return this.elsewhere().getByRole('region', { name: /^(Ce que contient la réponse|What the response holds)$/ });
  }

  refusal(): Locator {
    return this.elsewhere().getByRole('alert');
  }

  async importResponse() {
    await this.responsePreview().getByRole('button', { name: /^(Importer cette réponse|Import this response)$/ }).click();
    // A whole questionnaire's answers and the proposals they move, in one transaction, then the agenda
    // drawn again: seconds on a busy machine.
    await expect(this.elsewhere().getByText(/^(Réponse de .* importée|Response from .* imported)/)).toBeVisible({ timeout: 20_000 });
  }
}

/** The invited person's screens, on their own computer. */
export class InvitationPage {
  readonly questionnaire: QuestionnairePage;

  constructor(readonly page: Page) {
    this.questionnaire = new QuestionnairePage(page);
  }

  /** From the settings, as a person told "open Diapason's settings" finds it. */
  async open() {
    await this.page.goto('/#/parametres');
    await this.page.getByRole('link', { name: /^(Ouvrir une invitation|Open an invitation)$/ }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: /^(Invitations à répondre|Invitations to answer)$/ })).toBeVisible();
  }

  async chooseInvitation(file: string | ExchangedFile) {
    await choose(this.page, this.page.getByRole('button', { name: /^(Ouvrir un fichier d’invitation Diapason|Open a Diapason invitation file)/ }), file);
  }

  async answerFor(organization: string, label: string) {
    await this.page.getByRole('link', { name: new RegExp(`^(Répondre pour|Answer for) ${organization} (en tant que|as) ${label}`) }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: new RegExp(`^(Votre réponse pour|Your response for) ${organization}`) })).toBeVisible();
  }

  /**
   * Every answer of the invitation being answered, written straight into storage as answering on
   * screen would (one setting per invitation, storage/invitations.ts); the page is reloaded.
   */
  async seedAnswers(q: Questionnaire, pick: (n: number) => Choice) {
    const [, assessmentId, respondentId] = /#\/invitation\/([^/]+)\/([^/]+)/.exec(this.page.url()) ?? [];
    const key = `invitation:${assessmentId}:${respondentId}`;
    const row = (await readDatabase(this.page)).stores.find((s) => s.name === 'settings')?.rows.find((r) => (r as { key: string }).key === key) as { key: string; value: { answers: Record<string, unknown> } };
    const answers = Object.fromEntries(q.items.map((item, i) => [item.id, { itemId: item.id, value: pick(i + 1), updatedAt: AT }]));
    await addStoredRows(this.page, 'settings', [{ key, value: { ...row.value, answers: { ...answers, ...row.value.answers } } }]);
    await this.page.reload();
    await expect(this.page.getByRole('button', { name: /^(Exporter ma réponse|Export my response)$/ }).first()).toBeVisible();
  }

  async exportResponse(): Promise<ExchangedFile> {
    const file = await download(this.page, this.page.getByRole('button', { name: /^(Exporter ma réponse|Export my response)$/ }).first());
    await expect(this.page.getByText(/^(Réponse enregistrée dans vos téléchargements|Response saved to your downloads)/).first()).toBeVisible();
    return file;
  }
}
