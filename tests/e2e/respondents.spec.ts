/**
 * Several respondents, one answer: people answer the same assessment, on this laptop or on their own
 * computer with invitation and response files; the agenda puts their disagreement first, the
 * coordinator agrees on an answer, and the result says how many people answered, what is still a
 * proposal, and the range of their scores per dimension. Whole questionnaires are seeded into
 * storage (pages/respondents.ts); what a person does on screen is done on screen.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { PlanSection } from './pages/outcome.ts';
import { expectNoSeriousViolations } from './axe.ts';
import { readDatabase } from './pages/data.ts';
import { editStoredRows } from './pages/local-data.ts';
import { InvitationPage, RespondentsPage, seedRespondentAnswers, storedRespondents, type ExchangedFile } from './pages/respondents.ts';
import { ENSEMBLE } from './pages/app.ts';
import { currentQuestionnaire } from '../support/questionnaires.ts';
import { buildResponse, serializeExchange } from '../../src/client/storage/respondent-files.ts';
import { checksumOf } from '../../src/client/storage/backup/format.ts';

const q = currentQuestionnaire();
const firstDimension = q.dimensions[0]!;
/** A dimension without question 1: every respondent answers it the same way everywhere. */
const otherDimension = q.dimensions.find((d) => d.id !== q.items[0]!.dimension)!;
const ORG = ENSEMBLE.name;
/** The agenda's entries and the questionnaire's dimensions past the first few: axe checks those. */
const REPEATED = ['article.entry:nth-of-type(n+4)', 'section[aria-labelledby^="dimension-"]:nth-of-type(n+2)'];

test('three respondents on one laptop: the disagreement first, an agreed answer, the result with spreads', async ({ app, page }) => {
  test.setTimeout(60_000);
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

  // Question 1: levels 1, 4 and 5 as seeded; everything else 2, 3 and 3 (one apart).
  const ids = await storedRespondents(page, respondents.assessmentId());
  await seedRespondentAnswers(page, q, respondents.assessmentId(), {
    [ids.Direction!]: (n) => (n === 1 ? 1 : 2),
    [ids.Communications!]: (n) => (n === 1 ? 4 : 3),
    [ids.Production!]: (n) => (n === 1 ? 5 : 3),
  });
  await expect(respondents.list().filter({ hasText: 'Direction' })).toContainText(`${q.items.length} réponses sur ${q.items.length}`);

  // At phone width, with the keyboard only: Production opens their answers and changes question 1 to 2.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByRole('link', { name: 'Répondre en tant que Production' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Réponses de Production' })).toBeVisible();
  await respondents.questionnaire.answer(1, 2);
  await expectNoSeriousViolations(page, 'a respondent answering', REPEATED);
  await page.getByRole('link', { name: /Tous les répondants/ }).click();
  await page.setViewportSize({ width: 1100, height: 900 });

  // The agenda: question 1 first, flagged, with each one's level; the proposal is the median.
  await expect(respondents.agenda().getByText('1 question à deux niveaux ou plus d’écart.')).toBeVisible();
  expect((await respondents.agendaNumbers())[0]).toBe(1);
  expect(await respondents.agendaNumbers()).toHaveLength(q.items.length);
  const first = respondents.entry(1);
  await expect(first.getByText('Deux niveaux ou plus d’écart')).toBeVisible();
  await expect(first.getByText('Écart : 3 niveaux')).toBeVisible();
  await expect(first.getByRole('row', { name: /Direction/ })).toContainText('Niveau 1');
  await expect(first.getByRole('row', { name: /Communications/ })).toContainText('Niveau 4');
  await expect(first.getByRole('row', { name: /Production/ })).toContainText('Niveau 2');
  await expect(first.getByText('Proposition : Niveau 2')).toBeVisible();
  await expect(respondents.entry(2).getByText('Deux niveaux ou plus d’écart')).toHaveCount(0);
  await expect(respondents.entry(2).getByText('Proposition : Niveau 3')).toBeVisible();
  await expectNoSeriousViolations(page, 'respondents and the agenda', REPEATED);

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
  await expectNoSeriousViolations(page, 'result with respondents', [], { only: '.respondents-result' });
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

test('two respondents answer on their own computer with files: their answers beside the third, the disagreement first, an agreed answer, the result with spreads', async ({ app, page, browser }, testInfo) => {
  test.setTimeout(120_000);
  // Nothing of the exchange reaches the server: no request but reading the app's own files.
  const written: string[] = [];
  const watchWrites = (p: typeof page) => p.on('request', (r) => r.method() !== 'GET' && written.push(`${r.method()} ${r.url()}`));
  watchWrites(page);
  const coordinator = new RespondentsPage(page);
  await app.open();
  await app.createOrganization();
  await coordinator.openFromQuestionnaire();
  await coordinator.add('Direction', 'Hélène');
  await coordinator.add('Communications');
  await coordinator.add('Production');
  const assessmentId = coordinator.assessmentId();
  const ids = await storedRespondents(page, assessmentId);
  // Direction answers on this laptop.
  await seedRespondentAnswers(page, q, assessmentId, { [ids.Direction!]: (n) => (n === 1 ? 1 : 2) });

  // An invitation per person answering elsewhere: who, for which assessment and version; no answers.
  const toCommunications = await coordinator.exportInvitation('Communications');
  const toProduction = await coordinator.exportInvitation('Production');
  expect(toCommunications.name).toMatch(/^ensemble-aurore-communications_invitation_\d{4}-\d{2}-\d{2}\.json$/);
  const invitation = JSON.parse(toCommunications.text) as { format: string; invitation: Record<string, unknown> };
  expect(invitation.format).toBe('diapason-invitation');
  expect(invitation.invitation).toMatchObject({ assessmentId, organizationName: ORG, questionnaireId: q.id, version: q.version, respondent: { id: ids.Communications, label: 'Communications' } });
  expect(toCommunications.text).not.toMatch(/"answers"|"value"/);

  // Another computer: a fresh Diapason profile, nothing in it.
  const elsewhere = await browser.newContext({ locale: 'fr-CA', baseURL: testInfo.project.use.baseURL });
  let communications!: ExchangedFile, production!: ExchangedFile, newer!: ExchangedFile;
  try {
    const other = await elsewhere.newPage();
    watchWrites(other);
    const invited = new InvitationPage(other);
    await invited.open();
    await expect(other.getByText('Aucune invitation reçue sur cet ordinateur.')).toBeVisible();
    // Not an invitation: said, nothing kept.
    await invited.chooseInvitation({ name: 'sauvegarde.json', text: readFileSync(new URL('../fixtures/backups/valid.json', import.meta.url), 'utf8') });
    await expect(other.getByRole('alert')).toContainText('C’est une sauvegarde Diapason, pas un fichier d’invitation');
    await expect(other.getByRole('alert')).toContainText('Rien n’a été modifié sur cet ordinateur.');
    await expect(other.getByText('Aucune invitation reçue sur cet ordinateur.')).toBeVisible();
    await invited.chooseInvitation(toCommunications);
    await expect(other.getByRole('status').filter({ hasText: `Invitation de ${ORG} ouverte.` })).toBeVisible();
    await invited.answerFor(ORG, 'Communications');
    // Question 1 on screen; the rest seeded.
    await invited.questionnaire.answer(1, 4);
    await invited.seedAnswers(q, () => 3);
    await expect(other.getByText(`${q.items.length} réponses sur ${q.items.length}`)).toBeVisible();
    await expect(invited.questionnaire.choiceIn(invited.questionnaire.question(1), 4)).toBeChecked();
    communications = await invited.exportResponse();
    expect(communications.name).toMatch(/^ensemble-aurore-communications_reponse_/);

    // Production answers on the same other computer.
    await invited.open();
    await invited.chooseInvitation(toProduction);
    await invited.answerFor(ORG, 'Production');
    await invited.seedAnswers(q, (n) => (n === 1 ? 2 : 3));
    production = await invited.exportResponse();

    // Communications changes their mind on question 1 afterwards, and sends a newer response.
    await invited.open();
    await invited.answerFor(ORG, 'Communications');
    await invited.questionnaire.answer(1, 5);
    newer = await invited.exportResponse();
  } finally {
    await elsewhere.close();
  }

  // Back on the coordinator's laptop: each response previewed, then imported.
  await page.bringToFront();
  await coordinator.chooseResponse(communications);
  await expect(coordinator.responsePreview()).toContainText('Réponse de Communications (exportée le');
  await expect(coordinator.responsePreview()).toContainText(`${q.items.length} réponses sur ${q.items.length}.`);
  await expect(coordinator.responsePreview()).toContainText('Communications n’a encore aucune réponse sur cet ordinateur.');
  await expectNoSeriousViolations(page, 'a response previewed', REPEATED);
  await coordinator.importResponse();
  await expect(coordinator.list().filter({ hasText: 'Communications' })).toContainText(`${q.items.length} réponses sur ${q.items.length}`);
  await expect(coordinator.list().filter({ hasText: 'Communications' })).toContainText('Réponse importée le');
  // The same file again: said, nothing changes.
  await coordinator.chooseResponse(communications);
  await expect(coordinator.elsewhere().getByRole('status').filter({ hasText: 'Cette réponse de Communications est celle déjà importée le' })).toBeVisible();
  await coordinator.chooseResponse(production);
  await coordinator.importResponse();

  const first = coordinator.entry(1);
  await expect(first.getByRole('row', { name: /Communications/ })).toContainText('Niveau 4');
  // The newer response replaces Communications' answers, after its preview; the older one is then refused.
  await coordinator.chooseResponse(newer);
  await expect(coordinator.responsePreview()).toContainText(`Elles remplacent ${q.items.length} réponses de Communications sur cet ordinateur.`);
  await coordinator.importResponse();
  await coordinator.chooseResponse(communications);
  await expect(coordinator.elsewhere().getByRole('status').filter({ hasText: 'Cette réponse de Communications est plus ancienne que celle importée le' })).toBeVisible();

  // The agenda: question 1 first, flagged, with the levels of all three.
  await expect(coordinator.agenda().getByText('1 question à deux niveaux ou plus d’écart.')).toBeVisible();
  expect((await coordinator.agendaNumbers())[0]).toBe(1);
  await expect(first.getByText('Deux niveaux ou plus d’écart')).toBeVisible();
  await expect(first.getByText('Écart : 4 niveaux')).toBeVisible();
  await expect(first.getByRole('row', { name: /Direction/ })).toContainText('Niveau 1');
  await expect(first.getByRole('row', { name: /Communications/ })).toContainText('Niveau 5');
  await expect(first.getByRole('row', { name: /Production/ })).toContainText('Niveau 2');
  await expect(first.getByText('Proposition : Niveau 2')).toBeVisible();
  await coordinator.agree(1, 'Niveau 3', 'Le tableau partagé existe depuis janvier');

  // The result: three people, the agreed answer, each dimension's range across respondents.
  await page.getByRole('link', { name: 'Voir le résultat' }).click();
  const summary = page.getByRole('region', { name: 'Répondants et ententes' });
  await expect(summary.getByText('3 personnes ont répondu.')).toBeVisible();
  await expect(summary.getByText(`${q.items.length - 1} réponses sont encore des propositions`)).toBeVisible();
  const range = summary.getByRole('table', { name: /écart entre les répondants/ });
  await expect(range.getByRole('row', { name: new RegExp(otherDimension.label.fr) })).toContainText(/3,0\s*2,0 – 3,0/);
  expect(written, 'requests that write').toEqual([]);
});

test('hostile response files are refused with a clear message, in both languages, and change nothing', async ({ app, page }) => {
  test.setTimeout(60_000);
  const coordinator = new RespondentsPage(page);
  await app.open();
  await app.createOrganization();
  await coordinator.openFromQuestionnaire();
  await coordinator.add('Communications');
  const assessmentId = coordinator.assessmentId();
  const ids = await storedRespondents(page, assessmentId);
  const respondent = { id: ids.Communications!, label: 'Communications' };
  const file = await buildResponse(
    { assessmentId, questionnaireId: q.id, version: q.version, respondent, answers: [{ itemId: q.items[0]!.id, value: 3, updatedAt: new Date().toISOString() }] },
    '0.1.0',
    new Date().toISOString(),
  );
  const valid = serializeExchange(file);
  const edited = async (edit: (f: Record<string, any>) => void, resign = true) => {
    const copy = structuredClone(file) as Record<string, any>;
    edit(copy);
    if (resign) copy.checksum = await checksumOf(copy);
    return JSON.stringify(copy, null, 2);
  };
  const script = '<img src=x onerror="document.title=1"><script>document.title=2</script>';
  const cases: [name: string, text: string, message: string][] = [
    ['newer.json', await edited((f) => (f.formatVersion = 2)), 'vient d’une version plus récente de Diapason (format 2)'],
    ['checksum.json', await edited((f) => (f.response.answers[0].value = 5), false), 'ne correspond plus à sa somme de contrôle'],
    ['other.json', await edited((f) => (f.response.assessmentId = 'c3000000-0000-4000-8000-000000000003')), 'celle d’une autre évaluation'],
    ['huge.json', valid.replace('"response":', `"pad": "${'x'.repeat(3 * 1024 * 1024)}", "response":`), 'plus que la limite de'],
    ['broken.json', valid.slice(0, 120), 'incomplet ou abîmé'],
    ['script.json', await edited((f) => (f.response.respondent.label = script)), `Cette réponse vient de « ${script} », qui n’est pas un répondant de cette évaluation.`],
    ['backup.json', readFileSync(new URL('../fixtures/backups/valid.json', import.meta.url), 'utf8'), 'C’est une sauvegarde Diapason, pas un fichier de réponse'],
  ];
  const before = await readDatabase(page);
  const title = await page.title();
  for (const [name, text, message] of cases) {
    await coordinator.chooseResponse({ name, text });
    await expect(coordinator.refusal(), name).toContainText(message);
    await expect(coordinator.refusal(), name).toContainText('Rien n’a été modifié sur cet ordinateur.');
    await expect(coordinator.responsePreview()).toHaveCount(0);
  }
  expect(await page.title(), 'no script ran').toBe(title);
  expect(await readDatabase(page)).toEqual(before);
  await expectNoSeriousViolations(page, 'a response refused', REPEATED);

  // In English too.
  await app.switchLanguage();
  await coordinator.chooseResponse({ name: 'other.json', text: cases[2]![1] });
  await expect(coordinator.refusal()).toContainText('This response belongs to another assessment: it cannot be imported into this one.');
  await expect(coordinator.refusal()).toContainText('Nothing was changed on this computer.');
  expect(await readDatabase(page)).toEqual(before);

  // The file they were made from imports.
  await coordinator.chooseResponse({ name: 'valid.json', text: valid });
  await expect(coordinator.responsePreview()).toContainText('1 answer of');
  await coordinator.importResponse();
  await expect(coordinator.list().filter({ hasText: 'Communications' })).toContainText(`1 answer of ${q.items.length}`);
});

test('the next assessment invites the same respondents: their answers carry over, each to confirm', async ({ app, page }) => {
  test.setTimeout(60_000);
  const respondents = new RespondentsPage(page);
  await app.open();
  await app.createOrganization();
  await respondents.openFromQuestionnaire();
  await respondents.add('Direction', 'Hélène');
  await respondents.add('Communications');
  const first = respondents.assessmentId();
  const ids = await storedRespondents(page, first);
  await seedRespondentAnswers(page, q, first, { [ids.Direction!]: (n) => (n === 1 ? 1 : 2), [ids.Communications!]: () => 3 });
  // The assessment is completed (as its last question's "finish" does), a year ago.
  await editStoredRows(page, 'assessments', `return row.id === '${first}' ? { ...row, status: 'completed', completedAt: '2025-12-01T10:00:00.000Z' } : row;`);

  await app.open('/');
  await page.getByRole('button', { name: /^Commencer une (nouvelle )?évaluation$/ }).click();
  await app.questionnaire.ready();
  await respondents.openFromQuestionnaire();
  expect(respondents.assessmentId()).not.toBe(first);
  const again = page.getByRole('region', { name: 'Les mêmes répondants que la dernière fois ?' });
  await expect(again).toContainText('avait aussi ces répondants : Direction et Communications.');
  await again.getByRole('button', { name: 'Inviter les mêmes répondants' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 répondants invités de nouveau, avec leurs réponses à confirmer.' })).toBeVisible();
  await expect(again).toHaveCount(0);
  await expect(respondents.list().filter({ hasText: 'Direction' })).toContainText(`${q.items.length} réponses sur ${q.items.length}`);

  // Direction's answers are there, to confirm; confirming one keeps it.
  await page.getByRole('link', { name: 'Répondre en tant que Direction (Hélène)' }).click();
  const question = respondents.questionnaire.question(1);
  await expect(respondents.questionnaire.choiceIn(question, 1)).toBeChecked();
  await respondents.questionnaire.answer(1, 1);
  await expect(question.getByRole('button', { name: 'Confirmer cette réponse' })).toHaveCount(0);
  await expect(respondents.questionnaire.question(2).getByRole('button', { name: 'Confirmer cette réponse' })).toBeVisible();
});
