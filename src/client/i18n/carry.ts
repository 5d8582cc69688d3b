/** Answers carried over from the organization's last assessment, to confirm. */
import { count, pluralForm } from './format.ts';
import { frenchSpacing } from './typography.ts';

export const fr = frenchSpacing({
  toConfirm: 'À confirmer',
  toConfirmHelp: 'Réponse reprise de votre évaluation précédente : confirmez-la, ou choisissez-en une autre.',
  confirm: 'Confirmer cette réponse',
  notice: (p: { n: number; date: string }) =>
    `Cette évaluation commence avec ${count(p.n, 'fr', 'réponse reprise', 'réponses reprises')} de votre évaluation du ${p.date}. Chacune est marquée « à confirmer » jusqu’à ce que vous la confirmiez ou la changiez.`,
  allConfirmed: (p: { date: string }) => `Toutes les réponses reprises de votre évaluation du ${p.date} sont confirmées.`,
  versionChanged: (p: { from: string; to: string }) => `Le questionnaire est passé de la version ${p.from} à la version ${p.to}.`,
  notComparable: 'Les scores de cette version ne se comparent pas directement à ceux de votre évaluation précédente.',
  comparable: 'Les scores de cette version se comparent à ceux de votre évaluation précédente.',
  remaining: (p: { n: number }) =>
    `${count(p.n, 'fr', 'réponse reprise reste', 'réponses reprises restent')} à confirmer. Si vous terminez maintenant, ${pluralForm(p.n, 'fr', 'elle comptera telle quelle', 'elles compteront telles quelles')}.`,
});

export const en: typeof fr = {
  toConfirm: 'To confirm',
  toConfirmHelp: 'Answer carried over from your previous assessment: confirm it, or choose another.',
  confirm: 'Confirm this answer',
  notice: (p: { n: number; date: string }) =>
    `This assessment starts with ${count(p.n, 'en', 'answer', 'answers')} carried over from your assessment of ${p.date}. Each is marked “to confirm” until you confirm or change it.`,
  allConfirmed: (p: { date: string }) => `All the answers carried over from your assessment of ${p.date} are confirmed.`,
  versionChanged: (p: { from: string; to: string }) => `The questionnaire went from version ${p.from} to version ${p.to}.`,
  notComparable: 'Scores on this version do not compare directly with your previous assessment’s.',
  comparable: 'Scores on this version compare with your previous assessment’s.',
  remaining: (p: { n: number }) => `${count(p.n, 'en', 'carried-over answer', 'carried-over answers')} still to confirm. If you finish now, ${pluralForm(p.n, 'en', 'it counts as it is', 'they count as they are')}.`,
};
