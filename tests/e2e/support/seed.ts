/** Other organizations' submissions, sent to the real endpoint the way a laptop would. */
import { expect, type APIRequestContext } from '@playwright/test';
import { periodOf, type Submission, type SyncProfile } from '../../../src/core/sync.ts';
import { body, makeSubmission } from '../../support/sync.ts';

/** This quarter: the one an assessment completed today belongs to. */
export const currentPeriod = () => periodOf(new Date().toISOString());

export async function seedOrganizations(
  request: APIRequestContext,
  profiles: Partial<SyncProfile>[],
  score = (i: number) => 1 + (i % 40) / 10,
  extra: Partial<Pick<Submission, 'version' | 'readiness'>> = {},
) {
  for (const [i, profile] of profiles.entries()) {
    const s = score(i);
    const submission = makeSubmission({ period: currentPeriod(), profile, scores: { collecte: s, usage: s, gouvernance: s, competences: s }, ...extra });
    const response = await request.post('/api/v1/submissions', { headers: { 'content-type': 'application/json' }, data: body(submission) });
    expect(response.status(), await response.text()).toBe(201);
  }
}

/** n profiles cycling through the given values (never 'ancienne', the e2e organization's own discipline). */
export function profiles(n: number, pick: (i: number) => Partial<SyncProfile>): Partial<SyncProfile>[] {
  return Array.from({ length: n }, (_, i) => pick(i));
}
