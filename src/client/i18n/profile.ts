import { count, pluralForm } from './format.ts';
import { frenchSpacing } from './typography.ts';

export const fr = frenchSpacing({
  titleNew: 'Décrire votre organisme',
  titleEdit: 'Profil de l’organisme',
  intro:
    'Ces renseignements servent à situer votre organisme. Le nom reste sur cet ordinateur ; le reste ne sera partagé, sous forme de catégories, que si vous activez un jour la synchronisation.',
  name: 'Nom de l’organisme',
  nameHelp: 'Reste sur cet ordinateur, n’est jamais envoyé.',
  role: 'Rôle',
  discipline: 'Discipline principale',
  region: 'Région administrative',
  sizeBand: 'Taille de l’équipe',
  choose: 'Choisir…',
  save: 'Enregistrer',
  saveAndStart: 'Enregistrer et commencer l’évaluation',
  cancel: 'Annuler',
  required: 'Ce champ est obligatoire.',
  fixErrors: (p: { n: number }) => `Le formulaire contient ${count(p.n, 'fr', 'erreur', 'erreurs')}. ${pluralForm(p.n, 'fr', 'Corrigez le champ indiqué', 'Corrigez les champs indiqués')}.`,
  saved: 'Profil enregistré.',
  saveFailed: 'Le profil n’a pas pu être enregistré. Vos réponses au formulaire sont toujours là : réessayez.',
  saveFailedStorageFull:
    'L’espace de stockage de cet ordinateur est plein : le profil n’a pas pu être enregistré. Libérez de l’espace (ou exportez une sauvegarde dans les paramètres), puis réessayez ; le formulaire garde ce que vous avez saisi.',
});

export const en: typeof fr = {
  titleNew: 'Describe your organization',
  titleEdit: 'Organization profile',
  intro:
    'This information places your organization. The name stays on this computer; the rest is shared, as categories, only if you ever turn on sync.',
  name: 'Organization name',
  nameHelp: 'Stays on this computer, never sent.',
  role: 'Role',
  discipline: 'Main discipline',
  region: 'Administrative region',
  sizeBand: 'Team size',
  choose: 'Choose…',
  save: 'Save',
  saveAndStart: 'Save and start the assessment',
  cancel: 'Cancel',
  required: 'This field is required.',
  fixErrors: (p: { n: number }) => `The form has ${count(p.n, 'en', 'error', 'errors')}. Fix the ${pluralForm(p.n, 'en', 'field', 'fields')} marked.`,
  saved: 'Profile saved.',
  saveFailed: 'The profile could not be saved. What you typed is still here: try again.',
  saveFailedStorageFull:
    'This computer’s storage is full: the profile could not be saved. Free some space (or export a backup in settings), then try again; the form keeps what you typed.',
};
