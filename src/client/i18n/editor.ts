import { count } from './format.ts';
import { frenchSpacing } from './typography.ts';

/** The editors' page: open a questionnaire file, read what the check found, walk through it, print it. */
export const fr = frenchSpacing({
  title: 'Vérifier un questionnaire',
  intro:
    'Pour les personnes qui rédigent un questionnaire. Ouvrez un fichier de questionnaire (JSON) de votre ordinateur : l’application le vérifie avec les mêmes règles que la vérification en ligne de commande des programmeurs, puis vous laisse le parcourir comme une personne répondante et l’imprimer pour un comité.',
  privacy: 'Le fichier reste sur cet ordinateur : rien n’est envoyé ni enregistré.',
  chooseFile: 'Ouvrir un fichier de questionnaire',
  dropHint: 'Ou déposez le fichier ici.',
  reading: 'Lecture du fichier…',
  unreadable: 'Ce fichier n’a pas pu être lu. Vérifiez qu’il s’agit bien d’un fichier texte (JSON) et réessayez.',
  tooLarge: (p: { megabytes: string }) => `Ce fichier pèse plus de ${p.megabytes} Mo : un questionnaire est bien plus petit. Vérifiez le fichier choisi.`,
  fileHeading: (p: { name: string }) => `Fichier « ${p.name} »`,
  questionnaireLine: (p: { title: string; version: string }) => `${p.title}, version ${p.version}`,
  noProblem: 'Aucun problème : le fichier respecte toutes les règles.',
  counts: (p: { errors: number; warnings: number }) =>
    [
      ...(p.errors ? [count(p.errors, 'fr', 'erreur', 'erreurs')] : []),
      ...(p.warnings ? [count(p.warnings, 'fr', 'avertissement', 'avertissements')] : []),
    ].join(' et ') + '.',
  cannotUse:
    'Un fichier qui a une erreur ne peut pas être utilisé : corrigez les erreurs dans votre éditeur de texte, puis ouvrez le fichier de nouveau pour le parcourir ou l’imprimer.',
  warningsOnly: 'Les avertissements sont des conseils : le fichier peut être utilisé tel quel.',
  errorsTitle: 'Erreurs',
  warningsTitle: 'Avertissements',
  places: (p: { n: number }) => count(p.n, 'fr', 'endroit', 'endroits'),
  morePlaces: (p: { n: number }) => `Voir ${count(p.n, 'fr', 'autre endroit', 'autres endroits')}`,
  severityError: 'Erreur',
  severityWarning: 'Avertissement',
  nextTitle: 'Et ensuite',
  walk: 'Parcourir comme une personne répondante',
  walkHelp: 'Les écrans du questionnaire, avec ce fichier : vos réponses ne sont pas enregistrées.',
  printHelp: 'Le questionnaire entier, pour un comité qui le relit sur papier : chaque question, ses énoncés, les prochaines étapes avec leur effort et leur horizon.',
  openAnother: 'Ouvrir un autre fichier',
  previewBanner: 'Aperçu : rien n’est enregistré.',
  previewBannerBody: 'Vos réponses restent dans cette page et disparaissent quand vous la quittez. Aucune évaluation n’est créée.',
  backToMessages: 'Retour aux messages',
  previewEnd: 'Fin de l’aperçu',
  previewEndBody: (p: { answered: number; total: number }) =>
    `Vous avez répondu à ${count(p.answered, 'fr', 'question', 'questions')} sur ${p.total}. Rien n’a été enregistré.`,
});

export const en: typeof fr = {
  title: 'Check a questionnaire',
  intro:
    'For the people who write a questionnaire. Open a questionnaire file (JSON) from your computer: the app checks it with the same rules as the programmers’ command-line check, then lets you walk through it as a respondent would and print it for a committee.',
  privacy: 'The file stays on this computer: nothing is sent or saved.',
  chooseFile: 'Open a questionnaire file',
  dropHint: 'Or drop the file here.',
  reading: 'Reading the file…',
  unreadable: 'This file could not be read. Check that it is a text (JSON) file and try again.',
  tooLarge: (p: { megabytes: string }) => `This file is over ${p.megabytes} MB: a questionnaire is much smaller. Check the file you chose.`,
  fileHeading: (p: { name: string }) => `File “${p.name}”`,
  questionnaireLine: (p: { title: string; version: string }) => `${p.title}, version ${p.version}`,
  noProblem: 'No problem: the file follows every rule.',
  counts: (p: { errors: number; warnings: number }) =>
    [
      ...(p.errors ? [count(p.errors, 'en', 'error', 'errors')] : []),
      ...(p.warnings ? [count(p.warnings, 'en', 'warning', 'warnings')] : []),
    ].join(' and ') + '.',
  cannotUse:
    'A file with an error cannot be used: fix the errors in your text editor, then open the file again to walk through it or print it.',
  warningsOnly: 'Warnings are advice: the file can be used as it is.',
  errorsTitle: 'Errors',
  warningsTitle: 'Warnings',
  places: (p: { n: number }) => count(p.n, 'en', 'place', 'places'),
  morePlaces: (p: { n: number }) => `See ${count(p.n, 'en', 'other place', 'other places')}`,
  severityError: 'Error',
  severityWarning: 'Warning',
  nextTitle: 'What next',
  walk: 'Walk through as a respondent',
  walkHelp: 'The questionnaire’s screens, with this file: your answers are not saved.',
  printHelp: 'The whole questionnaire, for a committee reviewing it on paper: every question, its statements, the next steps with their effort and horizon.',
  openAnother: 'Open another file',
  previewBanner: 'Preview: nothing is saved.',
  previewBannerBody: 'Your answers stay in this page and are gone when you leave it. No assessment is created.',
  backToMessages: 'Back to the messages',
  previewEnd: 'End of the preview',
  previewEndBody: (p: { answered: number; total: number }) =>
    `You answered ${count(p.answered, 'en', 'question', 'questions')} of ${p.total}. Nothing was saved.`,
};
