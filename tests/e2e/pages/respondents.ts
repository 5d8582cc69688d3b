/**
 * Several respondents on one assessment: adding them, one of them answering, the agenda where they
 * disagree, and agreeing. French names unless a test switches.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { QuestionnairePage, type Choice } from './app.ts';

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
}
