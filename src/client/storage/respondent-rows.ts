/**
 * The shapes of the respondents' rows (core/respondents.ts), apart from ./rows.ts: only the screens
 * that show respondents, and backups, read them, so the first screen never loads them.
 */
import { z } from 'zod/mini';
import { AnswerValueSchema } from '../../core/answers.ts';
import { IdSchema } from '../../core/questionnaire/schema.ts';
import { NOTE_MAX_LENGTH, Timestamp, Uuid } from './rows.ts';

export const RESPONDENT_LABEL_MAX_LENGTH = 80;

/** One person (or team) answering an assessment beside the others (core/respondents.ts). */
export const RespondentRowSchema = z.object({
  id: Uuid,
  assessmentId: Uuid,
  /** What the group calls this respondent: "Direction", "Communications"... */
  label: z.string().check(z.trim(), z.minLength(1), z.maxLength(RESPONDENT_LABEL_MAX_LENGTH)),
  /** Optional: a respondent may stay a role. */
  name: z.optional(z.string().check(z.trim(), z.maxLength(RESPONDENT_LABEL_MAX_LENGTH))),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** The respondent of an earlier assessment this one was invited from (their answers carried over). */
  carriedFrom: z.optional(Uuid),
  /** When the last response file from this respondent was exported on their laptop. */
  respondedAt: z.optional(Timestamp),
});
export type RespondentRow = z.infer<typeof RespondentRowSchema>;

/** One respondent's answer to one item, beside the organization's (which stays in `answers`). */
export const RespondentAnswerRowSchema = z.object({
  assessmentId: Uuid,
  respondentId: Uuid,
  itemId: IdSchema,
  value: z.optional(AnswerValueSchema),
  note: z.optional(z.string().check(z.maxLength(NOTE_MAX_LENGTH))),
  updatedAt: Timestamp,
  /** Carried over from this respondent's answer in an earlier assessment, not yet confirmed. */
  toConfirm: z.optional(z.boolean()),
});
export type RespondentAnswerRow = z.infer<typeof RespondentAnswerRowSchema>;
