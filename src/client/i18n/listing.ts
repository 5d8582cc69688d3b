import { count } from './format.ts';
import { frenchSpacing } from './typography.ts';

/**
 * The printable listing of a whole questionnaire (every question, statement and next step), for a
 * committee to review on paper or for an organization to read before starting; and the buttons that
 * make it.
 */
export const fr = frenchSpacing({
  download: 'Voir toutes les questions (PDF)',
  downloadHelp: 'Le questionnaire en entier, à lire ou à imprimer avant de commencer : chaque question, ses énoncés et les prochaines étapes proposées.',
  working: 'Préparation du PDF…',
  done: 'Le PDF a été téléchargé.',
  failed: 'Le PDF n’a pas pu être produit; réessayez.',
  fileWhat: 'questions',

  kicker: 'Questionnaire complet, pour relecture',
  facts: (p: { version: string; dimensions: number; items: number }) =>
    `Version ${p.version} · ${count(p.dimensions, 'fr', 'dimension', 'dimensions')} · ${count(p.items, 'fr', 'question', 'questions')}`,
  produced: (p: { date: string }) => `Document produit le ${p.date} avec Diapason.`,
  howToReadTitle: 'Comment lire ce document',
  howToRead:
    'Chaque question propose un énoncé par niveau, du niveau 1 au niveau 5; la personne qui répond choisit celui qui décrit le mieux son organisme, ou « Je ne sais pas ». La prochaine étape d’un énoncé est l’action que la feuille de route propose à qui a choisi cet énoncé, avec son effort et son horizon.',
  stagesTitle: 'Les stades',
  dimensionHeading: (p: { n: number; label: string }) => `Dimension ${p.n} : ${p.label}`,
  dimensionStages: 'Ce que veut dire chaque stade dans cette dimension',
  questionHeading: (p: { n: number; question: string }) => `${p.n}. ${p.question}`,
  helpLabel: 'Aide',
  colLevel: 'Niveau',
  colStatement: 'Énoncé',
  colNextStep: 'Prochaine étape',
  colEffort: 'Effort',
  colHorizon: 'Horizon',
  colStage: 'Stade visé',
  colAction: 'Action',
  noNextStep: '—',
  notApplicable: (p: { reason: string }) => `« Sans objet » est proposé : ${p.reason}`,
  appliesTo: (p: { modes: string }) => `Posée seulement aux organismes qui vendent ainsi : ${p.modes}.`,
  variant: (p: { modes: string }) => `Autre libellé, pour les organismes qui vendent ainsi : ${p.modes}.`,
  weight: (p: { weight: string }) => `Poids dans la dimension : ${p.weight}.`,
  actionsTitle: 'Actions de la dimension',
  floor: (p: { item: number; atLeast: number; maxStage: number }) =>
    `Plancher : le stade de la dimension ne dépasse pas ${p.maxStage} tant que la réponse à la question ${p.item} est sous le niveau ${p.atLeast}.`,
  readinessTitle: 'Critères de préparation',
  readinessIntro: (p: { n: number }) =>
    `Une liste à part des scores, jamais additionnée à eux. « Presque » : au plus ${count(p.n, 'fr', 'critère manquant', 'critères manquants')}, jamais un critère essentiel.`,
  essential: 'essentiel',
  matchAll: 'toutes les conditions',
  matchAny: 'une condition suffit',
  condition: (p: { item: number; question: string; atLeast: number }) => `Question ${p.item} (${p.question}) : niveau ${p.atLeast} ou plus`,
  missingLabel: (p: { text: string }) => `S’il manque : ${p.text}`,
  footer: (p: { title: string; version: string }) => `${p.title}, version ${p.version}`,
  page: (p: { n: number; total: number }) => `Page ${p.n} sur ${p.total}`,
});

export const en: typeof fr = {
  download: 'See all the questions (PDF)',
  downloadHelp: 'The whole questionnaire, to read or print before starting: every question, its statements and the next steps it proposes.',
  working: 'Preparing the PDF…',
  done: 'The PDF was downloaded.',
  failed: 'The PDF could not be produced; try again.',
  fileWhat: 'questions',

  kicker: 'Complete questionnaire, for review',
  facts: (p: { version: string; dimensions: number; items: number }) =>
    `Version ${p.version} · ${count(p.dimensions, 'en', 'dimension', 'dimensions')} · ${count(p.items, 'en', 'question', 'questions')}`,
  produced: (p: { date: string }) => `Produced on ${p.date} with Diapason.`,
  howToReadTitle: 'How to read this document',
  howToRead:
    'Each question offers one statement per level, from level 1 to level 5; the person answering picks the one that best describes their organization, or “I don’t know”. A statement’s next step is the action the roadmap proposes to whoever picked that statement, with its effort and horizon.',
  stagesTitle: 'The stages',
  dimensionHeading: (p: { n: number; label: string }) => `Dimension ${p.n}: ${p.label}`,
  dimensionStages: 'What each stage means in this dimension',
  questionHeading: (p: { n: number; question: string }) => `${p.n}. ${p.question}`,
  helpLabel: 'Help',
  colLevel: 'Level',
  colStatement: 'Statement',
  colNextStep: 'Next step',
  colEffort: 'Effort',
  colHorizon: 'Horizon',
  colStage: 'Target stage',
  colAction: 'Action',
  noNextStep: '—',
  notApplicable: (p: { reason: string }) => `“Not applicable” is offered: ${p.reason}`,
  appliesTo: (p: { modes: string }) => `Asked only of organizations that sell this way: ${p.modes}.`,
  variant: (p: { modes: string }) => `Other wording, for organizations that sell this way: ${p.modes}.`,
  weight: (p: { weight: string }) => `Weight in the dimension: ${p.weight}.`,
  actionsTitle: 'Actions of the dimension',
  floor: (p: { item: number; atLeast: number; maxStage: number }) =>
    `Floor: the dimension’s stage stays at most ${p.maxStage} while the answer to question ${p.item} is below level ${p.atLeast}.`,
  readinessTitle: 'Readiness criteria',
  readinessIntro: (p: { n: number }) =>
    `A checklist apart from the scores, never added to them. “Almost”: at most ${count(p.n, 'en', 'criterion missing', 'criteria missing')}, never an essential one.`,
  essential: 'essential',
  matchAll: 'every condition',
  matchAny: 'one condition is enough',
  condition: (p: { item: number; question: string; atLeast: number }) => `Question ${p.item} (${p.question}): level ${p.atLeast} or more`,
  missingLabel: (p: { text: string }) => `If missing: ${p.text}`,
  footer: (p: { title: string; version: string }) => `${p.title}, version ${p.version}`,
  page: (p: { n: number; total: number }) => `Page ${p.n} of ${p.total}`,
};
