/**
 * Page models: what a person does, in their words, with accessible names (roles and labels), never
 * CSS paths. French is the default language, so names are French unless a test switches.
 */
import { expectWhole } from './whole.ts';
import { expect, type Locator, type Page } from '@playwright/test';
import { readDatabase } from './data.ts';
import { addStoredAnswers, addStoredRows, answersOf } from './local-data.ts';
import { bundledQuestionnaire } from '../../support/questionnaires.ts';
import { questionnaireFor } from '../../../src/core/applicability.ts';
import { itemNumbers } from '../../../src/core/questionnaire/schema.ts';
import type { AnswerValue } from '../../../src/core/answers.ts';
import type { AnswerRow, AssessmentRow, OrganizationRow } from '../../../src/client/storage/rows.ts';

export interface OrganizationProfile {
  name: string;
  role: string;
  discipline: string;
  region: string;
  size: string;
  /** How it sells: the labels of the boxes to tick (none: nothing declared, every question asked). */
  salesModes?: string[];
}

export const ENSEMBLE: OrganizationProfile = {
  name: 'Ensemble Aurore',
  role: 'Organisme producteur',
  discipline: 'Musique ancienne et baroque',
  region: 'Montréal',
  size: '0 à 2 employés permanents',
};

/** A statement by its position (1–5), or one of the answers without a value. */
export type Choice = 1 | 2 | 3 | 4 | 5 | 'dont-know' | 'not-applicable';

export class App {
  readonly questionnaire: QuestionnairePage;
  readonly result: ResultPage;

  constructor(readonly page: Page) {
    this.questionnaire = new QuestionnairePage(page);
    this.result = new ResultPage(page);
  }

  async open(path = '/') {
    await this.page.goto(path);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  /** From the first home screen, or (`fromProfile`) from a profile form already on screen. */
  async createOrganization(profile: OrganizationProfile = ENSEMBLE, { fromProfile = false } = {}) {
    if (!fromProfile) await this.page.getByRole('link', { name: /Commencer : décrire mon organisme/ }).click();
    await this.fillProfile(profile);
    await this.page.getByRole('button', { name: 'Enregistrer et commencer l’évaluation' }).click();
    await this.questionnaire.ready();
  }

  /** Picks one of the questionnaires offered when starting (the form or the home screen shows them). */
  async chooseQuestionnaire(title: RegExp) {
    const group = this.page.getByRole('group', { name: /Quel questionnaire|Which questionnaire/ });
    await group.getByRole('radio', { name: title }).check();
  }

  /** The questionnaires offered, as read on screen: each option's accessible name. */
  questionnaireOptions(): Locator {
    return this.page.getByRole('group', { name: /Quel questionnaire|Which questionnaire/ }).getByRole('radio');
  }

  /** Fills the profile form on screen, without saving it. */
  async fillProfile(profile: OrganizationProfile = ENSEMBLE) {
    await this.page.getByLabel('Nom de l’organisme').fill(profile.name);
    await this.page.getByRole('group', { name: 'Rôle' }).getByLabel(profile.role, { exact: true }).check();
    await this.page.getByLabel('Discipline principale').selectOption({ label: profile.discipline });
    await this.page.getByLabel('Région administrative').selectOption({ label: profile.region });
    await this.page.getByRole('group', { name: 'Taille de l’équipe' }).getByLabel(profile.size).check();
    const selling = this.page.getByRole('group', { name: 'Comment vendez-vous vos concerts?' });
    for (const label of profile.salesModes ?? []) await selling.getByLabel(label).check();
  }

  async switchLanguage() {
    await this.page.getByRole('button', { name: /Switch to English|Passer en français/ }).click();
  }

  /** The service worker controls the page: from now on a reload works offline. */
  async waitForOfflineReady() {
    await this.page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.active?.state === 'activated';
    });
    // Right after activation, Chromium sometimes still loads the page without the worker (5 times in
    // 6 when reloading at once, measured): reload until the worker controls the page.
    await expect(async () => {
      await this.page.reload();
      expect(await this.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    }).toPass({ intervals: [250, 500, 1000], timeout: 15_000 });
  }
}

export class QuestionnairePage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
  }

  /** A step is on screen, with all its questions (drawn a few per frame, their list busy until then). */
  async ready() {
    await expect(this.page.getByText(/^(Étape|Step) \d+ (sur|of) \d+/)).toBeVisible();
    await expect(this.questions().first()).toBeVisible();
    await expectWhole(this.page);
  }

  /** The questionnaire's title and description, shown on the first step. */
  about(): Locator {
    return this.page.getByRole('paragraph').filter({ hasText: /^(Diagnostic de maturité|Aperçu de la maturité|CQM data-maturity)/ });
  }

  question(n: number): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^(Question ${n} (sur|of) \\d+)`) });
  }

  /** The questions of the current step, in order. */
  questions(): Locator {
    return this.page.getByRole('group', { name: /^Question \d+ (sur|of) \d+/ });
  }

  /** The number of the first question on the current step (steps follow the model's dimensions). */
  async firstQuestionNumber(): Promise<number> {
    const name = (await this.questions().first().locator('legend').textContent()) ?? '';
    return Number(/(\d+)/.exec(name)?.[1]);
  }

  radios(question: Locator): Locator {
    return question.getByRole('radio');
  }

  async answer(n: number, choice: Choice) {
    const question = this.question(n);
    const radio = this.choiceIn(question, choice);
    // The same answer carried over from the last assessment: confirming it is choosing it again.
    const confirm = question.getByRole('button', { name: /^(Confirmer cette réponse|Confirm this answer)$/ });
    if ((await radio.isChecked()) && (await confirm.count())) {
      await confirm.click();
      await expect(confirm).toHaveCount(0);
      return;
    }
    await radio.check();
    await expect(question.getByText(/^✓?\s*(Enregistré|Saved)$/)).toBeVisible();
  }

  choiceIn(question: Locator, choice: Choice): Locator {
    if (choice === 'dont-know') return question.getByRole('radio', { name: /Je ne sais pas|Don’t know/ });
    if (choice === 'not-applicable') return question.getByRole('radio', { name: /^(Sans objet|Not applicable)/ });
    return question.getByRole('radio').nth(choice - 1);
  }

  /** Answers every question of the current step with `pick(questionNumber)`. */
  async answerStep(pick: (n: number) => Choice) {
    await this.ready();
    const names = await this.questions().evaluateAll((groups) =>
      groups.map((g) => g.querySelector('legend')?.textContent ?? ''),
    );
    for (const name of names) {
      const n = Number(/(\d+)/.exec(name)?.[1]);
      await this.answer(n, pick(n));
    }
  }

  async next() {
    await this.ready();
    const before = await this.heading.textContent();
    await this.page.getByRole('link', { name: /Étape suivante|Next step/ }).click();
    await expect(this.heading).not.toHaveText(before ?? '');
    await this.ready();
  }

  async hasNext(): Promise<boolean> {
    return (await this.page.getByRole('link', { name: /Étape suivante|Next step/ }).count()) > 0;
  }

  async answerAll(pick: (n: number) => Choice) {
    for (;;) {
      await this.answerStep(pick);
      if (!(await this.hasNext())) break;
      await this.next();
    }
  }

  /**
   * What `answerAll(pick)` from the first step leaves, written straight into storage: for tests whose
   * subject is what comes after the answers (a result, a plan, a path), 51 questions are a second
   * instead of a minute. The rows are the ones answering on screen writes (storage/assessments.ts):
   * each asked question's value is its `pick`ed statement (or "don't know", "not applicable"), a
   * carried-over answer is confirmed, a note stays; the assessment is marked changed and rests on its
   * last step, as walking through the steps leaves it. The page is reloaded on that step, so
   * `finish()` works as after `answerAll`. Answering itself is tested on screen (assessment, keyboard,
   * crash, update, offline, local-data and first-paint specs).
   */
  async seedAll(pick: (n: number) => Choice) {
    const id = /#\/evaluation\/([^/?]+)/.exec(this.page.url())?.[1];
    if (!id) throw new Error(`not on an assessment: ${this.page.url()}`);
    const dump = await readDatabase(this.page);
    const stores = Object.fromEntries(dump.stores.map((s) => [s.name, s.rows]));
    const assessment = (stores.assessments as AssessmentRow[]).find((row) => row.id === id);
    if (!assessment) throw new Error(`assessment ${id} is not stored`);
    const organization = (stores.organizations as OrganizationRow[]).find((row) => row.id === assessment.organizationId);
    const bundled = bundledQuestionnaire(assessment);
    if (!bundled) throw new Error(`questionnaire ${assessment.questionnaireId} ${assessment.version} is not bundled`);
    // What the screen asks this organization, numbered as on screen (questionnaires/for-organization.ts).
    const q = questionnaireFor(bundled, organization?.salesModes);
    const numbers = itemNumbers(q);
    const stored = new Map((answersOf(dump) as unknown as AnswerRow[]).filter((row) => row.assessmentId === id).map((row) => [row.itemId, row]));
    // The page's clock, not the runner's: a test may have set it.
    const now = await this.page.evaluate(() => new Date().toISOString());
    const answers = q.items.map((item) => {
      const n = numbers.get(item.id)!;
      const choice = pick(n);
      let value: AnswerValue;
      if (choice === 'dont-know') value = 'dont-know';
      else if (choice === 'not-applicable') {
        if (!item.notApplicable) throw new Error(`question ${n} offers no "not applicable"`);
        value = 'not-applicable';
      } else {
        const statement = item.statements[choice - 1];
        if (!statement) throw new Error(`question ${n} has no statement ${choice}`);
        value = statement.level;
      }
      const { toConfirm: _confirmed, ...kept } = stored.get(item.id) ?? {};
      return { ...kept, assessmentId: id, itemId: item.id, value, updatedAt: now };
    });
    const last = q.dimensions.at(-1)!;
    // The assessment first: its record holds the answers (src/client/storage/assessment-answers.ts).
    await addStoredRows(this.page, 'assessments', [{ ...assessment, currentDimension: last.id, updatedAt: now }]);
    await addStoredAnswers(this.page, answers);
    // The app was not told (nor should it be): it reads them again, on the last step.
    await this.page.evaluate((hash) => history.replaceState(history.state, '', hash), `#/evaluation/${id}/${last.id}`);
    await this.page.reload();
    await this.ready();
    await expect(this.page.getByText(new RegExp(`^(Étape|Step) ${q.dimensions.length} (sur|of) ${q.dimensions.length}`))).toBeVisible();
  }

  async finish() {
    await this.page.getByRole('button', { name: /Terminer et voir le résultat|Finish and see the result/ }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: /Votre profil de maturité|Your maturity profile/ })).toBeVisible();
    // The heading shows from the assessment's row alone; the profile follows once the rest is read,
    // and each dimension's details over the next frames, busy until whole: the screen is whole then.
    await expect(new ResultPage(this.page).table()).toBeVisible();
    await expect(this.page.getByRole('heading', { level: 2, name: /Détail par dimension|Detail by dimension/ })).toBeVisible();
    await expectWhole(this.page);
  }

  async progressText(): Promise<string> {
    return (await this.page.getByText(/^\d+ (réponses? sur|of) \d+/).textContent()) ?? '';
  }
}

export class ResultPage {
  constructor(readonly page: Page) {}

  table(): Locator {
    return this.page.getByRole('table', { name: /Stade et score par dimension|Stage and score per dimension/ });
  }

  /** Row cells of the score table, by dimension label. */
  async rows(): Promise<Record<string, string[]>> {
    // The screen's heading comes before its table (drawn from the row alone): wait for the table.
    await expect(this.table()).toBeVisible();
    const rows = await this.table().getByRole('row').all();
    const out: Record<string, string[]> = {};
    for (const row of rows.slice(1)) {
      const header = (await row.getByRole('rowheader').textContent())?.trim() ?? '';
      out[header] = (await row.getByRole('cell').allTextContents()).map((t) => t.trim());
    }
    return out;
  }

  /** The pooling-readiness section of the result. */
  readiness(): Locator {
    return this.page.getByRole('region', {
      name: /Préparation à la mise en commun des données|Readiness for data pooling/,
    });
  }

  /** The outcome as the person reads it: "Presque", "Ready"… */
  async readinessOutcome(): Promise<string> {
    return ((await this.readiness().getByText(/^(Résultat|Result)\s?:/).locator('strong').textContent()) ?? '').trim();
  }

  /** What is missing, one text per criterion, in the order shown. */
  async readinessMissing(): Promise<string[]> {
    return (await this.readiness().getByRole('list').getByRole('listitem').allTextContents()).map((t) =>
      t.replace(/\s+/g, ' ').trim(),
    );
  }

  async expectChartDrawn() {
    await expect(this.page.locator('figure.profile-chart[data-drawn="true"]')).toBeVisible();
    const painted = await this.page.locator('figure.profile-chart canvas').evaluate((canvas: HTMLCanvasElement) => {
      const ctx = canvas.getContext('2d');
      if (!ctx || canvas.width === 0) return false;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
      return false;
    });
    expect(painted, 'the profile chart has pixels').toBe(true);
  }
}
