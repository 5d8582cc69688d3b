/** Question numbers follow the order of dimensions, whatever the order of items in the file. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { itemNumbers } from '../../../src/core/questionnaire/schema.ts';
import { makeQuestionnaire } from '../../support/builders.ts';

describe('itemNumbers', () => {
  it('numbers dimension by dimension when a dimension’s items are scattered in the file', () => {
    const q = makeQuestionnaire([
      { id: 'a', items: 2 },
      { id: 'b', items: 2 },
    ]);
    // File order: a-1, b-1, a-2, b-2.
    q.items = [q.items[0]!, q.items[2]!, q.items[1]!, q.items[3]!];
    expect([...itemNumbers(q)]).toEqual([
      ['a-1', 1],
      ['a-2', 2],
      ['b-1', 3],
      ['b-2', 4],
    ]);
  });

  it('property: every item gets one number, 1 to n, never repeated, rising with the dimensions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 6 }),
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        (counts, randomness) => {
          const q = makeQuestionnaire(counts.map((n, d) => ({ id: `d${d}`, items: n })));
          const keys = q.items.map(() => randomness.next().value);
          q.items = q.items.map((item, i) => ({ item, key: keys[i]! })).sort((x, y) => x.key - y.key).map((x) => x.item);
          const numbers = itemNumbers(q);
          expect([...numbers.values()].sort((x, y) => x - y)).toEqual(q.items.map((_, i) => i + 1));
          const dimensionIndex = (id: string) => q.dimensions.findIndex((d) => d.id === id);
          const byNumber = [...numbers].sort((x, y) => x[1] - y[1]).map(([id]) => q.items.find((i) => i.id === id)!);
          for (let i = 1; i < byNumber.length; i++) {
            expect(dimensionIndex(byNumber[i]!.dimension)).toBeGreaterThanOrEqual(dimensionIndex(byNumber[i - 1]!.dimension));
          }
        },
      ),
    );
  });
});
