/** Several organizations on one laptop: list, switch, rename, delete. */
import { count, formatCount } from './format.ts';
import { frenchSpacing } from './typography.ts';

export const fr = frenchSpacing({
  title: 'Organismes sur cet ordinateur',
  intro:
    'Vous accompagnez plusieurs organismes (consultant, personnel du CQM) ? Chacun garde ses propres évaluations. Tout reste sur cet ordinateur.',
  current: 'organisme actuel',
  contents: (p: { assessments: number; completed: number }) => `${count(p.assessments, 'fr', 'évaluation', 'évaluations')}, dont ${count(p.completed, 'fr', 'terminée', 'terminées')}`,
  switchTo: 'Travailler sur cet organisme',
  rename: 'Renommer',
  renameLabel: (p: { name: string }) => `Nouveau nom pour ${p.name}`,
  save: 'Enregistrer',
  cancel: 'Annuler',
  nameRequired: 'Le nom ne peut pas être vide.',
  renamed: (p: { name: string }) => `Organisme renommé : ${p.name}.`,
  delete: 'Supprimer…',
  deleteTitle: (p: { name: string }) => `Supprimer « ${p.name} » ?`,
  deleteLoses: (p: { name: string; assessments: number; completed: number; answers: number }) =>
    `« ${p.name} » et tout ce qui lui appartient seront effacés de cet ordinateur : ${count(p.assessments, 'fr', 'évaluation', 'évaluations')}, dont ${count(p.completed, 'fr', 'terminée', 'terminées')}, et ${count(p.answers, 'fr', 'réponse', 'réponses')} avec leurs notes.`,
  deleteIrreversible: 'C’est irréversible. Pour garder ces données, exportez d’abord une sauvegarde (Paramètres).',
  deleteConfirm: (p: { name: string }) => `Supprimer « ${p.name} »`,
  deleted: (p: { name: string }) => `« ${p.name} » a été supprimé de cet ordinateur.`,
  add: 'Ajouter un organisme',
  none: 'Aucun organisme sur cet ordinateur pour l’instant.',
  findLabel: 'Chercher un organisme par son nom',
  showing: (p: { shown: number; total: number }) => `${formatCount(p.shown, 'fr')} organismes affichés sur ${formatCount(p.total, 'fr')}, dans l’ordre où ils ont été ajoutés.`,
  found: (p: { shown: number; total: number }) =>
    p.shown === p.total ? `${count(p.total, 'fr', 'organisme trouvé', 'organismes trouvés')}.` : `${count(p.total, 'fr', 'organisme trouvé', 'organismes trouvés')}, ${formatCount(p.shown, 'fr')} affichés.`,
  showMore: (p: { count: number }) => `Afficher ${formatCount(p.count, 'fr')} de plus`,
  noMatch: 'Aucun organisme ne porte ce nom.',
  failed: 'L’opération a échoué ; rien n’a été modifié. Réessayez.',
});

export const en: typeof fr = {
  title: 'Organizations on this computer',
  intro:
    'Helping several organizations (as a consultant, or CQM staff)? Each keeps its own assessments. Everything stays on this computer.',
  current: 'current organization',
  contents: (p: { assessments: number; completed: number }) => `${count(p.assessments, 'en', 'assessment', 'assessments')}, ${formatCount(p.completed, 'en')} completed`,
  switchTo: 'Work on this organization',
  rename: 'Rename',
  renameLabel: (p: { name: string }) => `New name for ${p.name}`,
  save: 'Save',
  cancel: 'Cancel',
  nameRequired: 'The name cannot be empty.',
  renamed: (p: { name: string }) => `Organization renamed: ${p.name}.`,
  delete: 'Delete…',
  deleteTitle: (p: { name: string }) => `Delete “${p.name}”?`,
  deleteLoses: (p: { name: string; assessments: number; completed: number; answers: number }) =>
    `“${p.name}” and everything that belongs to it will be deleted from this computer: ${count(p.assessments, 'en', 'assessment', 'assessments')}, ${formatCount(p.completed, 'en')} completed, and ${count(p.answers, 'en', 'answer', 'answers')} with their notes.`,
  deleteIrreversible: 'This cannot be undone. To keep this data, export a backup first (Settings).',
  deleteConfirm: (p: { name: string }) => `Delete “${p.name}”`,
  deleted: (p: { name: string }) => `“${p.name}” has been deleted from this computer.`,
  add: 'Add an organization',
  none: 'No organization on this computer yet.',
  findLabel: 'Find an organization by name',
  showing: (p: { shown: number; total: number }) => `${formatCount(p.shown, 'en')} of ${formatCount(p.total, 'en')} organizations shown, in the order they were added.`,
  found: (p: { shown: number; total: number }) =>
    p.shown === p.total ? `${count(p.total, 'en', 'organization found', 'organizations found')}.` : `${count(p.total, 'en', 'organization found', 'organizations found')}, ${formatCount(p.shown, 'en')} shown.`,
  showMore: (p: { count: number }) => `Show ${formatCount(p.count, 'en')} more`,
  noMatch: 'No organization has that name.',
  failed: 'That did not work; nothing was changed. Try again.',
};
