import { z } from 'zod/mini';
import { IdSchema, LevelSchema, type Level } from './questionnaire/schema.ts';

export const DONT_KNOW = 'dont-know';
export const NOT_APPLICABLE = 'not-applicable';

/** A chosen statement's level, or one of the two answers that carry no value. */
export const AnswerValueSchema = z.union([LevelSchema, z.literal([DONT_KNOW, NOT_APPLICABLE])]);
export type AnswerValue = Level | typeof DONT_KNOW | typeof NOT_APPLICABLE;

export const AnswerSchema = z.object({
  itemId: IdSchema,
  value: AnswerValueSchema,
});
/** What scoring needs of an answer; storage keeps more (note, time, confirmation). */
export type Answer = z.infer<typeof AnswerSchema>;

export function isLevel(value: AnswerValue | undefined): value is Level {
  return typeof value === 'number';
}
