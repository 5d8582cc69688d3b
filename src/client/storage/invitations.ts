/**
 * Invitations received on this laptop: someone else's assessment this person answers as one of its
 * respondents, then returns as a response file (storage/respondent-files.ts). Each is one setting,
 * `invitation:<assessment id>:<respondent id>`, holding the invitation and the answers given so far:
 * it is this person's own work, not an organization of this laptop, so it stays out of the
 * organizations' tables (nothing lists, scores or shares it) and travels with backups like any setting.
 */
import { z } from 'zod/mini';
import { db } from './db.ts';
import { withReopen } from './resilience.ts';
import { InvitationSchema, ResponseAnswerSchema, type Invitation, type ResponseAnswer } from './respondent-files.ts';
import type { AnswerChange } from './assessments.ts';

const PREFIX = 'invitation:';

export const ReceivedInvitationSchema = z.object({
  invitation: InvitationSchema,
  receivedAt: z.string(),
  answers: z.record(z.string(), ResponseAnswerSchema),
  /** When this person last exported a response. */
  respondedAt: z.optional(z.string()),
});
export type ReceivedInvitation = z.infer<typeof ReceivedInvitationSchema>;

export function invitationKey(assessmentId: string, respondentId: string): string {
  return `${PREFIX}${assessmentId}:${respondentId}`;
}

export async function listInvitations(): Promise<ReceivedInvitation[]> {
  const rows = await db().settings.where('key').startsWith(PREFIX).toArray();
  return rows.flatMap((r) => {
    const parsed = ReceivedInvitationSchema.safeParse(r.value);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function getInvitation(assessmentId: string, respondentId: string): Promise<ReceivedInvitation | undefined> {
  const row = await db().settings.get(invitationKey(assessmentId, respondentId));
  const parsed = ReceivedInvitationSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : undefined;
}

/** Keeps an invitation; one already received (the same file opened again) keeps its answers. */
export async function receiveInvitation(invitation: Invitation, now = new Date()): Promise<{ existing: boolean }> {
  const database = db();
  const key = invitationKey(invitation.assessmentId, invitation.respondent.id);
  return withReopen(() =>
    database.transaction('rw', database.settings, async () => {
      const existing = ReceivedInvitationSchema.safeParse((await database.settings.get(key))?.value);
      const value: ReceivedInvitation = existing.success
        ? { ...existing.data, invitation }
        : { invitation, receivedAt: now.toISOString(), answers: {} };
      await database.settings.put({ key, value });
      return { existing: existing.success };
    }),
  );
}

/** One answer to an invitation, saved with the others in one write. */
export async function saveInvitationAnswer(assessmentId: string, respondentId: string, itemId: string, change: AnswerChange, now = new Date()): Promise<ResponseAnswer> {
  const database = db();
  const key = invitationKey(assessmentId, respondentId);
  return withReopen(() =>
    database.transaction('rw', database.settings, async () => {
      const current = ReceivedInvitationSchema.parse((await database.settings.get(key))?.value);
      const answer = ResponseAnswerSchema.parse({ ...current.answers[itemId], ...change, itemId, updatedAt: now.toISOString() });
      await database.settings.put({ key, value: { ...current, answers: { ...current.answers, [itemId]: answer } } });
      return answer;
    }),
  );
}

export async function markResponded(assessmentId: string, respondentId: string, at: string): Promise<void> {
  const database = db();
  const key = invitationKey(assessmentId, respondentId);
  await withReopen(() =>
    database.transaction('rw', database.settings, async () => {
      const current = ReceivedInvitationSchema.parse((await database.settings.get(key))?.value);
      await database.settings.put({ key, value: { ...current, respondedAt: at } });
    }),
  );
}
