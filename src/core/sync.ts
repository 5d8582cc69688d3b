/**
 * The sync payload: what an organization sends CQM when, and only when, it has opted in. Client and
 * server share this file, so what the preview shows, what the client sends and what the server
 * accepts are one schema.
 *
 * What it holds (the README's "What is sent"): questionnaire id and version, the score of each dimension with enough
 * information (one decimal), the pooling-readiness outcome, the coarse profile (role, size band,
 * region GROUP, discipline), the period (year-quarter), a random organization key made on the
 * laptop, a submission id, an idempotency key and the hash of a withdrawal secret. Never a name, a
 * note, an item answer, a date finer than the quarter or an exact region.
 *
 * Pure: keys, ids and dates are passed in.
 */
import { z } from 'zod/mini';
import { DISCIPLINES, ROLES, SIZE_BANDS, type Profile, type Region } from './profile.ts';
import { MAX_DIMENSIONS } from './questionnaire/limits.ts';
import { IdSchema, SemverSchema } from './questionnaire/schema.ts';
import { READINESS_OUTCOMES, type ReadinessOutcome } from './readiness.ts';
import type { AssessmentScore } from './scoring.ts';
import type { LocalizedText } from './text.ts';

/** The payload's own version: a server refuses a format it does not know. */
export const SUBMISSION_FORMAT = 1;

/** The server refuses a larger body before reading it (a real one is well under 1 KB). */
export const MAX_BODY_BYTES = 8 * 1024;

/**
 * Region groups: the 17 administrative regions folded into 4, so a region with a handful of
 * members is never a filter by itself (most cells would be suppressed, and the few left would
 * point at someone).
 */
export const REGION_GROUPS = ['montreal', 'couronne', 'quebec-centre', 'autres-regions'] as const;
export type RegionGroup = (typeof REGION_GROUPS)[number];

export const REGION_GROUP_OF: Record<Region, RegionGroup> = {
  '06': 'montreal',
  '13': 'couronne',
  '14': 'couronne',
  '15': 'couronne',
  '16': 'couronne',
  '03': 'quebec-centre',
  '04': 'quebec-centre',
  '05': 'quebec-centre',
  '12': 'quebec-centre',
  '17': 'quebec-centre',
  '01': 'autres-regions',
  '02': 'autres-regions',
  '07': 'autres-regions',
  '08': 'autres-regions',
  '09': 'autres-regions',
  '10': 'autres-regions',
  '11': 'autres-regions',
};

export const REGION_GROUP_LABELS: Record<RegionGroup, LocalizedText> = {
  montreal: { fr: 'Montréal', en: 'Montréal' },
  couronne: {
    fr: 'Couronne de Montréal (Laval, Lanaudière, Laurentides, Montérégie)',
    en: 'Greater Montréal (Laval, Lanaudière, Laurentides, Montérégie)',
  },
  'quebec-centre': {
    fr: 'Québec et centre (Capitale-Nationale, Chaudière-Appalaches, Mauricie, Estrie, Centre-du-Québec)',
    en: 'Québec City and centre (Capitale-Nationale, Chaudière-Appalaches, Mauricie, Estrie, Centre-du-Québec)',
  },
  'autres-regions': {
    fr: 'Autres régions (Bas-Saint-Laurent, Saguenay–Lac-Saint-Jean, Outaouais, Abitibi-Témiscamingue, Côte-Nord, Nord-du-Québec, Gaspésie–Îles-de-la-Madeleine)',
    en: 'Other regions (Bas-Saint-Laurent, Saguenay–Lac-Saint-Jean, Outaouais, Abitibi-Témiscamingue, Côte-Nord, Nord-du-Québec, Gaspésie–Îles-de-la-Madeleine)',
  },
};

/** The profile as it leaves the laptop: the region is replaced by its group. */
export const SyncProfileSchema = z.strictObject({
  role: z.enum(ROLES),
  sizeBand: z.enum(SIZE_BANDS),
  regionGroup: z.enum(REGION_GROUPS),
  discipline: z.enum(DISCIPLINES),
});
export type SyncProfile = z.infer<typeof SyncProfileSchema>;

export function syncProfile(profile: Profile): SyncProfile {
  return {
    role: profile.role,
    sizeBand: profile.sizeBand,
    regionGroup: REGION_GROUP_OF[profile.region],
    discipline: profile.discipline,
  };
}

/** A year and its quarter: the finest time a submission carries. */
export const PeriodSchema = z.string().check(z.regex(/^20\d{2}-Q[1-4]$/));
export type Period = z.infer<typeof PeriodSchema>;

/** The quarter of an ISO date (its UTC calendar date): "2026-11-21T…" → "2026-Q4". */
export function periodOf(isoDate: string): Period {
  const match = /^(\d{4})-(\d{2})/.exec(isoDate);
  const month = match ? Number(match[2]) : NaN;
  if (!match || !(month >= 1 && month <= 12)) throw new RangeError(`not an ISO date: ${isoDate}`);
  const period = `${match[1]}-Q${Math.ceil(month / 3)}`;
  if (!PeriodSchema.safeParse(period).success) throw new RangeError(`year out of range: ${isoDate}`);
  return period;
}

/** A random v4 UUID, lower case: what `crypto.randomUUID()` gives. */
export const RandomIdSchema = z
  .string()
  .check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/));

/** SHA-256 in lower-case hex. */
export const Sha256HexSchema = z.string().check(z.regex(/^[0-9a-f]{64}$/));

/** The withdrawal secret: 32 random bytes in base64url (43 characters). It never leaves the laptop but to withdraw. */
export const WithdrawalSecretSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/));

/** A code CQM gives its members; checked by the server, never stored. */
export const EnrollmentCodeSchema = z.string().check(z.regex(/^[A-Za-z0-9-]{4,64}$/));

/** A dimension score as synced: 1.0–5.0, one decimal. */
export const SyncScoreSchema = z.number().check(z.gte(1), z.lte(5), z.multipleOf(0.1));

/** A questionnaire with more dimensions is refused by the questionnaire check (./questionnaire/limits.ts). */
export const MAX_SYNCED_DIMENSIONS = MAX_DIMENSIONS;

export const SubmissionSchema = z.strictObject({
  format: z.literal(SUBMISSION_FORMAT),
  questionnaireId: IdSchema,
  version: SemverSchema,
  period: PeriodSchema,
  profile: SyncProfileSchema,
  /** Dimension id → score; only dimensions with enough information (70 % confidence) are here. */
  scores: z.record(IdSchema, SyncScoreSchema).check(
    z.refine((scores) => {
      const count = Object.keys(scores).length;
      return count >= 1 && count <= MAX_SYNCED_DIMENSIONS;
    }, `between 1 and ${MAX_SYNCED_DIMENSIONS} dimension scores`),
  ),
  /** Pooling readiness: the outcome only (ready / almost / not yet), never which criteria are missing. */
  readiness: z.optional(z.enum(READINESS_OUTCOMES)),
  organizationKey: RandomIdSchema,
  submissionId: RandomIdSchema,
  idempotencyKey: RandomIdSchema,
  withdrawalHash: Sha256HexSchema,
  enrollmentCode: z.optional(EnrollmentCodeSchema),
});
export type Submission = z.infer<typeof SubmissionSchema>;

/** DELETE /api/v1/organizations/{organizationKey}: proves the caller holds the secret. */
export const WithdrawalSchema = z.strictObject({ withdrawalSecret: WithdrawalSecretSchema });
export type Withdrawal = z.infer<typeof WithdrawalSchema>;

/** What the laptop keeps to sync an organization: made once, from randomness, never from identity. */
export interface SyncIdentity {
  organizationKey: string;
  withdrawalSecret: string;
  /** SHA-256 of the secret, hex: computed where hashing is available (crypto.subtle, node:crypto). */
  withdrawalHash: string;
}

export interface SubmissionInput {
  score: AssessmentScore;
  profile: Profile;
  /** When the assessment was completed (ISO): its quarter is the period. */
  completedAt: string;
  /** The readiness checklist's outcome; null or absent when the questionnaire version has none. */
  readiness?: ReadinessOutcome | null;
  identity: Pick<SyncIdentity, 'organizationKey' | 'withdrawalHash'>;
  submissionId: string;
  idempotencyKey: string;
  enrollmentCode?: string;
}

/**
 * The submission for one completed assessment, or null when no dimension has enough information to
 * be synced. Insufficient dimensions are left out, never sent as empty.
 */
export function buildSubmission(input: SubmissionInput): Submission | null {
  const scores: Record<string, number> = {};
  for (const d of input.score.dimensions) {
    if (d.sufficient && d.score !== null) scores[d.dimensionId] = d.score;
  }
  if (Object.keys(scores).length === 0) return null;
  // Keys in a fixed order, so the same input always gives the same bytes.
  const submission: Submission = {
    format: SUBMISSION_FORMAT,
    questionnaireId: input.score.questionnaireId,
    version: input.score.version,
    period: periodOf(input.completedAt),
    profile: syncProfile(input.profile),
    scores,
    ...(input.readiness ? { readiness: input.readiness } : {}),
    organizationKey: input.identity.organizationKey,
    submissionId: input.submissionId,
    idempotencyKey: input.idempotencyKey,
    withdrawalHash: input.identity.withdrawalHash,
    ...(input.enrollmentCode ? { enrollmentCode: input.enrollmentCode } : {}),
  };
  return SubmissionSchema.parse(submission);
}

/**
 * The exact text shown in the preview and sent as the request body: the same string, so what the
 * person read is byte-for-byte what leaves the laptop.
 */
export function serializeSubmission(submission: Submission): string {
  return JSON.stringify(submission, null, 2);
}
