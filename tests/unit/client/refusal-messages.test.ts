import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../src/client/screens/parts/problem.ts';
import { describeExchangeProblem } from '../../../src/client/screens/parts/respondents/exchange-problem.ts';
import * as backupText from '../../../src/client/i18n/data.ts';
import * as exchangeText from '../../../src/client/i18n/respondent-files.ts';

// The first checks are shared by backups and respondents' files; each file keeps its own wording.
const shared = [
  { problem: { kind: 'too-deep', limit: 64 }, key: 'problemTooDeep' },
  { problem: { kind: 'not-json', detail: 'x' }, key: 'problemNotJson' },
  { problem: { kind: 'checksum-mismatch' }, key: 'problemChecksum' },
  { problem: { kind: 'invalid-export-date' }, key: 'problemExportDate' },
] as const;

describe('refusal messages', () => {
  for (const locale of ['fr', 'en'] as const) {
    it(`words the shared first checks with each file's own text (${locale})`, () => {
      for (const { problem, key } of shared) {
        expect(describeProblem(problem, backupText[locale], locale)).toBe(backupText[locale][key]);
        expect(describeExchangeProblem(problem, exchangeText[locale], locale, 'response')).toBe(exchangeText[locale][key]);
      }
      const forbidden = { kind: 'forbidden-key', key: '__proto__' } as const;
      expect(describeProblem(forbidden, backupText[locale], locale)).toBe(backupText[locale].problemForbiddenKey({ key: '__proto__' }));
      expect(describeExchangeProblem(forbidden, exchangeText[locale], locale, 'invitation')).toBe(exchangeText[locale].problemForbiddenKey({ key: '__proto__' }));
      const newer = { kind: 'newer-format', version: 9 } as const;
      expect(describeProblem(newer, backupText[locale], locale)).toBe(backupText[locale].problemNewerFormat({ version: '9' }));
      expect(describeExchangeProblem(newer, exchangeText[locale], locale, 'response')).toBe(exchangeText[locale].problemNewerFormat({ version: '9' }));
      const unknown = { kind: 'unknown-format', version: 'x' } as const;
      expect(describeProblem(unknown, backupText[locale], locale)).toBe(backupText[locale].problemUnknownFormat({ version: 'x' }));
      expect(describeExchangeProblem(unknown, exchangeText[locale], locale, 'response')).toBe(exchangeText[locale].problemUnknownFormat({ version: 'x' }));
    });

    it(`keeps what each file says of its own (${locale})`, () => {
      expect(describeProblem({ kind: 'not-a-backup' }, backupText[locale], locale)).toBe(backupText[locale].problemNotABackup);
      const m = exchangeText[locale];
      expect(describeExchangeProblem({ kind: 'not-a-backup' }, m, locale, 'invitation')).toBe(m.problemWrongFileOther({ expected: m.anInvitation }));
      expect(describeExchangeProblem({ kind: 'wrong-file', found: 'backup' }, m, locale, 'response')).toBe(m.problemWrongFileBackup({ expected: m.aResponse }));
    });
  }
});
