import { frenchSpacing } from './typography.ts';

/** The home screen once an assessment is completed: where the organization stands, and its plan. */
export const fr = frenchSpacing({
  whereTitle: 'Où en est votre organisme',
  profileAs: (p: { date: string }) => `Profil de l’évaluation terminée le ${p.date}.`,
  profileLabel: 'Score par dimension, sur 5',
  insufficient: 'information insuffisante',
  focusTitle: 'Vos 90 prochains jours',
  focusNone: 'Aucune action en cours de choix : le plan est à jour.',
  continuePlan: 'Continuer le plan',
  seeResult: 'Voir le dernier résultat',
  newAssessment: 'Commencer une nouvelle évaluation',
  newWhen: (p: { date: string }) => `Une nouvelle évaluation est utile environ un an après la dernière : vers le ${p.date}.`,
  newDue: 'Il y a environ un an depuis la dernière évaluation : c’est le bon moment pour en faire une nouvelle.',
});

export const en: typeof fr = {
  whereTitle: 'Where your organization stands',
  profileAs: (p: { date: string }) => `Profile from the assessment completed on ${p.date}.`,
  profileLabel: 'Score per dimension, out of 5',
  insufficient: 'not enough information',
  focusTitle: 'Your next 90 days',
  focusNone: 'No action chosen for now: the plan is up to date.',
  continuePlan: 'Continue the plan',
  seeResult: 'See the latest result',
  newAssessment: 'Start a new assessment',
  newWhen: (p: { date: string }) => `A new assessment is useful about a year after the last one: around ${p.date}.`,
  newDue: 'About a year has passed since the last assessment: a good time for a new one.',
};
