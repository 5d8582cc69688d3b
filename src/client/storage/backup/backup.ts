/**
 * Backup export and import, and "delete all my data", against the database. An import is one
 * transaction over every table: an import that fails half-way, or a file refused at any check,
 * leaves the database exactly as it was. "Delete all my data" deletes the database itself.
 */
import type { Table } from 'dexie';
import { db, type DiapasonDb } from '../db.ts';
import { eraseBrowserCopies } from '../erase-browser-copies.ts';
import { erasePending, setPending } from '../erase-pending.ts';
import { withReopen } from '../resilience.ts';
import { withAnswers, withoutAnswers } from '../assessment-answers.ts';
import { isPlausibleTimestamp, repairDates, type AnswerRow } from '../rows.ts';
import { LAST_BACKUP_KEY } from '../settings.ts';
import type { QuestionnaireRef } from '../../../core/questionnaire/schema.ts';
import {
  backupFileName,
  buildBackup,
  checkReferences,
  DEVICE_SETTINGS,
  normalizeData,
  readBackup,
  referencedQuestionnaires,
  rowKey,
  serializeBackup,
  TABLES,
  withoutOrphans,
  type Backup,
  type BackupData,
  type BackupProblem,
  type Orphans,
} from './format.ts';
import { decideMerge, planImport, type ImportPlan } from './plan.ts';
import { planOutbox, withoutForeignConsent, type OutboxPlan } from './consent.ts';

type Row = Record<string, unknown>;


/**
 * The backup's tables that are stores of the database: all but the answers, which are stored in
 * their assessments' records (../assessment-answers.ts) and are one row each in the file.
 */
type Stored = Exclude<(typeof TABLES)[number], 'answers'>;
const STORES = TABLES.filter((t): t is Stored => t !== 'answers');

function tables(database: DiapasonDb) {
  return STORES.map((t) => database.table(t));
}

/** Every row of every table, as stored (device settings included; `normalizeData` drops them). */
export async function readEverything(): Promise<BackupData> {
  const database = db();
  return database.transaction('r', tables(database), async () => {
    const out = {} as BackupData;
    for (const table of STORES) out[table] = (await database.table(table).toArray()) as Row[];
    ({ assessments: out.assessments, answers: out.answers } = withoutAnswers(out.assessments));
    return out;
  });
}

export interface ExportOptions {
  appVersion: string;
  now?: Date;
  /**
   * Answers shown on screen but not yet on disk (the disk was full): the file gets them too, so the
   * backup holds everything the person sees.
   */
  unsavedAnswers?: AnswerRow[];
}

export interface ExportedBackup {
  fileName: string;
  text: string;
  backup: Backup;
}

export async function exportBackup({ appVersion, now = new Date(), unsavedAnswers = [] }: ExportOptions): Promise<ExportedBackup> {
  const data = await readEverything();
  if (unsavedAnswers.length) {
    const byKey = new Map(data.answers.map((a) => [rowKey('answers', a), a]));
    for (const answer of unsavedAnswers) byKey.set(rowKey('answers', answer as unknown as Row), answer as unknown as Row);
    data.answers = [...byKey.values()];
  }
  // Rows an earlier release stored with bad dates go out repaired, as the screens show them: the file
  // must import again.
  for (const table of ['organizations', 'assessments', 'answers', 'roadmapActions', 'respondents', 'respondentAnswers'] as const) {
    data[table] = data[table].map((row) => repairDates(row) ?? row);
  }
  const exportedAt = now.toISOString();
  // Rows whose assessment or organization is gone are not data anyone can see: never exported.
  const backup = await buildBackup(withoutOrphans(data).data, appVersion, exportedAt);
  return { fileName: backupFileName(exportedAt), text: serializeBackup(backup), backup };
}

/** Remembers that a backup was made (for the 30-day reminder); a full disk must not fail the export. */
export async function recordBackup(at: string): Promise<void> {
  try {
    await db().transaction('rw', db().settings, () => db().settings.put({ key: LAST_BACKUP_KEY, value: at }));
  } catch (error) {
    console.warn('[diapason] could not record the backup date', error);
  }
}

export type ImportCheck =
  | {
      ok: true;
      /** The file's data without its orphan rows: what an import writes. */
      backup: Backup;
      plan: ImportPlan;
      /** Rows of the file left out because what they belong to is not in it. */
      skipped: Orphans;
      /** The file's requests to CQM: which are kept (consent given on this laptop) and which are not. */
      outbox: OutboxPlan;
    }
  | { ok: false; problem: BackupProblem };

/**
 * Reads and checks a file, then works out what importing it would do. Writes nothing.
 * `itemsOf` loads a bundled questionnaire version's item ids (undefined if this app lacks it).
 */
export async function checkImport(
  text: string,
  itemsOf: (ref: QuestionnaireRef) => Promise<ReadonlySet<string> | undefined>,
): Promise<ImportCheck> {
  // This laptop's data is read while the file is parsed and checked: opening the database and reading
  // it overlap the parse and the checksum (a 5,000-organization file took 0.86–1.1 s to preview).
  const reading = readEverything();
  reading.catch(() => undefined); // awaited below, unless the file is refused first
  const read = await readBackup(text);
  if (!read.ok) return read;
  // A file from a release that exported orphan rows: the rest of it is imported, and the preview says
  // how many rows were left out.
  const { data, orphans: skipped } = withoutOrphans(read.backup.data);
  const backup: Backup = { ...read.backup, data };
  const key = (ref: QuestionnaireRef) => `${ref.questionnaireId}@${ref.version}`;
  const items = new Map(await Promise.all(referencedQuestionnaires(backup).map(async (ref) => [key(ref), await itemsOf(ref)] as const)));
  const problem = checkReferences(backup, (ref) => items.get(key(ref)));
  if (problem) return { ok: false, problem };
  const here = normalizeData(await reading);
  return { ok: true, backup, plan: planImport(backup.data, here), skipped, outbox: planOutbox(backup.data, here.settings) };
}

export type ImportMode = 'add' | 'replace';

/** Applies a checked backup, in one transaction. */
export async function applyImport(backup: Backup, mode: ImportMode): Promise<void> {
  const database = db();
  const fromFile = normalizeData(backup.data);
  await withReopen(() =>
    database.transaction('rw', tables(database), async () => {
      const t = (name: Stored) => database.table(name);
      // Consent to share comes from this laptop, read in the same transaction, never from the file.
      const file = { ...fromFile, ...withoutForeignConsent(fromFile, (await t('settings').toArray()) as Row[]) };
      if (mode === 'replace') {
        const keep = (await t('settings').bulkGet([...DEVICE_SETTINGS])).filter((r): r is Row => !!r);
        for (const table of STORES) await t(table).clear();
        const assessments = withAnswers(file.assessments, file.answers).records;
        for (const table of STORES) await writeInSlices(t(table), table === 'assessments' ? assessments : file[table], 'bulkAdd');
        await t('settings').bulkPut(keep);
      } else {
        const here: BackupData = { ...emptyData(), organizations: await t('organizations').toArray(), assessments: await t('assessments').toArray() };
        const decision = decideMerge(file, here);
        await t('organizations').bulkPut(decision.organizationsToPut);
        if (decision.assessmentsReplaced.length) {
          await t('roadmapActions').where('assessmentId').anyOf(decision.assessmentsReplaced).delete();
          await t('respondentAnswers').where('assessmentId').anyOf(decision.assessmentsReplaced).delete();
          await t('respondents').where('assessmentId').anyOf(decision.assessmentsReplaced).delete();
        }
        // Each with the file's answers, which replace a replaced assessment's.
        const written = new Set(decision.assessmentsToPut.map((a) => String(a.id)));
        await writeInSlices(t('assessments'), withAnswers(decision.assessmentsToPut, file.answers.filter((a) => written.has(String(a.assessmentId)))).records, 'bulkPut');
        await t('roadmapActions').bulkPut(file.roadmapActions.filter((a) => written.has(String(a.assessmentId))));
        await t('respondents').bulkPut(file.respondents.filter((r) => written.has(String(r.assessmentId))));
        await t('respondentAnswers').bulkPut(file.respondentAnswers.filter((a) => written.has(String(a.assessmentId))));
        // The plan: per organization and action, whichever copy was written last.
        for (const action of file.planActions) {
          const local = (await t('planActions').get([action.organizationId, action.actionId])) as Row | undefined;
          if (!local || String(action.updatedAt) > String(local.updatedAt)) await t('planActions').put(action);
        }
        // The inventory: row by row, whichever copy was changed last.
        for (const table of ['dataSources', 'dataRoles'] as const) {
          const here = new Map(((await t(table).toArray()) as Row[]).map((r) => [String(r.id), String(r.updatedAt)]));
          await t(table).bulkPut(file[table].filter((r) => !here.has(String(r.id)) || String(r.updatedAt) > (here.get(String(r.id)) ?? '')));
        }
        // Settings, outbox and peers: this laptop's rows win; the file only fills what is missing.
        for (const table of ['settings', 'outbox', 'peers'] as const) {
          const existing = new Set((await t(table).toCollection().primaryKeys()).map(String));
          await t(table).bulkAdd(file[table].filter((r) => !existing.has(rowKey(table, r))));
        }
      }
      // The file just imported is a backup of this data, made when it was exported.
      const last = (await t('settings').get(LAST_BACKUP_KEY)) as Row | undefined;
      if (!last || !isPlausibleTimestamp(last.value) || String(last.value) < backup.exportedAt) await t('settings').put({ key: LAST_BACKUP_KEY, value: backup.exportedAt });
    }),
  );
}

/**
 * Rows per call when a table is written whole. Each call is one stretch of the page's time (the browser
 * copies every row before it is sent): 40,000 answers in one call kept the page from answering a key
 * or a click for seconds. A few thousand rows is a stretch too short to notice.
 */
export const IMPORT_SLICE_ROWS = 2_000;

/**
 * Writes the rows slice by slice, in the import's transaction: the next slice is handed over while the
 * one before is still being written, so the database never waits for the page and the page is free
 * between slices.
 */
async function writeInSlices(table: Table, rows: readonly object[], how: 'bulkAdd' | 'bulkPut'): Promise<void> {
  let previous: Promise<unknown> = Promise.resolve();
  for (let start = 0; start < rows.length; start += IMPORT_SLICE_ROWS) {
    const current = table[how](rows.slice(start, start + IMPORT_SLICE_ROWS));
    // Awaited below, or the transaction's failure is the one reported: never an unhandled rejection.
    current.catch(() => undefined);
    await previous;
    previous = current;
  }
  await previous;
}

function emptyData(): BackupData {
  return Object.fromEntries(TABLES.map((t) => [t, []])) as unknown as BackupData;
}

/**
 * "Delete all my data": the database itself is deleted (indexedDB.deleteDatabase), then, while no
 * connection is open, the browser is asked to erase its files too (./erase-browser-copies.ts: a deleted
 * database can stay readable on disk), then the database is opened again, empty. Other tabs holding the
 * database are asked to let go (Dexie closes a connection on "versionchange"); their next write reopens
 * an empty database and finds its assessment gone.
 *
 * The app keeps no other copy of user data: its service worker caches only the app's own files, and
 * localStorage holds only the interface language (kept, as the screen says).
 *
 * Resolves to whether the browser's files were erased too (false offline: done at a later start).
 */
export async function deleteEverything(): Promise<{ erasedOnDisk: boolean }> {
  const database = db();
  await database.delete({ disableAutoOpen: false });
  const erasedOnDisk = await eraseBrowserCopies();
  await database.open();
  return { erasedOnDisk };
}

/**
 * An erase of the browser's files left for later (the deletion was made offline): done now if the
 * database is still empty. If something was saved since, the erase would take it too: it is dropped,
 * and the deleted bytes wait for the browser's own tidying.
 */
export async function finishPendingErase(): Promise<boolean> {
  if (!erasePending()) return false;
  const database = db();
  if ((await database.organizations.count()) > 0) {
    setPending(false);
    return false;
  }
  database.close({ disableAutoOpen: false });
  const erased = await eraseBrowserCopies();
  await database.open();
  return erased;
}
