/**
 * The dashboard's organization-code screen: CQM staff make a batch of codes, one per member, shown
 * once and downloadable as CSV.
 */
import { count, formatCount, plural } from './format.ts';
import { frenchSpacing } from './typography.ts';

export const fr = frenchSpacing({
  title: 'Codes d’organisme',
  intro:
    'Chaque membre reçoit son propre code. Un code ne vaut que pour un organisme : le premier qui l’utilise le garde, et le serveur refuse qu’il parle pour un second. Le serveur ne garde qu’une empreinte de chaque code, jamais le code lui-même.',
  openMode:
    'Mode ouvert : ce serveur accepte des envois sans code, d’un nombre quelconque d’organismes fictifs. Il convient à une démonstration ou à un usage local, pas à de vraies données. Pour de vraies données, activez les codes (DIAPASON_ORGANIZATION_CODES=1).',
  codesMode: 'Les codes sont exigés : chaque envoi doit porter un code d’organisme remis par le CQM.',
  linkNote:
    'Le CQM ne sait quel membre a reçu quel code que s’il garde la liste. Gardez-la seulement le temps de l’envoi aux membres, puis détruisez-la : c’est ce que promet l’avis de confidentialité.',
  count: 'Nombre de codes à créer',
  countHelp: 'De 1 à 500.',
  countInvalid: 'Indiquez un nombre entier de 1 à 500.',
  make: 'Créer les codes',
  making: 'Création des codes…',
  failed: 'Les codes n’ont pas pu être créés. Réessayez.',
  shownOnce: (p: { count: number }) =>
    plural(p.count, 'fr', {
      one: 'Voici le nouveau code. Il n’est affiché qu’une fois : téléchargez-le ou notez-le maintenant.',
      other: `Voici les ${formatCount(p.count, 'fr')} nouveaux codes. Ils ne sont affichés qu’une fois : téléchargez-les maintenant.`,
    }),
  download: 'Télécharger les codes (CSV)',
  csvHeader: 'Code d’organisme',
  batchesTitle: 'Lots créés',
  noBatches: 'Aucun code créé pour l’instant.',
  batch: 'Lot',
  createdOn: 'Créé le',
  issued: 'Codes',
  used: 'Utilisés',
  batchSummary: (p: { issued: number; used: number }) =>
    `${count(p.used, 'fr', 'code utilisé', 'codes utilisés')} sur ${formatCount(p.issued, 'fr')}`,
});

export const en: typeof fr = {
  title: 'Organization codes',
  intro:
    'Each member gets a code of its own. A code is good for one organization: the first one to use it keeps it, and the server refuses to let it speak for a second. The server keeps only a fingerprint of each code, never the code itself.',
  openMode:
    'Open mode: this server takes submissions without a code, from any number of made-up organizations. It suits a demonstration or local use, not real data. For real data, turn codes on (DIAPASON_ORGANIZATION_CODES=1).',
  codesMode: 'Codes are required: each submission must carry an organization code handed out by CQM.',
  linkNote:
    'CQM knows which member received which code only if it keeps the list. Keep it only while sending the codes to members, then destroy it: that is what the privacy notice promises.',
  count: 'Number of codes to make',
  countHelp: 'From 1 to 500.',
  countInvalid: 'Enter a whole number from 1 to 500.',
  make: 'Make the codes',
  making: 'Making the codes…',
  failed: 'The codes could not be made. Try again.',
  shownOnce: (p: { count: number }) =>
    plural(p.count, 'en', {
      one: 'Here is the new code. It is shown only once: download it or write it down now.',
      other: `Here are the ${formatCount(p.count, 'en')} new codes. They are shown only once: download them now.`,
    }),
  download: 'Download the codes (CSV)',
  csvHeader: 'Organization code',
  batchesTitle: 'Batches made',
  noBatches: 'No codes made yet.',
  batch: 'Batch',
  createdOn: 'Made on',
  issued: 'Codes',
  used: 'Used',
  batchSummary: (p: { issued: number; used: number }) =>
    `${count(p.used, 'en', 'code used', 'codes used')} of ${formatCount(p.issued, 'en')}`,
};
