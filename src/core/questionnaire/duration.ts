/**
 * How long a full pass takes, estimated from the file the same way for every questionnaire, so they
 * compare: every word of the questions and of their five statements read at 230 words a minute, the
 * help of one question in four read too (it sits under each question; most people read it only when
 * unsure), and 3 seconds per answer to choose and click. Counted for every item: the longest pass.
 */
import type { Questionnaire } from './schema.ts';
import type { Locale } from '../text.ts';

const WORDS_PER_MINUTE = 230;
const HELP_READ_SHARE = 1 / 4;
const SECONDS_PER_ANSWER = 3;

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Minutes for one full pass of `q` in `locale`, by the measure above. */
export function passMinutes(q: Questionnaire, locale: Locale): number {
  let read = 0;
  let help = 0;
  for (const item of q.items) {
    read += words(item.question[locale]) + item.statements.reduce((n, s) => n + words(s.text[locale]), 0);
    help += words(item.help[locale]);
  }
  return (read + help * HELP_READ_SHARE) / WORDS_PER_MINUTE + (q.items.length * SECONDS_PER_ANSWER) / 60;
}

/** What to tell a person: the French pass (the longer one) rounded up to 5 minutes. */
export function announcedMinutes(q: Questionnaire): number {
  const longest = Math.max(passMinutes(q, 'fr'), passMinutes(q, 'en'));
  return Math.max(5, Math.ceil(longest / 5) * 5);
}
