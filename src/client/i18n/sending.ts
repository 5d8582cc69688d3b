import { formatCount, plural } from './format.ts';
import { frenchSpacing } from './typography.ts';

/** Before sending: what leaves the laptop, in plain words, read from the very payload that is sent. */
export const fr = frenchSpacing({
  title: 'En clair, ce qui part',
  intro: 'Cet envoi contient :',
  scores: (p: { n: number; list: string }) =>
    plural(p.n, 'fr', { one: `votre score (${p.list})`, other: `vos ${formatCount(p.n, 'fr')} scores (${p.list})` }),
  profile: (p: { role: string; size: string; region: string; discipline: string }) =>
    `votre rôle (${p.role}), votre taille (${p.size}), votre groupe de régions (${p.region}, pas votre région) et votre discipline (${p.discipline})`,
  period: (p: { period: string }) => `le trimestre (${p.period})`,
  readiness: (p: { outcome: string }) => `votre résultat de préparation à la mise en commun (${p.outcome}), sans le détail des conditions`,
  questionnaire: (p: { version: string }) => `le questionnaire et sa version (${p.version})`,
  keys: 'trois numéros tirés au hasard : la clé de votre organisme et deux numéros de cet envoi',
  withdrawal: 'l’empreinte de votre code de retrait (le code lui-même reste sur cet ordinateur)',
  enrollment: 'votre code d’adhésion',
  never: 'Jamais le nom de l’organisme, vos réponses question par question ni vos notes.',
});

export const en: typeof fr = {
  title: 'What leaves, in plain words',
  intro: 'This send holds:',
  scores: (p: { n: number; list: string }) =>
    plural(p.n, 'en', { one: `your score (${p.list})`, other: `your ${formatCount(p.n, 'en')} scores (${p.list})` }),
  profile: (p: { role: string; size: string; region: string; discipline: string }) =>
    `your role (${p.role}), size (${p.size}), region group (${p.region}, not your region) and discipline (${p.discipline})`,
  period: (p: { period: string }) => `the quarter (${p.period})`,
  readiness: (p: { outcome: string }) => `your readiness for data pooling (${p.outcome}), not which conditions are met`,
  questionnaire: (p: { version: string }) => `the questionnaire and its version (${p.version})`,
  keys: 'three numbers drawn at random: your organization’s key and two numbers for this send',
  withdrawal: 'the fingerprint of your withdrawal code (the code itself stays on this computer)',
  enrollment: 'your enrollment code',
  never: 'Never the organization’s name, your answers question by question, or your notes.',
};
