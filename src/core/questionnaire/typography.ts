/**
 * French typography of questionnaire files.
 *
 * Québec's, as the Office québécois de la langue française sets it:
 *   - no space before ; ! ? — or a narrow no-break space (U+202F), never a plain or a no-break one;
 *   - a no-break space (U+00A0) before : (a colon in a web address or between digits excepted);
 *   - a no-break space (U+00A0) after « and before ».
 * Versions published before it (cqm-maturite 1.0.0 and 2.0.0) are never edited and keep the rule they
 * were written to: a no-break space before ; : ! ? » and after «.
 * In every version, a number and its $ or % are joined by a no-break space (« 35 $ », « 10 % »).
 */
/**
 * The files published before the rule (a published file is never edited), each held to the rule it
 * was written to. Every other file, of any questionnaire, follows the OQLF rule.
 */
export const LEGACY_TYPOGRAPHY_FILES: readonly string[] = ['cqm-maturite@1.0.0', 'cqm-maturite@2.0.0'];

export const TYPOGRAPHY_RULES = [
  'space-before-tight',
  'colon-space',
  'guillemet-space',
  'legacy-no-break-space',
  'number-unit-space',
] as const;
export type TypographyRule = (typeof TYPOGRAPHY_RULES)[number];

/** `oqlf`: the rule; `legacy`: the rule of the files published before it. */
export type TypographyMode = 'oqlf' | 'legacy';

export interface TypographyProblem {
  rule: TypographyRule;
  /** Where it is: the text around the mark, spaces shown as ␣ (plain) and ⍽ (no-break). */
  excerpt: string;
}

const NBSP = '\u00a0';

export function typographyModeOf(file: { id: string; version: string }): TypographyMode {
  return LEGACY_TYPOGRAPHY_FILES.includes(`${file.id}@${file.version}`) ? 'legacy' : 'oqlf';
}

function excerpt(text: string, at: number): string {
  const start = Math.max(0, at - 12);
  const piece = text.slice(start, at + 2).replaceAll(' ', '␣').replaceAll(NBSP, '⍽');
  return `${start > 0 ? '…' : ''}${piece}${at + 2 < text.length ? '…' : ''}`;
}

/** Every place in one French text that breaks the rules above, in reading order. */
export function frenchTypographyProblems(text: string, mode: TypographyMode = 'oqlf'): TypographyProblem[] {
  const problems: TypographyProblem[] = [];
  const flag = (rule: TypographyRule, at: number) => problems.push({ rule, excerpt: excerpt(text, at) });
  for (let i = 0; i < text.length; i++) {
    const mark = text.charAt(i);
    const before = text.charAt(i - 1);
    const after = text.charAt(i + 1);
    const colonExempt = mark === ':' && (text.startsWith('//', i + 1) || (/\d/.test(before) && /\d/.test(after)));
    if ((mark === '$' || mark === '%') && before === ' ' && /\d/.test(text.charAt(i - 2))) {
      flag('number-unit-space', i);
    } else if (mode === 'legacy') {
      if ((';:!?»'.includes(mark) && before !== NBSP && !colonExempt) || (mark === '«' && after !== NBSP)) {
        flag('legacy-no-break-space', i);
      }
    } else if ((mark === ';' || mark === '!' || mark === '?') && (before === ' ' || before === NBSP)) {
      flag('space-before-tight', i);
    } else if (mark === ':' && before !== NBSP && !colonExempt) {
      flag('colon-space', i);
    } else if ((mark === '«' && after !== NBSP) || (mark === '»' && before !== NBSP)) {
      flag('guillemet-space', i);
    }
  }
  return problems;
}
