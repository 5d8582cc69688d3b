/** Local data in settings: backup export and import, deleting everything. The full-disk alert's words, on every screen, are in ./storage-full.ts. */
import { count, pluralForm, formatCount } from './format.ts';
import { frenchSpacing } from './typography.ts';

export const fr = frenchSpacing({
  backupTitle: 'Sauvegarde',
  backupIntro:
    'Vos réponses ne sont que sur cet ordinateur. Une sauvegarde est un fichier qui les contient toutes : gardez-la en lieu sûr, ou importez-la sur un autre ordinateur.',
  lastBackup: (p: { date: string }) => `Dernière sauvegarde : ${p.date}.`,
  neverBackedUp: 'Aucune sauvegarde n’a encore été faite sur cet ordinateur.',
  exportButton: 'Exporter une sauvegarde',
  exporting: 'Préparation de la sauvegarde…',
  importTitle: 'Importer une sauvegarde',
  importLabel: 'Choisir un fichier de sauvegarde Diapason (.json)…',
  importNoFile: 'Aucun fichier choisi.',
  importHelp: 'Rien ne change sur cet ordinateur avant que vous ayez vu ce que contient le fichier et confirmé.',
  checking: 'Vérification du fichier…',
  refusedTitle: 'Ce fichier ne peut pas être importé',
  nothingChanged: 'Rien n’a été modifié sur cet ordinateur.',
  problemTooLarge: (p: { size: string; limit: string; organizations: string }) =>
    `Le fichier pèse ${p.size}, plus que les ${p.limit} que peut peser une sauvegarde Diapason (de quoi tenir ${p.organizations} organismes ayant chacun deux évaluations complètes). Ce n’est sans doute pas une sauvegarde Diapason.`,
  problemTooDeep: 'Le fichier est construit de façon anormale (trop d’imbrications) : ce n’est pas une sauvegarde Diapason.',
  problemNotJson: 'Le fichier est incomplet ou abîmé (ce n’est pas du JSON valide). Exportez une nouvelle sauvegarde, ou essayez une copie plus ancienne.',
  problemForbiddenKey: (p: { key: string }) =>
    `Le fichier contient un champ dangereux (« ${p.key} ») qu’une sauvegarde Diapason ne contient jamais : il a été modifié, il est refusé par prudence.`,
  problemNotABackup: 'Ce fichier n’est pas une sauvegarde Diapason.',
  problemNewerFormat: (p: { version: string }) =>
    `Cette sauvegarde vient d’une version plus récente de Diapason (format ${p.version}). Mettez Diapason à jour, puis importez-la de nouveau.`,
  problemUnknownFormat: (p: { version: string }) =>
    `Ce fichier indique un format de sauvegarde (${p.version}) qu’aucune version de Diapason n’a produit : il a été modifié ou ne vient pas de Diapason.`,
  problemChecksum:
    'Le contenu du fichier ne correspond plus à sa somme de contrôle : il a été modifié ou abîmé après l’exportation. Utilisez une autre copie de la sauvegarde.',
  problemExportDate: 'La date d’exportation du fichier n’est pas une date possible : il a été modifié ou ne vient pas de Diapason.',
  problemInvalidRow: (p: { table: string; index: number; field: string }) =>
    `Le fichier contient une donnée illisible (${p.table}, ligne ${p.index}, champ « ${p.field} »).`,
  problemDuplicateRow: (p: { table: string; key: string }) => `Le fichier contient deux fois la même donnée (${p.table} : ${p.key}).`,
  problemMissingOrganization: 'Le fichier contient une évaluation sans son organisme.',
  problemMissingAssessment: 'Le fichier contient des réponses sans leur évaluation.',
  problemMissingInventoryOrganization: 'Le fichier contient une source de données ou un rôle d’inventaire sans son organisme.',
  problemMissingPlanOrganization: 'Le fichier contient des actions du plan sans leur organisme.',
  problemUnknownQuestionnaire: (p: { version: string }) =>
    `Le fichier contient une évaluation sur la version ${p.version} du questionnaire, que cette version de Diapason ne connaît pas. Mettez Diapason à jour, puis réessayez.`,
  problemUnknownItem: (p: { item: string; version: string }) =>
    `Le fichier contient une réponse à une question qui n’existe pas dans la version ${p.version} du questionnaire (« ${p.item} »).`,
  previewTitle: 'Ce que contient la sauvegarde',
  previewMeta: (p: { date: string; version: string }) => `Exportée le ${p.date} par Diapason ${p.version}.`,
  previewEmpty: 'Cette sauvegarde ne contient aucun organisme.',
  organizationContents: (p: { assessments: number; completed: number; answers: number }) =>
    `${count(p.assessments, 'fr', 'évaluation', 'évaluations')}, dont ${count(p.completed, 'fr', 'terminée', 'terminées')}, ${count(p.answers, 'fr', 'réponse', 'réponses')}`,
  organizationNew: 'nouveau sur cet ordinateur',
  organizationExists: (p: { added: number; updated: number; kept: number }) =>
    `déjà sur cet ordinateur : en ajoutant, ${count(p.added, 'fr', 'évaluation ajoutée', 'évaluations ajoutées')}, ${count(p.updated, 'fr', 'remplacée', 'remplacées')} par une copie plus récente, ${count(p.kept, 'fr', 'gardée telle quelle', 'gardées telles quelles')}`,
  modeLegend: 'Que faire ?',
  modeAdd: 'Ajouter à mes données',
  modeAddHelp:
    'Les organismes de la sauvegarde s’ajoutent à ceux de cet ordinateur. Pour un organisme déjà ici, chaque évaluation garde sa version la plus récente : rien de ce qui est ici n’est perdu.',
  modeReplace: 'Remplacer toutes mes données',
  modeReplaceHelp: 'Tout ce qui est sur cet ordinateur est effacé, puis remplacé par la sauvegarde.',
  replaceLoses: 'Sera effacé de cet ordinateur :',
  andMore: (p: { n: number }) => `… et ${count(p.n, 'fr', 'autre organisme', 'autres organismes')}.`,
  showAll: 'Tout afficher',
  replaceLosesNothing: 'Cet ordinateur ne contient encore aucune donnée : rien ne sera perdu.',
  importButton: 'Importer',
  cancel: 'Annuler',
  importing: 'Importation…',
  imported: (p: { organizations: number }) => `Sauvegarde importée : ${count(p.organizations, 'fr', 'organisme', 'organismes')}.`,
  importFailed: 'L’importation a échoué et a été annulée : rien n’a été modifié sur cet ordinateur.',
  deleteTitle: 'Supprimer toutes mes données',
  deleteIntro:
    'Efface de cet ordinateur tous les organismes, évaluations, réponses, notes et réglages de Diapason. L’application reste installée et la langue choisie est gardée.',
  deleteButton: 'Supprimer toutes mes données…',
  deleteConfirmTitle: 'Tout supprimer de cet ordinateur ?',
  deleteConfirmLoses: (p: { organizations: number; assessments: number; answers: number }) =>
    `Seront supprimés définitivement : ${count(p.organizations, 'fr', 'organisme', 'organismes')}, ${count(p.assessments, 'fr', 'évaluation', 'évaluations')} et ${count(p.answers, 'fr', 'réponse', 'réponses')} avec leurs notes, ainsi que vos réglages.`,
  deleteConfirmIrreversible: 'C’est irréversible. Si vous voulez garder ces données, exportez d’abord une sauvegarde.',
  deleteConfirmButton: 'Oui, tout supprimer',
  deleted: 'Toutes vos données ont été supprimées de cet ordinateur, y compris des fichiers du navigateur.',
  deletedTracesLater:
    'Toutes vos données ont été supprimées de Diapason. Hors connexion, le navigateur peut encore en garder des traces dans ses fichiers : elles seront effacées au prochain démarrage de Diapason avec une connexion, si rien n’a été enregistré d’ici là. Pour les effacer sans attendre, videz les données de ce site dans les paramètres du navigateur.',
  deleteFailed: 'La suppression a échoué : rien n’a été effacé. Réessayez.',
  appVersion: (p: { version: string }) => `Version de Diapason : ${p.version}`,
});

export const en: typeof fr = {
  backupTitle: 'Backup',
  backupIntro:
    'Your answers are only on this computer. A backup is a file holding all of them: keep it somewhere safe, or import it on another computer.',
  lastBackup: (p: { date: string }) => `Last backup: ${p.date}.`,
  neverBackedUp: 'No backup has been made on this computer yet.',
  exportButton: 'Export a backup',
  exporting: 'Preparing the backup…',
  importTitle: 'Import a backup',
  importLabel: 'Choose a Diapason backup file (.json)…',
  importNoFile: 'No file chosen.',
  importHelp: 'Nothing changes on this computer until you have seen what the file holds and confirmed.',
  checking: 'Checking the file…',
  refusedTitle: 'This file cannot be imported',
  nothingChanged: 'Nothing was changed on this computer.',
  problemTooLarge: (p: { size: string; limit: string; organizations: string }) =>
    `The file is ${p.size}, more than the ${p.limit} a Diapason backup may weigh (room for ${p.organizations} organizations with two complete assessments each). It is probably not a Diapason backup.`,
  problemTooDeep: 'The file is built abnormally (too much nesting): it is not a Diapason backup.',
  problemNotJson: 'The file is incomplete or damaged (it is not valid JSON). Export a new backup, or try an older copy.',
  problemForbiddenKey: (p: { key: string }) =>
    `The file contains a dangerous field ("${p.key}") that a Diapason backup never has: it has been altered, and is refused to be safe.`,
  problemNotABackup: 'This file is not a Diapason backup.',
  problemNewerFormat: (p: { version: string }) =>
    `This backup comes from a newer version of Diapason (format ${p.version}). Update Diapason, then import it again.`,
  problemUnknownFormat: (p: { version: string }) =>
    `This file states a backup format (${p.version}) that no version of Diapason ever wrote: it has been altered or does not come from Diapason.`,
  problemChecksum:
    'The file’s content no longer matches its checksum: it was altered or damaged after it was exported. Use another copy of the backup.',
  problemExportDate: 'The file’s export date is not a possible date: it was altered or does not come from Diapason.',
  problemInvalidRow: (p: { table: string; index: number; field: string }) =>
    `The file contains unreadable data (${p.table}, row ${p.index}, field "${p.field}").`,
  problemDuplicateRow: (p: { table: string; key: string }) => `The file contains the same data twice (${p.table}: ${p.key}).`,
  problemMissingOrganization: 'The file contains an assessment without its organization.',
  problemMissingAssessment: 'The file contains answers without their assessment.',
  problemMissingInventoryOrganization: 'The file contains an inventory data source or role without its organization.',
  problemMissingPlanOrganization: 'The file contains plan actions without their organization.',
  problemUnknownQuestionnaire: (p: { version: string }) =>
    `The file contains an assessment on version ${p.version} of the questionnaire, which this version of Diapason does not know. Update Diapason, then try again.`,
  problemUnknownItem: (p: { item: string; version: string }) =>
    `The file contains an answer to a question that does not exist in version ${p.version} of the questionnaire ("${p.item}").`,
  previewTitle: 'What the backup holds',
  previewMeta: (p: { date: string; version: string }) => `Exported on ${p.date} by Diapason ${p.version}.`,
  previewEmpty: 'This backup holds no organization.',
  organizationContents: (p: { assessments: number; completed: number; answers: number }) =>
    `${count(p.assessments, 'en', 'assessment', 'assessments')}, ${formatCount(p.completed, 'en')} completed, ${count(p.answers, 'en', 'answer', 'answers')}`,
  organizationNew: 'new on this computer',
  organizationExists: (p: { added: number; updated: number; kept: number }) =>
    `already on this computer: when adding, ${count(p.added, 'en', 'assessment', 'assessments')} added, ${formatCount(p.updated, 'en')} replaced by a more recent copy, ${formatCount(p.kept, 'en')} kept as ${pluralForm(p.kept, 'en', 'it is', 'they are')}`,
  modeLegend: 'What should happen?',
  modeAdd: 'Add to my data',
  modeAddHelp:
    'The backup’s organizations are added to the ones on this computer. For an organization already here, each assessment keeps its most recent version: nothing here is lost.',
  modeReplace: 'Replace all my data',
  modeReplaceHelp: 'Everything on this computer is deleted, then replaced by the backup.',
  replaceLoses: 'Will be deleted from this computer:',
  andMore: (p: { n: number }) => `… and ${count(p.n, 'en', 'other organization', 'other organizations')}.`,
  showAll: 'Show all',
  replaceLosesNothing: 'This computer holds no data yet: nothing will be lost.',
  importButton: 'Import',
  cancel: 'Cancel',
  importing: 'Importing…',
  imported: (p: { organizations: number }) => `Backup imported: ${count(p.organizations, 'en', 'organization', 'organizations')}.`,
  importFailed: 'The import failed and was cancelled: nothing was changed on this computer.',
  deleteTitle: 'Delete all my data',
  deleteIntro:
    'Deletes every Diapason organization, assessment, answer, note and setting from this computer. The app stays installed and your language choice is kept.',
  deleteButton: 'Delete all my data…',
  deleteConfirmTitle: 'Delete everything from this computer?',
  deleteConfirmLoses: (p: { organizations: number; assessments: number; answers: number }) =>
    `Will be deleted for good: ${count(p.organizations, 'en', 'organization', 'organizations')}, ${count(p.assessments, 'en', 'assessment', 'assessments')} and ${count(p.answers, 'en', 'answer', 'answers')} with their notes, and your settings.`,
  deleteConfirmIrreversible: 'This cannot be undone. To keep this data, export a backup first.',
  deleteConfirmButton: 'Yes, delete everything',
  deleted: 'All your data has been deleted from this computer, including the browser’s files.',
  deletedTracesLater:
    'All your data has been deleted from Diapason. Offline, the browser may still keep traces of it in its files: they will be erased the next time Diapason starts with a connection, if nothing has been saved by then. To erase them at once, clear this site’s data in the browser’s settings.',
  deleteFailed: 'Deleting failed: nothing was erased. Try again.',
  appVersion: (p: { version: string }) => `Diapason version: ${p.version}`,
};
