/**
 * Work kept safe on this laptop: an assessment deleted in another tab, a note changed in another tab
 * while this one types, an update accepted elsewhere while answers here are not saved, what an import
 * leaves out (rows without their owner, requests to CQM without consent here), and what "delete all
 * my data" erases and what it cannot reach.
 */
import { count } from './format.ts';
import { frenchSpacing } from './typography.ts';

export const fr = frenchSpacing({
  goneElsewhere:
    'Cette évaluation a été supprimée dans un autre onglet ou une autre fenêtre (son organisme, ou toutes les données, y ont été supprimés). Rien n’a pu y être enregistré depuis.',
  changedElsewhere:
    'Cette note a été modifiée dans un autre onglet pendant que vous écriviez. Votre texte est gardé ici et remplacera l’autre à l’enregistrement.',
  skippedAnswers: (p: { n: number }) =>
    `${count(p.n, 'fr', 'réponse sans son évaluation sera ignorée', 'réponses sans leur évaluation seront ignorées')}.`,
  skippedAssessments: (p: { n: number }) =>
    `${count(p.n, 'fr', 'évaluation sans son organisme sera ignorée', 'évaluations sans leur organisme seront ignorées')}.`,
  skippedActions: (p: { n: number }) =>
    `${count(p.n, 'fr', 'suivi d’action sans son évaluation sera ignoré', 'suivis d’action sans leur évaluation seront ignorés')}.`,
  skippedSources: (p: { n: number }) =>
    `${count(p.n, 'fr', 'source de données de l’inventaire sans son organisme sera ignorée', 'sources de données de l’inventaire sans leur organisme seront ignorées')}.`,
  skippedRoles: (p: { n: number }) =>
    `${count(p.n, 'fr', 'rôle de l’inventaire sans son organisme sera ignoré', 'rôles de l’inventaire sans leur organisme seront ignorés')}.`,
  skippedPlanActions: (p: { n: number }) =>
    `${count(p.n, 'fr', 'action du plan sans son organisme sera ignorée', 'actions du plan sans leur organisme seront ignorées')}.`,
  skippedRespondents: (p: { n: number }) =>
    `${count(p.n, 'fr', 'répondant ou réponse de répondant sans son évaluation sera ignoré', 'répondants ou réponses de répondants sans leur évaluation seront ignorés')}.`,
  outboxKept: (p: { n: number }) =>
    `${count(p.n, 'fr', 'envoi au CQM est gardé', 'envois au CQM sont gardés')} : partage accepté sur cet ordinateur, ou retrait demandé.`,
  outboxDropped: (p: { n: number }) =>
    `${count(p.n, 'fr', 'envoi au CQM ne sera pas importé', 'envois au CQM ne seront pas importés')} : l’organisme n’a pas accepté le partage sur cet ordinateur. Rien ne part sans son accord donné ici.`,
  consentNotCarried: 'Le partage avec le CQM n’est pas repris d’une sauvegarde : il se donne de nouveau dans les paramètres de cet ordinateur.',
  deleteErases:
    'Ce qui est effacé : la base de données de Diapason est effacée de ce navigateur, avec tous les organismes, évaluations, réponses, notes, plans, réglages de partage et envois en attente.',
  deleteKeeps:
    'Ce que Diapason ne peut pas effacer : les sauvegardes que vous avez exportées (fichiers dans vos téléchargements), l’historique et les copies que le navigateur ou le système gardent de leur côté, et les résultats déjà partagés avec le CQM (retirez-les d’abord dans les paramètres de partage : le secret de retrait est effacé avec le reste).',
});

export const en: typeof fr = {
  goneElsewhere:
    'This assessment was deleted in another tab or window (its organization, or all data, was deleted there). Nothing could be saved into it since.',
  changedElsewhere:
    'This note was changed in another tab while you were typing. Your text is kept here and will replace the other one when saved.',
  skippedAnswers: (p: { n: number }) =>
    `${count(p.n, 'en', 'answer without its assessment will be left out', 'answers without their assessment will be left out')}.`,
  skippedAssessments: (p: { n: number }) =>
    `${count(p.n, 'en', 'assessment without its organization will be left out', 'assessments without their organization will be left out')}.`,
  skippedActions: (p: { n: number }) =>
    `${count(p.n, 'en', 'action follow-up without its assessment will be left out', 'action follow-ups without their assessment will be left out')}.`,
  skippedSources: (p: { n: number }) =>
    `${count(p.n, 'en', 'inventory data source without its organization will be left out', 'inventory data sources without their organization will be left out')}.`,
  skippedRoles: (p: { n: number }) =>
    `${count(p.n, 'en', 'inventory role without its organization will be left out', 'inventory roles without their organization will be left out')}.`,
  skippedPlanActions: (p: { n: number }) =>
    `${count(p.n, 'en', 'plan action without its organization will be left out', 'plan actions without their organization will be left out')}.`,
  skippedRespondents: (p: { n: number }) =>
    `${count(p.n, 'en', 'respondent or respondent’s answer without its assessment will be left out', 'respondents or respondents’ answers without their assessment will be left out')}.`,
  outboxKept: (p: { n: number }) =>
    `${count(p.n, 'en', 'request to CQM is kept', 'requests to CQM are kept')}: sharing agreed on this computer, or a withdrawal asked for.`,
  outboxDropped: (p: { n: number }) =>
    `${count(p.n, 'en', 'request to CQM will not be imported', 'requests to CQM will not be imported')}: the organization has not agreed to share on this computer. Nothing leaves without consent given here.`,
  consentNotCarried: 'Sharing with CQM is not taken from a backup: it is given again in the settings of this computer.',
  deleteErases:
    'What is erased: Diapason’s database is deleted from this browser, with every organization, assessment, answer, note, plan, sharing setting and pending request.',
  deleteKeeps:
    'What Diapason cannot erase: backups you exported (files in your downloads), the history and copies the browser or the system keep on their own, and results already shared with CQM (withdraw them first in the sharing settings: the withdrawal secret is erased with the rest).',
};
