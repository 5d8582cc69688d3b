/**
 * When the last backup was made, and whether to remind the person to make one. Light on purpose: the
 * home screen uses it, and the backup code itself loads only when a backup is made.
 */
import { getSetting } from '../storage/first-reads.ts';
import { LAST_BACKUP_KEY } from '../storage/setting-keys.ts';
import { organizations } from './organizations.svelte.ts';
import { persistence } from './persistence.svelte.ts';
import { backupReminderDue } from './backup-reminder.ts';
import { isPlausibleTimestamp } from '../storage/rows.ts';

// A stored date that is not one, or lies in the future, would silence the reminder for good: it is
// read as "never", so the reminder counts from the oldest data instead.
const isDate = (v: unknown): v is string => isPlausibleTimestamp(v);

export class LastBackupState {
  at = $state<string | undefined>();
  loaded = $state(false);
  /** "Later" on the reminder: not shown again during this visit. */
  dismissed = $state(false);

  async load() {
    this.at = await getSetting(LAST_BACKUP_KEY, isDate);
    this.loaded = true;
  }

  reminderDue(now = Date.now()): boolean {
    if (!this.loaded || this.dismissed) return false;
    return backupReminderDue({
      persisted: persistence.status === 'persisted',
      lastBackupAt: this.at,
      oldestDataAt: organizations.list.map((o) => o.createdAt).sort()[0],
      now,
    });
  }
}

export const lastBackup = new LastBackupState();
