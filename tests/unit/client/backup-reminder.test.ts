import { describe, expect, it } from 'vitest';
import { backupReminderDue } from '../../../src/client/state/backup-reminder.ts';

const now = Date.parse('2026-06-30T12:00:00Z');
const daysAgo = (d: number) => new Date(now - d * 86_400_000).toISOString();

describe('backup reminder', () => {
  it('reminds when storage is not persistent and the last backup is over 30 days old', () => {
    expect(backupReminderDue({ persisted: false, lastBackupAt: daysAgo(31), oldestDataAt: daysAgo(400), now })).toBe(true);
    expect(backupReminderDue({ persisted: false, lastBackupAt: daysAgo(29), oldestDataAt: daysAgo(400), now })).toBe(false);
    expect(backupReminderDue({ persisted: false, lastBackupAt: daysAgo(30), oldestDataAt: daysAgo(400), now })).toBe(false);
  });

  it('never when the browser keeps the data persistently', () => {
    expect(backupReminderDue({ persisted: true, lastBackupAt: undefined, oldestDataAt: daysAgo(400), now })).toBe(false);
  });

  it('without any backup, counts from the oldest data: nobody is nagged on day one', () => {
    expect(backupReminderDue({ persisted: false, lastBackupAt: undefined, oldestDataAt: daysAgo(2), now })).toBe(false);
    expect(backupReminderDue({ persisted: false, lastBackupAt: undefined, oldestDataAt: daysAgo(45), now })).toBe(true);
    expect(backupReminderDue({ persisted: false, lastBackupAt: undefined, oldestDataAt: undefined, now })).toBe(false);
  });
});
