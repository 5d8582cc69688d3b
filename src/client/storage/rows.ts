/**
 * The shapes of stored rows, as zod/mini schemas. Everything read back from IndexedDB goes through
 * `restore()` before the app uses it: a row the app cannot understand is skipped and reported, never
 * allowed to crash a screen.
 */
import { z } from 'zod/mini';
import { AnswerValueSchema } from '../../core/answers.ts';
import { ActionProgressSchema } from '../../core/roadmap.ts';
import { ProfileSchema } from '../../core/profile.ts';
import { IdSchema, LevelSchema, SemverSchema } from '../../core/questionnaire/schema.ts';
import { DataRoleSchema, DataSourceSchema } from '../../core/inventory/records.ts';

const Timestamp = z.string().check(z.minLength(10), z.maxLength(40));
const Uuid = z.string().check(z.minLength(8), z.maxLength(64));

export const OrganizationRowSchema = z.extend(ProfileSchema, {
  id: Uuid,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type OrganizationRow = z.infer<typeof OrganizationRowSchema>;

export const ASSESSMENT_STATUSES = ['in-progress', 'completed'] as const;

export const AssessmentRowSchema = z.object({
  id: Uuid,
  organizationId: Uuid,
  questionnaireId: IdSchema,
  version: SemverSchema,
  status: z.enum(ASSESSMENT_STATUSES),
  startedAt: Timestamp,
  updatedAt: Timestamp,
  completedAt: z.optional(Timestamp),
  /** The dimension the person was on when they left, to resume there. */
  currentDimension: z.optional(IdSchema),
  /** Target stage per dimension id; absent means current + 1. */
  targets: z.optional(z.record(IdSchema, LevelSchema)),
  /** The earlier assessment whose answers this one started with (each marked to confirm). */
  carriedFrom: z.optional(
    z.object({ assessmentId: Uuid, version: SemverSchema, answers: z.number().check(z.int(), z.nonnegative()) }),
  ),
});
export type AssessmentRow = z.infer<typeof AssessmentRowSchema>;

export const NOTE_MAX_LENGTH = 2000;

export const AnswerRowSchema = z.object({
  assessmentId: Uuid,
  itemId: IdSchema,
  /** Absent while only a note has been written. */
  value: z.optional(AnswerValueSchema),
  note: z.optional(z.string().check(z.maxLength(NOTE_MAX_LENGTH))),
  updatedAt: Timestamp,
  /** Carried over from an earlier assessment and not yet confirmed by the person. */
  toConfirm: z.optional(z.boolean()),
});
export type AnswerRow = z.infer<typeof AnswerRowSchema>;

/** What a person wrote about one roadmap action; the action itself is recomputed, never stored. */
export const RoadmapActionRowSchema = z.extend(ActionProgressSchema, {
  assessmentId: Uuid,
  updatedAt: Timestamp,
});
export type RoadmapActionRow = z.infer<typeof RoadmapActionRowSchema>;

export const SettingRowSchema = z.object({
  key: z.string().check(z.minLength(1), z.maxLength(100)),
  value: z.unknown(),
});
export type SettingRow = z.infer<typeof SettingRowSchema>;

/** The inventory's rows are its records as core defines them. */
export const DataSourceRowSchema = DataSourceSchema;
export type DataSourceRow = z.infer<typeof DataSourceRowSchema>;
export const DataRoleRowSchema = DataRoleSchema;
export type DataRoleRow = z.infer<typeof DataRoleRowSchema>;

/** Keeps the rows that parse; reports the others once to the console, for support. */
export function restore<T>(schema: z.ZodMiniType<T>, rows: unknown[], table: string): T[] {
  const good: T[] = [];
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) good.push(parsed.data);
    else console.warn(`[diapason] ignored an unreadable row in ${table}`, parsed.error.issues);
  }
  return good;
}
