/**
 * Sharing with CQM is consented to on a laptop, never carried by a file: an imported backup brings no
 * consent, and its requests to CQM are kept only for organizations that consented on this laptop.
 * Otherwise a backup (from another laptop, or edited) could make this one send data its users never
 * agreed to send from here. Queued withdrawals are the exception: they only ask CQM to delete, as the
 * organization explicitly asked, and dropping one would keep its data on the server.
 *
 * Pure, like plan.ts: the preview shows the same decision the import applies.
 */
import type { BackupData } from './format.ts';

type Row = Record<string, unknown>;

// The key of storage/sync.ts (kept literal here so this module stays free of Dexie).
const SYNC_PREFIX = 'sync:';

/** The organizations whose sharing consent is recorded in these settings. */
export function consentedOrganizations(settings: Row[]): Set<string> {
  const out = new Set<string>();
  for (const row of settings) {
    const key = String(row.key);
    const value = row.value as { consent?: unknown } | undefined;
    if (key.startsWith(SYNC_PREFIX) && value && typeof value === 'object' && value.consent) out.add(key.slice(SYNC_PREFIX.length));
  }
  return out;
}

export interface OutboxPlan {
  /** Requests to CQM in the file kept: consent exists here, or they are withdrawals. */
  kept: number;
  /** Requests left out: their organization has not consented on this laptop. */
  dropped: number;
  /** The file records a consent, which is not imported. */
  consentInFile: boolean;
}

const keeps = (consented: Set<string>) => (row: Row) => row.kind === 'withdrawal' || consented.has(String(row.organizationId));

export function planOutbox(file: Pick<BackupData, 'outbox' | 'settings'>, hereSettings: Row[]): OutboxPlan {
  const consented = consentedOrganizations(hereSettings);
  const kept = file.outbox.filter(keeps(consented)).length;
  return { kept, dropped: file.outbox.length - kept, consentInFile: consentedOrganizations(file.settings).size > 0 };
}

/**
 * The file's outbox and settings as an import may write them: outbox rows of organizations without
 * consent here left out, and each sharing setting's consent replaced by this laptop's own (or none).
 * The random identity and withdrawal secret are kept: they are what lets the organization withdraw.
 */
export function withoutForeignConsent(file: Pick<BackupData, 'outbox' | 'settings'>, hereSettings: Row[]): Pick<BackupData, 'outbox' | 'settings'> {
  const consented = consentedOrganizations(hereSettings);
  const hereConsent = new Map(hereSettings.map((r) => [String(r.key), (r.value as { consent?: unknown } | undefined)?.consent]));
  const settings = file.settings.map((row) => {
    const key = String(row.key);
    if (!key.startsWith(SYNC_PREFIX) || !row.value || typeof row.value !== 'object') return row;
    const { consent: _fromFile, ...rest } = row.value as Row;
    const here = consented.has(key.slice(SYNC_PREFIX.length)) ? hereConsent.get(key) : undefined;
    return { ...row, value: here ? { ...rest, consent: here } : rest };
  });
  return { outbox: file.outbox.filter(keeps(consented)), settings };
}
