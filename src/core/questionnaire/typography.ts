/**
 * Québec French typography, as the Office québécois de la langue française sets it, for the French
 * text of questionnaire files:
 *   - no space before ; ! ? — or a narrow no-break space (U+202F), never a plain or a no-break one;
 *   - a no-break space (U+00A0) before : (a colon in a web address or between digits excepted);
 *   - a no-break space (U+00A0) after « and before ».
 *
 * It applies to files from version 3.0.0 on. Versions published before it (cqm-maturite 1.0.0 and
 * 2.0.0 put a no-break space before ; ! ?) are never edited, so they keep their spacing.
 */
import { compareVersions } from './schema.ts';

export const TYPOGRAPHY_FROM_VERSION = '3.0.0';

export const TYPOGRAPHY_RULES = ['space-before-tight', 'colon-space', 'guillemet-space'] as const;
export type TypographyRule = (typeof TYPOGRAPHY_RULES)[number];

export interface TypographyProblem {
  rule: TypographyRule;
  /** Where it is: the text around the mark, spaces shown as ␣ (plain) and ⍽ (no-break). */
  excerpt: string;
}

const NBSP = '\u00a0';

export function typographyApplies(version: string): boolean {
  return compareVersions(version, TYPOGRAPHY_FROM_VERSION) >= 0;
}

function excerpt(text: string, at: number): string {
  const start = Math.max(0, at - 12);
  const piece = text.slice(start, at + 2).replaceAll(' ', '␣').replaceAll(NBSP, '⍽');
  return `${start > 0 ? '…' : ''}${piece}${at + 2 < text.length ? '…' : ''}`;
}

/** Every place in one French text that breaks the rules above, in reading order. */
export function frenchTypographyProblems(text: string): TypographyProblem[] {
  const problems: TypographyProblem[] = [];
  for (let i = 0; i < text.length; i++) {
    const mark = text.charAt(i);
    const before = text.charAt(i - 1);
    const after = text.charAt(i + 1);
    if ((mark === ';' || mark === '!' || mark === '?') && (before === ' ' || before === NBSP)) {
      problems.push({ rule: 'space-before-tight', excerpt: excerpt(text, i) });
    } else if (mark === ':' && before !== NBSP) {
      const inAddress = text.startsWith('//', i + 1);
      const betweenDigits = /\d/.test(before) && /\d/.test(after);
      if (!inAddress && !betweenDigits) problems.push({ rule: 'colon-space', excerpt: excerpt(text, i) });
    } else if ((mark === '«' && after !== NBSP) || (mark === '»' && before !== NBSP)) {
      problems.push({ rule: 'guillemet-space', excerpt: excerpt(text, i) });
    }
  }
  return problems;
}
