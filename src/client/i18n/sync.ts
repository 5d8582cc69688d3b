import { count } from './format.ts';
import { frenchSpacing } from './typography.ts';

/**
 * The privacy notice's version. Change it whenever the notice's meaning changes: everyone who opted
 * in under another version is asked again before anything more is sent.
 */
export const NOTICE_VERSION = '2026-2';

/** Why the server refused, in words, by its error code (src/core/sync-api.ts). */
const REFUSED_FR: Record<string, string> = {
  'invalid-json': 'envoi illisible',
  'invalid-body': 'contenu non conforme',
  'invalid-query': 'demande non conforme',
  'unsupported-media-type': 'format non accepté',
  'body-too-large': 'envoi trop volumineux',
  'enrollment-code-required': 'un code d’organisme est exigé (voir les Paramètres)',
  'enrollment-code-invalid': 'code d’organisme non reconnu (voir les Paramètres)',
  'enrollment-code-used': 'ce code d’organisme sert déjà à un autre organisme (écrivez au CQM pour en obtenir un autre)',
  'idempotency-key-reused': 'envoi en double refusé',
  'submission-exists': 'déjà reçu',
  'organization-key-conflict': 'clé d’organisme déjà utilisée',
  'organization-withdrawn': 'vos données ont été retirées ; réactivez le partage pour envoyer à nouveau',
  'not-found': 'rien à retirer',
  'body-incomplete': 'envoi interrompu',
  'unknown-questionnaire': 'version du questionnaire inconnue du serveur du CQM',
  'unknown-dimension': 'dimension inconnue du serveur du CQM',
  'period-not-accepted': 'le trimestre de cette évaluation est clos\u00a0: il ne reçoit plus d’envois',
};

const REFUSED_EN: Record<string, string> = {
  'invalid-json': 'unreadable send',
  'invalid-body': 'content not accepted',
  'invalid-query': 'request not accepted',
  'unsupported-media-type': 'format not accepted',
  'body-too-large': 'send too large',
  'enrollment-code-required': 'an organization code is required (see Settings)',
  'enrollment-code-invalid': 'organization code not recognized (see Settings)',
  'enrollment-code-used': 'this organization code already speaks for another organization (write to CQM for another one)',
  'idempotency-key-reused': 'duplicate send refused',
  'submission-exists': 'already received',
  'organization-key-conflict': 'organization key already in use',
  'organization-withdrawn': 'your data was withdrawn; turn sharing on again to send',
  'not-found': 'nothing to withdraw',
  'body-incomplete': 'send interrupted',
  'unknown-questionnaire': 'questionnaire version unknown to CQM’s server',
  'unknown-dimension': 'dimension unknown to CQM’s server',
  'period-not-accepted': 'this assessment’s quarter is closed: it takes no more sends',
};

export const fr = frenchSpacing({
  // Settings section
  sectionTitle: 'Partage avec le CQM (facultatif)',
  sectionIntro:
    'Diapason fonctionne entièrement sans partage. Si vous l’activez, les scores de votre organisme aident le Conseil québécois de la musique (CQM) à connaître la maturité des données du secteur, et vous voyez où vous vous situez par rapport à vos pairs.',
  noOrganization: 'Décrivez d’abord votre organisme pour pouvoir choisir le partage.',
  forOrganization: (p: { name: string }) => `Réglage pour l’organisme « ${p.name} ».`,
  insecure:
    'Le partage demande une connexion sécurisée (adresse en https ou localhost). Ouvrez Diapason par son adresse sécurisée pour l’activer.',
  noticeTitle: 'Avis de confidentialité',
  noticeVersion: (p: { version: string }) => `Version de l’avis : ${p.version}`,
  purposesTitle: 'À quoi servent les données',
  purposes:
    'À produire des portraits du secteur (par rôle, taille, groupe de régions et discipline, et leur évolution dans le temps) pour les programmes du CQM, et à vous montrer la position de votre organisme par rapport à ses pairs. À rien d’autre : ni sollicitation, ni évaluation de votre organisme.',
  sentTitle: 'Ce qui est envoyé',
  sent:
    'Le questionnaire et sa version ; le score, à une décimale, de chaque dimension qui a assez de réponses ; le résultat de préparation à la mise en commun ; votre rôle, votre taille, votre groupe de régions (pas votre région) et votre discipline ; le trimestre ; une clé tirée au hasard sur cet ordinateur ; l’empreinte d’un code de retrait ; le code d’organisme que le CQM vous a remis, s’il y en a un. Jamais le nom de l’organisme, vos réponses question par question ni vos notes. Avant chaque envoi, vous voyez exactement ce qui part.',
  hostedTitle: 'Où c’est conservé',
  hosted: (p: { origin: string }) =>
    `Sur le serveur qui sert Diapason à l’adresse ${p.origin}, administré par le CQM. Le serveur ne conserve ni votre adresse IP ni l’identité de votre navigateur. Il garde une empreinte de votre code d’organisme, liée à la clé de votre organisme, pour qu’un code ne parle que pour un organisme. Le CQM ne peut donc savoir quel membre a reçu quel code, et relier vos scores à votre organisme, que s’il garde la liste des codes remis : il s’engage à la détruire une fois les codes envoyés.`,
  retentionTitle: 'Combien de temps',
  retention: 'Cinq ans après le trimestre concerné, puis c’est supprimé automatiquement ; ou jusqu’à votre retrait, s’il vient avant.',
  withdrawalTitle: 'Comment vous retirer',
  withdrawal:
    'Le bouton « Retirer mes données du serveur », ci-dessous, supprime du serveur tout ce que votre organisme a envoyé, et votre organisme n’entre dans aucun chiffre publié par la suite. Les chiffres anonymisés déjà publiés, calculés une fois à la clôture de chaque trimestre, restent tels qu’ils étaient. Il fonctionne grâce à un code secret gardé seulement sur cet ordinateur : si vous effacez les données de Diapason ou changez d’ordinateur, écrivez au CQM pour demander le retrait.',
  lawTitle: 'Ce que la loi en dit',
  law:
    'Au sens de la Loi 25 (Loi sur la protection des renseignements personnels dans le secteur privé), ce que le serveur conserve est dépersonnalisé, pas anonymisé : combiné à d’autres renseignements, il pourrait en théorie être relié à votre organisme. Seuls des agrégats qui respectent des règles de divulgation strictes sont publiés (aucun chiffre pour un groupe de moins de 10 organismes) ; ce sont eux seuls qui sont anonymisés.',
  contactTitle: 'Pour nous joindre',
  contactPerson: 'Responsable de la protection des renseignements personnels :',
  contactUnset:
    'Le responsable de la protection des renseignements personnels du Conseil québécois de la musique (coordonnées sur le site Web du CQM).',
  contactRights: 'Vous pouvez lui demander l’accès à vos données, leur rectification ou leur suppression.',
  optIn: (p: { version: string }) =>
    `J’accepte que Diapason envoie au CQM les scores de cet organisme, comme le décrit cet avis (version ${p.version}).`,
  optInHelp: 'Non coché par défaut. Vous pouvez changer d’avis en tout temps.',
  consentGiven: (p: { date: string }) => `Partage activé le ${p.date}.`,
  consentStale: 'L’avis de confidentialité a changé depuis votre accord. Relisez-le : rien n’est envoyé tant que vous n’avez pas accepté la nouvelle version.',
  enrollmentCode: 'Code d’organisme (si le CQM vous en a remis un)',
  enrollmentCodeHelp: 'De 4 à 64 lettres, chiffres ou traits d’union. Le serveur n’en garde qu’une empreinte, liée à la clé de votre organisme.',
  enrollmentCodeInvalid: 'Ce code n’a pas la bonne forme : de 4 à 64 lettres, chiffres ou traits d’union.',
  saveCode: 'Enregistrer le code',
  codeSaved: 'Code enregistré.',
  withdrawButton: 'Retirer mes données du serveur',
  withdrawConfirm:
    'Retirer toutes les données de cet organisme du serveur du CQM et désactiver le partage ? Vos réponses restent sur cet ordinateur.',
  withdrawYes: 'Oui, retirer mes données',
  withdrawNo: 'Annuler',
  withdrawQueued: 'Retrait demandé. Il sera fait dès que le serveur sera joignable.',
  withdrawDone: 'Vos données ont été retirées du serveur.',
  historyTitle: 'Envois de cet organisme',
  historyEmpty: 'Aucun envoi pour l’instant.',
  colCreated: 'Préparé le',
  colWhat: 'Contenu',
  colStatus: 'État',
  whatSubmission: (p: { period: string }) => `Scores, ${p.period}`,
  whatWithdrawal: 'Demande de retrait',
  // Statuses
  statusQueued: (p: { attempts: number }) =>
    p.attempts === 0 ? 'En attente d’envoi' : `En attente : ${count(p.attempts, 'fr', 'essai', 'essais')} sans réponse, nouvel essai automatique`,
  statusSent: (p: { date: string }) => `Envoyé le ${p.date}`,
  statusRefused: (p: { reason: string }) => `Refusé par le serveur : ${p.reason}`,
  statusWithdrawn: 'Retiré du serveur',
  statusCancelled: 'Annulé avant l’envoi',
  // Result panel
  panelTitle: 'Partager ce résultat avec le CQM',
  panelOff: 'Le partage est désactivé : rien n’est envoyé.',
  panelTurnOn: 'Lire l’avis et activer le partage',
  panelNothing: 'Aucune dimension n’a assez de réponses pour être partagée.',
  panelNotCompleted: 'Terminez l’évaluation pour pouvoir la partager.',
  previewTitle: 'Voici exactement ce qui sera envoyé',
  previewHelp:
    'Le texte ci-dessous est, caractère pour caractère, le contenu de l’envoi. La clé et l’empreinte sont des nombres tirés au hasard : elles ne disent rien de votre organisme.',
  send: 'Envoyer au CQM',
  sendUpdate: 'Envoyer une mise à jour',
  queuedOffline: 'Hors ligne : l’envoi partira dès le retour de la connexion.',
  lastSend: (p: { status: string }) => `Dernier envoi : ${p.status}`,
  // Peers
  peersTitle: 'Vous et vos pairs',
  peersIntro: (p: { period: string }) =>
    `Derniers chiffres publiés, ceux du trimestre ${p.period} : la médiane des scores des organismes qui ont partagé leur résultat, dans le groupe de pairs de votre choix.`,
  peersNone: 'Les comparaisons apparaîtront ici après votre premier envoi.',
  peersCached: (p: { date: string }) => `Chiffres publiés, mis à jour le ${p.date} ; consultables sans connexion.`,
  filterRole: 'Rôle',
  filterSizeBand: 'Taille',
  filterRegionGroup: 'Régions',
  filterDiscipline: 'Discipline',
  groupAll: 'Tous les organismes',
  refusedReason: (p: { code: string }) => REFUSED_FR[p.code] ?? p.code,
});

export const en: typeof fr = {
  sectionTitle: 'Sharing with CQM (optional)',
  sectionIntro:
    'Diapason works fully without sharing. If you turn it on, your organization’s scores help the Conseil québécois de la musique (CQM) understand the sector’s data maturity, and you see where you stand among your peers.',
  noOrganization: 'Describe your organization first to choose whether to share.',
  forOrganization: (p: { name: string }) => `Setting for the organization “${p.name}”.`,
  insecure:
    'Sharing needs a secure connection (an https or localhost address). Open Diapason through its secure address to turn it on.',
  noticeTitle: 'Privacy notice',
  noticeVersion: (p: { version: string }) => `Notice version: ${p.version}`,
  purposesTitle: 'What the data is for',
  purposes:
    'To draw portraits of the sector (by role, size, region group and discipline, and how they change over time) for CQM’s programs, and to show you where your organization stands among its peers. Nothing else: no solicitation, no assessment of your organization.',
  sentTitle: 'What is sent',
  sent:
    'The questionnaire and its version; the score, to one decimal, of each dimension with enough answers; the pooling-readiness result; your role, size, region group (not your region) and discipline; the quarter; a key drawn at random on this computer; the fingerprint of a withdrawal code; the organization code CQM gave you, if any. Never the organization’s name, your answers question by question, or your notes. Before each send, you see exactly what leaves.',
  hostedTitle: 'Where it is kept',
  hosted: (p: { origin: string }) =>
    `On the server that serves Diapason at ${p.origin}, run by CQM. The server keeps neither your IP address nor your browser’s identity. It keeps a fingerprint of your organization code, tied to your organization’s key, so that one code speaks for one organization only. CQM can therefore know which member received which code, and link your scores to your organization, only if it keeps the list of codes it handed out: it undertakes to destroy that list once the codes are sent.`,
  retentionTitle: 'For how long',
  retention: 'Five years after the quarter concerned, then it is deleted automatically; or until you withdraw, if sooner.',
  withdrawalTitle: 'How to withdraw',
  withdrawal:
    'The “Withdraw my data from the server” button below deletes everything your organization sent from the server, and your organization is left out of every figure published afterwards. Anonymized figures already published, computed once when each quarter closed, stay as they were. It works with a secret code kept only on this computer: if you erase Diapason’s data or change computers, write to CQM to ask for withdrawal.',
  lawTitle: 'What the law says',
  law:
    'Under Quebec’s Law 25 (Act respecting the protection of personal information in the private sector), what the server keeps is de-identified, not anonymized: combined with other information, it could in theory be linked back to your organization. Only aggregates that pass strict disclosure rules are published (no figure for a group of fewer than 10 organizations); those alone are anonymized.',
  contactTitle: 'Contact',
  contactPerson: 'Person in charge of the protection of personal information:',
  contactUnset: 'The person in charge of the protection of personal information at the Conseil québécois de la musique (contact details on CQM’s website).',
  contactRights: 'You may ask them to access, correct or delete your data.',
  optIn: (p: { version: string }) =>
    `I agree that Diapason sends this organization’s scores to CQM, as this notice describes (version ${p.version}).`,
  optInHelp: 'Unticked by default. You can change your mind at any time.',
  consentGiven: (p: { date: string }) => `Sharing turned on on ${p.date}.`,
  consentStale: 'The privacy notice changed since you agreed. Read it again: nothing is sent until you accept the new version.',
  enrollmentCode: 'Organization code (if CQM gave you one)',
  enrollmentCodeHelp: '4 to 64 letters, digits or hyphens. The server keeps only a fingerprint of it, tied to your organization’s key.',
  enrollmentCodeInvalid: 'This code is not in the right form: 4 to 64 letters, digits or hyphens.',
  saveCode: 'Save the code',
  codeSaved: 'Code saved.',
  withdrawButton: 'Withdraw my data from the server',
  withdrawConfirm: 'Withdraw all of this organization’s data from CQM’s server and turn sharing off? Your answers stay on this computer.',
  withdrawYes: 'Yes, withdraw my data',
  withdrawNo: 'Cancel',
  withdrawQueued: 'Withdrawal requested. It will be done as soon as the server can be reached.',
  withdrawDone: 'Your data was withdrawn from the server.',
  historyTitle: 'This organization’s sends',
  historyEmpty: 'Nothing sent yet.',
  colCreated: 'Prepared on',
  colWhat: 'Content',
  colStatus: 'Status',
  whatSubmission: (p: { period: string }) => `Scores, ${p.period}`,
  whatWithdrawal: 'Withdrawal request',
  statusQueued: (p: { attempts: number }) =>
    p.attempts === 0 ? 'Waiting to be sent' : `Waiting: ${count(p.attempts, 'en', 'attempt', 'attempts')} without an answer, will retry automatically`,
  statusSent: (p: { date: string }) => `Sent on ${p.date}`,
  statusRefused: (p: { reason: string }) => `Refused by the server: ${p.reason}`,
  statusWithdrawn: 'Withdrawn from the server',
  statusCancelled: 'Cancelled before sending',
  panelTitle: 'Share this result with CQM',
  panelOff: 'Sharing is off: nothing is sent.',
  panelTurnOn: 'Read the notice and turn sharing on',
  panelNothing: 'No dimension has enough answers to be shared.',
  panelNotCompleted: 'Finish the assessment to share it.',
  previewTitle: 'This is exactly what will be sent',
  previewHelp:
    'The text below is, character for character, what is sent. The key and the fingerprint are random numbers: they say nothing about your organization.',
  send: 'Send to CQM',
  sendUpdate: 'Send an update',
  queuedOffline: 'Offline: it will be sent as soon as the connection is back.',
  lastSend: (p: { status: string }) => `Last send: ${p.status}`,
  peersTitle: 'You and your peers',
  peersIntro: (p: { period: string }) =>
    `The latest published figures, those of ${p.period}: the median score of the organizations that shared their result, in the group of peers you choose.`,
  peersNone: 'Comparisons will appear here after your first send.',
  peersCached: (p: { date: string }) => `Published figures, updated on ${p.date}; available offline.`,
  filterRole: 'Role',
  filterSizeBand: 'Size',
  filterRegionGroup: 'Regions',
  filterDiscipline: 'Discipline',
  groupAll: 'All organizations',
  refusedReason: (p: { code: string }) => REFUSED_EN[p.code] ?? p.code,
};
