/**
 * Scoring, as the questionnaires' README explains it to editors. Pure: the same answers against the same questionnaire
 * version give the same result on the client and on the server.
 *
 * Read the organization's view of the questionnaire (applicability.ts: only the items that apply).
 * Two rules come from the file when it declares them:
 *   - `sufficiency`: a dimension lacks information when fewer than `minAnsweredShare` (70 % when
 *     absent) of its applicable items have a level, or when it has more than `maxDontKnow` don't-know
 *     answers; and while any dimension lacks information there is no overall figure. A file without
 *     `sufficiency` keeps the first rule only and its overall figure over the sufficient dimensions,
 *     so results on versions published before these rules never change;
 *   - `floors`: a dimension's stage cannot pass a floor's `maxStage` while its item is answered below
 *     `atLeast` (don't know and no answer are below; not applicable lifts the floor). The score is
 *     the weighted mean all the same: the floor caps the stage, and says why.
 *
 * Arithmetic is done on integers (weights in hundredths) so that neither the order of items nor
 * binary fractions can move a score across a rounding boundary.
 */
import { isLevel, NOT_APPLICABLE, type Answer } from './answers.ts';
import { itemWeight, itemsOf, LEVELS, type Floor, type Level, type Questionnaire } from './questionnaire/schema.ts';

/** Below this share of valued answers a dimension shows "insufficient information", unless the file says otherwise. */
export const CONFIDENCE_THRESHOLD = { numerator: 7, denominator: 10 } as const;

/** Why a dimension lacks information: too few answers with a level, too many don't-know answers. */
export type Lack = 'answered-share' | 'dont-know';

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
  /** Confidence reaches 70 % (or the file's share) and don't-know answers stay within the file's limit: only then is a stage shown, or the dimension synced. */
  sufficient: boolean;
  /** Why the dimension lacks information; empty when it is sufficient or nothing in it applies. */
  lacking: Lack[];
  /** How many answers at each level. */
  spread: Record<Level, number>;
  /** Whole part of the score, when sufficient, before any floor. */
  uncappedStage: Level | null;
  /** The stage shown and planned from: the whole part of the score, capped by the floors. */
  stage: Level | null;
  /** The floor that lowered the stage (the lowest cap; the first in the file on a tie); null when none did. */
  cappedBy: Floor | null;
  /** Share of valued items already at or above the next stage; null at stage 5 or without a stage. */
  nextStageCoverage: number | null;
}

export interface AssessmentScore {
  questionnaireId: string;
  version: string;
  dimensions: DimensionScore[];
  /**
   * Mean of the sufficient dimensions' scores, one decimal, shown beside the profile; null when none is
   * sufficient, or when the file declares `sufficiency` and a dimension lacks information.
   */
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

/** The file's share in thousandths, so the comparison stays on integers. */
function answeredShareThreshold(questionnaire: Questionnaire): { numerator: number; denominator: number } {
  const share = questionnaire.sufficiency?.minAnsweredShare;
  return share === undefined ? CONFIDENCE_THRESHOLD : { numerator: Math.round(share * 1000), denominator: 1000 };
}

/** The floor with the lowest cap among those whose item is below its level; null when none bites. */
function bitingFloor(floors: readonly Floor[], answers: ReadonlyMap<string, Answer['value']>, stage: Level): Floor | null {
  let lowest: Floor | null = null;
  for (const floor of floors) {
    const value = answers.get(floor.item);
    if (value === NOT_APPLICABLE || (isLevel(value) && value >= floor.atLeast)) continue;
    if (floor.maxStage >= stage) continue;
    if (!lowest || floor.maxStage < lowest.maxStage) lowest = floor;
  }
  return lowest;
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
  const spread = Object.fromEntries(LEVELS.map((level) => [level, 0])) as Record<Level, number>;
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
      spread[value]++;
    } else if (value === NOT_APPLICABLE) {
      notApplicable++;
    } else {
      dontKnow++;
    }
  }
  const applicable = items.length - notApplicable;
  const score = weightSum > 0 ? roundToTenth(weightedSum, weightSum) : null;
  const threshold = answeredShareThreshold(questionnaire);
  const maxDontKnow = questionnaire.sufficiency?.maxDontKnow;
  const lacking: Lack[] = [];
  if (applicable > 0) {
    if (valued * threshold.denominator < applicable * threshold.numerator) lacking.push('answered-share');
    if (maxDontKnow !== undefined && dontKnow > maxDontKnow) lacking.push('dont-know');
  }
  const sufficient = applicable > 0 && lacking.length === 0;
  const uncappedStage = sufficient && score !== null ? (Math.floor(score) as Level) : null;
  const floors = questionnaire.dimensions.find((d) => d.id === dimensionId)?.floors ?? [];
  const cappedBy = uncappedStage === null ? null : bitingFloor(floors, answers, uncappedStage);
  const stage = cappedBy ? cappedBy.maxStage : uncappedStage;
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
    lacking,
    spread,
    uncappedStage,
    stage,
    cappedBy,
    nextStageCoverage,
  };
}

export function scoreAssessment(questionnaire: Questionnaire, answers: Iterable<Answer>): AssessmentScore {
  const byItem = new Map<string, Answer['value']>();
  for (const answer of answers) byItem.set(answer.itemId, answer.value);
  const dimensions = questionnaire.dimensions.map((d) => scoreDimension(questionnaire, d.id, byItem));
  const shown = dimensions.filter((d) => d.sufficient && d.score !== null);
  const withheld = questionnaire.sufficiency !== undefined && dimensions.some((d) => d.lacking.length > 0);
  // Each score is already a tenth; sum them as whole tenths so the mean is exact.
  const tenths = shown.reduce((sum, d) => sum + Math.round((d.score ?? 0) * 10), 0);
  return {
    questionnaireId: questionnaire.id,
    version: questionnaire.version,
    dimensions,
    overall: shown.length && !withheld ? roundToTenth(tenths, shown.length * 10) : null,
  };
}
