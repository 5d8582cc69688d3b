import { DONT_KNOW, type AnswerValue } from '../../../../core/answers.ts';
import type { fr as respondentsFr } from '../../../i18n/respondents.ts';
import type { fr as questionnaireFr } from '../../../i18n/questionnaire.ts';

/** An answer as the agenda says it: "Level 3", "Don't know", "Not applicable", "No answer". */
export function answerLabel(value: AnswerValue | undefined, m: typeof respondentsFr, q: typeof questionnaireFr): string {
  if (value === undefined) return m.notAnswered;
  if (typeof value === 'number') return m.level({ level: value });
  return value === DONT_KNOW ? q.dontKnow : q.notApplicable;
}
