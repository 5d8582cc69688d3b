import { count, formatCount } from './format.ts';
import { frenchSpacing } from './typography.ts';

export const fr = frenchSpacing({
  title: 'Diapason',
  intro:
    'En une vingtaine de minutes, faites le point sur les pratiques de données de votre organisme : collecte, usage, gouvernance, compétences. Vous obtenez un profil et les prochaines étapes à franchir.',
  offlineNote: 'Diapason fonctionne sans connexion. Chaque réponse est enregistrée sur cet ordinateur dès que vous la donnez.',
  start: 'Commencer : décrire mon organisme',
  yourOrganization: 'Votre organisme',
  editProfile: 'Modifier le profil',
  newAssessment: 'Commencer une évaluation',
  resume: 'Reprendre l’évaluation',
  inProgress: (p: { answered: number; total: number; date: string }) =>
    `Évaluation en cours : ${count(p.answered, 'fr', 'réponse', 'réponses')} sur ${formatCount(p.total, 'fr')}, commencée le ${p.date}.`,
  completedTitle: 'Évaluations terminées',
  completedOn: (p: { n: number; date: string; version: string }) => `Évaluation ${p.n}, terminée le ${p.date} (questionnaire ${p.version})`,
  seeResult: 'Voir le résultat',
  seePath: 'Voir le parcours de l’organisme',
  noCompleted: 'Aucune évaluation terminée pour l’instant.',
  manageOrganizations: 'Changer d’organisme ou en ajouter un',
  inventoryLink: 'Inventaire des données et des compétences',
  // Once an assessment is completed (the rest of that section loads with it: ./home-plan.ts).
  startAgain: 'Commencer une nouvelle évaluation',
  againWhen: (p: { date: string }) => `Une nouvelle évaluation est utile environ un an après la dernière : vers le ${p.date}.`,
  againDue: 'Il y a environ un an depuis la dernière évaluation : c’est le bon moment pour en faire une nouvelle.',
});

export const en: typeof fr = {
  title: 'Diapason',
  intro:
    'In about twenty minutes, take stock of your organization’s data practices: collection, usage, governance, skills. You get a profile and the next steps to take.',
  offlineNote: 'Diapason works without a connection. Every answer is saved on this computer as soon as you give it.',
  start: 'Start: describe my organization',
  yourOrganization: 'Your organization',
  editProfile: 'Edit profile',
  newAssessment: 'Start an assessment',
  resume: 'Resume the assessment',
  inProgress: (p: { answered: number; total: number; date: string }) =>
    `Assessment in progress: ${p.answered} of ${p.total} answered, started on ${p.date}.`,
  completedTitle: 'Completed assessments',
  completedOn: (p: { n: number; date: string; version: string }) => `Assessment ${p.n}, completed on ${p.date} (questionnaire ${p.version})`,
  seeResult: 'See the result',
  seePath: 'See the organization’s path',
  noCompleted: 'No completed assessment yet.',
  manageOrganizations: 'Switch organization or add one',
  inventoryLink: 'Inventory of data and skills',
  startAgain: 'Start a new assessment',
  againWhen: (p: { date: string }) => `A new assessment is useful about a year after the last one: around ${p.date}.`,
  againDue: 'About a year has passed since the last assessment: a good time for a new one.',
};
