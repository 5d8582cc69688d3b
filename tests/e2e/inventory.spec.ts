/**
 * The inventory of data assets and skills, end to end: three sources and two roles recorded, the
 * readiness facts changing on the result, the Law 25 inventory exported (CSV read back, PDF read with
 * pdftotext), a backup restored on a fresh profile and found identical; then a hand raised for the
 * next cohort, seen on the CQM dashboard, withdrawn.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { backupData, DataSettingsPage } from './pages/data.ts';
import { InventoryPage, RaiseHand, readinessFact, type RoleSpec, type SourceSpec } from './pages/inventory.ts';
import { PlanSection, RoadmapPage } from './pages/outcome.ts';
import { E2E_ADMIN } from './env.ts';
import { storedCohortRequest } from './support/sqlite.ts';
import { expectNoSeriousViolations } from './axe.ts';

const SOURCES: SourceSpec[] = [
  {
    kind: 'Billetterie',
    tool: 'Tuxedo',
    operator: 'Un fournisseur de billetterie',
    holds: ['Acheteurs nommés', 'Courriels', 'Codes postaux', 'Détail des achats', 'Prix et tarifs', 'Salle'],
    export: 'Oui, nous-mêmes',
    hosting: 'Au Québec',
    purpose: 'Vente de billets',
    access: 'Direction, billetterie',
    retention: '7 ans',
  },
  { kind: 'Infolettre', tool: 'Mailchimp', operator: 'Nous', holds: ['Courriels', 'Dates de consentement'], export: 'Oui, nous-mêmes', hosting: 'Hors du Canada', purpose: 'Infolettre' },
  { kind: 'Mesure d’audience du site web', tool: 'Matomo', operator: 'Nous', holds: ['Statistiques anonymes'], export: 'Non', hosting: 'Au Québec' },
];
const ROLES: RoleSpec[] = [
  { name: 'Direction', skills: { 'Extraire des données': 'Autonome', 'Vie privée et Loi 25': 'Débutant' }, hours: '4' },
  { name: 'Communications', skills: { 'Mesure d’audience web': 'Expert' }, hours: '2.5' },
];

test('three sources and two roles: readiness from facts, the Law 25 inventory, a backup restored identical', async ({ app, page, browser }, testInfo) => {
  test.setTimeout(240_000);
  const inventory = new InventoryPage(page);
  await app.open();
  await app.createOrganization();
  await app.questionnaire.seedAll(() => 4);
  await app.questionnaire.finish();
  const resultUrl = page.url();

  // Before any inventory: the facts say no source meets access to the data.
  const access = readinessFact(page, 'Accès à vos données de billetterie');
  await expect(access).toContainText('Votre autoévaluation : Rempli');
  await expect(access).toContainText('Aucune source ni aucun rôle ne remplit encore ce critère.');
  await expect(readinessFact(page, 'Une voie légale pour partager')).toContainText('L’inventaire ne dit rien de ce critère.');

  await page.getByRole('link', { name: 'Accueil', exact: true }).click();
  await page.getByRole('link', { name: 'Inventaire des données et des compétences' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inventaire des données et des compétences' })).toBeVisible();
  // Adding a source is quick: measured from the button to the saved card.
  const started = Date.now();
  await inventory.addSource(SOURCES[0]!);
  expect(Date.now() - started).toBeLessThan(60_000);
  for (const s of SOURCES.slice(1)) await inventory.addSource(s);
  for (const r of ROLES) await inventory.addRole(r);
  await expect(page.getByText('3 sources', { exact: true })).toBeVisible();
  await expect(page.getByText('2 rôles', { exact: true })).toBeVisible();
  await expect(inventory.card('Tuxedo')).toContainText(/Exportable par vous depuis le/);
  await expectNoSeriousViolations(page, 'inventory');

  // The Law 25 inventory: the two sources with personal information; Mailchimp flagged.
  const table = inventory.law25();
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row', { name: /Mailchimp/ })).toContainText('Évaluation des facteurs relatifs à la vie privée');
  const csv = await inventory.downloadText('Inventaire Loi 25 en CSV (tableur)');
  expect(csv.name).toMatch(/^ensemble-aurore_inventaire-loi25_\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = csv.text.replace(/^\ufeff/, '').trim().split('\r\n');
  expect(lines[0]).toBe('Source;Renseignements personnels;Fin;Exploitée par;Accès;Hébergement;Conservation;À faire');
  expect(lines.slice(1)).toEqual([
    'Tuxedo (Billetterie);Acheteurs nommés; Courriels; Codes postaux;Vente de billets;Un fournisseur de billetterie;Direction, billetterie;Au Québec;7 ans;'.replace(
      'Acheteurs nommés; Courriels; Codes postaux',
      '"Acheteurs nommés; Courriels; Codes postaux"',
    ),
    'Mailchimp (Infolettre);"Courriels; Dates de consentement";Infolettre;Nous;;Hors du Canada;;Évaluation des facteurs relatifs à la vie privée avant le transfert hors du Québec',
  ]);
  const pdf = await inventory.download('Inventaire Loi 25 en PDF');
  expect(pdf.name).toMatch(/\.pdf$/);
  const pdfText = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf.path, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
  expect(pdfText).toContain('Inventaire des renseignements personnels — Ensemble Aurore');
  expect(pdfText).toContain('Tuxedo');
  expect(pdfText).toContain('Mailchimp');
  expect(pdfText).not.toContain('Matomo');

  // Readiness changes: the facts now name the source and the role that meet the criteria.
  await page.goto(resultUrl);
  await expect(access).toContainText('Tuxedo (Billetterie) remplit ce critère.');
  await expect(readinessFact(page, 'Quelqu’un pour extraire les données')).toContainText('Le rôle « Direction » remplit ce critère.');
  await expect(readinessFact(page, 'Provenance de vos publics')).toContainText('Tuxedo');
  await expectNoSeriousViolations(page, 'result with readiness facts and the cohort offer');

  // The questionnaire reminds, beside the item, what the inventory says; the answer stays the person's.
  await page.goto(resultUrl.replace('#/resultat/', '#/evaluation/') + '/outils');
  const reminder = page.getByRole('complementary', { name: 'Votre inventaire indique' }).first();
  await expect(reminder).toContainText('Tuxedo (Billetterie) remplit le critère « Accès à vos données de billetterie ».');
  await expect(reminder).toContainText('Un rappel, pas une réponse');

  // The path shows when the sources were added.
  await page.goto('/#/parcours');
  await expect(page.getByRole('region', { name: 'L’inventaire au fil du temps' })).toContainText('source « Matomo » ajoutée');

  // A plan action points to the source it concerns; the choice is kept.
  await page.goto(resultUrl.replace('#/resultat/', '#/feuille-de-route/'));
  const roadmap = new RoadmapPage(page);
  await roadmap.chooseSource(1, 'Tuxedo (Billetterie)');
  await page.reload();
  await expect(roadmap.action(1)).toContainText(/Source\s:\sTuxedo \(Billetterie\)/);
  // The plan's exports name it too: a column of the CSV, a line under the action in the board PDF.
  const exports = new PlanSection(page);
  const planCsv = (await exports.downloadCsv(/Feuille de route en CSV/)).split('\r\n');
  expect(planCsv[0]).toMatch(/;Source de données$/);
  expect(planCsv.filter((line) => line.endsWith(';Tuxedo (Billetterie)'))).toHaveLength(1);
  const board = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', await exports.downloadPdf('Français'), '-'], { encoding: 'utf8' });
  expect(board).toMatch(/Source : Tuxedo \(Billetterie\)/);

  // Back up, restore on a fresh profile, find it identical.
  const settings = new DataSettingsPage(page);
  await settings.open();
  const backup = await settings.exportBackup();
  const saved = backupData(backup.text) as { dataSources: { id: string; tool: string }[]; planActions: { sourceId?: string }[] };
  expect(saved.dataSources).toHaveLength(3);
  expect(saved.planActions.filter((a) => a.sourceId).map((a) => a.sourceId)).toEqual([saved.dataSources.find((s) => s.tool === 'Tuxedo')?.id]);
  const fresh = await browser.newContext({ locale: 'fr-CA', baseURL: testInfo.project.use.baseURL });
  try {
    const other = await fresh.newPage();
    const otherSettings = new DataSettingsPage(other);
    await otherSettings.open();
    await otherSettings.choose({ name: backup.name, text: backup.text });
    await otherSettings.importAs('replace');
    const again = await otherSettings.exportBackup();
    expect(backupData(again.text)).toEqual(backupData(backup.text));
    const otherInventory = new InventoryPage(other);
    await otherInventory.open();
    await expect(otherInventory.card('Mailchimp')).toContainText('Hors du Canada');
    await expect(otherInventory.card('Communications')).toContainText('2,5 h par mois');
  } finally {
    await fresh.close();
  }
});

test('raise a hand for the next cohort: a named message, seen on the dashboard, withdrawn', async ({ app, page }) => {
  test.setTimeout(180_000);
  await app.open();
  await app.createOrganization();
  await app.questionnaire.seedAll(() => 4);
  await app.questionnaire.finish();
  expect(await app.result.readinessOutcome()).toBe('Prête');

  const hand = new RaiseHand(page);
  await hand.prepare('Marie Tremblay', 'marie@aurore.example');
  await expectNoSeriousViolations(page, 'cohort message preview');
  const message = (await hand.message()) as Record<string, unknown>;
  // Exactly what the person was told: no score, no answer, no inventory.
  expect(Object.keys(message).sort()).toEqual(
    ['contactEmail', 'contactName', 'missing', 'organizationName', 'questionnaireId', 'readiness', 'requestKey', 'version', 'withdrawalHash'].sort(),
  );
  expect(message).toMatchObject({ organizationName: 'Ensemble Aurore', contactName: 'Marie Tremblay', readiness: 'ready', missing: [] });
  await hand.send();

  // Stored apart from the de-identified submissions.
  expect(storedCohortRequest(String(message.requestKey))).toEqual({ organization_name: 'Ensemble Aurore', contact_email: 'marie@aurore.example' });

  // CQM staff see it on the dashboard, and export the list.
  const resultUrl = page.url();
  await page.goto('/#/cqm');
  await page.getByLabel('Nom d’utilisateur').fill(E2E_ADMIN.user);
  await page.getByLabel('Mot de passe').fill(E2E_ADMIN.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  const list = page.getByRole('region', { name: 'Intérêt pour la prochaine cohorte' }).first();
  await expect(list.getByRole('row', { name: /Ensemble Aurore/ })).toContainText('marie@aurore.example');
  await expectNoSeriousViolations(page, 'dashboard with the cohort list');
  const [download] = await Promise.all([page.waitForEvent('download'), list.getByRole('button', { name: 'Liste en CSV (tableur)' }).click()]);
  const csvText = readFileSync(await download.path(), 'utf8');
  expect(csvText).toContain('Ensemble Aurore;Marie Tremblay;marie@aurore.example;Prête;Rien;');

  // The organization withdraws it from the app: gone from the server and the dashboard.
  await page.goto(resultUrl);
  await hand.withdraw();
  expect(storedCohortRequest(String(message.requestKey))).toBeUndefined();
  await page.goto('/#/cqm');
  await expect(page.getByRole('region', { name: 'Intérêt pour la prochaine cohorte' }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Intérêt pour la prochaine cohorte' }).first().getByRole('row', { name: /Ensemble Aurore/ })).toHaveCount(0);
});

test('the inventory screen is usable at phone width, with the keyboard, in English', async ({ app, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await app.open();
  await app.createOrganization();
  const inventory = new InventoryPage(page);
  await inventory.open();
  await app.switchLanguage();
  await expect(page.getByRole('heading', { level: 1, name: 'Inventory of data and skills' })).toBeVisible();
  await page.getByRole('button', { name: 'Add a source' }).click();
  await expectNoSeriousViolations(page, 'inventory form (English, 390 px)');
  // An empty form says what is missing, and keeps focus on the summary.
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toHaveText('5 fields need fixing.');
  await expect(page.getByRole('alert')).toBeFocused();
  await page.getByLabel('Kind of source').selectOption({ label: 'Newsletter' });
  await page.getByLabel('Name of the tool or file').fill('Cyberimpact');
  await page.getByRole('group', { name: 'Who runs it' }).getByLabel('Us', { exact: true }).check();
  await page.getByRole('group', { name: /Can you export/ }).getByLabel('On request').check();
  await page.getByRole('group', { name: 'Where the data is hosted' }).getByLabel('In Québec').check();
  await page.keyboard.press('Tab');
  await page.getByRole('button', { name: 'Save' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '“Cyberimpact” is saved.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /Cyberimpact/ })).toBeFocused();
  // Nothing wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
