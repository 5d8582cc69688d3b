/**
 * The editors' page: a questionnaire file opened from the computer is checked with the command's
 * rules and messages; a usable one is walked through with nothing saved, and printed as a listing PDF
 * (read back with pdftotext, checked with qpdf).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor.ts';
import { readDatabase } from './pages/data.ts';
import { expectNoSeriousViolations } from './axe.ts';
import { buildListing, listedItems } from '../../src/core/questionnaire/listing.ts';
import type { Questionnaire } from '../../src/core/questionnaire/schema.ts';

const MINIMAL = readFileSync('tests/fixtures/questionnaires/valid-minimal.json', 'utf8');
const TASTER = readFileSync('questionnaires/cqm-apercu/1.0.0.json', 'utf8');

test.describe('the editors’ page', () => {
  test('a broken file: a syntax error with its line and column, a missing field said as missing, nothing to walk through', async ({ app, page }) => {
    const editor = new EditorPage(page);
    await app.open();
    await editor.openFromSettings();

    await editor.openFile('brise.json', '{\n  "id": "essai",\n  "version" "1.0.0"\n}\n');
    await expect(editor.summary()).toContainText('1 erreur');
    await expect(editor.summary()).toContainText('ne peut pas être utilisé');
    await expect(editor.messages('Erreurs')).toHaveCount(1);
    await expect(editor.messages('Erreurs').first()).toContainText(/ligne 3, colonne 13/);
    await expect(editor.walkButton()).toHaveCount(0);
    await expectNoSeriousViolations(page, 'editors’ page with an error');

    const withoutTitle = JSON.parse(MINIMAL) as Record<string, unknown>;
    delete withoutTitle.title;
    await editor.openFile('sans-titre.json', JSON.stringify(withoutTitle, null, 2));
    await expect(editor.messages('Erreurs').first()).toContainText(/title\s:\sCe champ obligatoire manque\./);
    await expect(editor.walkButton()).toHaveCount(0);

    // In English, the same file's messages in English.
    await app.switchLanguage();
    await expect(editor.messages('Errors').first()).toContainText('title: This required field is missing.');
  });

  test('a file with warnings only: grouped with counts, walked through as a respondent with nothing saved', async ({ app, page }) => {
    const editor = new EditorPage(page);
    await app.open();
    await app.createOrganization();
    await editor.openFromSettings();
    const before = await readDatabase(page);

    await editor.openFile('1.0.0.json', MINIMAL);
    await expect(editor.summary()).toContainText(/^\s*92 avertissements\./);
    await expect(editor.summary()).toContainText('le fichier peut être utilisé');
    // One problem in many places is said once, with how many places.
    const fullStop = editor.messages('Avertissements').filter({ hasText: 'Un énoncé se termine par un point.' });
    await expect(fullStop).toHaveCount(1);
    await expect(fullStop).toContainText('(40 endroits)');
    await expect(fullStop.getByText('Voir 28 autres endroits')).toBeVisible();
    await expectNoSeriousViolations(page, 'editors’ page with warnings');

    await editor.walkButton().click();
    await expect(editor.previewBanner()).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dimension collecte');
    await expect(page.getByText('Questionnaire de test : Pour les tests')).toBeVisible();
    await expect(app.questionnaire.question(1)).toHaveAccessibleName(/^Question 1 sur 4/);
    await expectNoSeriousViolations(page, 'editors’ preview');
    await app.questionnaire.choiceIn(app.questionnaire.question(1), 3).check();
    await app.questionnaire.choiceIn(app.questionnaire.question(2), 'dont-know').check();
    await page.getByRole('link', { name: 'Étape suivante →' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dimension usage');
    await expect(app.questionnaire.question(3)).toBeVisible();
    await app.questionnaire.choiceIn(app.questionnaire.question(3), 5).check();
    await expect(page.getByText('Fin de l’aperçu')).toBeVisible();
    await expect(page.getByText(/Vous avez répondu à 3 questions sur 4/)).toBeVisible();
    // The browser's Back goes to the previous step, its answers still there.
    await page.goBack();
    await expect(app.questionnaire.choiceIn(app.questionnaire.question(1), 3)).toBeChecked();

    await editor.backToMessages();
    await expect(editor.summary()).toBeVisible();
    // Nothing was written: the database is as it was before the file was opened.
    expect(await readDatabase(page)).toEqual(before);
  });

  test('a usable file is printed as a listing of every item, in order', async ({ app, page }) => {
    const editor = new EditorPage(page);
    await app.open();
    await editor.openFromSettings();
    await editor.openFile('1.0.0.json', TASTER);
    await expect(editor.summary()).toContainText('le fichier peut être utilisé');
    const download = await editor.downloadListing();
    expect(download.suggestedFilename()).toBe('cqm-apercu-1.0.0_questions.pdf');
    const file = await download.path();
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors found');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/[\s\u00a0\u202f]+/g, ' ');
    const items = listedItems(buildListing(JSON.parse(TASTER) as Questionnaire, 'fr'));
    expect(items).toHaveLength(12);
    let from = 0;
    for (const item of items) {
      // The PDF's fonts draw no narrow space: ; ! ? are written tight.
      const heading = `${item.number}. ${item.question}`.replace(/[\s\u00a0\u202f]+(?=[;!?])/g, '').replace(/[\s\u00a0\u202f]+/g, ' ');
      const at = text.indexOf(heading, from);
      expect(at, heading).toBeGreaterThan(from - 1);
      from = at;
    }
  });

  test('before starting, an organization downloads every question of the questionnaire it chose', async ({ app, page }) => {
    await app.open();
    await page.getByRole('link', { name: /Commencer : décrire mon organisme/ }).click();
    await app.chooseQuestionnaire(/Aperçu/);
    const download = await new EditorPage(page).downloadListing();
    expect(download.suggestedFilename()).toBe('cqm-apercu-1.0.0_questions.pdf');
    const file = await download.path();
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors found');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/[\s\u00a0\u202f]+/g, ' ');
    expect(text).toContain('Questionnaire complet, pour relecture');
    expect(text).toContain('12 questions');
    await expect(page.getByRole('status').filter({ hasText: 'Le PDF a été téléchargé.' })).toBeVisible();
  });
});
