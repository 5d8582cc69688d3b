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

/**
 * A comparability family: the versions of one questionnaire whose scores may be pooled in one sector
 * statistic. Any two versions of a family are comparable by `isComparable`, and no version is comparable
 * with a version of another family: the chain of versions is cut wherever a version declares
 * `scoresComparable: false` (or does not follow the version before it).
 */
export interface VersionFamily {
  questionnaireId: string;
  /** The family's oldest version, which names it. */
  id: string;
  /** Its versions, oldest first. */
  versions: string[];
}

/** The families of every questionnaire among `versions` (the bundled declarations), oldest first. */
export function versionFamilies(versions: readonly Pick<Questionnaire, 'id' | 'version' | 'carryOver'>[]): VersionFamily[] {
  const byId = new Map<string, Pick<Questionnaire, 'id' | 'version' | 'carryOver'>[]>();
  for (const q of versions) byId.set(q.id, [...(byId.get(q.id) ?? []), q]);
  const families: VersionFamily[] = [];
  for (const [questionnaireId, list] of [...byId].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...list].sort((a, b) => compareVersions(a.version, b.version));
    let family: VersionFamily | undefined;
    sorted.forEach((q, i) => {
      const previous = sorted[i - 1];
      const joins = previous !== undefined && q.carryOver?.fromVersion === previous.version && scoresComparable([previous, q]);
      if (family && joins) family.versions.push(q.version);
      else families.push((family = { questionnaireId, id: q.version, versions: [q.version] }));
    });
  }
  return families;
}

/**
 * The family a version's scores belong to. A version the declarations do not know (a newer app
 * talking to an older server) is a family of its own, named by itself: it is never pooled with
 * anything until its declaration says it may be.
 */
export function familyOf(questionnaireId: string, version: string, families: readonly VersionFamily[]): string {
  return families.find((f) => f.questionnaireId === questionnaireId && f.versions.includes(version))?.id ?? version;
}
