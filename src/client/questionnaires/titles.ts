/**
 * Each bundled questionnaire version's title, without loading the version's file (a build-time list,
 * scripts/vite-plugin-questionnaires.ts): a screen can name the questionnaire while the file loads.
 */
import titles from 'virtual:questionnaire-titles';
import type { QuestionnaireRef } from '../../core/questionnaire/schema.ts';
import type { Locale } from '../../core/text.ts';

/** The title of `ref` in `locale`; its id if this build does not bundle it (its screen then says so). */
export function questionnaireTitle(ref: QuestionnaireRef, locale: Locale): string {
  return titles[`${ref.questionnaireId}/${ref.version}`]?.[locale] ?? ref.questionnaireId;
}
