import { frenchSpacing } from './typography.ts';
import { plural } from './format.ts';

/** The notes written beside answers, wherever they travel: the result, its CSV, the PDF appendix. */
export const fr = frenchSpacing({
  summary: (p: { n: number }) => `${p.n} ${plural(p.n, 'fr', { one: 'note laissée', other: 'notes laissées' })} avec les réponses`,
  answer: (p: { answer: string }) => `Réponse : ${p.answer}`,
  dontKnow: 'Je ne sais pas',
  notApplicable: 'Sans objet',
  noAnswer: 'pas de réponse',
  colQuestion: 'Question',
  colAnswer: 'Réponse',
  colNote: 'Note',
});

export const en: typeof fr = {
  summary: (p: { n: number }) => `${p.n} ${plural(p.n, 'en', { one: 'note', other: 'notes' })} left with the answers`,
  answer: (p: { answer: string }) => `Answer: ${p.answer}`,
  dontKnow: 'Don’t know',
  notApplicable: 'Not applicable',
  noAnswer: 'no answer',
  colQuestion: 'Question',
  colAnswer: 'Answer',
  colNote: 'Note',
};
