/**
 * The notes a person wrote beside answers, item by item in questionnaire order, with the answer they
 * go with: one list for the result screen, the result CSV and the PDF appendix.
 */
import { isLevel, DONT_KNOW, NOT_APPLICABLE, type AnswerValue } from '../../core/answers.ts';
import type { Questionnaire } from '../../core/questionnaire/schema.ts';
import type { Locale } from '../../core/text.ts';
import * as notes from '../i18n/notes.ts';

export interface AnswerNote {
  dimensionId: string;
  itemId: string;
  question: string;
  answer: string;
  note: string;
}

/** "3 – Structuré", "Je ne sais pas", "Sans objet", or "pas de réponse" (a note alone). */
export function answerLabel(q: Questionnaire, value: AnswerValue | undefined, locale: Locale): string {
  const m = notes[locale];
  if (isLevel(value)) return `${value} – ${q.levels.find((l) => l.level === value)?.name[locale] ?? ''}`;
  if (value === DONT_KNOW) return m.dontKnow;
  if (value === NOT_APPLICABLE) return m.notApplicable;
  return m.noAnswer;
}

export function answerNotes(
  q: Questionnaire,
  answers: readonly { itemId: string; value?: AnswerValue; note?: string }[],
  locale: Locale,
): AnswerNote[] {
  const byItem = new Map(answers.map((a) => [a.itemId, a]));
  return q.items.flatMap((item) => {
    const a = byItem.get(item.id);
    const note = a?.note?.trim();
    if (!note) return [];
    return [{ dimensionId: item.dimension, itemId: item.id, question: item.question[locale], answer: answerLabel(q, a?.value, locale), note }];
  });
}
