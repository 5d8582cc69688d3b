import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { PathPage, PlanSection, RoadmapPage } from './pages/outcome.ts';

/** The text of a PDF as a reader extracts it (poppler-utils), with its no-break spaces as spaces. */
function pdfToText(file: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
}

test('two assessments a season apart: the change, the path, the roadmap kept across targets, the PDF in French and English, the CSV', async ({
  app,
  page,
}, testInfo) => {
  const plan = new PlanSection(page);
  const roadmap = new RoadmapPage(page);
  const path = new PathPage(page);

  // First season: everything at stage 2.
  await app.open();
  await app.createOrganization();
  await app.questionnaire.seedAll(() => 2);
  await app.questionnaire.finish();
  await expect(page.getByText(/C’est la première évaluation terminée/)).toBeVisible();

  // Next season: stage 3 everywhere, the first dimension a little further (4 on its first question).
  await page.getByRole('link', { name: 'Accueil', exact: true }).click();
  await page.getByRole('button', { name: /^Commencer une (nouvelle )?évaluation$/ }).click();
  await app.questionnaire.ready();
  await app.questionnaire.seedAll((n) => (n === 1 ? 4 : 3));
  await app.questionnaire.finish();

  // Change since last time: 2.0 → 3.0 everywhere, a little more for the first dimension.
  await expect(page.getByText(/Comparaison avec l’évaluation terminée le/)).toBeVisible();
  const changes = await plan.changes();
  const dimensions = Object.keys(changes);
  const [firstDimension, weakest] = dimensions as [string, string];
  expect(changes[firstDimension]).toMatch(/^\+1,[1-3]$/);
  for (const name of dimensions.slice(1)) expect(changes[name], name).toBe('+1,0');
  // Each dimension shows the coverage of its next stage, its target (current + 1), strengths and gaps.
  await expect(page.getByText(/^Vers le stade 4\s: 1 question sur \d+ y est déjà/)).toBeVisible();
  await expect(plan.target(weakest)).toHaveValue('4');
  const section = page.getByRole('region', { name: weakest });
  await expect(section.getByRole('heading', { name: 'Écarts' })).toBeVisible();
  await expect(section.getByText(/^Prochaine étape\s:/).first()).toBeVisible();

  // CSV of the result: the expected header and one row per dimension.
  const resultCsv = await plan.downloadCsv(/Résultat en CSV/);
  const resultLines = resultCsv.replace(/^\ufeff/, '').trim().split('\r\n');
  expect(resultLines[0]).toBe(
    'Dimension;Score (1 à 5);Stade;Réponses données;Couverture du stade suivant;Stade visé;Évolution depuis la dernière évaluation',
  );
  expect(resultLines.slice(1).map((l) => l.split(';')[0])).toEqual(dimensions);
  expect(resultLines[1]).toMatch(new RegExp(`^${firstDimension};3,[1-3];3 – Structuré;100%;\\d+%;4 – Intégré;\\+1,[1-3]$`));
  expect(resultLines[2]).toBe(`${weakest};3,0;3 – Structuré;100%;0%;4 – Intégré;+1,0`);

  // The names the English PDF will use.
  await app.switchLanguage();
  const dimensionsEn = Object.keys(await plan.changes());
  await app.switchLanguage();

  // The roadmap: the weakest dimension (3.0, first in the questionnaire's order) leads.
  await roadmap.open();
  const first = roadmap.action(1);
  await expect(first).toContainText(`Dimension\u00a0: ${weakest}`);
  await roadmap.set(1, 'Responsable', 'Julie Bérubé');
  // Saving does not close the fields under the person's hands.
  await expect(first.getByLabel('Échéance')).toBeVisible();
  await roadmap.set(1, 'Échéance', '2027-03-31');
  await roadmap.set(1, 'Statut', 'En cours');
  await roadmap.set(1, 'Note', 'Avec le bilan de la saison « Lumières »');
  const priorities = await roadmap.actionTexts();
  expect(priorities.length).toBeGreaterThanOrEqual(dimensions.length * 2);
  await expect(roadmap.horizon(/D’ici 3 mois/)).toBeVisible();
  await expect(roadmap.horizon(/De 3 à 12 mois/)).toBeVisible();
  await expect(roadmap.horizon(/De 12 à 24 mois/)).toBeVisible();

  const roadmapCsv = await plan.downloadCsv(/Feuille de route en CSV/);
  const roadmapLines = roadmapCsv.replace(/^\ufeff/, '').trim().split('\r\n');
  expect(roadmapLines[0]).toBe('Priorité;Horizon;Dimension;Action;Effort;Responsable;Échéance;Statut;Note');
  expect(roadmapLines).toHaveLength(1 + priorities.length);
  expect(roadmapLines.find((l) => l.startsWith('1;'))).toMatch(
    new RegExp(`^1;[^;]+ mois;${weakest};[^;]+;(petit|moyen|grand);Julie Bérubé;2027-03-31;En cours;Avec le bilan de la saison « Lumières »$`),
  );

  // Printed, the roadmap shows the values as text, not form fields.
  await page.emulateMedia({ media: 'print' });
  await expect(first.getByText(/^Responsable\s:\sJulie Bérubé$/)).toBeVisible();
  await expect(first.getByText(/^Note\s:\sAvec le bilan/)).toBeVisible();
  await expect(first.getByLabel('Responsable')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Imprimer la feuille de route' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // A lower target takes the action off the roadmap; raising it again brings it back with its details.
  const firstText = priorities[0]!;
  await page.getByRole('link', { name: 'Retour au résultat' }).click();
  await plan.setTarget(weakest, '3');
  await roadmap.open();
  await expect(page.getByRole('article').filter({ hasText: firstText })).toHaveCount(0);
  await page.getByRole('link', { name: 'Retour au résultat' }).click();
  await plan.setTarget(weakest, '5');
  await page.reload();
  await expect(plan.target(weakest)).toHaveValue('5');
  await roadmap.open();
  const back = page.getByRole('article').filter({ hasText: firstText });
  await expect(back.getByLabel('Responsable')).toHaveValue('Julie Bérubé');
  await expect(back.getByLabel('Échéance')).toHaveValue('2027-03-31');
  await expect(back.getByLabel('Statut')).toHaveValue('in-progress');
  await expect(back.getByLabel('Note')).toHaveValue('Avec le bilan de la saison « Lumières »');
  const prioritiesNow = await roadmap.actionTexts();
  await app.switchLanguage();
  const prioritiesEn = await roadmap.actionTexts();
  await app.switchLanguage();

  // The board PDF in French, from the roadmap screen.
  const frFile = await plan.downloadPdf('Français');
  expect(execFileSync('qpdf', ['--check', frFile], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors found');
  const fr = pdfToText(frFile);
  expect(fr).toContain('Ensemble Aurore');
  expect(fr).toContain('Rapport au conseil d’administration');
  for (const [i, name] of dimensions.entries()) {
    expect(fr).toMatch(new RegExp(`${name}\\s+${i === 0 ? '3,[1-3]' : '3,0'}\\s+3 – Structuré`));
  }
  // The 90-day focus leads with the plan screen's first actions (their first words: cells wrap).
  expect(fr).toContain('Le focus des 90 prochains jours');
  for (const priority of prioritiesNow.slice(0, 3)) expect(fr).toContain(priority.slice(0, 18));
  expect(fr).toContain('Bérubé');
  expect(fr).toMatch(/Page 1 sur \d+/);
  // Every page rendered to an image, for a person to look at (kept with the test's output).
  execFileSync('pdftoppm', ['-png', '-r', '50', frFile, testInfo.outputPath('board-fr')]);
  const pages = readdirSync(testInfo.outputPath('.')).filter((f) => f.startsWith('board-fr')).length;
  expect(pages).toBeGreaterThanOrEqual(3);
  expect(pages).toBeLessThanOrEqual(6);

  // And in English, chosen for the document while the screen stays in French.
  const enFile = await plan.downloadPdf('English');
  expect(execFileSync('qpdf', ['--check', enFile], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors found');
  const en = pdfToText(enFile);
  expect(en).toContain('Ensemble Aurore');
  expect(en).toContain('The focus for the next 90 days');
  for (const name of dimensionsEn) expect(en).toMatch(new RegExp(`${name}\\s+3\\.\\d\\s+3 – Structured`));
  for (const priority of prioritiesEn.slice(0, 3)) expect(en).toContain(priority.slice(0, 18));
  expect(en).not.toContain('Sommaire');

  // The path: both assessments, a chart per dimension and the same data as a table.
  await page.getByRole('link', { name: 'Accueil', exact: true }).click();
  await page.getByRole('link', { name: 'Voir le parcours de l’organisme' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Parcours de votre organisme' })).toBeVisible();
  await path.expectChartsDrawn(dimensions.length);
  const rows = path.table().getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('2,0 (stade 2)');
  await expect(rows.nth(2)).toContainText('3,0 (stade 3)');
  await expect(page.getByRole('img', { name: new RegExp(`Évolution de «\\s?${weakest}\\s?»\\s?: 2,0 le .+, 3,0 le `) })).toBeVisible();
});

test('the offline precache holds jsPDF but none of its optional chunks (html2canvas, DOMPurify, canvg)', async ({ request }) => {
  const worker = await (await request.get('/sw.js')).text();
  expect(worker).toMatch(/assets\/jspdf[^"]*\.js/);
  expect(worker).toMatch(/assets\/board-pdf[^"]*\.js/);
  for (const chunk of ['html2canvas', 'purify', 'canvg', 'index.es']) expect(worker, chunk).not.toContain(chunk);
});
