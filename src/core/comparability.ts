/**
 * Whether scores from two questionnaire versions may be compared (change since last time, a line on
 * the path). The one place that decides it, so the rule can change without touching its callers.
 *
 * Until questionnaire files declare their comparability (a new version says whether its scores are
 * comparable with the version before), the rule is: same questionnaire id and same major version.
 */
import type { QuestionnaireRef } from './questionnaire/schema.ts';

function major(version: string): string {
  return version.split('.')[0] ?? version;
}

export function isComparable(a: QuestionnaireRef, b: QuestionnaireRef): boolean {
  return a.questionnaireId === b.questionnaireId && major(a.version) === major(b.version);
}
