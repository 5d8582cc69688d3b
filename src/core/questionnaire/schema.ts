/**
 * The questionnaire's types and the small parts of its format the app itself needs (ids, versions,
 * levels, efforts, horizons), with the functions every screen reads a questionnaire with. The whole
 * file's zod schema is in ./file-schema.ts, which only the checker loads.
 */
import { z } from 'zod/mini';
import type {
  CarryOverSchema,
  DimensionActionSchema,
  DimensionSchema,
  FloorSchema,
  ItemCarryOverSchema,
  ItemSchema,
  ItemVariantSchema,
  LevelNameSchema,
  ObligationCriterionSchema,
  ObligationsSchema,
  QuestionnaireSchema,
  ReadinessConditionSchema,
  ReadinessCriterionSchema,
  ReadinessSchema,
  SalesModeConditionSchema,
  StatementSchema,
  SufficiencySchema,
} from './file-schema.ts';

export const LEVELS = [1, 2, 3, 4, 5] as const;
export type Level = (typeof LEVELS)[number];

export const EFFORTS = ['small', 'medium', 'large'] as const;
export type Effort = (typeof EFFORTS)[number];

/** Months from now in which an action fits: 0–3, 3–12, 12–24. */
export const HORIZONS = ['0-3', '3-12', '12-24'] as const;
export type Horizon = (typeof HORIZONS)[number];

/** Lower-case ASCII words joined by hyphens: stable, safe in URLs, file names and CSV. */
export const IdSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(64));
export const SemverSchema = z.string().check(z.regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/));
export const LevelSchema = z.literal(LEVELS);
export const EffortSchema = z.enum(EFFORTS);
export const HorizonSchema = z.enum(HORIZONS);

/** `all`: every condition must be met (the default); `any`: one is enough. */
export const READINESS_MATCHES = ['all', 'any'] as const;
export type ReadinessMatch = (typeof READINESS_MATCHES)[number];

export type LevelName = z.infer<typeof LevelNameSchema>;
export type Dimension = z.infer<typeof DimensionSchema>;
export type DimensionAction = z.infer<typeof DimensionActionSchema>;
export type Statement = z.infer<typeof StatementSchema>;
export type Item = z.infer<typeof ItemSchema>;
export type ReadinessCondition = z.infer<typeof ReadinessConditionSchema>;
export type ReadinessCriterion = z.infer<typeof ReadinessCriterionSchema>;
export type Readiness = z.infer<typeof ReadinessSchema>;
export type Questionnaire = z.infer<typeof QuestionnaireSchema>;
export type Floor = z.infer<typeof FloorSchema>;
export type ItemVariant = z.infer<typeof ItemVariantSchema>;
export type SalesModeCondition = z.infer<typeof SalesModeConditionSchema>;
export type ObligationCriterion = z.infer<typeof ObligationCriterionSchema>;
export type Obligations = z.infer<typeof ObligationsSchema>;
export type Sufficiency = z.infer<typeof SufficiencySchema>;
export type CarryOver = z.infer<typeof CarryOverSchema>;
export type ItemCarryOver = z.infer<typeof ItemCarryOverSchema>;

/** How an assessment names the questionnaire it was taken against. */
export interface QuestionnaireRef {
  questionnaireId: string;
  version: string;
}

/** Semantic versions compared by number: negative when a is older than b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function itemWeight(item: Item): number {
  return item.weight ?? 1;
}

export function itemsOf(questionnaire: Questionnaire, dimensionId: string): Item[] {
  return questionnaire.items.filter((item) => item.dimension === dimensionId);
}

/**
 * Question numbers as a person meets them: dimension by dimension, in the file's order of dimensions,
 * and within one its items in file order. A file need not keep a dimension's items together.
 */
export function itemNumbers(questionnaire: Questionnaire): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const dimension of questionnaire.dimensions) {
    for (const item of itemsOf(questionnaire, dimension.id)) numbers.set(item.id, numbers.size + 1);
  }
  return numbers;
}
