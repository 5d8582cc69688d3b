/**
 * The shapes of the endpoint's responses, as zod schemas: the server's OpenAPI document is generated
 * from them, and the client parses what it receives (and what it cached) through them.
 */
import { z } from 'zod/mini';
import { DISCIPLINES, ROLES, SIZE_BANDS } from './profile.ts';
import { COUNT_BANDS, READINESS_BAND } from './disclosure.ts';
import { IdSchema, SemverSchema } from './questionnaire/schema.ts';
import type { READINESS_OUTCOMES } from './readiness.ts';
import { PeriodSchema, REGION_GROUPS, RandomIdSchema, SyncScoreSchema } from './sync.ts';

/** Every reason the endpoint gives for not doing what was asked. */
export const API_ERRORS = [
  'invalid-json',
  'invalid-body',
  'invalid-query',
  'unsupported-media-type',
  'body-too-large',
  /** The client stopped sending before the body was complete. */
  'body-incomplete',
  'enrollment-code-required',
  'enrollment-code-invalid',
  /** The organization code already speaks for another organization key. */
  'enrollment-code-used',
  'unknown-questionnaire',
  'unknown-dimension',
  'period-not-accepted',
  'idempotency-key-reused',
  'submission-exists',
  'organization-key-conflict',
  'organization-withdrawn',
  /** DELETE /organizations/{key}: no data under this key, or not with this secret (the same answer, on purpose). */
  'not-found',
  'rate-limited',
  'not-signed-in',
  'wrong-credentials',
  'admin-disabled',
  'origin-not-allowed',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERRORS)[number];

export const ApiErrorSchema = z.object({
  error: z.enum(API_ERRORS),
  /** Where a body or query did not match its schema: JSON paths and messages, never the values sent. */
  issues: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

export const AcceptedSubmissionSchema = z.strictObject({
  status: z.literal('stored'),
  submissionId: RandomIdSchema,
  period: PeriodSchema,
});

export const WithdrawnSchema = z.strictObject({
  status: z.literal('withdrawn'),
  /** Submissions deleted. */
  deleted: z.number().check(z.int(), z.nonnegative()),
});

export const CellFilterSchema = z.strictObject({
  role: z.optional(z.enum(ROLES)),
  sizeBand: z.optional(z.enum(SIZE_BANDS)),
  regionGroup: z.optional(z.enum(REGION_GROUPS)),
  discipline: z.optional(z.enum(DISCIPLINES)),
});

const Share = z.number().check(z.int(), z.gte(0), z.lte(100), z.multipleOf(5));

export const PublishedCellSchema = z.strictObject({
  period: PeriodSchema,
  /** The version family whose scores the cell pools (named by its oldest version), and no other. */
  family: SemverSchema,
  dimensionId: IdSchema,
  filter: CellFilterSchema,
  n: z.number().check(z.int(), z.gte(10)),
  median: SyncScoreSchema,
  stageShares: z.optional(z.tuple([Share, Share, Share, Share, Share])),
});

/**
 * Pooling readiness of one (period, family, filter): 10–19 organizations publish only the band
 * "10-19"; from 20, the count and each outcome's share rounded to 5 % (src/core/disclosure.ts).
 */
export const PublishedReadinessCellSchema = z.union([
  z.strictObject({ period: PeriodSchema, family: SemverSchema, filter: CellFilterSchema, band: z.literal(READINESS_BAND) }),
  z.strictObject({
    period: PeriodSchema,
    family: SemverSchema,
    filter: CellFilterSchema,
    n: z.number().check(z.int(), z.gte(20)),
    shares: z.strictObject({ 'not-yet': Share, almost: Share, ready: Share } satisfies Record<(typeof READINESS_OUTCOMES)[number], typeof Share>),
  }),
]);

/** A count as the public route gives it: a band, never the exact number (exact counts are for signed-in staff). */
const CountBand = z.enum(COUNT_BANDS);

/** A score cell of GET /aggregates: like PublishedCellSchema, with the band of its count instead of the count. */
export const PublicCellSchema = z.strictObject({
  period: PeriodSchema,
  family: SemverSchema,
  dimensionId: IdSchema,
  filter: CellFilterSchema,
  band: CountBand,
  median: SyncScoreSchema,
  stageShares: z.optional(z.tuple([Share, Share, Share, Share, Share])),
});
export type PublicCellJson = z.infer<typeof PublicCellSchema>;

/** A readiness cell of GET /aggregates: the band of its count, and from 20 organizations the shares. */
export const PublicReadinessCellSchema = z.strictObject({
  period: PeriodSchema,
  family: SemverSchema,
  filter: CellFilterSchema,
  band: CountBand,
  shares: z.optional(z.strictObject({ 'not-yet': Share, almost: Share, ready: Share })),
});

/** A version family: the versions of a questionnaire whose scores compare, named by the oldest. */
export const VersionFamilySchema = z.strictObject({
  id: SemverSchema,
  versions: z.array(SemverSchema),
});

/**
 * GET /api/v1/aggregates: the published cells of the newest closed quarter up to the one asked for, of
 * the version family of the version the organization submitted on: what it compares itself with.
 * Cells of other families are never sent: their scores do not compare. Counts are bands.
 */
export const PeerAggregatesSchema = z.strictObject({
  questionnaireId: IdSchema,
  /** The version asked for. */
  version: SemverSchema,
  /** Its family: every cell below is of it. */
  family: SemverSchema,
  /** The quarter asked for (the organization's own, usually still open). */
  period: PeriodSchema,
  /**
   * The quarter whose snapshot the cells are from: the newest closed quarter up to the one asked for,
   * or null when none is published yet. An open quarter is never published.
   */
  publishedPeriod: z.nullable(PeriodSchema),
  /** True when the figures are the made-up demonstration sector (npm run db:seed-demo), not real members. */
  demonstration: z.boolean(),
  cells: z.array(PublicCellSchema),
  readiness: z.array(PublicReadinessCellSchema),
});
export type PeerAggregates = z.infer<typeof PeerAggregatesSchema>;

/**
 * GET /api/v1/admin/aggregates: every closed quarter's snapshot (published cells and readiness cells,
 * each with its version family and its exact count), the families, and how many took part, for CQM.
 */
export const SectorAggregatesSchema = z.strictObject({
  questionnaireId: IdSchema,
  /** True when the database holds the made-up demonstration sector (npm run db:seed-demo). */
  demonstration: z.boolean(),
  totals: z.strictObject({
    submissions: z.number().check(z.int(), z.nonnegative()),
    organizations: z.number().check(z.int(), z.nonnegative()),
  }),
  periods: z.array(PeriodSchema),
  /** The families of the bundled declarations, oldest first, then any family only submissions name. */
  families: z.array(VersionFamilySchema),
  cells: z.array(PublishedCellSchema),
  readiness: z.array(PublishedReadinessCellSchema),
});
export type SectorAggregates = z.infer<typeof SectorAggregatesSchema>;

/** `version`: the questionnaire version the organization submitted on; only its family's cells are returned. */
/** `period`: the organization's quarter; the newest closed quarter up to it is returned. */
export const AggregatesQuerySchema = z.strictObject({ questionnaireId: IdSchema, version: SemverSchema, period: PeriodSchema });
export const SectorQuerySchema = z.strictObject({ questionnaireId: IdSchema });

export const AdminLoginSchema = z.strictObject({
  user: z.string().check(z.minLength(1), z.maxLength(200)),
  password: z.string().check(z.minLength(1), z.maxLength(200)),
});

/**
 * How the endpoint takes submissions. "codes": each needs an organization code from the dashboard,
 * bound to the first organization key that uses it (one organization, one voice). "open": anyone can
 * submit, as often as they like, under as many keys: for demonstrations and local use, never real data.
 */
export const SUBMISSION_MODES = ['open', 'codes'] as const;
export type SubmissionMode = (typeof SUBMISSION_MODES)[number];

/** POST /api/v1/admin/organization-codes: a new batch, the codes shown this once (only hashes are kept). */
export const CodeBatchSchema = z.strictObject({
  batch: z.number().check(z.int(), z.positive()),
  /** UTC date, YYYY-MM-DD. */
  createdOn: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  codes: z.array(z.string().check(z.regex(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/))),
});
export type CodeBatch = z.infer<typeof CodeBatchSchema>;

/** Longest privacy contact a deployment may set: a name, a role, an address, a telephone number. */
export const PRIVACY_CONTACT_MAX = 300;

/**
 * GET /privacy.json (on the app's origin, not the endpoint's): what the privacy notice takes from the deployment. `contact` is who answers
 * for personal information (DIAPASON_PRIVACY_CONTACT), or null when the deployment set none.
 */
export const PrivacyDetailsSchema = z.strictObject({
  contact: z.nullable(z.string().check(z.minLength(1), z.maxLength(PRIVACY_CONTACT_MAX))),
});
export type PrivacyDetails = z.infer<typeof PrivacyDetailsSchema>;

/** GET /api/v1/admin/organization-codes: the mode, and each batch's counts (never a code). */
export const OrganizationCodesSchema = z.strictObject({
  mode: z.enum(SUBMISSION_MODES),
  batches: z.array(
    z.strictObject({
      batch: z.number().check(z.int(), z.positive()),
      createdOn: z.string(),
      issued: z.number().check(z.int(), z.nonnegative()),
      used: z.number().check(z.int(), z.nonnegative()),
    }),
  ),
});
export type OrganizationCodes = z.infer<typeof OrganizationCodesSchema>;
