import type { Locale } from '../../core/text.ts';
import type { OutboxRow } from '../storage/sync.ts';
import { formatDateTime } from '../i18n/format.ts';
import type * as sync from '../i18n/sync.ts';

/** An outbox row's state in words: queued (and how many tries), sent (when), refused (why)… */
export function statusText(row: OutboxRow, m: typeof sync.fr, locale: Locale): string {
  switch (row.status) {
    case 'queued':
      return m.statusQueued({ attempts: row.attempts });
    case 'sent':
      return m.statusSent({ date: formatDateTime(row.sentAt ?? row.createdAt, locale) });
    case 'refused':
      return m.statusRefused({ reason: m.refusedReason({ code: row.error ?? '' }) });
    case 'withdrawn':
      return m.statusWithdrawn;
    case 'cancelled':
      return m.statusCancelled;
  }
}
