/**
 * The shapes of stored rows, as zod/mini schemas. Everything read back from IndexedDB goes through
 * `restore()` before the app uses it: a row the app cannot understand is skipped and reported, never
 * allowed to crash a screen.
 */
import { z } from 'zod/mini';
import { AnswerValueSchema } from '../../core/answers.ts';
import { ActionProgressSchema } from '../../core/roadmap.ts';
import { PlanProgressSchema } from '../../core/plan-rows.ts';
import { ProfileSchema } from '../../core/profile.ts';
import { IdSchema, LevelSchema, SemverSchema } from '../../core/questionnaire/schema.ts';
import { byTimestamp } from '../../core/timestamps.ts';

/** No Diapason row is older than this (the app did not exist before). */
export const EARLIEST_TIMESTAMP = '2020-01-01T00:00:00.000Z';
/** How far ahead of this computer's clock a date may be: another laptop's clock can run a little fast. */
const AHEAD_MS = 2 * 24 * 60 * 60 * 1000;
const EARLIEST_MS = Date.parse(EARLIEST_TIMESTAMP);
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** What `Date.prototype.toISOString` writes, the only form Diapason stores (milliseconds optional). */
const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?Z$/;

/**
 * A real moment written as Diapason writes it (UTC ISO 8601), in a plausible range: not before 2020,
 * not more than two days ahead of this computer's clock. Rejects "not-a-date!", "2026-99-99T00:00",
 * 30 February (which Date.parse quietly turns into 2 March) and the year 9999, each of which used to
 * break a screen (a date that does not format) or silence the backup reminder (a date in the future).
 */
export function isPlausibleTimestamp(value: unknown, now = Date.now()): value is string {
  if (typeof value !== 'string') return false;
  const parts = ISO_UTC.exec(value);
  if (!parts) return false;
  const time = Date.parse(value);
  if (Number.isNaN(time) || time < EARLIEST_MS || time > now + AHEAD_MS) return false;
  // Every field within its range, so none rolled over into the next one (30 February, 24:00). Checked
  // on the digits rather than on a Date made back from the time: a backup has a hundred thousand dates.
  const year = Number(parts[1]);
  const month = Number(parts[2]);
  const day = Number(parts[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
  return day <= days && Number(parts[4]) <= 23 && Number(parts[5]) <= 59 && Number(parts[6]) <= 59;
}

export const Timestamp = z.string().check(z.refine((v) => isPlausibleTimestamp(v), 'not a plausible ISO date'));
export const Uuid = z.string().check(z.minLength(8), z.maxLength(64));

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
  /** Targets carried from the organization's last assessment; a reached one proposes the next stage. */
  carriedTargets: z.optional(z.record(IdSchema, LevelSchema)),
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
  /**
   * When the respondents' group agreed on this answer (core/respondents.ts); absent while the value is
   * the app's proposal, or when the assessment has no respondents.
   */
  agreedAt: z.optional(Timestamp),
  /** Why the group chose this level, as the coordinator wrote it. */
  agreedWhy: z.optional(z.string().check(z.maxLength(NOTE_MAX_LENGTH))),
});
export type AnswerRow = z.infer<typeof AnswerRowSchema>;


/** What a person wrote about one roadmap action; the action itself is recomputed, never stored. */
export const RoadmapActionRowSchema = z.extend(ActionProgressSchema, {
  assessmentId: Uuid,
  updatedAt: Timestamp,
});
export type RoadmapActionRow = z.infer<typeof RoadmapActionRowSchema>;

/** One action of the organization's plan, keyed by the action's id in `version` (core/plan.ts). */
export const PlanActionRowSchema = z.extend(PlanProgressSchema, {
  organizationId: Uuid,
  questionnaireId: IdSchema,
  version: SemverSchema,
  updatedAt: Timestamp,
});
export type PlanActionRow = z.infer<typeof PlanActionRowSchema>;

export const SettingRowSchema = z.object({
  key: z.string().check(z.minLength(1), z.maxLength(100)),
  value: z.unknown(),
});
export type SettingRow = z.infer<typeof SettingRowSchema>;

/** The date fields of stored rows, and the ones a missing or bad one is best replaced by, in order. */
const DATE_FIELDS = ['startedAt', 'createdAt', 'updatedAt', 'completedAt'] as const;

/**
 * A stored row whose dates are not plausible (an earlier release imported them unchecked) with each
 * bad date replaced by a good date of the same row, or by the earliest possible one: the row keeps
 * everything else and can be shown, exported and imported again. Undefined if no date needed repair.
 */
export function repairDates(row: unknown): Record<string, unknown> | undefined {
  if (!row || typeof row !== 'object') return undefined;
  const record = row as Record<string, unknown>;
  const bad = DATE_FIELDS.filter((f) => f in record && record[f] !== undefined && !isPlausibleTimestamp(record[f]));
  if (!bad.length) return undefined;
  const good = DATE_FIELDS.map((f) => record[f]).find((v) => isPlausibleTimestamp(v));
  const repaired = { ...record };
  for (const field of bad) repaired[field] = good ?? EARLIEST_TIMESTAMP;
  return repaired;
}

/**
 * Keeps the rows that parse, a row with bad dates repaired first; reports the others once to the
 * console, for support. A screen never receives a row it cannot draw.
 */
export function restore<T>(schema: z.ZodMiniType<T>, rows: unknown[], table: string): T[] {
  const good: T[] = [];
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) {
      good.push(parsed.data);
      continue;
    }
    const repaired = repairDates(row);
    const again = repaired ? schema.safeParse(repaired) : undefined;
    if (again?.success) {
      console.warn(`[diapason] repaired the dates of a row in ${table}`);
      good.push(again.data);
    } else console.warn(`[diapason] ignored an unreadable row in ${table}`, parsed.error.issues);
  }
  return good;
}

/** The organizations as every list shows them: in the order they were created. */
export const organizationsInOrder = (rows: unknown[]): OrganizationRow[] =>
  restore(OrganizationRowSchema, rows, 'organizations').sort(byTimestamp((row) => row.createdAt));

/** An organization's assessments in the order they were started. */
export const assessmentsInOrder = (rows: unknown[]): AssessmentRow[] =>
  restore(AssessmentRowSchema, rows, 'assessments').sort(byTimestamp((row) => row.startedAt));
