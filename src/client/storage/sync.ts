/**
 * Sync's local data: per organization, the consent (with the notice version it was given for), the
 * random identity and the optional enrollment code, in `settings`; every request waiting for or done
 * with the CQM endpoint, in `outbox`; the last published peer aggregates, in `peers`, for offline use.
 *
 * The outbox keeps the exact body shown in the preview: what is sent later is that string, untouched.
 */
import { z } from 'zod/mini';
import { db, liveQuery } from './db.ts';
import { restore } from './rows.ts';
import { PublicCellSchema, PublicReadinessCellSchema } from '../../core/sync-api.ts';
import { EnrollmentCodeSchema, RandomIdSchema, Sha256HexSchema, WithdrawalSecretSchema } from '../../core/sync.ts';
import { byTimestamp } from '../../core/timestamps.ts';

const Timestamp = z.string().check(z.minLength(10), z.maxLength(40));

export const SyncSettingsSchema = z.object({
  /** Absent or null: sync is off. */
  consent: z.nullable(z.optional(z.object({ noticeVersion: z.string(), at: Timestamp }))),
  identity: z.optional(
    z.object({ organizationKey: RandomIdSchema, withdrawalSecret: WithdrawalSecretSchema, withdrawalHash: Sha256HexSchema }),
  ),
  enrollmentCode: z.optional(EnrollmentCodeSchema),
});
export type SyncSettings = z.infer<typeof SyncSettingsSchema>;

export const OUTBOX_STATUSES = ['queued', 'sent', 'refused', 'withdrawn', 'cancelled'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const OutboxRowSchema = z.object({
  id: z.string().check(z.minLength(8), z.maxLength(64)),
  kind: z.enum(['submission', 'withdrawal']),
  organizationId: z.string(),
  /** The assessment a submission comes from. */
  assessmentId: z.optional(z.string()),
  /** Path on the app's own origin. */
  path: z.string().check(z.regex(/^\/api\/v1\//)),
  method: z.enum(['POST', 'DELETE']),
  /** The request body, byte for byte what the preview showed. */
  body: z.string(),
  status: z.enum(OUTBOX_STATUSES),
  attempts: z.number(),
  nextAttemptAt: Timestamp,
  createdAt: Timestamp,
  sentAt: z.optional(Timestamp),
  /** Why the last attempt failed ('network', 'http-503'…) or why it was refused (the server's code). */
  error: z.optional(z.string()),
  /** For a submission: its period, questionnaire and version, to fetch the matching peers. */
  period: z.optional(z.string()),
  questionnaireId: z.optional(z.string()),
  /** Absent on rows queued before peers were per version family: the body says it then. */
  version: z.optional(z.string()),
});
export type OutboxRow = z.infer<typeof OutboxRowSchema>;

/**
 * Peers of one (questionnaire, version, period): the published cells of the version's family only,
 * since scores of versions that do not compare are never set side by side.
 */
export const PeersRowSchema = z.object({
  key: z.string(),
  questionnaireId: z.string(),
  version: z.string(),
  /** The version family the cells are of. */
  family: z.string(),
  period: z.string(),
  fetchedAt: Timestamp,
  /** The closed quarter the cells are from (null: none published yet). */
  publishedPeriod: z.optional(z.nullable(z.string())),
  demonstration: z.optional(z.boolean()),
  cells: z.array(PublicCellSchema),
  readiness: z.array(PublicReadinessCellSchema),
});
export type PeersRow = z.infer<typeof PeersRowSchema>;

const settingsKey = (organizationId: string) => `sync:${organizationId}`;

export async function getSyncSettings(organizationId: string): Promise<SyncSettings> {
  const row = await db().settings.get(settingsKey(organizationId));
  const parsed = SyncSettingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : {};
}

export async function updateSyncSettings(
  organizationId: string,
  change: (current: SyncSettings) => SyncSettings,
): Promise<SyncSettings> {
  return db().transaction('rw', db().settings, async () => {
    const row = await db().settings.get(settingsKey(organizationId));
    const parsed = SyncSettingsSchema.safeParse(row?.value ?? {});
    const next = SyncSettingsSchema.parse(change(parsed.success ? parsed.data : {}));
    await db().settings.put({ key: settingsKey(organizationId), value: next });
    return next;
  });
}

export async function listOutbox(organizationId?: string): Promise<OutboxRow[]> {
  const rows = await db().outbox.toArray();
  return restore(OutboxRowSchema, rows, 'outbox')
    .filter((r) => organizationId === undefined || r.organizationId === organizationId)
    .sort(byTimestamp((row) => row.createdAt));
}

export async function queuedOutbox(): Promise<OutboxRow[]> {
  const rows = await db().outbox.where('status').equals('queued').toArray();
  return restore(OutboxRowSchema, rows, 'outbox').sort(byTimestamp((row) => row.createdAt));
}

export async function addToOutbox(row: OutboxRow): Promise<void> {
  const parsed = OutboxRowSchema.parse(row);
  await db().transaction('rw', db().outbox, () => db().outbox.add(parsed));
}

export async function updateOutbox(id: string, change: Partial<OutboxRow>): Promise<void> {
  await db().transaction('rw', db().outbox, () => db().outbox.update(id, change));
}

/**
 * After a confirmed withdrawal: the organization's submissions are marked withdrawn, the ones still
 * waiting are cancelled, and its identity is dropped, so a later opt-in starts under a new key that
 * cannot be linked to the old one.
 */
export async function markWithdrawn(organizationId: string): Promise<void> {
  await db().transaction('rw', db().outbox, db().settings, async () => {
    const rows = restore(OutboxRowSchema, await db().outbox.toArray(), 'outbox');
    for (const row of rows) {
      if (row.organizationId !== organizationId || row.kind !== 'submission') continue;
      if (row.status === 'sent') await db().outbox.update(row.id, { status: 'withdrawn' });
      if (row.status === 'queued') await db().outbox.update(row.id, { status: 'cancelled' });
    }
    const key = settingsKey(organizationId);
    const current = SyncSettingsSchema.safeParse((await db().settings.get(key))?.value ?? {});
    const { identity: _dropped, ...rest } = current.success ? current.data : {};
    await db().settings.put({ key, value: rest });
  });
}

/** Submissions still queued for an organization are cancelled (consent withdrawn before they left). */
export async function cancelQueued(organizationId: string): Promise<void> {
  await db().transaction('rw', db().outbox, async () => {
    const rows = restore(OutboxRowSchema, await db().outbox.where('status').equals('queued').toArray(), 'outbox');
    for (const row of rows) {
      if (row.organizationId === organizationId && row.kind === 'submission') await db().outbox.update(row.id, { status: 'cancelled' });
    }
  });
}

/** Rows cached before peers were per version family had keys without the version: never read again. */
const peersKey = (questionnaireId: string, version: string, period: string) => `${questionnaireId}:${version}:${period}`;

export async function getPeers(questionnaireId: string, version: string, period: string): Promise<PeersRow | undefined> {
  const row = await db().peers.get(peersKey(questionnaireId, version, period));
  return row ? restore(PeersRowSchema, [row], 'peers')[0] : undefined;
}

export async function putPeers(row: Omit<PeersRow, 'key'>): Promise<void> {
  const parsed = PeersRowSchema.parse({ ...row, key: peersKey(row.questionnaireId, row.version, row.period) });
  await db().transaction('rw', db().peers, () => db().peers.put(parsed));
}

/** Every change to the outbox, from this tab or another one. */
export function watchOutbox(onChange: (rows: OutboxRow[]) => void): () => void {
  const subscription = liveQuery(() => listOutbox()).subscribe({
    next: onChange,
    error: (error) => console.error('[diapason] outbox could not be read', error),
  });
  return () => subscription.unsubscribe();
}

/** The cached peers of one period, now and whenever they are refreshed (by this tab or another). */
export function watchPeers(questionnaireId: string, version: string, period: string, onChange: (row: PeersRow | undefined) => void): () => void {
  const subscription = liveQuery(() => getPeers(questionnaireId, version, period)).subscribe({
    next: onChange,
    error: (error) => console.error('[diapason] peers could not be read', error),
  });
  return () => subscription.unsubscribe();
}
