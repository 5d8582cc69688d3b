/**
 * Whether scores from two questionnaire versions may be compared (change since last time, a line on
 * the path). The one place that decides it, so the rule can change without touching its callers.
 *
 * The rule: the same questionnaire, and either the same version or a chain of versions from the
 * older to the newer in which every step declares `carryOver.scoresComparable: true`. The versions are
 * passed in (core reads no files); a version not at hand makes the two not comparable, never the
 * other way round.
 */
import { carryOverPath, scoresComparable } from './carry-over.ts';
import { compareVersions, type Questionnaire, type QuestionnaireRef } from './questionnaire/schema.ts';

export function isComparable(a: QuestionnaireRef, b: QuestionnaireRef, versions: readonly Questionnaire[] = []): boolean {
  if (a.questionnaireId !== b.questionnaireId) return false;
  if (a.version === b.version) return true;
  const [older, newer] = compareVersions(a.version, b.version) < 0 ? [a, b] : [b, a];
  const path = carryOverPath(
    versions.filter((q) => q.id === a.questionnaireId),
    older.version,
    newer.version,
  );
  return path !== undefined && scoresComparable(path);
}
