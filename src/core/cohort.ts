/**
 * Raising a hand for CQM's next pooling cohort: a separate, NAMED message an organization sends only
 * when it asks to, after its own notice. It is never mixed with the de-identified scores (sync.ts):
 * another route, another table, no organization key of the sync. What it carries, and nothing else:
 * the organization's name, a contact person and email, the readiness outcome and what is missing.
 */
import { z } from 'zod/mini';
import { IdSchema, SemverSchema } from './questionnaire/schema.ts';
import { RandomIdSchema, Sha256HexSchema } from './sync.ts';

/** Offered only when readiness says ready or almost. */
export const COHORT_OUTCOMES = ['ready', 'almost'] as const;

export const COHORT_LIMITS = { organizationName: 200, contactName: 120, contactEmail: 254, missing: 20 } as const;

/** A plain address check: one @, a dot in the domain, no spaces. The person sees what they typed. */
const Email = z.string().check(
  z.trim(),
  z.minLength(3),
  z.maxLength(COHORT_LIMITS.contactEmail),
  z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/),
);

export const CohortRequestSchema = z.strictObject({
  /** Random, made by the laptop for this message alone (never the sync's organization key). */
  requestKey: RandomIdSchema,
  /** SHA-256 of a secret that stays on the laptop: only it can withdraw the message. */
  withdrawalHash: Sha256HexSchema,
  organizationName: z.string().check(z.trim(), z.minLength(1), z.maxLength(COHORT_LIMITS.organizationName)),
  contactName: z.string().check(z.trim(), z.minLength(1), z.maxLength(COHORT_LIMITS.contactName)),
  contactEmail: Email,
  readiness: z.enum(COHORT_OUTCOMES),
  /** Ids of the readiness criteria not met, in the questionnaire's order. */
  missing: z.array(IdSchema).check(z.maxLength(COHORT_LIMITS.missing)),
  questionnaireId: IdSchema,
  version: SemverSchema,
});
export type CohortRequest = z.infer<typeof CohortRequestSchema>;

/** What signed-in CQM staff see: the message, the day it arrived; never the key or the hash. */
export const CohortEntrySchema = z.strictObject({
  organizationName: z.string(),
  contactName: z.string(),
  contactEmail: z.string(),
  readiness: z.enum(COHORT_OUTCOMES),
  missing: z.array(IdSchema),
  questionnaireId: IdSchema,
  version: SemverSchema,
  receivedOn: z.string(),
});
export type CohortEntry = z.infer<typeof CohortEntrySchema>;

export const CohortListSchema = z.strictObject({ requests: z.array(CohortEntrySchema) });
export type CohortList = z.infer<typeof CohortListSchema>;

export const CohortStoredSchema = z.strictObject({ status: z.literal('stored') });

/** Exactly the message that will be sent, from what the person filled in and the readiness result. */
export function cohortRequest(input: Omit<CohortRequest, 'missing'> & { missing: readonly string[] }): CohortRequest {
  return CohortRequestSchema.parse({ ...input, missing: input.missing.slice(0, COHORT_LIMITS.missing) });
}
