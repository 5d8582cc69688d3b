import { frenchSpacing } from './typography.ts';

export const fr = frenchSpacing({
  title: 'Paramètres',
  language: 'Langue',
  languageHelp: 'La langue de l’interface et du questionnaire.',
  storageTitle: 'Stockage sur cet ordinateur',
  storagePersisted: 'Le navigateur garde vos données de façon persistante : il ne les effacera pas pour faire de la place.',
  storageNotPersisted:
    'Le navigateur n’a pas accordé le stockage persistant : il pourrait effacer vos données s’il manque d’espace. Ce que vous pouvez faire : installer Diapason comme application (menu du navigateur, « Installer ») ou ajouter cette page à vos favoris, ce qui amène souvent le navigateur à l’accorder ; et, dans tous les cas, exporter une sauvegarde de temps en temps (plus bas, « Exporter une sauvegarde »).',
  storageUnknown: 'Le stockage persistant sera demandé à votre première réponse enregistrée.',
  storageUnsupported: 'Ce navigateur ne permet pas de demander un stockage persistant.',
  editorTitle: 'Rédaction de questionnaires',
  editorHelp: 'Pour les personnes qui rédigent ou relisent un questionnaire : vérifier un fichier, le parcourir sans rien enregistrer, l’imprimer pour un comité.',
  editorLink: 'Vérifier un questionnaire',
});

export const en: typeof fr = {
  title: 'Settings',
  language: 'Language',
  languageHelp: 'The language of the interface and of the questionnaire.',
  storageTitle: 'Storage on this computer',
  storagePersisted: 'The browser keeps your data persistently: it will not delete it to free space.',
  storageNotPersisted:
    'The browser did not grant persistent storage: it could delete your data if space runs low. What you can do: install Diapason as an app (the browser’s menu, “Install”) or bookmark this page, which often leads the browser to grant it; and in any case, export a backup now and then (below, “Export a backup”).',
  storageUnknown: 'Persistent storage will be requested at your first saved answer.',
  storageUnsupported: 'This browser cannot be asked for persistent storage.',
  editorTitle: 'Writing questionnaires',
  editorHelp: 'For the people who write or review a questionnaire: check a file, walk through it without saving anything, print it for a committee.',
  editorLink: 'Check a questionnaire',
};
