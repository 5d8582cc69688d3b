/**
 * The roadmap's heading and introduction, apart from the rest of its words (roadmap.ts and focus.ts
 * include these): the roadmap's first file draws them alone, before the rest of its code loads.
 */
import { frenchSpacing } from './typography.ts';

export const fr = frenchSpacing({
  title: 'Feuille de route',
  intro: (p: { date: string }) =>
    `Les actions qui mènent chaque dimension vers son stade visé, d’après l’évaluation du ${p.date}. Les plus faibles dimensions d’abord, puis les plus grands écarts.`,
  targetsLine: 'Les cibles se changent sur la page du résultat ; vos responsables, échéances, statuts et notes restent attachés à leurs actions.',
  savedLocally: 'Tout ce que vous écrivez ici reste sur cet ordinateur.',
  planIntro: 'Le plan de votre organisme : il continue d’une évaluation à l’autre. Statuts, responsables, échéances et notes suivent leurs actions.',
});

export const en: typeof fr = {
  title: 'Roadmap',
  intro: (p: { date: string }) =>
    `The actions that bring each dimension to its target stage, from the assessment of ${p.date}. Weakest dimensions first, then the largest gaps.`,
  targetsLine: 'Targets are changed on the result page; your owners, due dates, statuses and notes stay with their actions.',
  savedLocally: 'Everything you write here stays on this computer.',
  planIntro: 'Your organization’s plan: it carries on from one assessment to the next. Statuses, owners, due dates and notes stay with their actions.',
};
