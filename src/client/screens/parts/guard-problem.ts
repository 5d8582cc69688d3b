import type { GuardProblem } from '../../storage/backup/format.ts';
import type { fr } from '../../i18n/data.ts';

/**
 * The first checks a backup and a respondent's file both go through (readGuarded) refuse them for the
 * same reasons. Each file's i18n module words them for its own file, under the same keys.
 */
export type GuardMessages = Pick<
  typeof fr,
  'problemTooDeep' | 'problemNotJson' | 'problemForbiddenKey' | 'problemNewerFormat' | 'problemUnknownFormat' | 'problemChecksum' | 'problemExportDate'
>;

/** Worded the same way for both files; 'too-large' and 'not-a-backup' each say something of their own. */
type SharedGuardProblem = Exclude<GuardProblem, { kind: 'too-large' | 'not-a-backup' }>;

const SHARED: ReadonlySet<string> = new Set<SharedGuardProblem['kind']>([
  'too-deep',
  'not-json',
  'forbidden-key',
  'newer-format',
  'unknown-format',
  'checksum-mismatch',
  'invalid-export-date',
]);

export function isSharedGuardProblem<P extends { kind: string }>(problem: P): problem is Extract<P, SharedGuardProblem> {
  return SHARED.has(problem.kind);
}

/** Why the first checks refused a file, in the person's language. */
export function describeGuardProblem(problem: SharedGuardProblem, m: GuardMessages): string {
  switch (problem.kind) {
    case 'too-deep':
      return m.problemTooDeep;
    case 'not-json':
      return m.problemNotJson;
    case 'forbidden-key':
      return m.problemForbiddenKey({ key: problem.key });
    case 'newer-format':
      return m.problemNewerFormat({ version: String(problem.version) });
    case 'unknown-format':
      return m.problemUnknownFormat({ version: problem.version });
    case 'checksum-mismatch':
      return m.problemChecksum;
    case 'invalid-export-date':
      return m.problemExportDate;
  }
}
