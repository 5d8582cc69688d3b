/**
 * The legal-obligations checklist (Law 25) for the board report, from core's checklist
 * (src/core/obligations.ts): its own section, apart from scores and readiness, never averaged.
 * Undefined when the questionnaire version has no such checklist: the report then says nothing of it.
 */
import type { Answer } from '../../core/answers.ts';
import { assessObligations } from '../../core/obligations.ts';
import type { Questionnaire } from '../../core/questionnaire/schema.ts';
import type { CriterionStatus } from '../../core/readiness.ts';
import type { Locale } from '../../core/text.ts';
import * as standing from '../i18n/standing.ts';

export interface ObligationsSection {
  title: string;
  description: string;
  notScore: string;
  counts: string;
  rows: { status: string; label: string; todo: string | undefined }[];
}

export function obligationsSection(questionnaire: Questionnaire, answers: readonly Answer[], locale: Locale): ObligationsSection | undefined {
  const checklist = questionnaire.obligations;
  const result = assessObligations(questionnaire, answers);
  if (!checklist || !result) return undefined;
  const m = standing[locale];
  const status: Record<CriterionStatus, string> = { met: m.obligationMet, unmet: m.obligationUnmet, unknown: m.obligationUnknown };
  const criteria = new Map(checklist.criteria.map((c) => [c.id, c]));
  return {
    title: checklist.title[locale],
    description: checklist.description[locale],
    notScore: m.obligationsNotScore,
    counts: m.obligationsCounts(result.counts),
    rows: result.criteria.map((c) => {
      const criterion = criteria.get(c.criterionId);
      const missing = criterion?.missing[locale] ?? '';
      return {
        status: status[c.status],
        label: criterion?.label[locale] ?? c.criterionId,
        todo:
          c.status === 'met'
            ? undefined
            : `${m.obligationTodo({ what: missing })}${c.status === 'unknown' ? ` ${m.obligationUnknownHelp}` : ''}`,
      };
    }),
  };
}
