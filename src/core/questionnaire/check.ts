/**
 * One questionnaire file's text, checked: the errors that keep the app from using it and the warnings
 * (content advice) that do not. The check command (scripts/questionnaire-files.ts) and the editor's
 * page in the app both start here, so a file the page accepts is a file the command accepts; the
 * command adds what only a folder can tell (the file's name, the versions before it).
 */
import type { QuestionnaireIssue } from './issues.ts';
import { parseQuestionnaireText } from './parse.ts';
import type { CheckedQuestionnaire } from './report.ts';
import type { Questionnaire } from './schema.ts';

export interface CheckedText extends CheckedQuestionnaire {
  /** Present when the file's shape could be read, even if rules that need the whole file failed. */
  questionnaire?: Questionnaire;
}

export function checkQuestionnaireText(text: string, name: string): CheckedText {
  const result = parseQuestionnaireText(text);
  if (!result.ok) return { name, errors: result.issues, warnings: result.warnings };
  return { name, questionnaire: result.questionnaire, errors: [], warnings: result.warnings };
}

/** A file can be used (walked through, printed, bundled) when it has no error; warnings are advice. */
export function isUsable(checked: CheckedText): checked is CheckedText & { questionnaire: Questionnaire } {
  return checked.errors.length === 0 && checked.questionnaire !== undefined;
}

export type { QuestionnaireIssue };
