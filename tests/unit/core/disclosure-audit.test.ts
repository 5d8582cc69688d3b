/**
 * The suppression audit as a proof: an attacker who knows every published figure exactly (the
 * signed-in dashboard's exact counts, every split, every group, every quarter's snapshot) combines
 * them by linear algebra and by interval bounds, and must never pin a hidden cell to 1–9 organizations.
 * Written apart from src/core/disclosure.ts (its own atoms, its own elimination in floating point), so
 * that it checks the rules rather than repeating them.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FILTER_KEYS, FILTER_VALUES, cellFilters, filterKey, matchesFilter, publishAggregates, type SyncedRecord } from '../../../src/core/disclosure.ts';
import type { SyncProfile } from '../../../src/core/sync.ts';

const GRID = cellFilters();
const ATOMS: SyncProfile[] = [];
for (const role of FILTER_VALUES.role)
  for (const sizeBand of FILTER_VALUES.sizeBand)
    for (const regionGroup of FILTER_VALUES.regionGroup) for (const discipline of FILTER_VALUES.discipline) ATOMS.push({ role, sizeBand, regionGroup, discipline });
const VECTORS = GRID.map((f) => ATOMS.map((a) => (matchesFilter(a, f) ? 1 : 0)));
/** Every split an attacker can read: a cell of at most one filter, split by a key it leaves free. */
const SPLITS = GRID.flatMap((parent, p) =>
  Object.keys(parent).length >= 2
    ? []
    : FILTER_KEYS.filter((k) => parent[k] === undefined).map((key) => ({
        parent: p,
        children: FILTER_VALUES[key].map((value) => GRID.findIndex((f) => filterKey(f) === filterKey({ ...parent, [key]: value }))),
      })),
);

/** The hidden cells an attacker can compute exactly: those in the span of the published vectors. */
function linearlyDerivable(published: Set<number>): Set<number> {
  const basis: number[][] = [];
  const pivots: number[] = [];
  const reduce = (v: number[]) => {
    basis.forEach((row, i) => {
      const f = v[pivots[i]!]!;
      if (Math.abs(f) > 1e-9) for (let j = 0; j < v.length; j++) v[j]! -= f * row[j]!;
    });
    return v;
  };
  for (const c of published) {
    const v = reduce([...VECTORS[c]!]);
    let pivot = -1;
    for (let j = 0; j < v.length; j++) if (Math.abs(v[j]!) > 1e-9 && (pivot < 0 || Math.abs(v[j]!) > Math.abs(v[pivot]!))) pivot = j;
    if (pivot < 0) continue;
    const scale = v[pivot]!;
    const row = v.map((x) => x / scale);
    // Keep the basis reduced: clear the new pivot from the rows already there.
    basis.forEach((r, i) => {
      const f = r[pivot]!;
      if (Math.abs(f) > 1e-9) basis[i] = r.map((x, j) => x - f * row[j]!);
    });
    basis.push(row);
    pivots.push(pivot);
  }
  const known = new Set(published);
  GRID.forEach((_, c) => {
    if (!known.has(c) && reduce([...VECTORS[c]!]).every((x) => Math.abs(x) < 1e-6)) known.add(c);
  });
  return known;
}

/** Interval bounds on every cell from the exact ones, through every split, until nothing tightens. */
function bounds(exact: Map<number, number>): { lo: number[]; hi: number[] } {
  const lo = GRID.map((_, c) => exact.get(c) ?? 0);
  const hi = GRID.map((_, c) => exact.get(c) ?? Infinity);
  for (let round = 0, changed = true; changed && round < 100; round++) {
    changed = false;
    const tighten = (c: number, l: number, h: number) => {
      if (l > lo[c]!) {
        lo[c] = l;
        changed = true;
      }
      if (h < hi[c]!) {
        hi[c] = h;
        changed = true;
      }
    };
    for (const { parent, children } of SPLITS) {
      const sumLo = children.reduce((s, c) => s + lo[c]!, 0);
      const sumHi = children.reduce((s, c) => s + hi[c]!, 0);
      tighten(parent, sumLo, sumHi);
      for (const c of children) tighten(c, lo[parent]! - (sumHi - hi[c]!), hi[parent]! - (sumLo - lo[c]!));
    }
  }
  return { lo, hi };
}

/** A sector skewed like a real one: a few common profiles, many rare ones, so small cells abound. */
const sector = fc.record({
  size: fc.integer({ min: 20, max: 2000 }),
  seed: fc.integer({ min: 1, max: 2 ** 30 }),
  skew: fc.double({ min: 0.5, max: 3, noNaN: true }),
});

function organizations({ size, seed, skew }: { size: number; seed: number; skew: number }, period: string): SyncedRecord[] {
  let state = seed;
  const random = () => ((state = (state * 48271) % 2147483647), state / 2147483647);
  const pick = <T>(values: readonly T[]) => values[Math.min(values.length - 1, Math.floor(values.length * random() ** skew))]!;
  return Array.from({ length: size }, (_, i) => ({
    organizationKey: `${period}-${i}`,
    period,
    seq: i,
    family: '1.0.0',
    profile: { role: pick(FILTER_VALUES.role), sizeBand: pick(FILTER_VALUES.sizeBand), regionGroup: pick(FILTER_VALUES.regionGroup), discipline: pick(FILTER_VALUES.discipline) },
    scores: { collecte: 3 },
  }));
}

describe('the suppression audit', () => {
  it('in random sectors of 20 to 2,000 organizations over two quarters, no hidden cell is pinned to 1–9 by linear algebra or interval bounds', () => {
    fc.assert(
      fc.property(sector, sector, (a, b) => {
        const records = [...organizations(a, '2026-Q3'), ...organizations({ ...b, seed: b.seed + 1 }, '2026-Q4')];
        const { cells } = publishAggregates(records);
        // Each quarter is its own set of organizations: no figure of one says anything of the other's.
        for (const period of ['2026-Q3', '2026-Q4']) {
          const members = records.filter((r) => r.period === period);
          const truth = GRID.map((f) => members.filter((r) => matchesFilter(r.profile, f)).length);
          const published = new Set(cells.filter((c) => c.period === period).map((c) => GRID.findIndex((f) => filterKey(f) === filterKey(c.filter))));
          for (const c of published) expect(truth[c]).toBeGreaterThanOrEqual(10);
          const known = linearlyDerivable(published);
          for (const c of known) {
            if (published.has(c)) continue;
            if (truth[c]! >= 1 && truth[c]! <= 9) expect.fail(`${period} ${filterKey(GRID[c]!) || 'everyone'}: ${truth[c]} organizations, derived exactly`);
          }
          const { lo, hi } = bounds(new Map([...known].map((c) => [c, truth[c]!])));
          GRID.forEach((f, c) => {
            if (known.has(c)) return;
            if (lo[c]! >= 1 && hi[c]! <= 9) expect.fail(`${period} ${filterKey(f)}: pinned to ${lo[c]}–${hi[c]} (truly ${truth[c]})`);
          });
        }
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
