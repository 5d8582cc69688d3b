import { test, expect } from './fixtures.ts';

test.describe('choosing a questionnaire', () => {
  test('the taster is offered beside the full diagnostic, and its result leads to the full one with its answers', async ({ app, page }) => {
    test.setTimeout(150_000);
    await app.open();
    await page.getByRole('link', { name: /Commencer : décrire mon organisme/ }).click();
    await app.fillProfile();
    // Both current questionnaires, each with its duration.
    await expect(app.questionnaireOptions()).toHaveCount(2);
    await expect(app.questionnaireOptions().nth(0)).toHaveAccessibleName(/Diagnostic de maturité des données du CQM.*Environ 25 minutes · 51 questions/);
    await expect(app.questionnaireOptions().nth(1)).toHaveAccessibleName(/Aperçu.*Environ 10 minutes · 12 questions/);
    await expect(app.questionnaireOptions().nth(0)).toBeChecked();
    await app.chooseQuestionnaire(/Aperçu/);
    await page.getByRole('button', { name: 'Enregistrer et commencer l’évaluation' }).click();
    await app.questionnaire.ready();
    await expect(app.questionnaire.about()).toContainText('Douze questions tirées du diagnostic complet');
    await expect(app.questionnaire.question(1)).toHaveAccessibleName(/^Question 1 sur 12/);

    await app.questionnaire.seedAll((n) => ([2, 3, 4] as const)[n % 3]!);
    await app.questionnaire.finish();
    await app.result.expectChartDrawn();

    // The taster's result offers the full diagnostic; the twelve answers come along, to confirm.
    const next = page.getByRole('region', { name: 'Passer au diagnostic complet' });
    await expect(next).toContainText('12 réponses données ici vous y suivent');
    await next.getByRole('button', { name: 'Commencer le diagnostic complet' }).click();
    await app.questionnaire.ready();
    await expect(app.questionnaire.question(1)).toHaveAccessibleName(/^Question 1 sur 51/);
    await expect(page.getByText(/Cette évaluation commence avec 12 réponses reprises/)).toBeVisible();
    // The first item of the full model was the taster's first: its answer is there, to confirm.
    await expect(app.questionnaire.choiceIn(app.questionnaire.question(1), 3)).toBeChecked();
    await expect(app.questionnaire.question(1).getByRole('button', { name: 'Confirmer cette réponse' })).toBeVisible();

    // At home, the assessment in progress is the full one; the taster is listed apart as completed.
    await page.getByRole('link', { name: 'Accueil' }).click();
    await expect(page.getByText(/Évaluation en cours\s:\s12 réponses sur 51/)).toBeVisible();
  });

  test('with an assessment in progress, home resumes it without asking which questionnaire', async ({ app, page }) => {
    await app.open();
    await app.createOrganization();
    await expect(app.questionnaire.question(1)).toHaveAccessibleName(/^Question 1 sur 51/);
    await page.getByRole('link', { name: 'Accueil' }).click();
    // With one in progress, home resumes it: no choice to make.
    await expect(page.getByRole('button', { name: 'Reprendre l’évaluation' })).toBeVisible();
    await expect(app.questionnaireOptions()).toHaveCount(0);
  });
});
