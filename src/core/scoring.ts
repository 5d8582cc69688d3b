/**
 * Scoring, as the questionnaires' README explains it to editors. Pure: the same answers against the same questionnaire
 * version give the same result on the client and on the server.
 *
 * Arithmetic is done on integers (weights in hundredths) so that neither the order of items nor
 * binary fractions can move a score across a rounding boundary.
 */
import { isLevel, NOT_APPLICABLE, type Answer } from './answers.ts';
import { itemWeight, itemsOf, type Level, type Questionnaire } from './questionnaire/schema.ts';

/** Below this share of valued answers a dimension shows "insufficient information". */
export const CONFIDENCE_THRESHOLD = { numerator: 7, denominator: 10 } as const;

export interface DimensionScore {
  dimensionId: string;
  /** Items in the dimension. */
  total: number;
  /** Items with any answer (a level, don't know or not applicable). */
  answered: number;
  /** Items answered with a level. */
  valued: number;
  dontKnow: number;
  notApplicable: number;
  /** Items not marked not applicable: the denominator of confidence. */
  applicable: number;
  /** Weighted mean of the levels answered, one decimal (1.0–5.0); null when nothing is valued. */
  score: number | null;
  /** valued / applicable, 0–1 (0 when every item is not applicable). */
  confidence: number;
  /** Confidence reaches 70 %: only then is a stage shown, or the dimension synced. */
  sufficient: boolean;
  /** Whole part of the score, when sufficient. */
  stage: Level | null;
  /** Share of valued items already at or above the next stage; null at stage 5 or without a stage. */
  nextStageCoverage: number | null;
}

export interface AssessmentScore {
  questionnaireId: string;
  version: string;
  dimensions: DimensionScore[];
  /** Mean of the sufficient dimensions' scores, one decimal; always shown beside the profile. */
  overall: number | null;
}

/** numerator / denominator rounded half up to one decimal, exactly (both are integers). */
export function roundToTenth(numerator: number, denominator: number): number {
  const tenths = Math.floor((20 * numerator + denominator) / (2 * denominator));
  return tenths / 10;
}

function weightInHundredths(weight: number): number {
  return Math.round(weight * 100);
}

export function scoreDimension(
  questionnaire: Questionnaire,
  dimensionId: string,
  answers: ReadonlyMap<string, Answer['value']>,
): DimensionScore {
  const items = itemsOf(questionnaire, dimensionId);
  let answered = 0;
  let valued = 0;
  let dontKnow = 0;
  let notApplicable = 0;
  let weightedSum = 0;
  let weightSum = 0;
  const values: Level[] = [];
  for (const item of items) {
    const value = answers.get(item.id);
    if (value === undefined) continue;
    answered++;
    if (isLevel(value)) {
      const weight = weightInHundredths(itemWeight(item));
      valued++;
      weightedSum += weight * value;
      weightSum += weight;
      values.push(value);
    } else if (value === NOT_APPLICABLE) {
      notApplicable++;
    } else {
      dontKnow++;
    }
  }
  const applicable = items.length - notApplicable;
  const score = weightSum > 0 ? roundToTenth(weightedSum, weightSum) : null;
  const sufficient =
    applicable > 0 &&
    valued * CONFIDENCE_THRESHOLD.denominator >= applicable * CONFIDENCE_THRESHOLD.numerator;
  const stage = sufficient && score !== null ? (Math.floor(score) as Level) : null;
  const nextStageCoverage =
    stage === null || stage === 5 ? null : values.filter((v) => v >= stage + 1).length / valued;
  return {
    dimensionId,
    total: items.length,
    answered,
    valued,
    dontKnow,
    notApplicable,
    applicable,
    score,
    confidence: applicable > 0 ? valued / applicable : 0,
    sufficient,
    stage,
    nextStageCoverage,
  };
}

export function scoreAssessment(questionnaire: Questionnaire, answers: Iterable<Answer>): AssessmentScore {
  const byItem = new Map<string, Answer['value']>();
  for (const answer of answers) byItem.set(answer.itemId, answer.value);
  const dimensions = questionnaire.dimensions.map((d) => scoreDimension(questionnaire, d.id, byItem));
  const shown = dimensions.filter((d) => d.sufficient && d.score !== null);
  // Each score is already a tenth; sum them as whole tenths so the mean is exact.
  const tenths = shown.reduce((sum, d) => sum + Math.round((d.score ?? 0) * 10), 0);
  return {
    questionnaireId: questionnaire.id,
    version: questionnaire.version,
    dimensions,
    overall: shown.length ? roundToTenth(tenths, shown.length * 10) : null,
  };
}
