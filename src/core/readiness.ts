/**
 * Pooling readiness: can this organization take part in a data-pooling project now? A checklist
 * kept apart from the maturity scores (never averaged into them), read from the questionnaire's
 * `readiness` section. Pure: the same answers give the same result on the client and the server.
 *
 * A condition is one item's answer reaching a level:
 *   - met      the answer is that level or higher, or "not applicable" (that answer exists only
 *              where an organization cannot have the practice, so nothing is missing), or the
 *              item does not apply to the organization (it is not in its view of the
 *              questionnaire, applicability.ts) — for the same reason;
 *   - unmet    the answer is a lower level;
 *   - unknown  "don't know", or no answer yet.
 * A criterion combines its conditions: with `all` (the default) it is met when every condition is
 * met, unmet as soon as one is unmet, and unknown otherwise; with `any` it is met when one condition
 * is met, unknown when none is met but one is unknown, and unmet otherwise.
 *
 * The outcome:
 *   - ready (prête)        every criterion is met;
 *   - almost (presque)     every essential criterion is met, and at most `almostMaxMissing` others
 *                          are not (unmet or unknown alike: an unknown is something to find out);
 *   - not yet (pas encore) otherwise.
 * The outcome depends only on which criteria are met, and meeting one more never makes it worse.
 */
import { isLevel, NOT_APPLICABLE, type Answer, type AnswerValue } from './answers.ts';
import type {
  Level,
  ObligationCriterion,
  Questionnaire,
  ReadinessCondition,
  ReadinessCriterion,
} from './questionnaire/schema.ts';

/** Worst first, so an outcome's index says how good it is. */
export const READINESS_OUTCOMES = ['not-yet', 'almost', 'ready'] as const;
export type ReadinessOutcome = (typeof READINESS_OUTCOMES)[number];

export type CriterionStatus = 'met' | 'unmet' | 'unknown';

export interface ConditionResult {
  itemId: string;
  atLeast: Level;
  /** The answer given, or null when the item has none. */
  answer: AnswerValue | null;
  status: CriterionStatus;
}

export interface CriterionResult {
  criterionId: string;
  essential: boolean;
  status: CriterionStatus;
  conditions: ConditionResult[];
}

export interface ReadinessResult {
  questionnaireId: string;
  version: string;
  outcome: ReadinessOutcome;
  /** Every criterion, in the file's order. */
  criteria: CriterionResult[];
  /** The criteria not met (unmet or unknown), in the file's order: what to show as missing. */
  missing: CriterionResult[];
}

function conditionStatus(condition: ReadinessCondition, answer: AnswerValue | undefined, applies: boolean): CriterionStatus {
  if (!applies || answer === NOT_APPLICABLE) return 'met';
  if (isLevel(answer)) return answer >= condition.atLeast ? 'met' : 'unmet';
  return 'unknown';
}

function combine(match: ReadinessCriterion['match'], statuses: CriterionStatus[]): CriterionStatus {
  if (match === 'any') {
    if (statuses.includes('met')) return 'met';
    return statuses.includes('unknown') ? 'unknown' : 'unmet';
  }
  if (statuses.includes('unmet')) return 'unmet';
  return statuses.includes('unknown') ? 'unknown' : 'met';
}

/** The outcome from the criteria's statuses alone. */
export function readinessOutcome(
  criteria: readonly { status: CriterionStatus; essential: boolean }[],
  almostMaxMissing: number,
): ReadinessOutcome {
  const missing = criteria.filter((c) => c.status !== 'met');
  if (missing.length === 0) return 'ready';
  if (missing.length <= almostMaxMissing && !missing.some((c) => c.essential)) return 'almost';
  return 'not-yet';
}

/**
 * Each criterion's status from the answers: the condition logic readiness and the obligations
 * checklist (obligations.ts) share.
 */
export function evaluateCriteria(
  questionnaire: Questionnaire,
  criteria: readonly (ReadinessCriterion | ObligationCriterion)[],
  answers: Iterable<Answer>,
): CriterionResult[] {
  const byItem = new Map<string, AnswerValue>();
  for (const answer of answers) byItem.set(answer.itemId, answer.value);
  const asked = new Set(questionnaire.items.map((item) => item.id));
  return criteria.map((criterion): CriterionResult => {
    const conditions = criterion.requires.map((condition): ConditionResult => {
      const applies = asked.has(condition.item);
      const answer = applies ? byItem.get(condition.item) : undefined;
      return {
        itemId: condition.item,
        atLeast: condition.atLeast,
        answer: answer ?? null,
        status: conditionStatus(condition, answer, applies),
      };
    });
    return {
      criterionId: criterion.id,
      essential: ('essential' in criterion && criterion.essential) || false,
      status: combine(criterion.match, conditions.map((c) => c.status)),
      conditions,
    };
  });
}

/** The readiness result, or null when the questionnaire has no readiness checklist. */
export function assessReadiness(questionnaire: Questionnaire, answers: Iterable<Answer>): ReadinessResult | null {
  const readiness = questionnaire.readiness;
  if (!readiness) return null;
  const criteria = evaluateCriteria(questionnaire, readiness.criteria, answers);
  return {
    questionnaireId: questionnaire.id,
    version: questionnaire.version,
    outcome: readinessOutcome(criteria, readiness.almostMaxMissing),
    criteria,
    missing: criteria.filter((c) => c.status !== 'met'),
  };
}
