import { count, pluralForm } from './format.ts';
import { frenchSpacing } from './typography.ts';

export const fr = frenchSpacing({
  title: 'Parcours de votre organisme',
  intro:
    'Le score de chaque dimension à chacune de vos évaluations terminées, sur les bandes des stades. Là où le questionnaire a changé de façon non comparable, la ligne s’interrompt et un trait pointillé le signale.',
  none: 'Aucune évaluation terminée pour l’instant : votre parcours apparaîtra ici.',
  noOrganization: 'Décrivez d’abord votre organisme pour commencer une évaluation.',
  start: 'Commencer : décrire mon organisme',
  one: 'Une seule évaluation terminée : la ligne se dessinera à la prochaine.',
  skipped: (p: { n: number }) =>
    `${count(p.n, 'fr', 'évaluation terminée n’a pas pu être lue', 'évaluations terminées n’ont pas pu être lues')} (questionnaire absent de cette version de l’application) et ${pluralForm(p.n, 'fr', 'n’est pas montrée', 'ne sont pas montrées')}.`,
  chartLabel: (p: { dimension: string; values: string }) => `Évolution de « ${p.dimension} » : ${p.values}.`,
  chartValue: (p: { date: string; score: string }) => `${p.score} le ${p.date}`,
  chartNoValue: (p: { date: string }) => `information insuffisante le ${p.date}`,
  chartUnavailable: 'Le graphique n’a pas pu être affiché ; le tableau plus bas contient les mêmes données.',
  noScores:
    'Aucune évaluation ne donne assez d’information pour situer cette dimension : il faut avoir choisi un énoncé pour au moins 70\u00a0% de ses questions applicables. Répondez à plus de ses questions lors de la prochaine évaluation.',
  newVersion: 'nouvelle version',
  tableTitle: 'Les mêmes données en tableau',
  tableCaption: 'Score par dimension à chaque évaluation terminée',
  colDate: 'Évaluation',
  colVersion: 'Version du questionnaire',
  notComparable: 'non comparable avec la précédente',
  insufficient: 'information insuffisante',
  absent: 'absente de cette version',
  stageShort: (p: { level: number }) => `stade ${p.level}`,
  doneLegend:
    'Un ✓ suivi d’un nombre, sous une évaluation : les actions du plan de cette dimension marquées faites depuis l’évaluation précédente.',
  chartDone: (p: { n: number; date: string }) => `${count(p.n, 'fr', 'action du plan faite', 'actions du plan faites')} avant l’évaluation du ${p.date}`,
  colDone: 'Actions du plan faites depuis la précédente',
  doneFirst: 'première évaluation',
  backHome: 'Retour à l’accueil',
});

export const en: typeof fr = {
  title: 'Your organization’s path',
  intro:
    'Each dimension’s score at each of your completed assessments, over the stage bands. Where the questionnaire changed in a way that is not comparable, the line stops and a dotted rule says so.',
  none: 'No completed assessment yet: your path will show here.',
  noOrganization: 'First describe your organization to start an assessment.',
  start: 'Start: describe my organization',
  one: 'Only one completed assessment: the line will show from the next one.',
  skipped: (p: { n: number }) =>
    `${count(p.n, 'en', 'completed assessment', 'completed assessments')} could not be read (questionnaire missing from this version of the app) and ${pluralForm(p.n, 'en', 'is', 'are')} not shown.`,
  chartLabel: (p: { dimension: string; values: string }) => `Change in “${p.dimension}”: ${p.values}.`,
  chartValue: (p: { date: string; score: string }) => `${p.score} on ${p.date}`,
  chartNoValue: (p: { date: string }) => `insufficient information on ${p.date}`,
  chartUnavailable: 'The chart could not be shown; the table below holds the same data.',
  noScores:
    'No assessment gives enough information to place this dimension: it needs an answer with a statement to at least 70% of its applicable questions. Answer more of its questions at the next assessment.',
  newVersion: 'new version',
  tableTitle: 'The same data as a table',
  tableCaption: 'Score per dimension at each completed assessment',
  colDate: 'Assessment',
  colVersion: 'Questionnaire version',
  notComparable: 'not comparable with the previous one',
  insufficient: 'insufficient information',
  absent: 'not in this version',
  stageShort: (p: { level: number }) => `stage ${p.level}`,
  doneLegend: 'A ✓ with a number, under an assessment: the plan actions of this dimension marked done since the previous assessment.',
  chartDone: (p: { n: number; date: string }) => `${count(p.n, 'en', 'plan action done', 'plan actions done')} before the assessment of ${p.date}`,
  colDone: 'Plan actions done since the previous one',
  doneFirst: 'first assessment',
  backHome: 'Back to home',
};
