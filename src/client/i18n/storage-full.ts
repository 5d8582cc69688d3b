/**
 * The full-disk alert, which any screen may show (so on the first screen: kept apart from the settings'
 * words), and the export it offers, also used by the settings screen.
 */
import { frenchSpacing } from './typography.ts';

export const fr = frenchSpacing({
  exported: (p: { file: string }) => `Sauvegarde enregistrée dans vos téléchargements : ${p.file}.`,
  exportFailed: 'La sauvegarde n’a pas pu être préparée. Vos données sont intactes ; réessayez.',
  fullTitle: 'L’espace de stockage de cet ordinateur est plein',
  fullBody:
    'Votre dernière réponse n’a pas pu être enregistrée. Elle reste affichée dans cette page, mais serait perdue si vous la fermiez. Exportez une sauvegarde maintenant : elle contient aussi les réponses pas encore enregistrées. Libérez ensuite de l’espace et cliquez sur « Réessayer » à côté de la réponse.',
  fullExport: 'Exporter une sauvegarde maintenant',
});

export const en: typeof fr = {
  exported: (p: { file: string }) => `Backup saved in your downloads: ${p.file}.`,
  exportFailed: 'The backup could not be prepared. Your data is intact; try again.',
  fullTitle: 'This computer’s storage space is full',
  fullBody:
    'Your last answer could not be saved. It stays on this page, but would be lost if you closed it. Export a backup now: it also holds the answers not saved yet. Then free some space and click “Try again” next to the answer.',
  fullExport: 'Export a backup now',
};
