import { frenchSpacing } from './typography.ts';
import { count, plural } from './format.ts';

/**
 * The board PDF's sections (beside report.ts, which it shares with the CSV files): what changed, the
 * 90-day focus, the dimensions in brief, the full plan in the appendix. `list` is already joined in
 * the document's language (Intl.ListFormat).
 */
export const fr = frenchSpacing({
  changedTitle: 'Ce qui a changé depuis la dernière fois',
  changedNothing: 'Aucun score n’a bougé et aucune action n’a été marquée faite depuis la dernière évaluation.',
  pathChartsTitle: 'Le parcours, dimension par dimension',
  focusTitle: 'Le focus des 90 prochains jours',
  focusIntro: (p: { limit: number }) =>
    `Au plus ${p.limit} actions à la fois, choisies ainsi : d’abord celles que l’organisme a épinglées ; puis les dimensions les plus faibles d’abord, deux actions au plus par dimension ; dans une dimension, ce qui est déjà en cours, puis les vérifications des « Je ne sais pas », puis les petits efforts. Les autres actions sont au plan complet.`,
  focusNone: 'Aucune action ouverte : chaque dimension a atteint son stade visé, ou tout est fait.',
  dimensionsTitle: 'Les dimensions en bref',
  spread: (p: { counts: string }) => `Réponses par niveau, de 1 à 5 : ${p.counts}`,
  outlook: (p: { strengths: number; gaps: number; unknown: number }) =>
    `Au stade visé : ${count(p.strengths, 'fr', 'pratique', 'pratiques')} ; ${count(p.gaps, 'fr', 'écart', 'écarts')} ; ${p.unknown} à vérifier.`,
  inFocus: (p: { n: number; list: string }) =>
    `Au focus : ${plural(p.n, 'fr', { one: 'action', other: 'actions' })} ${p.list}.`,
  inBacklog: (p: { n: number }) =>
    `${p.n} ${plural(p.n, 'fr', { one: 'autre action attend', other: 'autres actions attendent' })} au plan complet.`,
  noAction: 'Aucune action ouverte pour cette dimension.',
  planTitle: 'Annexe : le plan complet',
  planIntro: 'Les actions hors focus, par horizon et dans l’ordre des priorités ; leurs numéros suivent ceux du focus. Puis les actions faites.',
  planDone: 'Faites',
  pathTableTitle: 'Annexe : les scores à chaque évaluation',
});

export const en: typeof fr = {
  changedTitle: 'What changed since last time',
  changedNothing: 'No score moved and no action was marked done since the last assessment.',
  pathChartsTitle: 'The path, dimension by dimension',
  focusTitle: 'The focus for the next 90 days',
  focusIntro: (p: { limit: number }) =>
    `At most ${p.limit} actions at a time, chosen this way: first those the organization pinned; then the weakest dimensions first, at most two actions per dimension; within a dimension, what is already in progress, then checking “I don’t know” answers, then small efforts. The other actions are in the full plan.`,
  focusNone: 'No open action: every dimension has reached its target stage, or everything is done.',
  dimensionsTitle: 'The dimensions in brief',
  spread: (p: { counts: string }) => `Answers by level, 1 to 5: ${p.counts}`,
  outlook: (p: { strengths: number; gaps: number; unknown: number }) =>
    `At the target stage: ${count(p.strengths, 'en', 'practice', 'practices')}; ${count(p.gaps, 'en', 'gap', 'gaps')}; ${p.unknown} to check.`,
  inFocus: (p: { n: number; list: string }) => `In the focus: ${plural(p.n, 'en', { one: 'action', other: 'actions' })} ${p.list}.`,
  inBacklog: (p: { n: number }) =>
    `${p.n} ${plural(p.n, 'en', { one: 'more action waits', other: 'more actions wait' })} in the full plan.`,
  noAction: 'No open action for this dimension.',
  planTitle: 'Appendix: the full plan',
  planIntro: 'The actions outside the focus, by horizon and in priority order; their numbers follow the focus’s. Then the actions done.',
  planDone: 'Done',
  pathTableTitle: 'Appendix: the scores at each assessment',
};
