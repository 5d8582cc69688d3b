import type { ExchangeProblem } from '../../../storage/respondent-files.ts';
import type { Locale } from '../../../../core/text.ts';
import { formatMegabytes } from '../../../i18n/format.ts';
import type { fr } from '../../../i18n/respondent-files.ts';
import { describeGuardProblem, isSharedGuardProblem } from '../guard-problem.ts';

/** Why an invitation or response file was refused, in the person's language. */
export function describeExchangeProblem(problem: ExchangeProblem, m: typeof fr, locale: Locale, expected: 'invitation' | 'response'): string {
  if (isSharedGuardProblem(problem)) return describeGuardProblem(problem, m);
  switch (problem.kind) {
    case 'too-large':
      return m.problemTooLarge({ size: formatMegabytes(problem.bytes, locale), limit: formatMegabytes(problem.limit, locale) });
    case 'not-a-backup':
    case 'wrong-file': {
      const found = problem.kind === 'wrong-file' ? problem.found : 'other';
      const wanted = { expected: expected === 'invitation' ? m.anInvitation : m.aResponse };
      if (found === 'backup') return m.problemWrongFileBackup(wanted);
      if (found === 'invitation') return m.problemWrongFileInvitation;
      if (found === 'response') return m.problemWrongFileResponse;
      return m.problemWrongFileOther(wanted);
    }
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
