/**
 * Several respondents, one answer: three people answer the same assessment on this laptop, the agenda
 * puts their disagreement first, the coordinator agrees on an answer, and the result says how many
 * people answered, what is still a proposal, and the range of their scores per dimension.
 */
import { execFileSync } from 'node:child_process';
import { test, expect } from './fixtures.ts';
import { PlanSection } from './pages/outcome.ts';
import { expectNoSeriousViolations } from './axe.ts';
import { RespondentsPage } from './pages/respondents.ts';
import { currentQuestionnaire } from '../support/questionnaires.ts';

const q = currentQuestionnaire();
const firstDimension = q.dimensions[0]!;
/** A dimension without question 1: every respondent answers it the same way everywhere. */
const otherDimension = q.dimensions.find((d) => d.id !== q.items[0]!.dimension)!;

test('three respondents on one laptop: the disagreement first, an agreed answer, the result with spreads', async ({ app, page }) => {
  // 153 answers, each waiting until it shows as saved: minutes on a busy machine.
  test.setTimeout(420_000);
  const respondents = new RespondentsPage(page);
  await app.open();
  await app.createOrganization();
  await respondents.openFromQuestionnaire();
  await expect(page.getByText('Personne d’autre ne répond pour l’instant')).toBeVisible();

  // A label is required, and two respondents cannot share one: said, and nothing is added.
  await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await expect(page.getByText('Indiquez un rôle ou une équipe.')).toBeVisible();
  await expect(page.getByLabel('Rôle ou équipe')).toBeFocused();
  await respondents.add('Direction', 'Hélène');
  await respondents.add('Communications');
  await page.getByLabel('Rôle ou équipe').fill('direction');
  await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await expect(page.getByText('« direction » répond déjà')).toBeVisible();
  await respondents.add('Production');
  await expect(respondents.list()).toHaveCount(3);

  // At phone width, with the keyboard only: the way to answer as a respondent is reachable and opens.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByRole('link', { name: 'Répondre en tant que Production' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Réponses de Production' })).toBeVisible();
  await expectNoSeriousViolations(page, 'a respondent answering');
  await page.getByRole('link', { name: /Tous les répondants/ }).click();
  await page.setViewportSize({ width: 1100, height: 900 });

  // Question 1: levels 1, 4 and 2 (three apart). Everything else: 2, 3 and 3 (one apart).
  await respondents.answerAs('Direction', (n) => (n === 1 ? 1 : 2));
  await respondents.answerAs('Communications', (n) => (n === 1 ? 4 : 3));
  await respondents.answerAs('Production', (n) => (n === 1 ? 2 : 3));
  await expect(respondents.list().filter({ hasText: 'Direction' })).toContainText(`${q.items.length} réponses sur ${q.items.length}`);

  // The agenda: question 1 first, flagged, with each one's level; the proposal is the median.
  await expect(respondents.agenda().getByText('1 question à deux niveaux ou plus d’écart.')).toBeVisible();
  expect((await respondents.agendaNumbers())[0]).toBe(1);
  expect(await respondents.agendaNumbers()).toHaveLength(q.items.length);
  const first = respondents.entry(1);
  await expect(first.getByText('Deux niveaux ou plus d’écart')).toBeVisible();
  await expect(first.getByText('Écart : 3 niveaux')).toBeVisible();
  await expect(first.getByRole('row', { name: /Direction/ })).toContainText('Niveau 1');
  await expect(first.getByRole('row', { name: /Communications/ })).toContainText('Niveau 4');
  await expect(first.getByText('Proposition : Niveau 2')).toBeVisible();
  await expect(respondents.entry(2).getByText('Deux niveaux ou plus d’écart')).toHaveCount(0);
  await expect(respondents.entry(2).getByText('Proposition : Niveau 3')).toBeVisible();
  await expectNoSeriousViolations(page, 'respondents and the agenda');

  // Before agreeing, the result says it is the proposal.
  await page.getByRole('link', { name: 'Voir le résultat' }).click();
  const summary = page.getByRole('region', { name: 'Répondants et ententes' });
  await expect(summary.getByText('3 personnes ont répondu.')).toBeVisible();
  await expect(summary.getByText(`${q.items.length} réponses sont encore des propositions`)).toBeVisible();
  await page.goBack();

  // The group agrees on level 3 for question 1, and says why.
  await respondents.agree(1, 'Niveau 3', 'Le tableau partagé existe depuis janvier');
  await expect(first.getByText('Entente : Niveau 3')).toBeVisible();
  await expect(first.getByText('Pourquoi : Le tableau partagé existe depuis janvier')).toBeVisible();

  // The result: still provisional for the others; per dimension, the agreed score beside the range.
  await page.getByRole('link', { name: 'Voir le résultat' }).click();
  await expect(summary.getByText(`${q.items.length - 1} réponses sont encore des propositions`)).toBeVisible();
  await expectNoSeriousViolations(page, 'result with respondents');
  const range = summary.getByRole('table', { name: /écart entre les répondants/ });
  await expect(range.getByRole('columnheader', { name: 'Score proposé' })).toBeVisible();
  await expect(range.getByRole('row', { name: new RegExp(otherDimension.label.fr) })).toContainText(/3,0\s*2,0 – 3,0/);
  await expect(range.getByRole('row', { name: new RegExp(firstDimension.label.fr) })).toBeVisible();

  // The board PDF says how many people answered, and that the result is still partly a proposal.
  const pdf = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', await new PlanSection(page).downloadPdf('Français'), '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
  expect(pdf.split('\f')[0]).toContain('3 personnes ont répondu.');
  expect(pdf.split('\f')[0]).toMatch(new RegExp(`${q.items.length - 1} réponses sont encore des propositions`));

  // The organization's answer is what the questionnaire shows, and what the score reads: level 3.
  await page.getByRole('link', { name: 'Revoir mes réponses' }).click();
  await app.questionnaire.ready();
  await expect(app.questionnaire.choiceIn(app.questionnaire.question(1), 3)).toBeChecked();
  await expect(app.questionnaire.choiceIn(app.questionnaire.question(2), 3)).toBeChecked();
});
