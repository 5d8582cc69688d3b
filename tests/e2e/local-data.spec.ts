/**
 * The ways saved work could still be lost or locked on this laptop, each tried as it happens: an
 * assessment deleted in another tab while this one answers, a save after a failed one, backup files
 * and stored rows with dates that are not dates, and "delete all my data" leaving readable bytes.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { chromiumExecutable } from '../../scripts/chromium.mjs';
import { test, expect } from './fixtures.ts';
import { App } from './pages/app.ts';
import { DataSettingsPage, OrganizationsPage, readDatabase } from './pages/data.ts';
import { addStoredAnswers, addStoredRows, answersOf, editStoredAnswers, editStoredRows, openNote, resign, setDiskFull, simulateFullDisk } from './pages/local-data.ts';

const HOME_HEADING = { level: 1, name: 'Diapason' } as const;
const deletedElsewhere = (page: App['page']) => page.getByRole('alert').filter({ hasText: 'Cette évaluation a été supprimée dans un autre onglet' });

test.describe('an assessment deleted in another tab', () => {
  test('the tab still on it says so and goes home; nothing is written into it', async ({ app, page, context }) => {
    await app.open();
    await app.createOrganization();
    await app.questionnaire.answer(1, 3);

    const other = await context.newPage();
    const organizations = new OrganizationsPage(other);
    await organizations.open();
    const dialog = await organizations.askDelete('Ensemble Aurore');
    await dialog.getByRole('button', { name: 'Supprimer « Ensemble Aurore »' }).click();
    await expect.poll(() => organizations.names()).toEqual([]);

    await expect(deletedElsewhere(page)).toBeVisible();
    await expect(page.getByRole('heading', HOME_HEADING)).toBeVisible();
    const stored = await readDatabase(page);
    expect(answersOf(stored)).toEqual([]);
  });

  test('“delete all my data” in another tab: the tab on the assessment says so at its next answer at the latest, and goes home', async ({ app, page, context }) => {
    await app.open();
    await app.createOrganization();
    await app.questionnaire.answer(1, 3);
    const settings = new DataSettingsPage(await context.newPage());
    await settings.open();
    await settings.deleteEverything();

    const radio = app.questionnaire.choiceIn(app.questionnaire.question(2), 4);
    // Either the tab already noticed (and left), or its next answer is refused.
    if (await radio.isVisible()) await radio.click().catch(() => undefined);
    await expect(deletedElsewhere(page)).toBeVisible();
    await expect(page.getByRole('heading', HOME_HEADING)).toBeVisible();
    await expect(page.getByRole('link', { name: /Commencer : décrire mon organisme/ })).toBeVisible();
    const stored = await readDatabase(page);
    expect(answersOf(stored)).toEqual([]);
  });

  test('an answer written as it is deleted is refused in the same transaction, and shown as such', async ({ app, page }) => {
    await app.open();
    await app.createOrganization();
    await app.questionnaire.answer(1, 3);
    // Deleted behind this tab's back (no live notice reaches it): only the write can find out.
    await editStoredAnswers(page, 'return null');
    await editStoredRows(page, 'assessments', 'return null');

    // A click, not check(): the screen leaves at once, so the radio never stays checked.
    await app.questionnaire.choiceIn(app.questionnaire.question(2), 4).click();
    await expect(deletedElsewhere(page)).toBeVisible();
    await expect(page.getByRole('heading', HOME_HEADING)).toBeVisible();
    const stored = await readDatabase(page);
    expect(answersOf(stored)).toEqual([]);
  });

  test('orphan rows already stored never reach a backup, and a file with orphans imports the rest and says how many it skipped', async ({ app, page }) => {
    const settings = new DataSettingsPage(page);
    await app.open();
    await app.createOrganization();
    await app.questionnaire.answer(1, 3);
    const stored = await readDatabase(page);
    const [answer] = answersOf(stored);
    // What the bug left behind on laptops: an assessment, with its answers, of an organization that
    // no longer exists (answers are stored in their assessment's record).
    const [assessment] = stored.stores.find((s) => s.name === 'assessments')!.rows as Record<string, unknown>[];
    const orphans = [
      { ...answer, assessmentId: '00000000-dead-4000-8000-000000000001' },
      { ...answer, assessmentId: '00000000-dead-4000-8000-000000000001', itemId: 'another-item' },
    ];
    await addStoredRows(page, 'assessments', [{ ...assessment, id: '00000000-dead-4000-8000-000000000001', organizationId: '00000000-dead-4000-8000-000000000002', answers: [] }]);
    await addStoredAnswers(page, orphans);

    await settings.open();
    const exported = await settings.exportBackup();
    const file = JSON.parse(exported.text) as { data: { answers: { assessmentId: string }[] } };
    expect(file.data.answers.map((a) => a.assessmentId)).toEqual([answer?.assessmentId]);

    // A file made by the earlier release, with the orphans in it: imported without them.
    const withOrphans = await resign(exported.text, (f) => {
      f.data.answers = [...(f.data.answers ?? []), ...orphans];
    });
    await settings.deleteEverything();
    await settings.choose({ name: 'ancienne.json', text: withOrphans });
    await expect(settings.refusal()).toHaveCount(0);
    await expect(settings.preview()).toContainText('2 réponses sans leur évaluation seront ignorées.');
    await settings.importAs('add');
    const rows = answersOf(await readDatabase(page));
    expect(rows.map((r) => r.assessmentId)).toEqual([answer?.assessmentId]);
  });
});

test.describe('a save after a failed one', () => {
  test.beforeEach(async ({ page }) => simulateFullDisk(page, 'assessments'));

  test('a note written while the disk was full is saved with the next answer', async ({ app, page }) => {
    await app.open();
    await app.createOrganization();
    const question = app.questionnaire.question(1);
    await setDiskFull(page, true);
    const note = await openNote(question);
    await note.fill('Écrit pendant que le disque était plein');
    await note.blur();
    await expect(question.getByText(/Échec de l’enregistrement/)).toBeVisible();

    await setDiskFull(page, false);
    await app.questionnaire.answer(1, 2);
    await page.reload();
    await app.questionnaire.ready();
    await expect(app.questionnaire.choiceIn(app.questionnaire.question(1), 2)).toBeChecked();
    await expect(await openNote(app.questionnaire.question(1))).toHaveValue('Écrit pendant que le disque était plein');
  });

  test('a level chosen while the disk was full is saved with the next note, never the old level', async ({ app, page }) => {
    await app.open();
    await app.createOrganization();
    await app.questionnaire.answer(1, 2);
    const question = app.questionnaire.question(1);
    await setDiskFull(page, true);
    await app.questionnaire.choiceIn(question, 4).check();
    await expect(question.getByText(/Échec de l’enregistrement/)).toBeVisible();

    await setDiskFull(page, false);
    const note = await openNote(question);
    await note.fill('Après le disque plein');
    await note.blur();
    await expect(question.getByText(/^✓?\s*Enregistré$/)).toBeVisible();
    await expect(app.questionnaire.choiceIn(question, 4)).toBeChecked();
    await page.reload();
    await app.questionnaire.ready();
    await expect(app.questionnaire.choiceIn(app.questionnaire.question(1), 4)).toBeChecked();
    await expect(await openNote(app.questionnaire.question(1))).toHaveValue('Après le disque plein');
  });
});

test.describe('dates that are not dates', () => {
  const edits: [string, (f: { exportedAt?: unknown; data: Record<string, Record<string, unknown>[]> }) => void, RegExp][] = [
    ['a start that is not a date', (f) => ((f.data.assessments ?? [])[0]!.startedAt = 'not-a-date!'), /assessments, ligne 1, champ\s«\sstartedAt\s»/],
    ['an export date that does not exist', (f) => (f.exportedAt = '2026-99-99T00:00'), /date d’exportation/],
    ['a change in the year 9999', (f) => ((f.data.answers ?? [])[0]!.updatedAt = '9999-01-01T00:00:00.000Z'), /answers, ligne 1, champ\s«\supdatedAt\s»/],
  ];

  test('a re-signed backup with a bad date is refused with a clear message, and nothing changes', async ({ app, page }) => {
    const settings = new DataSettingsPage(page);
    await app.open();
    await app.createOrganization();
    await app.questionnaire.answer(1, 3);
    await settings.open();
    const exported = await settings.exportBackup();
    const before = await readDatabase(page);
    for (const [, edit, message] of edits) {
      await settings.choose({ name: 'modifiee.json', text: await resign(exported.text, edit as never) });
      await expect(settings.refusal()).toBeVisible();
      await expect(settings.refusal()).toContainText(message);
      await expect(settings.preview()).toHaveCount(0);
    }
    expect(await readDatabase(page)).toEqual(before);
  });

  test('rows already stored with bad dates are repaired when read: every screen shows, and a backup made now imports', async ({ app, page }) => {
    const settings = new DataSettingsPage(page);
    await app.open();
    await app.createOrganization();
    await app.questionnaire.answer(1, 3);
    await app.questionnaire.answer(2, 4);
    // What an older release let an import store.
    await editStoredRows(page, 'assessments', "row.startedAt = 'not-a-date!'; row.updatedAt = '2026-99-99T00:00'; return row;");
    await editStoredRows(page, 'organizations', "row.createdAt = '9999-12-31T00:00:00.000Z'; return row;");
    await editStoredAnswers(page, "row.updatedAt = 'hier soir'; return row;");

    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Reprendre l’évaluation' })).toBeVisible();
    await page.getByRole('button', { name: 'Reprendre l’évaluation' }).click();
    await app.questionnaire.ready();
    await expect(app.questionnaire.choiceIn(app.questionnaire.question(2), 4)).toBeChecked();

    await settings.open();
    const exported = await settings.exportBackup();
    await settings.choose({ name: exported.name, text: exported.text });
    await expect(settings.refusal()).toHaveCount(0);
    await expect(settings.preview()).toContainText('Ensemble Aurore');
  });
});

test.describe('delete all my data', () => {
  const NAME = 'Quatuor Zephyr Oublie 4711';
  const NOTE = 'Mot de passe du coffre 8842 chez Lucie';

  /** Every file of the profile that holds `text`, in one of the encodings Chromium stores strings in. */
  function filesHolding(dir: string, text: string): string[] {
    const needles = [Buffer.from(text, 'latin1'), Buffer.from(text, 'utf16le')];
    const found: string[] = [];
    const walk = (d: string) => {
      for (const entry of readdirSync(d)) {
        const path = join(d, entry);
        const stat = statSync(path, { throwIfNoEntry: false });
        if (!stat) continue;
        if (stat.isDirectory()) walk(path);
        else if (stat.isFile() && needles.some((n) => readFileSync(path).includes(n))) found.push(path);
      }
    };
    walk(dir);
    return found;
  }

  /**
   * A profile of its own (the suite's contexts are in memory), holding an organization and a note,
   * then closed: the name is on disk. `run` gets the browser opened again on that profile.
   */
  async function withSavedProfile(baseURL: string | undefined, run: (launch: () => Promise<BrowserContext>, profile: string) => Promise<void>) {
    const profile = mkdtempSync(join(tmpdir(), 'diapason-erase-'));
    const launch = () =>
      chromium.launchPersistentContext(profile, {
        baseURL,
        locale: 'fr-CA',
        executablePath: chromiumExecutable(),
        args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
      });
    try {
      const context = await launch();
      const page = context.pages()[0] ?? (await context.newPage());
      const app = new App(page);
      await app.open();
      await app.createOrganization({ name: NAME, role: 'Diffuseur', discipline: 'Musique vocale, chorale et lyrique', region: 'Côte-Nord', size: '3 à 9 employés permanents' });
      const note = await openNote(app.questionnaire.question(1));
      await note.fill(NOTE);
      await note.blur();
      await expect(app.questionnaire.question(1).getByText(/^✓?\s*Enregistré$/)).toBeVisible();
      await context.close();
      expect(filesHolding(profile, NAME).length, 'the name is on disk before deleting').toBeGreaterThan(0);
      await run(launch, profile);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  }

  // A deleted IndexedDB database stays readable in Chromium's files (LevelDB keeps a table file the
  // compaction after a deletion does not reach): the app has the browser erase its files as well.
  test('after deleting and closing the browser, the name and notes are nowhere in its files; the language stays, the app works offline again', async ({ baseURL }) => {
    test.setTimeout(60_000);
    await withSavedProfile(baseURL, async (launch, profile) => {
      const context = await launch();
      const page = context.pages()[0] ?? (await context.newPage());
      const settings = new DataSettingsPage(page);
      await settings.open();
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await page.getByRole('button', { name: 'Passer en français' }).click();
      await settings.deleteEverything();
      await expect(page.getByRole('status').filter({ hasText: 'y compris des fichiers du navigateur' })).toBeVisible();
      expect(await page.evaluate(() => localStorage.getItem('diapason.locale'))).toBe('fr');
      await page.getByRole('link', { name: 'Accueil', exact: true }).click();
      await expect(page.getByRole('link', { name: /Commencer : décrire mon organisme/ })).toBeVisible();
      // The offline copy of the app went with the rest, and comes back.
      await new App(page).waitForOfflineReady();
      await context.close();

      expect(filesHolding(profile, NAME)).toEqual([]);
      expect(filesHolding(profile, NOTE)).toEqual([]);
    });
  });

  test('deleted offline: the screen says traces may remain, and the next start online erases them', async ({ baseURL }) => {
    test.setTimeout(60_000);
    await withSavedProfile(baseURL, async (launch, profile) => {
      let context = await launch();
      let page = context.pages()[0] ?? (await context.newPage());
      const settings = new DataSettingsPage(page);
      await settings.open();
      await context.setOffline(true);
      await settings.deleteEverything();
      await expect(page.getByRole('status').filter({ hasText: 'le navigateur peut encore en garder des traces' })).toBeVisible();
      expect(await page.evaluate(() => localStorage.getItem('diapason.erasePending')), 'the erase is left for later').toBe('1');
      await context.close();

      context = await launch();
      page = context.pages()[0] ?? (await context.newPage());
      await new App(page).open();
      await expect.poll(() => page.evaluate(() => localStorage.getItem('diapason.erasePending'))).toBeNull();
      await expect(page.getByRole('link', { name: /Commencer : décrire mon organisme/ })).toBeVisible();
      await context.close();
      expect(filesHolding(profile, NAME)).toEqual([]);
      expect(filesHolding(profile, NOTE)).toEqual([]);
    });
  });

  test('what the browser could remember is not offered to it, and the confirmation says what stays', async ({ app, page }) => {
    await app.open();
    await page.getByRole('link', { name: /Commencer : décrire mon organisme/ }).click();
    await expect(page.getByLabel('Nom de l’organisme')).toHaveAttribute('autocomplete', 'off');
    await app.createOrganization(undefined, { fromProfile: true });
    await expect(await openNote(app.questionnaire.question(1))).toHaveAttribute('autocomplete', 'off');
    const organizations = new OrganizationsPage(page);
    await organizations.open();
    await organizations.card('Ensemble Aurore').getByRole('button', { name: 'Renommer' }).click();
    await expect(page.getByLabel('Nouveau nom pour Ensemble Aurore')).toHaveAttribute('autocomplete', 'off');

    const settings = new DataSettingsPage(page);
    await settings.open();
    await page.getByRole('button', { name: 'Supprimer toutes mes données…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tout supprimer de cet ordinateur ?' });
    await expect(dialog).toContainText('la base de données de Diapason est effacée de ce navigateur');
    await expect(dialog).toContainText('les sauvegardes que vous avez exportées');
    await expect(dialog).toContainText('déjà partagés avec le CQM');
  });
});

test('a note being typed shows “saving” from the first keystroke, never the earlier “saved”', async ({ app, page }) => {
  await page.clock.install();
  await app.open();
  await app.createOrganization();
  await app.questionnaire.answer(1, 3);
  const question = app.questionnaire.question(1);
  const note = await openNote(question);
  // Time stands still: the pause after typing never ends, so the note is typed and not saved yet.
  await page.clock.pauseAt(Date.now() + 60_000);
  await note.pressSequentially('À');
  await expect(question.getByText('Enregistrement…')).toBeVisible();
  await expect(question.getByText(/^✓?\s*Enregistré$/)).toHaveCount(0);
  await page.clock.resume();
  await expect(question.getByText(/^✓?\s*Enregistré$/)).toBeVisible();
});

test('two tabs on the same note: the one typing keeps its text and is told the other changed it', async ({ app, page, context }) => {
  await page.clock.install();
  await app.open();
  await app.createOrganization();
  await app.questionnaire.answer(1, 3);
  const other = new App(await context.newPage());
  await other.page.goto(page.url());
  await other.questionnaire.ready();

  const mine = await openNote(app.questionnaire.question(1));
  await page.clock.pauseAt(Date.now() + 60_000);
  await mine.pressSequentially('Texte de cet onglet');
  const theirs = await openNote(other.questionnaire.question(1));
  await theirs.fill('Texte de l’autre onglet');
  await theirs.blur();
  await expect(other.questionnaire.question(1).getByText(/^✓?\s*Enregistré$/)).toBeVisible();

  const question = app.questionnaire.question(1);
  await expect(question.getByRole('status').filter({ hasText: 'Cette note a été modifiée dans un autre onglet' })).toBeVisible();
  await expect(mine).toHaveValue('Texte de cet onglet');
  await page.clock.resume();
  await mine.blur();
  await expect(question.getByText(/^✓?\s*Enregistré$/)).toBeVisible();
  await other.page.reload();
  await other.questionnaire.ready();
  await expect(await openNote(other.questionnaire.question(1))).toHaveValue('Texte de cet onglet');
});

test('requests to CQM in an imported backup are shown, and kept only with consent given on this laptop', async ({ app, page }) => {
  const settings = new DataSettingsPage(page);
  const sent: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/v1/submissions')) sent.push(request.url());
  });
  await app.open();
  await app.createOrganization();
  await app.questionnaire.answer(1, 3);
  await settings.open();
  const exported = await settings.exportBackup();
  const at = new Date().toISOString();
  const file = await resign(exported.text, (f) => {
    const organizationId = String(f.data.organizations?.[0]?.id);
    f.data.settings = [...(f.data.settings ?? []), { key: `sync:${organizationId}`, value: { consent: { noticeVersion: '1', at } } }];
    f.data.outbox = [
      {
        id: '0f0f0f0f-0000-4000-8000-000000000001',
        kind: 'submission',
        organizationId,
        path: '/api/v1/submissions',
        method: 'POST',
        body: '{"scores":"jamais montrés ici"}',
        status: 'queued',
        attempts: 0,
        nextAttemptAt: at,
        createdAt: at,
      },
    ];
  });
  await settings.deleteEverything();
  await settings.choose({ name: 'autre-ordinateur.json', text: file });
  await expect(settings.preview()).toContainText('1 envoi au CQM ne sera pas importé : l’organisme n’a pas accepté le partage sur cet ordinateur.');
  await expect(settings.preview()).toContainText('Le partage avec le CQM n’est pas repris d’une sauvegarde');
  await settings.importAs('add');

  const stored = await readDatabase(page);
  expect(stored.stores.find((s) => s.name === 'outbox')?.rows).toEqual([]);
  const sync = stored.stores.find((s) => s.name === 'settings')?.rows.find((r) => String((r as { key: string }).key).startsWith('sync:')) as { value: Record<string, unknown> };
  expect(sync.value.consent).toBeUndefined();
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Sauvegarde', exact: true })).toBeVisible();
  expect(sent).toEqual([]);
});
