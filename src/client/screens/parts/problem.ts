import { MAX_BACKUP_ORGANIZATIONS, type BackupProblem } from '../../storage/backup/format.ts';
import type { Locale } from '../../../core/text.ts';
import { formatCount, formatMegabytes } from '../../i18n/format.ts';
import type { fr } from '../../i18n/data.ts';
import { describeGuardProblem, isSharedGuardProblem } from './guard-problem.ts';

/** Why a backup file was refused, in the person's language. */
export function describeProblem(problem: BackupProblem, m: typeof fr, locale: Locale): string {
  if (isSharedGuardProblem(problem)) return describeGuardProblem(problem, m);
  switch (problem.kind) {
    case 'too-large':
      return m.problemTooLarge({
        size: formatMegabytes(problem.bytes, locale),
        limit: formatMegabytes(problem.limit, locale),
        organizations: formatCount(MAX_BACKUP_ORGANIZATIONS, locale),
      });
    case 'not-a-backup':
      return m.problemNotABackup;
    case 'invalid-row':
      return m.problemInvalidRow({ table: problem.table, index: problem.index + 1, field: problem.field });
    case 'duplicate-row':
      return m.problemDuplicateRow({ table: problem.table, key: problem.key });
    case 'missing-organization':
      return m.problemMissingOrganization;
    case 'missing-assessment':
      return m.problemMissingAssessment;
    case 'missing-inventory-organization':
      return m.problemMissingInventoryOrganization;
    case 'missing-plan-organization':
      return m.problemMissingPlanOrganization;
    case 'unknown-questionnaire':
      return m.problemUnknownQuestionnaire({ version: problem.version });
    case 'unknown-item':
      return m.problemUnknownItem({ item: problem.itemId, version: problem.version });
  }
}
