import { frenchSpacing } from './typography.ts';

export const fr = frenchSpacing({
  title: 'Votre profil de maturité',
  intro: (p: { date: string; questionnaire: string; version: string }) =>
    `Évaluation du ${p.date}, questionnaire « ${p.questionnaire} », version ${p.version}.`,
  chartLabel: 'Graphique radar du profil : un axe par dimension, de 1 à 5.',
  chartUnavailable: 'Le graphique n’a pas pu être affiché ; le tableau ci-dessous contient les mêmes données.',
  tableCaption: 'Score et stade par dimension',
  byDimension: 'Détail par dimension',
  colDimension: 'Dimension',
  colScore: 'Score (1 à 5)',
  colStage: 'Stade',
  colConfidence: 'Confiance',
  score: 'Score',
  stage: 'Stade',
  confidence: 'Confiance',
  confidenceLine: (p: { value: string }) => `Confiance : ${p.value}`,
  confidenceHelp: 'Part des questions applicables auxquelles vous avez répondu par un énoncé.',
  insufficient: 'Information insuffisante',
  insufficientHelp:
    'Moins de 70 % des questions applicables ont reçu une réponse : aucun stade n’est affiché pour cette dimension.',
  stageName: (p: { level: number; name: string }) => `${p.level} – ${p.name}`,
  overall: (p: { score: string }) => `Moyenne des dimensions : ${p.score} sur 5`,
  overallHelp: 'La moyenne accompagne le profil ; c’est le profil par dimension qui compte.',
  howComputed: 'Comment le score est calculé',
  howComputedBody:
    'Chaque énoncé correspond à un niveau de 1 à 5. Le score d’une dimension est la moyenne pondérée des niveaux choisis, arrondie au dixième ; « Je ne sais pas » et « Sans objet » n’ont pas de valeur. Le stade est la partie entière du score.',
  backToQuestionnaire: 'Revoir mes réponses',
  home: 'Retour à l’accueil',
  notCompleted: 'Cette évaluation n’est pas terminée.',
});

export const en: typeof fr = {
  title: 'Your maturity profile',
  intro: (p: { date: string; questionnaire: string; version: string }) =>
    `Assessment of ${p.date}, questionnaire “${p.questionnaire}”, version ${p.version}.`,
  chartLabel: 'Radar chart of the profile: one axis per dimension, from 1 to 5.',
  chartUnavailable: 'The chart could not be shown; the table below holds the same data.',
  tableCaption: 'Score and stage per dimension',
  byDimension: 'Detail by dimension',
  colDimension: 'Dimension',
  colScore: 'Score (1 to 5)',
  colStage: 'Stage',
  colConfidence: 'Confidence',
  score: 'Score',
  stage: 'Stage',
  confidence: 'Confidence',
  confidenceLine: (p: { value: string }) => `Confidence: ${p.value}`,
  confidenceHelp: 'Share of the applicable questions you answered with a statement.',
  insufficient: 'Insufficient information',
  insufficientHelp: 'Fewer than 70% of the applicable questions were answered: no stage is shown for this dimension.',
  stageName: (p: { level: number; name: string }) => `${p.level} – ${p.name}`,
  overall: (p: { score: string }) => `Mean of the dimensions: ${p.score} out of 5`,
  overallHelp: 'The mean goes with the profile; the profile per dimension is what counts.',
  howComputed: 'How the score is computed',
  howComputedBody:
    'Each statement stands for a level from 1 to 5. A dimension’s score is the weighted mean of the levels chosen, rounded to one decimal; “Don’t know” and “Not applicable” carry no value. The stage is the whole part of the score.',
  backToQuestionnaire: 'Review my answers',
  home: 'Back to home',
  notCompleted: 'This assessment is not complete.',
};
