import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AssessmentRowSchema, EARLIEST_TIMESTAMP, isPlausibleTimestamp, repairDates, restore } from '../../../src/client/storage/rows.ts';
import { formatDate, formatDateTime } from '../../../src/client/i18n/format.ts';

const NOW = Date.parse('2026-11-21T12:00:00.000Z');

describe('plausible timestamps', () => {
  it('accepts every moment Diapason could have written, from 2020 to now', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(EARLIEST_TIMESTAMP), max: new Date(NOW), noInvalidDate: true }), (d) => isPlausibleTimestamp(d.toISOString(), NOW)),
    );
  });

  it.each([
    'not-a-date!',
    '2026-99-99T00:00',
    '2026-02-30T10:00:00.000Z',
    '2026-11-21T24:00:00.000Z',
    '9999-01-01T00:00:00.000Z',
    '2026-11-24T12:00:00.000Z',
    '2019-12-31T23:59:59.999Z',
    '2026-11-21',
    '2026-11-21T12:00:00+02:00',
    '',
  ])('refuses %j', (value) => {
    expect(isPlausibleTimestamp(value, NOW)).toBe(false);
  });

  it('allows a clock a day fast on another laptop', () => {
    expect(isPlausibleTimestamp('2026-11-22T12:00:00.000Z', NOW)).toBe(true);
  });
});

describe('stored rows with bad dates', () => {
  const row = {
    id: '11111111-1111-4111-8111-111111111111',
    organizationId: '22222222-2222-4222-8222-222222222222',
    questionnaireId: 'cqm-maturite',
    version: '1.0.0',
    status: 'completed',
    startedAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-02T10:00:00.000Z',
    completedAt: '2026-03-02T10:00:00.000Z',
  };

  it('are repaired from a good date of the same row, everything else kept', () => {
    const [restored] = restore(AssessmentRowSchema, [{ ...row, startedAt: 'not-a-date!', completedAt: '9999-12-31T00:00:00.000Z' }], 'assessments');
    expect(restored).toEqual({ ...row, startedAt: row.updatedAt, completedAt: row.updatedAt });
  });

  it('with no good date left, get the earliest possible one rather than disappear', () => {
    const [restored] = restore(AssessmentRowSchema, [{ ...row, startedAt: 'x', updatedAt: '2026-99-99T00:00', completedAt: undefined }], 'assessments');
    expect(restored?.startedAt).toBe(EARLIEST_TIMESTAMP);
    expect(restored?.updatedAt).toBe(EARLIEST_TIMESTAMP);
  });

  it('are left alone when their dates are good', () => {
    expect(repairDates(row)).toBeUndefined();
  });
});

describe('formatting a date that is not one', () => {
  it('shows it as written instead of throwing', () => {
    expect(formatDate('not-a-date!', 'fr')).toBe('not-a-date!');
    expect(formatDateTime('2026-99-99T00:00', 'en')).toBe('2026-99-99T00:00');
  });
});
