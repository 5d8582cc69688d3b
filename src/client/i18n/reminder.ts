/** The home screen's backup reminder: small on purpose, it is part of the first screen. */
import { frenchSpacing } from './typography.ts';

export const fr = frenchSpacing({
  title: 'Sauvegarde',
  never:
    'Votre navigateur n’a pas garanti de conserver vos données, et vous n’avez jamais exporté de sauvegarde. Exportez-en une pour ne rien perdre.',
  old: (p: { date: string }) =>
    `Votre navigateur n’a pas garanti de conserver vos données, et votre dernière sauvegarde date du ${p.date}. Exportez-en une nouvelle pour ne rien perdre.`,
  exportButton: 'Exporter une sauvegarde',
  exported: (p: { file: string }) => `Sauvegarde enregistrée dans vos téléchargements : ${p.file}.`,
  exportFailed: 'La sauvegarde n’a pas pu être préparée. Vos données sont intactes ; réessayez.',
  later: 'Plus tard',
});

export const en: typeof fr = {
  title: 'Backup',
  never:
    'Your browser has not guaranteed to keep your data, and you have never exported a backup. Export one so nothing is lost.',
  old: (p: { date: string }) =>
    `Your browser has not guaranteed to keep your data, and your last backup is from ${p.date}. Export a new one so nothing is lost.`,
  exportButton: 'Export a backup',
  exported: (p: { file: string }) => `Backup saved in your downloads: ${p.file}.`,
  exportFailed: 'The backup could not be prepared. Your data is intact; try again.',
  later: 'Later',
};
