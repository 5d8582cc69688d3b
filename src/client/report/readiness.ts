/**
 * Pooling readiness for the board report, from core's checklist (src/core/readiness.ts): undefined
 * when the questionnaire version has no checklist, so the report says it is not available.
 */
import type { Answer } from '../../core/answers.ts';
import type { Questionnaire } from '../../core/questionnaire/schema.ts';
import { assessReadiness } from '../../core/readiness.ts';
import type { ReadinessView } from './content.ts';

export function readinessView(questionnaire: Questionnaire, answers: readonly Answer[]): ReadinessView | undefined {
  const result = assessReadiness(questionnaire, answers);
  const criteria = new Map(questionnaire.readiness?.criteria.map((c) => [c.id, c]));
  if (!result) return undefined;
  return {
    outcome: result.outcome,
    missing: result.missing.flatMap((m) => {
      const criterion = criteria.get(m.criterionId);
      return criterion
        ? [{ label: criterion.label, missing: criterion.missing, essential: m.essential, unknown: m.status === 'unknown' }]
        : [];
    }),
  };
}
