/**
 * The legal-obligations checklist (for `cqm-maturite`, Law 25's minimums), read from the
 * questionnaire's `obligations` section. Each obligation is met, not met or unknown (don't know or no
 * answer), by the same condition logic as pooling readiness (readiness.ts). It is a checklist, not a
 * grade: it is never averaged, never turned into a score or an outcome, and never enters a
 * dimension's score; the result and the PDF show it apart.
 */
import type { Answer } from './answers.ts';
import type { Questionnaire } from './questionnaire/schema.ts';
import { evaluateCriteria, type CriterionResult, type CriterionStatus } from './readiness.ts';

export interface ObligationsResult {
  questionnaireId: string;
  version: string;
  /** Every obligation, in the file's order. */
  criteria: CriterionResult[];
  /** How many obligations are met, not met, unknown: counts to read, never a share to grade. */
  counts: Record<CriterionStatus, number>;
}

/** The checklist, or null when the questionnaire has none. Pass the organization's view (applicability.ts). */
export function assessObligations(questionnaire: Questionnaire, answers: Iterable<Answer>): ObligationsResult | null {
  const obligations = questionnaire.obligations;
  if (!obligations) return null;
  const criteria = evaluateCriteria(questionnaire, obligations.criteria, answers);
  const counts: Record<CriterionStatus, number> = { met: 0, unmet: 0, unknown: 0 };
  for (const criterion of criteria) counts[criterion.status]++;
  return { questionnaireId: questionnaire.id, version: questionnaire.version, criteria, counts };
}
