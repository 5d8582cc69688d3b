import { count } from './format.ts';
import { frenchSpacing } from './typography.ts';

/** Choosing a questionnaire when starting an assessment, and going from a taster to the full one. */
export const fr = frenchSpacing({
  legend: 'Quel questionnaire?',
  facts: (p: { minutes: number; items: number }) => `Environ ${p.minutes} minutes · ${count(p.items, 'fr', 'question', 'questions')}`,
  fullTitle: 'Passer au diagnostic complet',
  fullBody: (p: { n: number }) =>
    `Ce premier portrait est indicatif. Le diagnostic complet pose toutes les questions; ${count(p.n, 'fr', 'réponse donnée ici vous y suit', 'réponses données ici vous y suivent')}, à confirmer.`,
  fullStart: 'Commencer le diagnostic complet',
  fullResume: 'Reprendre l’évaluation en cours',
});

export const en: typeof fr = {
  legend: 'Which questionnaire?',
  facts: (p: { minutes: number; items: number }) => `About ${p.minutes} minutes · ${count(p.items, 'en', 'question', 'questions')}`,
  fullTitle: 'Go on to the full diagnostic',
  fullBody: (p: { n: number }) =>
    `This first picture is only indicative. The full diagnostic asks every question; ${count(p.n, 'en', 'answer given here comes', 'answers given here come')} with you, to confirm.`,
  fullStart: 'Start the full diagnostic',
  fullResume: 'Resume the assessment in progress',
};
