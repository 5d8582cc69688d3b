/**
 * Text for jsPDF's standard fonts, which draw only the Windows-1252 character set. Outside it a
 * character garbles the whole line: a narrow no-break space (U+202F, which Québec typography puts
 * before ; ! ? and Intl in some numbers) is the usual culprit. So: a narrow space before ; ! ? is
 * dropped (no space there is Québec's spelling when no narrow space can be drawn, and a full one
 * would be France's), other thin and narrow spaces become the ordinary no-break space, a few common
 * signs get their nearest Windows-1252 spelling, and anything else left outside the set becomes "?"
 * rather than breaking the line.
 */
import { fixFrenchSpacing } from '../i18n/typography.ts';
import type { Locale } from '../../core/text.ts';

// Windows-1252's printable characters above Latin-1's control block (0x80–0x9F).
const CP1252_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

const REPLACEMENTS: Record<string, string> = {
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '–', // figure dash
  '\u2212': '-', // minus sign (Intl's, in some locales)
  '\u2192': '->',
  '\u2190': '<-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '<>',
  '\u2713': '',
  '\u2714': '',
  '\u00ad': '', // soft hyphen: invisible, and jsPDF would print it
  '\u200b': '', // zero-width space, joiners, word joiner, byte-order mark: invisible
  '\u200c': '',
  '\u200d': '',
  '\u2060': '',
  '\ufeff': '',
};

function isDrawable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRA.includes(char) || char === '\n';
}

export function pdfText(text: string, locale: Locale): string {
  // Questionnaire text and names typed by people get the same French spacing as our own catalogs.
  const spaced = locale === 'fr' ? fixFrenchSpacing(text) : text;
  let out = '';
  const drawable = spaced
    .replace(/\u202f(?=[;!?])/g, '')
    .replace(/[\u2000-\u200a\u202f\u205f\u3000]/g, '\u00a0')
    .replace(/\t/g, ' ');
  for (const char of drawable) {
    const replaced = REPLACEMENTS[char];
    if (replaced !== undefined) out += replaced;
    else out += isDrawable(char) ? char : '?';
  }
  return out;
}
