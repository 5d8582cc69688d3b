/**
 * Where a dimension stands, beyond its stage and score: the spread of the answers, the floor that
 * caps the stage, why information is lacking; and the legal-obligations checklist, kept apart.
 */
import { frenchSpacing } from './typography.ts';

const plural = (locale: string, n: number, one: string, other: string) =>
  new Intl.PluralRules(locale).select(n) === 'one' ? one : other;

export const fr = frenchSpacing({
  spreadTitle: 'Vos réponses par niveau',
  spreadLevel: (p: { level: number; count: number }) =>
    `Niveau ${p.level} : ${p.count} ${plural('fr-CA', p.count, 'réponse', 'réponses')}`,
  scoreLine: (p: { score: string }) => `Score : ${p.score} sur 5`,
  cappedAt: (p: { stage: number; question: string; statement: string; uncapped: number }) =>
    `Stade limité à ${p.stage} tant qu’à la question « ${p.question} » votre réponse n’atteint pas « ${p.statement} ». Sans cette limite, votre score mènerait au stade ${p.uncapped}.`,
  lackingShare: (p: { share: string }) =>
    `Moins de ${p.share} des questions applicables ont reçu une réponse par un énoncé.`,
  lackingDontKnow: (p: { count: number; max: number }) =>
    `${p.count} ${plural('fr-CA', p.count, 'réponse', 'réponses')} « Je ne sais pas », pour ${p.max} au plus.`,
  overallWithheld:
    'Pas de moyenne des dimensions : au moins une dimension manque d’information. Complétez-la pour l’obtenir.',
  obligationsNotScore: 'Une liste de vérification à part : elle n’entre dans aucun score ni dans aucune moyenne.',
  obligationsCounts: (p: { met: number; unmet: number; unknown: number }) =>
    `${p.met} ${plural('fr-CA', p.met, 'obligation remplie', 'obligations remplies')}, ${p.unmet} ${plural('fr-CA', p.unmet, 'non remplie', 'non remplies')}, ${p.unknown} à vérifier.`,
  obligationMet: 'Remplie',
  obligationUnmet: 'Non remplie',
  obligationUnknown: 'À vérifier',
  obligationTodo: (p: { what: string }) => `À faire : ${p.what}`,
  obligationUnknownHelp: 'Vous avez répondu « Je ne sais pas » ou n’avez pas répondu : à vérifier.',
});

export const en: typeof fr = {
  spreadTitle: 'Your answers by level',
  spreadLevel: (p: { level: number; count: number }) =>
    `Level ${p.level}: ${p.count} ${plural('en-CA', p.count, 'answer', 'answers')}`,
  scoreLine: (p: { score: string }) => `Score: ${p.score} out of 5`,
  cappedAt: (p: { stage: number; question: string; statement: string; uncapped: number }) =>
    `Stage held at ${p.stage} until your answer to “${p.question}” reaches “${p.statement}”. Without this limit, your score would give stage ${p.uncapped}.`,
  lackingShare: (p: { share: string }) => `Fewer than ${p.share} of the applicable questions were answered with a statement.`,
  lackingDontKnow: (p: { count: number; max: number }) =>
    `${p.count} “Don’t know” ${plural('en-CA', p.count, 'answer', 'answers')}, for at most ${p.max}.`,
  overallWithheld: 'No mean of the dimensions: at least one dimension lacks information. Complete it to get one.',
  obligationsNotScore: 'A separate checklist: it enters no score and no mean.',
  obligationsCounts: (p: { met: number; unmet: number; unknown: number }) =>
    `${p.met} ${plural('en-CA', p.met, 'obligation met', 'obligations met')}, ${p.unmet} not met, ${p.unknown} to check.`,
  obligationMet: 'Met',
  obligationUnmet: 'Not met',
  obligationUnknown: 'To check',
  obligationTodo: (p: { what: string }) => `To do: ${p.what}`,
  obligationUnknownHelp: 'You answered “Don’t know” or did not answer: check.',
};
