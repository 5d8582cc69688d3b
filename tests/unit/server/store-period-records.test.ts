/**
 * A quarter's snapshot reads only each organization's latest submission of the quarter from SQLite
 * (to keep the snapshot of 100,000 submissions within its 2 s). It must be exactly what core's rule 1
 * keeps from every submission: same rows, same figures.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openDb } from '../../../src/server/db.ts';
import { Store } from '../../../src/server/store.ts';
import { latestPerPeriod, publishAggregates } from '../../../src/core/disclosure.ts';
import { makeOrganization, makeSubmission } from '../../support/sync.ts';

const PERIODS = ['2026-Q3', '2026-Q4'];
const familyOf = (version: string) => (version.startsWith('1.') ? '1' : '2');
const byKey = (a: { organizationKey: string }, b: { organizationKey: string }) => a.organizationKey.localeCompare(b.organizationKey);

describe("a quarter's records, as its snapshot reads them", () => {
  it("are each organization's latest submission of that quarter, whatever the order and the versions", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            organization: fc.nat(7),
            period: fc.constantFrom(...PERIODS),
            version: fc.constantFrom('1.0.0', '2.0.0'),
            score: fc.integer({ min: 10, max: 50 }),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        (submissions) => {
          const store = new Store(openDb(':memory:'));
          const organizations = Array.from({ length: 8 }, () => makeOrganization());
          for (const s of submissions) {
            const organization = organizations[s.organization]!;
            store.submit(makeSubmission({ period: s.period, version: s.version, scores: { collecte: s.score / 10 } }, organization), organization.withdrawalHash, '2026-11-21');
          }
          const all = store.records('cqm-maturite', familyOf);
          for (const period of PERIODS) {
            const expected = latestPerPeriod(all.filter((r) => r.period === period)).sort(byKey);
            const read = store.records('cqm-maturite', familyOf, period).sort(byKey);
            expect(read).toEqual(expected);
            expect(publishAggregates(read)).toEqual(publishAggregates(all.filter((r) => r.period === period)));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
