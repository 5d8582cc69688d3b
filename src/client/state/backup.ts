/**
 * Backup and "delete all my data", for the settings screen, the home reminder and the full-disk
 * alert. The file format and its checks live in storage/backup/.
 */
import {
  applyImport,
  checkImport,
  deleteEverything,
  finishPendingErase,
  exportBackup,
  readEverything,
  recordBackup,
  type ImportCheck,
  type ImportMode,
} from '../storage/backup/backup.ts';
import { MAX_BACKUP_BYTES, type Backup } from '../storage/backup/format.ts';
import type { AnswerRow } from '../storage/rows.ts';
import { itemIdsOf } from '../questionnaires/catalog.ts';
import { saveFile } from '../export/download.ts';
import { APP_VERSION } from '../version.ts';
import { organizations } from './organizations.svelte.ts';
import { persistence } from './persistence.svelte.ts';
import { lastBackup } from './last-backup.svelte.ts';
import { updates } from './updates.svelte.ts';

export class BackupState {
  /** Exports everything (and answers still only in memory) and hands the file to the downloads. */
  async export(unsavedAnswers: AnswerRow[] = []): Promise<string> {
    const exported = await exportBackup({ appVersion: APP_VERSION, unsavedAnswers });
    saveFile(exported.fileName, 'application/json', exported.text);
    await recordBackup(exported.backup.exportedAt);
    lastBackup.at = exported.backup.exportedAt;
    return exported.fileName;
  }

  /** Reads and checks a chosen file; writes nothing. */
  async check(file: File): Promise<ImportCheck> {
    // Refused before reading: a huge file is never loaded into memory.
    if (file.size > MAX_BACKUP_BYTES) return { ok: false, problem: { kind: 'too-large', bytes: file.size, limit: MAX_BACKUP_BYTES } };
    return checkImport(await file.text(), itemIdsOf);
  }

  async apply(backup: Backup, mode: ImportMode) {
    await applyImport(backup, mode);
    await Promise.all([organizations.load(), lastBackup.load()]);
  }

  /** Everything "delete all my data" would remove, counted. */
  async summary(): Promise<{ organizations: number; assessments: number; answers: number }> {
    const data = await readEverything();
    return { organizations: data.organizations.length, assessments: data.assessments.length, answers: data.answers.length };
  }

  /** Resolves to whether the browser's own files were erased too (not offline: see erase-browser-copies). */
  async deleteAll(): Promise<boolean> {
    const { erasedOnDisk } = await deleteEverything();
    // The erase took the offline copy of the app with the rest: register it again.
    if (erasedOnDisk) void updates.register();
    await Promise.all([organizations.load(), lastBackup.load(), persistence.refresh()]);
    return erasedOnDisk;
  }

  /** At a start online: the erase a deletion made offline could not do. */
  async finishPendingErase() {
    if (await finishPendingErase()) void updates.register();
  }
}

export const backup = new BackupState();
