/**
 * The organization's coarse profile: the filters CQM compares by. The name is not here: it stays on
 * the laptop and never enters core's payloads.
 */
import { z } from 'zod/mini';
import type { LocalizedText } from './text.ts';

export const ROLES = ['diffuseur', 'producteur', 'diffuseur-producteur', 'autre'] as const;
export type Role = (typeof ROLES)[number];

export const DISCIPLINES = [
  'classique',
  'ancienne',
  'contemporaine',
  'jazz',
  'musiques-du-monde',
  'vocale-chorale',
  'pluridisciplinaire',
  'autre',
] as const;
export type Discipline = (typeof DISCIPLINES)[number];

/** Québec's 17 administrative regions, by their official number. */
export const REGIONS = [
  '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17',
] as const;
export type Region = (typeof REGIONS)[number];

/** Permanent staff, the band a director answers without looking anything up. */
export const SIZE_BANDS = ['0-2', '3-9', '10-49', '50+'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

/**
 * How the organization sells its concerts. Several may apply. Questionnaire items declare which of
 * these they apply to (`appliesWhen`) and may reword themselves for one (`variants`). Kept on the
 * laptop: never part of what is shared with CQM.
 */
export const SALES_MODES = [
  'billetterie-propre',
  'billetterie-salle',
  'vente-a-cachet',
  'copresentation',
  'tournee',
  'festival',
  'salle',
] as const;
export type SalesMode = (typeof SALES_MODES)[number];
export const SalesModeSchema = z.enum(SALES_MODES);

export const ProfileSchema = z.object({
  role: z.enum(ROLES),
  discipline: z.enum(DISCIPLINES),
  region: z.enum(REGIONS),
  sizeBand: z.enum(SIZE_BANDS),
  /** Absent from profiles saved before it was asked: nothing declared, so every item applies. */
  salesModes: z.optional(z.array(SalesModeSchema)),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const ROLE_LABELS: Record<Role, LocalizedText> = {
  diffuseur: { fr: 'Diffuseur', en: 'Presenter' },
  producteur: { fr: 'Organisme producteur', en: 'Producing organization' },
  'diffuseur-producteur': { fr: 'Diffuseur et producteur', en: 'Presenter and producer' },
  autre: { fr: 'Autre', en: 'Other' },
};

export const SALES_MODE_LABELS: Record<SalesMode, LocalizedText> = {
  'billetterie-propre': { fr: 'Nous vendons nos billets avec notre propre billetterie', en: 'We sell our tickets through our own ticketing' },
  'billetterie-salle': { fr: 'Nos billets sont vendus par la billetterie de la salle', en: 'Our tickets are sold through the venue’s ticketing' },
  'vente-a-cachet': { fr: 'Nous vendons des concerts à cachet à des diffuseurs (ils vendent les billets)', en: 'We sell concerts for a fee to presenters (they sell the tickets)' },
  copresentation: { fr: 'Nous faisons des coprésentations (billetterie et recettes partagées)', en: 'We co-present concerts (shared ticketing and revenue)' },
  tournee: { fr: 'Nous partons en tournée, sans salle fixe', en: 'We tour, without a fixed venue' },
  festival: { fr: 'Nous organisons un festival', en: 'We run a festival' },
  salle: { fr: 'Nous gérons une salle louée ou prêtée à d’autres producteurs', en: 'We run a hall that we rent to or share with other producers' },
};

export const DISCIPLINE_LABELS: Record<Discipline, LocalizedText> = {
  classique: { fr: 'Musique classique (orchestre, chambre, récital)', en: 'Classical music (orchestra, chamber, recital)' },
  ancienne: { fr: 'Musique ancienne et baroque', en: 'Early and baroque music' },
  contemporaine: { fr: 'Musique contemporaine et actuelle', en: 'Contemporary and new music' },
  jazz: { fr: 'Jazz et musiques improvisées', en: 'Jazz and improvised music' },
  'musiques-du-monde': { fr: 'Musiques du monde et traditionnelles', en: 'World and traditional music' },
  'vocale-chorale': { fr: 'Musique vocale, chorale et lyrique', en: 'Vocal, choral and opera' },
  pluridisciplinaire: { fr: 'Pluridisciplinaire', en: 'Multidisciplinary' },
  autre: { fr: 'Autre', en: 'Other' },
};

export const REGION_LABELS: Record<Region, LocalizedText> = {
  '01': { fr: 'Bas-Saint-Laurent', en: 'Bas-Saint-Laurent' },
  '02': { fr: 'Saguenay–Lac-Saint-Jean', en: 'Saguenay–Lac-Saint-Jean' },
  '03': { fr: 'Capitale-Nationale', en: 'Capitale-Nationale' },
  '04': { fr: 'Mauricie', en: 'Mauricie' },
  '05': { fr: 'Estrie', en: 'Estrie' },
  '06': { fr: 'Montréal', en: 'Montréal' },
  '07': { fr: 'Outaouais', en: 'Outaouais' },
  '08': { fr: 'Abitibi-Témiscamingue', en: 'Abitibi-Témiscamingue' },
  '09': { fr: 'Côte-Nord', en: 'Côte-Nord' },
  '10': { fr: 'Nord-du-Québec', en: 'Nord-du-Québec' },
  '11': { fr: 'Gaspésie–Îles-de-la-Madeleine', en: 'Gaspésie–Îles-de-la-Madeleine' },
  '12': { fr: 'Chaudière-Appalaches', en: 'Chaudière-Appalaches' },
  '13': { fr: 'Laval', en: 'Laval' },
  '14': { fr: 'Lanaudière', en: 'Lanaudière' },
  '15': { fr: 'Laurentides', en: 'Laurentides' },
  '16': { fr: 'Montérégie', en: 'Montérégie' },
  '17': { fr: 'Centre-du-Québec', en: 'Centre-du-Québec' },
};

export const SIZE_BAND_LABELS: Record<SizeBand, LocalizedText> = {
  '0-2': { fr: '0 à 2 employés permanents', en: '0 to 2 permanent staff' },
  '3-9': { fr: '3 à 9 employés permanents', en: '3 to 9 permanent staff' },
  '10-49': { fr: '10 à 49 employés permanents', en: '10 to 49 permanent staff' },
  '50+': { fr: '50 employés permanents ou plus', en: '50 or more permanent staff' },
};
