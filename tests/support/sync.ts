/**
 * Builders for sync tests: a valid submission (fresh random keys each time) and what the laptop keeps
 * to withdraw it.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { serializeSubmission, type Submission, type SyncProfile } from '../../src/core/sync.ts';

export interface TestOrganization {
  organizationKey: string;
  withdrawalSecret: string;
  withdrawalHash: string;
}

export function makeOrganization(): TestOrganization {
  const withdrawalSecret = randomBytes(32).toString('base64url');
  return {
    organizationKey: randomUUID(),
    withdrawalSecret,
    withdrawalHash: createHash('sha256').update(withdrawalSecret).digest('hex'),
  };
}

export function makeSubmission(
  overrides: Partial<Omit<Submission, 'profile'>> & { profile?: Partial<SyncProfile> } = {},
  organization: TestOrganization = makeOrganization(),
): Submission {
  const { profile, ...rest } = overrides;
  return {
    format: 1,
    questionnaireId: 'cqm-maturite',
    version: '1.0.0',
    period: '2026-Q4',
    profile: { role: 'producteur', sizeBand: '0-2', regionGroup: 'montreal', discipline: 'classique', ...profile },
    scores: { collecte: 3.2, usage: 2.5 },
    organizationKey: organization.organizationKey,
    submissionId: randomUUID(),
    idempotencyKey: randomUUID(),
    withdrawalHash: organization.withdrawalHash,
    ...rest,
  };
}

export const body = (submission: Submission) => serializeSubmission(submission);
