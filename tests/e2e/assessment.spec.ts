import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { ENSEMBLE, type Choice } from './pages/app.ts';
import { OrganizationsPage, readDatabase } from './pages/data.ts';
import { answersOf } from './pages/local-data.ts';

/** The assessment on screen and its answers as stored, without what differs from one assessment to the next. */
async function storedAssessment(page: Page) {
  const id = /#\/evaluation\/([^/]+)/.exec(page.url())?.[1];
  const dump = await readDatabase(page);
  const stores = Object.fromEntries(dump.stores.map((s) => [s.name, s.rows as Record<string, unknown>[]]));
  const { id: _id, organizationId: _organization, startedAt, updatedAt, answers: _answers, ...assessment } = stores.assessments!.find((row) => row.id === id)!;
  const rows = answersOf(dump).filter((row) => row.assessmentId === id).sort((a, b) => String(a.itemId).localeCompare(String(b.itemId)));
  const times = rows.map((row) => String(row.updatedAt));
  // Each answer was written after the assessment started, the last one with the assessment's own time.
  for (const time of times) expect(time >= String(startedAt)).toBe(true);
  expect(times.sort().at(-1)).toBe(updatedAt);
  return { assessment, answers: rows.map(({ assessmentId: _a, updatedAt: _u, ...row }) => row) };
}

test.describe('taking an assessment', () => {
  test('a whole assessment ends on a profile with a stage for every dimension and the chart', async ({ app, page }) => {
    test.setTimeout(120_000);
    await app.open();
    // index.html's header, drawn while the scripts loaded, gave way to the app's (one header, not two).
    await expect(page.locator('.site-header')).toHaveCount(1);
    await expect(page.getByRole('banner').getByRole('navigation')).toBeVisible();
    await app.createOrganization();
    // A mix of levels: 2, 3, 4 repeating, so each dimension gets a known, sufficient score.
    await app.questionnaire.answerAll((n) => ([2, 3, 4] as const)[(n - 1) % 3]!);
    await app.questionnaire.finish();

    const rows = await app.result.rows();
    const dimensions = Object.keys(rows);
    expect(dimensions.length).toBeGreaterThanOrEqual(4);
    for (const [dimension, cells] of Object.entries(rows)) {
      // The stage first, the score second.
      expect(cells[0], `${dimension} stage`).toMatch(/^[1-5] – \S+/);
      expect(cells[1], `${dimension} score`).toMatch(/^[1-5],\d$/);
      expect(cells[2], `${dimension} confidence`).toBe('100\u00a0%');
    }
    await app.result.expectChartDrawn();
    // Each dimension also gets its own section with the stage description.
    for (const dimension of dimensions) {
      await expect(page.getByRole('heading', { level: 3, name: dimension })).toBeVisible();
    }
    // The completed assessment is listed at home.
    await page.getByRole('link', { name: 'Retour à l’accueil' }).click();
    await expect(page.getByRole('link', { name: 'Voir le résultat' })).toHaveCount(1);
  });

  test('answers written straight into storage (for tests about what follows them) are the rows answering on screen leaves', async ({ app, page }) => {
    test.setTimeout(120_000);
    const pick = (n: number): Choice => (['dont-know', 2, 5] as const)[n % 3]!;
    /** A new organization on the twelve-question taster, with a note on its first question. */
    const start = async (name: string) => {
      await app.fillProfile({ ...ENSEMBLE, name });
      await app.chooseQuestionnaire(/Aperçu/);
      await page.getByRole('button', { name: 'Enregistrer et commencer l’évaluation' }).click();
      await app.questionnaire.ready();
      const question = app.questionnaire.question(1);
      await question.getByText(/^Note/).click();
      await question.getByRole('textbox').fill('Vérifier avec la billetterie');
      await expect(question.getByText(/Enregistré/)).toBeVisible();
    };
    await app.open();
    await page.getByRole('link', { name: /Commencer : décrire mon organisme/ }).click();
    await start('Ensemble Aurore');
    await app.questionnaire.answerAll(pick);
    const answered = await storedAssessment(page);
    expect(answered.answers).toHaveLength(12);

    const orgs = new OrganizationsPage(page);
    await orgs.open();
    await page.getByRole('link', { name: 'Ajouter un organisme' }).click();
    await start('Chœur de l’Est');
    await app.questionnaire.seedAll(pick);
    expect(await storedAssessment(page)).toEqual(answered);
    // And the screen reads them as it read the answers given on it.
    expect(await app.questionnaire.progressText()).toMatch(/^12 réponses sur 12/);
    await app.questionnaire.finish();
  });

  test('a reload in the middle keeps every answer, and leaving resumes where the person stopped', async ({ app, page }) => {
    await app.open();
    await app.createOrganization();
    // The questionnaire's own description comes before the first question, and only there.
    await expect(app.questionnaire.about()).toBeVisible();
    await app.questionnaire.answer(1, 3);
    await app.questionnaire.answer(2, 'dont-know');
    await app.questionnaire.next();
    await expect(app.questionnaire.about()).toHaveCount(0);
    const first = await app.questionnaire.firstQuestionNumber();
    await app.questionnaire.answer(first, 5);
    const step = await app.questionnaire.heading.textContent();

    await page.reload();
    await app.questionnaire.ready();
    await expect(app.questionnaire.heading).toHaveText(step ?? '');
    await expect(app.questionnaire.choiceIn(app.questionnaire.question(first), 5)).toBeChecked();
    expect(await app.questionnaire.progressText()).toMatch(/^3 réponses sur/);

    await page.getByRole('link', { name: 'Accueil' }).click();
    await expect(page.getByText(/Évaluation en cours\s:\s3 réponses sur \d+/)).toBeVisible();
    await page.getByRole('button', { name: 'Reprendre l’évaluation' }).click();
    await app.questionnaire.ready();
    await expect(app.questionnaire.heading).toHaveText(step ?? '');
    await page.getByRole('link', { name: /Étape précédente/ }).click();
    await expect(app.questionnaire.choiceIn(app.questionnaire.question(1), 3)).toBeChecked();
    await expect(app.questionnaire.choiceIn(app.questionnaire.question(2), 'dont-know')).toBeChecked();
  });

  test('a note is kept with its question, across a reload', async ({ app, page }) => {
    await app.open();
    await app.createOrganization();
    const question = app.questionnaire.question(1);
    await question.getByText(/^Note/).click();
    await question.getByRole('textbox').fill('Vérifier avec la salle');
    await expect(question.getByText(/Enregistré/)).toBeVisible();
    await page.reload();
    await expect(app.questionnaire.question(1).getByRole('textbox')).toHaveValue('Vérifier avec la salle');
  });

  test('too many “don’t know” answers give “insufficient information” instead of a stage', async ({ app }) => {
    await app.open();
    await app.createOrganization();
    await app.questionnaire.seedAll(() => 'dont-know');
    await app.questionnaire.finish();
    const rows = await app.result.rows();
    for (const cells of Object.values(rows)) {
      expect(cells[0]).toBe('Information insuffisante');
      expect(cells[1]).toBe('0\u00a0%');
    }
  });
});
