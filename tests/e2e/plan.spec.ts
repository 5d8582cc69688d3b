/**
 * The plan belongs to the organization: what a person wrote on actions, and the targets they set,
 * are there again in the next assessment; an action the new answers show done is offered for
 * confirmation; the 90-day focus never holds more than its limit.
 */
import { test, expect } from './fixtures.ts';
import { PathPage, PlanSection, RoadmapPage, looseText } from './pages/outcome.ts';
import { currentQuestionnaire } from '../support/questionnaires.ts';
import { FOCUS_LIMIT } from '../../src/core/plan.ts';
import { ENSEMBLE } from './pages/app.ts';
import { questionnaireFor } from '../../src/core/applicability.ts';
import { SALES_MODE_LABELS } from '../../src/core/profile.ts';
import { describeAction } from '../../src/core/roadmap.ts';

const q = currentQuestionnaire();
const [first, second] = q.dimensions as [(typeof q.dimensions)[0], (typeof q.dimensions)[0]];
/** How many questions the first dimension has: they come first in the questionnaire. */
const firstDimensionItems = q.items.filter((i) => i.dimension === first.id).length;

test('a second assessment keeps statuses, owners, dates and targets, and offers improved actions as done', async ({ app, page }) => {
  const plan = new PlanSection(page);
  const roadmap = new RoadmapPage(page);

  // First assessment: stage 2 everywhere; the second dimension aimed at stage 4.
  await app.open();
  await app.createOrganization();
  await app.questionnaire.seedAll(() => 2);
  await app.questionnaire.finish();
  await plan.setTarget(second.label.fr, '4');
  await roadmap.open();

  const focus = await roadmap.focusTexts();
  expect(focus.length).toBeGreaterThan(0);
  expect(focus.length).toBeLessThanOrEqual(FOCUS_LIMIT);
  // Every focus action gets an owner, a due date and a status.
  for (const [i, text] of focus.entries()) {
    const card = roadmap.byText(text);
    await card.getByText('Responsable, échéance et note').click();
    await card.getByLabel('Responsable', { exact: true }).fill(`Personne ${i + 1}`);
    await card.getByLabel('Responsable', { exact: true }).blur();
    await expect(card.getByText(/^✓\s*Enregistré$/)).toBeVisible();
    await card.getByLabel('Échéance', { exact: true }).fill('2027-02-15');
    await card.getByLabel('Échéance', { exact: true }).blur();
    await expect(card.getByText(/^✓\s*Enregistré$/)).toBeVisible();
    await card.getByLabel('Statut', { exact: true }).selectOption({ label: 'En cours' });
    await expect(card.getByText(/^✓\s*Enregistré$/)).toBeVisible();
  }

  // Home now knows where the organization is: its profile, the focus with statuses, "continue the plan" first.
  await page.getByRole('link', { name: 'Accueil', exact: true }).click();
  const where = page.getByRole('region', { name: 'Où en est votre organisme' });
  await expect(where.getByRole('listitem').filter({ hasText: first.label.fr })).toContainText('2,0');
  await expect(where.getByText('En cours · Personne 1')).toBeVisible();
  await expect(where.getByRole('link', { name: 'Continuer le plan' })).toHaveClass(/primary/);
  await expect(page.getByRole('button', { name: 'Commencer une nouvelle évaluation' })).not.toHaveClass(/primary/);
  await expect(page.getByText(/Une nouvelle évaluation est utile environ un an après la dernière/)).toBeVisible();

  // Second assessment: the first dimension one stage higher, everything else the same.
  await page.getByRole('button', { name: /Commencer une (nouvelle )?évaluation/ }).click();
  await app.questionnaire.ready();
  await app.questionnaire.seedAll((n) => (n <= firstDimensionItems ? 3 : 2));
  await app.questionnaire.finish();

  // Two completed assessments, told apart by their time.
  await page.getByRole('link', { name: 'Accueil', exact: true }).click();
  const completed = page.getByRole('region', { name: 'Évaluations terminées' }).getByRole('listitem');
  await expect(completed).toHaveCount(2);
  expect(new Set(await completed.allTextContents()).size).toBe(2);
  await completed.first().getByRole('link', { name: 'Voir le résultat' }).click();

  // The result says what moved: the first dimension, from 2.0 to 3.0.
  await expect(page.getByText(/^Ce qui a bougé depuis la dernière fois\s:/)).toBeVisible();
  await expect(page.locator('p.moved')).toContainText(`${first.label.fr} est passée de 2,0 à 3,0`);

  // The target carried over.
  await expect(plan.target(second.label.fr)).toHaveValue('4');
  await roadmap.open();
  const focusNow = await roadmap.focusTexts();
  expect(focusNow.length).toBeLessThanOrEqual(FOCUS_LIMIT);

  // The first dimension's actions are offered as done, with their owner; the others kept everything.
  const offered = roadmap.offered();
  await expect(offered).toBeVisible();
  // More than five are folded under "See the N actions".
  if (!(await offered.getByRole('listitem').first().isVisible())) await offered.getByText(/^(Voir|See) /).click();
  let offeredCount = 0;
  for (const [i, text] of focus.entries()) {
    const card = roadmap.byText(text);
    if ((await card.count()) === 0) {
      offeredCount++;
      await expect(offered.getByRole('listitem').filter({ hasText: looseText(text) })).toContainText(`Personne ${i + 1}`);
      continue;
    }
    await expect(card.getByLabel('Responsable', { exact: true })).toHaveValue(`Personne ${i + 1}`);
    await expect(card.getByLabel('Échéance', { exact: true })).toHaveValue('2027-02-15');
    await expect(card.getByLabel('Statut', { exact: true })).toHaveValue('in-progress');
  }
  expect(offeredCount).toBeGreaterThan(0);

  // Confirming one moves it to what is done.
  const item = offered.getByRole('listitem').first();
  const doneText = ((await item.locator('.offered-text').textContent()) ?? '').trim();
  await item.getByRole('button', { name: /Confirmer : faite/ }).click();
  await expect(page.getByRole('region', { name: /^Faites/ }).getByText(looseText(doneText))).toBeVisible();
  // And it stays done after a reload.
  await page.reload();
  await expect(page.getByRole('region', { name: /^Faites/ }).getByText(looseText(doneText))).toBeVisible();
});

test('the focus: pin, postpone, never more than its limit', async ({ app, page }) => {
  const roadmap = new RoadmapPage(page);
  await app.open();
  await app.createOrganization();
  await app.questionnaire.seedAll((n) => (n % 5 === 0 ? 'dont-know' : 1));
  await app.questionnaire.finish();
  await roadmap.open();
  const focus = await roadmap.focusTexts();
  expect(focus).toHaveLength(FOCUS_LIMIT);

  // Postponing the first leaves its place to another; it waits in the backlog, marked postponed.
  const postponed = focus[0]!;
  await roadmap.byText(postponed).getByRole('button', { name: 'Reporter à plus tard' }).click();
  await expect.poll(() => roadmap.focusTexts()).not.toContain(postponed);
  expect(await roadmap.focusTexts()).toHaveLength(FOCUS_LIMIT);
  await expect(roadmap.byText(postponed).getByText('Reportée', { exact: true })).toBeVisible();

  // Pinning backlog actions brings them in; the focus still holds at most its limit.
  const backlog = page.getByRole('region', { name: /^Plus tard$/ });
  for (let i = 0; i < 3; i++) {
    await backlog.getByRole('button', { name: 'Ajouter aux 90 jours' }).first().click();
    await expect.poll(async () => (await roadmap.focusTexts()).length).toBeLessThanOrEqual(FOCUS_LIMIT);
  }
  await expect(roadmap.focus().getByText('Épinglée', { exact: true })).toHaveCount(3);
  // A pin shows at once and is saved a moment later ("Enregistrement…", then "Enregistré"): the
  // reload comes once every one is saved, as a person's would once the screen says so.
  await expect(page.getByText('Enregistrement…')).toHaveCount(0);
  await page.reload();
  await expect(roadmap.focus().getByText('Épinglée', { exact: true })).toHaveCount(3);
  expect(await roadmap.focusTexts()).toHaveLength(FOCUS_LIMIT);
});

test('the path marks the plan actions done between two assessments, in the chart and in the table', async ({ app, page }) => {
  const roadmap = new RoadmapPage(page);
  const path = new PathPage(page);
  await app.open();
  await app.createOrganization();
  await app.questionnaire.seedAll(() => 2);
  await app.questionnaire.finish();
  await roadmap.open();
  // The first focus action (the first dimension's: all are at 2.0, the questionnaire's order decides) is done before the next assessment.
  const [text] = await roadmap.focusTexts();
  const card = roadmap.byText(text!);
  await card.getByText('Responsable, échéance et note').click();
  await card.getByLabel('Statut', { exact: true }).selectOption('done');
  await expect(page.getByRole('region', { name: /^Faites/ }).getByText(looseText(text!))).toBeVisible();

  await page.getByRole('link', { name: 'Accueil', exact: true }).click();
  await page.getByRole('button', { name: /Commencer une (nouvelle )?évaluation/ }).click();
  await app.questionnaire.ready();
  await app.questionnaire.seedAll(() => 2);
  await app.questionnaire.finish();

  await page.getByRole('link', { name: 'Accueil', exact: true }).click();
  await page.getByRole('link', { name: 'Voir le parcours de l’organisme' }).click();
  await path.expectChartsDrawn(q.dimensions.length);
  // The table says it for everyone: nothing before the first assessment, one action before the second.
  const rows = path.table().getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(path.table().getByRole('columnheader', { name: 'Actions du plan faites depuis la précédente' })).toBeVisible();
  await expect(rows.nth(1)).toContainText('première évaluation');
  await expect(rows.nth(2).getByRole('cell').nth(1)).toHaveText('1');
  // The first dimension's chart says it in its name; the others do not.
  await expect(page.getByRole('img', { name: new RegExp(`Évolution de «\\s?${first.label.fr}\\s?».*1 action du plan faite avant l’évaluation du `) })).toBeVisible();
  await expect(page.getByRole('img', { name: /action du plan faite/ })).toHaveCount(1);
  await expect(page.getByText(/Un ✓ suivi d’un nombre/)).toBeVisible();
});

test('questions that do not apply to how the organization sells never get plan actions', async ({ app, page }) => {
  const plan = new PlanSection(page);
  const roadmap = new RoadmapPage(page);
  // Sold at a fee only: the questionnaire leaves out the box-office and hall questions.
  const modes = ['vente-a-cachet'] as const;
  const outside = q.items.filter((item) => !questionnaireFor(q, [...modes]).items.some((i) => i.id === item.id));
  expect(outside.length).toBeGreaterThan(0);
  await app.open();
  await app.createOrganization({ ...ENSEMBLE, salesModes: modes.map((mode) => SALES_MODE_LABELS[mode].fr) });
  await app.questionnaire.seedAll(() => 1);
  await app.questionnaire.finish();
  await roadmap.open();
  // The plan's CSV lists every action of the plan: none from a question that does not apply.
  const csv = await plan.downloadCsv(/Feuille de route en CSV/);
  const lines = csv.replace(/^\ufeff/, '').trim().split('\r\n').slice(1);
  expect(lines.length).toBeGreaterThan(0);
  for (const item of outside) {
    for (const level of [1, 2, 3, 4] as const) {
      const action = describeAction(q, `item:${item.id}:${level}`);
      if (action) expect(csv).not.toContain(action.text.fr);
    }
    expect(csv).not.toContain(item.question.fr);
  }
});
