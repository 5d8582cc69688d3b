import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareWithGroup, comparisonGroups, type PeerCell } from '../../../src/client/sync/peers.ts';
import { countText } from '../../../src/client/sync/count.ts';
import * as counts from '../../../src/client/i18n/counts.ts';
import type { AssessmentScore, DimensionScore } from '../../../src/core/scoring.ts';

const dimension = (dimensionId: string, score: number | null, sufficient = true): DimensionScore =>
  ({ dimensionId, score, sufficient, total: 4, answered: 4, valued: 4, dontKnow: 0, notApplicable: 0, applicable: 4 }) as unknown as DimensionScore;

const score = (dims: DimensionScore[]): AssessmentScore => ({ questionnaireId: 'cqm-maturite', version: '1.0.0', dimensions: dims, overall: null });

const profile = { role: 'producteur', sizeBand: '0-2', regionGroup: 'montreal', discipline: 'jazz' } as const;

describe('comparing with one group of peers', () => {
  it('offers everyone, then each of the organization’s own role, size, region group and discipline', () => {
    expect(comparisonGroups(profile)).toEqual([{}, { role: 'producteur' }, { sizeBand: '0-2' }, { regionGroup: 'montreal' }, { discipline: 'jazz' }]);
  });

  it('marks each dimension above, below or at the median, exactly to the tenth, and tallies them', () => {
    const cells: PeerCell[] = [
      { dimensionId: 'a', filter: {}, median: 3.1, band: '20-49' },
      { dimensionId: 'b', filter: {}, median: 3.4, band: '20-49' },
      { dimensionId: 'c', filter: {}, median: 2.3, band: '20-49' },
      // Another group's cell is never read for this one.
      { dimensionId: 'd', filter: { role: 'producteur' }, median: 1, band: '10-19' },
    ];
    const result = compareWithGroup(['a', 'b', 'c', 'd'], score([dimension('a', 3.3), dimension('b', 3.2), dimension('c', 2.3), dimension('d', 4)]), cells, {});
    expect(result.lines.map((l) => [l.standing, l.delta])).toEqual([
      ['above', 0.2],
      ['below', -0.2],
      ['level', 0],
      [undefined, undefined],
    ]);
    expect(result.tally).toEqual({ above: 1, below: 1, level: 1 });
    expect(result.published).toBe(true);
  });

  it('says a group is unpublished when none of its cells is, and never compares a dimension that was not shared', () => {
    const cells: PeerCell[] = [{ dimensionId: 'a', filter: {}, median: 3, n: 12 }];
    const small = compareWithGroup(['a'], score([dimension('a', 3)]), cells, { discipline: 'jazz' });
    expect(small.published).toBe(false);
    const unshared = compareWithGroup(['a'], score([dimension('a', 3, false)]), cells, {});
    expect(unshared.lines[0]).toMatchObject({ yours: null, cell: cells[0] });
    expect(unshared.lines[0]!.standing).toBeUndefined();
  });

  it('tallies every compared dimension once, whatever the scores', () => {
    const tenth = fc.integer({ min: 10, max: 50 }).map((t) => t / 10);
    fc.assert(
      fc.property(fc.array(fc.tuple(tenth, tenth), { minLength: 1, maxLength: 8 }), (pairs) => {
        const ids = pairs.map((_, i) => `d${i}`);
        const result = compareWithGroup(
          ids,
          score(pairs.map(([yours], i) => dimension(ids[i]!, yours))),
          pairs.map(([, median], i) => ({ dimensionId: ids[i]!, filter: {}, median, band: '10-19' })),
          {},
        );
        expect(result.tally.above + result.tally.below + result.tally.level).toBe(pairs.length);
        for (const [i, [yours, median]] of pairs.entries()) {
          expect(result.lines[i]!.standing).toBe(yours > median ? 'above' : yours < median ? 'below' : 'level');
        }
      }),
    );
  });
});

describe('a published count in words', () => {
  it('reads a band or an exact count, with each language’s plural and numbers', () => {
    expect(countText({ band: '10-19' }, counts.fr)).toBe('10 à 19 organismes');
    expect(countText({ band: '100+' }, counts.en)).toBe('100 or more organizations');
    expect(countText({ band: '1000+' }, counts.fr)).toBe('1\u00a0000 organismes ou plus');
    expect(countText({ n: 1 }, counts.fr)).toBe('1 organisme');
    expect(countText({ n: 1 }, counts.en)).toBe('1 organization');
    expect(countText({ n: 0 }, counts.fr)).toBe('0 organisme');
    expect(countText({ n: 0 }, counts.en)).toBe('0 organizations');
    expect(countText({ n: 31 }, counts.en)).toBe('31 organizations');
  });
});
