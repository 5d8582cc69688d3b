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
};
