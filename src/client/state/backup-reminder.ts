/** When to remind the person to export a backup. Pure, so the 30-day rule is tested without a clock. */
export const REMINDER_AFTER_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

export interface ReminderInput {
  /** The browser promised to keep this site's data (navigator.storage.persisted()). */
  persisted: boolean;
  /** When the last backup was exported (or imported); undefined if never. */
  lastBackupAt: string | undefined;
  /** When the oldest data here was created; undefined if there is no data. */
  oldestDataAt: string | undefined;
  /** Milliseconds since the epoch. */
  now: number;
}

/**
 * Remind when storage is not persistent and the last backup is older than 30 days. Never having
 * made one counts from the oldest data: nobody is nagged on their first day.
 */
export function backupReminderDue({ persisted, lastBackupAt, oldestDataAt, now }: ReminderInput): boolean {
  if (persisted || oldestDataAt === undefined) return false;
  const since = Date.parse(lastBackupAt ?? oldestDataAt);
  if (Number.isNaN(since)) return true;
  return now - since > REMINDER_AFTER_DAYS * DAY;
}
