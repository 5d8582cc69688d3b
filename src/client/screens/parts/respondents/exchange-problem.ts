import type { ExchangeProblem } from '../../../storage/respondent-files.ts';
import type { Locale } from '../../../../core/text.ts';
import { formatMegabytes } from '../../../i18n/format.ts';
import type { fr } from '../../../i18n/respondent-files.ts';

/** Why an invitation or response file was refused, in the person's language. */
export function describeExchangeProblem(problem: ExchangeProblem, m: typeof fr, locale: Locale, expected: 'invitation' | 'response'): string {
  switch (problem.kind) {
    case 'too-large':
      return m.problemTooLarge({ size: formatMegabytes(problem.bytes, locale), limit: formatMegabytes(problem.limit, locale) });
    case 'too-deep':
      return m.problemTooDeep;
    case 'not-json':
      return m.problemNotJson;
    case 'forbidden-key':
      return m.problemForbiddenKey({ key: problem.key });
    case 'not-a-backup':
    case 'wrong-file': {
      const found = problem.kind === 'wrong-file' ? problem.found : 'other';
      const wanted = { expected: expected === 'invitation' ? m.anInvitation : m.aResponse };
      if (found === 'backup') return m.problemWrongFileBackup(wanted);
      if (found === 'invitation') return m.problemWrongFileInvitation;
      if (found === 'response') return m.problemWrongFileResponse;
      return m.problemWrongFileOther(wanted);
    }
    case 'newer-format':
      return m.problemNewerFormat({ version: String(problem.version) });
    case 'unknown-format':
      return m.problemUnknownFormat({ version: problem.version });
    case 'checksum-mismatch':
      return m.problemChecksum;
    case 'invalid-export-date':
      return m.problemExportDate;
    case 'invalid-content':
      return m.problemInvalidContent;
    case 'other-assessment':
      return m.problemOtherAssessment;
    case 'other-version':
      return m.problemOtherVersion({ version: problem.version });
    case 'unknown-respondent':
      return m.problemUnknownRespondent({ label: problem.label });
    case 'unknown-item':
      return m.problemUnknownItem({ itemId: problem.itemId });
    case 'duplicate-item':
      return m.problemDuplicateItem({ itemId: problem.itemId });
    case 'unknown-questionnaire':
      return m.problemUnknownQuestionnaire({ version: problem.version });
  }
}
