/**
 * The result's heading and introduction, apart from the rest of its words (result.ts, which includes
 * these): the result's first file draws them alone, before the rest of the screen's code loads.
 */
import { frenchSpacing } from './typography.ts';

export const fr = frenchSpacing({
  title: 'Votre profil de maturité',
  intro: (p: { date: string; questionnaire: string; version: string }) =>
    `Évaluation du ${p.date}, questionnaire « ${p.questionnaire} », version ${p.version}.`,
  notCompleted: 'Cette évaluation n’est pas terminée.',
});

export const en: typeof fr = {
  title: 'Your maturity profile',
  intro: (p: { date: string; questionnaire: string; version: string }) =>
    `Assessment of ${p.date}, questionnaire “${p.questionnaire}”, version ${p.version}.`,
  notCompleted: 'This assessment is not complete.',
};
