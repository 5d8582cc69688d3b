import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_BODY_BYTES,
  REGION_GROUPS,
  REGION_GROUP_OF,
  SubmissionSchema,
  WithdrawalSchema,
  buildSubmission,
  periodOf,
  serializeSubmission,
  syncProfile,
  type SubmissionInput,
} from '../../../src/core/sync.ts';
import { REGIONS, type Profile } from '../../../src/core/profile.ts';
import { scoreAssessment } from '../../../src/core/scoring.ts';
import { makeAnswers, makeQuestionnaire } from '../../support/builders.ts';

const profile: Profile = { role: 'producteur', discipline: 'ancienne', region: '06', sizeBand: '0-2' };
const identity = {
  organizationKey: '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b',
  withdrawalHash: 'a'.repeat(64),
};
const ids = {
  submissionId: '0d9e8f7a-6b5c-4d3e-9f1a-2b3c4d5e6f70',
  idempotencyKey: '7c6b5a49-3827-4165-a4b3-c2d1e0f9a8b7',
};

const questionnaire = makeQuestionnaire([
  { id: 'collecte', items: 3 },
  { id: 'usage', items: 3 },
]);

function input(answers: Record<string, 1 | 2 | 3 | 4 | 5 | 'dont-know'>, extra: Partial<SubmissionInput> = {}): SubmissionInput {
  return {
    score: scoreAssessment(questionnaire, makeAnswers(answers)),
    profile,
    completedAt: '2026-11-21T21:38:34.000Z',
    identity,
    ...ids,
    ...extra,
  };
}

describe('the sync payload', () => {
  it('holds the scores, coarse profile, period and keys, and nothing else', () => {
    const submission = buildSubmission(
      input({ 'collecte-1': 3, 'collecte-2': 4, 'collecte-3': 4, 'usage-1': 2, 'usage-2': 2, 'usage-3': 3 }, { readiness: 'almost' }),
    );
    expect(submission).toEqual({
      format: 1,
      questionnaireId: 'test-questionnaire',
      version: '1.0.0',
      period: '2026-Q4',
      profile: { role: 'producteur', sizeBand: '0-2', regionGroup: 'montreal', discipline: 'ancienne' },
      scores: { collecte: 3.7, usage: 2.3 },
      readiness: 'almost',
      ...identity,
      ...ids,
    });
    // The exact region never leaves the laptop.
    expect(serializeSubmission(submission!)).not.toMatch(/"region"|"06"/);
  });

  it('leaves out a dimension without enough information, and sends nothing when none has enough', () => {
    const partial = buildSubmission(input({ 'collecte-1': 3, 'collecte-2': 3, 'collecte-3': 3, 'usage-1': 2, 'usage-2': 'dont-know' }));
    expect(partial?.scores).toEqual({ collecte: 3 });
    expect(buildSubmission(input({ 'collecte-1': 'dont-know', 'usage-1': 2 }))).toBeNull();
  });

  it('carries the enrollment code only when one is given', () => {
    const all = { 'collecte-1': 3, 'collecte-2': 3, 'collecte-3': 3 } as const;
    expect(buildSubmission(input(all))).not.toHaveProperty('enrollmentCode');
    expect(buildSubmission(input(all, { enrollmentCode: 'CQM-2026' }))?.enrollmentCode).toBe('CQM-2026');
  });

  it('serializes to the same bytes every time, and parses back to the same submission', () => {
    const submission = buildSubmission(input({ 'collecte-1': 5, 'collecte-2': 5, 'collecte-3': 4 }))!;
    const text = serializeSubmission(submission);
    expect(serializeSubmission(SubmissionSchema.parse(JSON.parse(text)))).toBe(text);
    expect(new TextEncoder().encode(text).length).toBeLessThan(MAX_BODY_BYTES / 4);
  });

  it('is refused with an unknown field, a score finer than a tenth, or a region instead of a group', () => {
    const submission = buildSubmission(input({ 'collecte-1': 5, 'collecte-2': 5, 'collecte-3': 4 }))!;
    expect(SubmissionSchema.safeParse({ ...submission, name: 'Ensemble Aurore' }).success).toBe(false);
    expect(SubmissionSchema.safeParse({ ...submission, scores: { collecte: 3.75 } }).success).toBe(false);
    expect(SubmissionSchema.safeParse({ ...submission, scores: { collecte: 0.9 } }).success).toBe(false);
    expect(SubmissionSchema.safeParse({ ...submission, scores: {} }).success).toBe(false);
    expect(SubmissionSchema.safeParse({ ...submission, profile: { ...submission.profile, region: '06' } }).success).toBe(false);
    expect(SubmissionSchema.safeParse({ ...submission, format: 2 }).success).toBe(false);
    expect(SubmissionSchema.safeParse({ ...submission, organizationKey: 'Ensemble-Aurore' }).success).toBe(false);
  });

  it('withdrawal takes only a well-formed secret', () => {
    expect(WithdrawalSchema.safeParse({ withdrawalSecret: 'A'.repeat(43) }).success).toBe(true);
    expect(WithdrawalSchema.safeParse({ withdrawalSecret: 'short' }).success).toBe(false);
    expect(WithdrawalSchema.safeParse({ withdrawalSecret: 'A'.repeat(43), extra: 1 }).success).toBe(false);
  });
});

describe('region groups', () => {
  it('put each of the 17 regions in exactly one of the 4 groups, each group holding at least one', () => {
    expect(Object.keys(REGION_GROUP_OF).sort()).toEqual([...REGIONS]);
    for (const group of REGION_GROUPS) expect(Object.values(REGION_GROUP_OF)).toContain(group);
  });

  it('replace the region in the synced profile', () => {
    expect(syncProfile({ ...profile, region: '09' })).toEqual({
      role: 'producteur',
      sizeBand: '0-2',
      regionGroup: 'autres-regions',
      discipline: 'ancienne',
    });
  });
});

describe('periodOf', () => {
  it('gives the quarter of the date', () => {
    expect(periodOf('2026-01-01T00:00:00.000Z')).toBe('2026-Q1');
    expect(periodOf('2026-03-31T23:59:59.999Z')).toBe('2026-Q1');
    expect(periodOf('2026-04-01')).toBe('2026-Q2');
    expect(periodOf('2026-12-31T10:00:00Z')).toBe('2026-Q4');
  });

  it('gives a valid period for every month of every year it accepts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const period = periodOf(`${year}-${String(month).padStart(2, '0')}-15`);
        expect(period).toBe(`${year}-Q${Math.ceil(month / 3)}`);
      }),
    );
  });

  it('refuses what is not a date', () => {
    expect(() => periodOf('yesterday')).toThrow(RangeError);
    expect(() => periodOf('2026-13-01')).toThrow(RangeError);
    expect(() => periodOf('1999-05-01')).toThrow(RangeError);
  });
});
