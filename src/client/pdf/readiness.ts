/**
 * Pooling readiness for the board report, from core's readiness checklist. The checklist (its
 * criteria in the questionnaire file, its rule in src/core/readiness.ts) is the model's work; until a
 * questionnaire carries one, the report says the checklist is not available for that version.
 */
import type { Answer } from '../../core/answers.ts';
import type { Questionnaire } from '../../core/questionnaire/schema.ts';
import type { ReadinessView } from './report.ts';

export function readinessView(_questionnaire: Questionnaire, _answers: readonly Answer[]): ReadinessView | undefined {
  return undefined;
}
