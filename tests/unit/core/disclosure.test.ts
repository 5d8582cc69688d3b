import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FILTER_KEYS,
  FILTER_VALUES,
  MIN_ORGANIZATIONS,
  READINESS_BAND,
  SHARES_FROM,
  cellFilters,
  filterKey,
  filtersOf,
  latestPerPeriod,
  matchesFilter,
  publishAggregates,
  roundShare,
  countBand,
  type CellFilter,
  type PublishedCell,
  type PublishedReadinessCell,
  type SyncedRecord,
} from '../../../src/core/disclosure.ts';
import { READINESS_OUTCOMES, type ReadinessOutcome } from '../../../src/core/readiness.ts';
import type { SyncProfile } from '../../../src/core/sync.ts';

/** The dimension cells only, as most tests read them. */
const cellsOf = (records: SyncedRecord[]) => publishAggregates(records).cells;
const readinessOf = (records: SyncedRecord[]) => publishAggregates(records).readiness;

const profile = (overrides: Partial<SyncProfile> = {}): SyncProfile => ({
  role: 'producteur',
  sizeBand: '0-2',
  regionGroup: 'montreal',
  discipline: 'classique',
  ...overrides,
});

let seq = 0;
function record(organizationKey: string, scores: Record<string, number>, overrides: Partial<SyncedRecord> = {}): SyncedRecord {
  return { organizationKey, period: '2026-Q4', seq: ++seq, family: '1.0.0', profile: profile(), scores, ...overrides };
}

/** n organizations with the given profile and scores drawn from `scoreOf(i)`. */
function orgs(n: number, p: Partial<SyncProfile>, scoreOf: (i: number) => number, prefix = 'o', overrides: Partial<SyncedRecord> = {}): SyncedRecord[] {
  return Array.from({ length: n }, (_, i) => record(`${prefix}-${filterKey(p)}-${i}`, { collecte: scoreOf(i) }, { profile: profile(p), ...overrides }));
}

const everyone = <C extends PublishedCell | PublishedReadinessCell>(cells: C[]) => cells.find((c) => filterKey(c.filter) === '');
const cellOf = <C extends PublishedCell | PublishedReadinessCell>(cells: C[], filter: CellFilter) =>
  cells.find((c) => filterKey(c.filter) === filterKey(filter));

describe('the grid of cells', () => {
  it('is everyone, each single filter and each pair of two filters, nothing finer', () => {
    const grid = cellFilters();
    const singles = FILTER_KEYS.reduce((s, k) => s + FILTER_VALUES[k].length, 0);
    let pairs = 0;
    FILTER_KEYS.forEach((a, i) => FILTER_KEYS.slice(i + 1).forEach((b) => (pairs += FILTER_VALUES[a].length * FILTER_VALUES[b].length)));
    expect(grid).toHaveLength(1 + singles + pairs);
    expect(new Set(grid.map(filterKey)).size).toBe(grid.length);
    expect(Math.max(...grid.map((f) => Object.keys(f).length))).toBe(2);
  });

  it('places a profile in eleven cells: everyone, its four filters, its six pairs', () => {
    const cells = filtersOf(profile());
    expect(cells).toHaveLength(11);
    expect(cells.every((f) => matchesFilter(profile(), f))).toBe(true);
  });
});

describe('rule 1: one organization counts once, with its latest submission of the period', () => {
  it('keeps the highest seq per organization and period', () => {
    const a1 = record('a', { collecte: 2 });
    const a2 = record('a', { collecte: 4 });
    const a3 = record('a', { collecte: 3 }, { period: '2026-Q3' });
    const b = record('b', { collecte: 1 });
    expect(latestPerPeriod([a2, a1, a3, b]).sort((x, y) => x.seq - y.seq)).toEqual([a2, a3, b]);
  });

  it('counts a resubmitting organization once, with its latest scores and profile', () => {
    const records = [
      ...orgs(9, {}, () => 2),
      // The tenth organization submits three times; only the last one counts.
      record('tenth', { collecte: 5 }, { profile: profile({ role: 'diffuseur' }) }),
      record('tenth', { collecte: 5 }),
      record('tenth', { collecte: 4 }),
    ];
    const cell = everyone(cellsOf(records));
    expect(cell).toMatchObject({ n: 10, median: 2 });
    expect(cellOf(cellsOf(records), { role: 'producteur' })?.n).toBe(10);
  });
});

describe('rules 2 and 3: thresholds', () => {
  it('publishes nothing for 9 organizations', () => {
    expect(cellsOf(orgs(9, {}, () => 3))).toEqual([]);
  });

  it('publishes the median only for 10 to 19 organizations', () => {
    // Scores 1.0, 1.5, 2.0 … 5.5 would exceed 5; use 1.0 + 0.4·i for i < 10 → median of 2.6 and 3.0 = 2.8.
    const cells = cellsOf(orgs(10, {}, (i) => Math.round(10 + 4 * i) / 10));
    expect(everyone(cells)).toEqual({ period: '2026-Q4', family: '1.0.0', dimensionId: 'collecte', filter: {}, n: 10, median: 2.8 });
  });

  it('rounds an even median half up to one decimal', () => {
    // Middle scores 2.0 and 2.1 → 2.05 → 2.1.
    const scores = [1, 1, 1, 1, 2, 2.1, 3, 3, 3, 3];
    expect(everyone(cellsOf(orgs(10, {}, (i) => scores[i]!)))?.median).toBe(2.1);
  });

  it('adds the share per stage from 20 organizations, in 20 % steps under 50', () => {
    // 21 organizations: 7 at stage 1, 7 at stage 3, 7 at stage 5 → 33.3 % each → 40 %.
    const cells = cellsOf(orgs(21, {}, (i) => [1.4, 3.9, 5][i % 3]!));
    expect(everyone(cells)).toMatchObject({ n: 21, median: 3.9, stageShares: [40, 0, 40, 0, 40] });
  });

  it('rounds shares half up on exact integers, to 20 % under 50 organizations, 10 % under 100, 5 % from 100', () => {
    expect(roundShare(4, 40)).toBe(20); // 10 % → 20
    expect(roundShare(3, 40)).toBe(0); // 7.5 % → 0
    expect(roundShare(40, 40)).toBe(100);
    expect(roundShare(5, 50)).toBe(10);
    expect(roundShare(2, 80)).toBe(0); // 2.5 % → 0 in 10 % steps
    expect(roundShare(5, 200)).toBe(5); // 2.5 % → 5
    expect(roundShare(4, 200)).toBe(0);
  });

  it('no published share stands for a single possible count, 0 % and 100 % included, even knowing n exactly', () => {
    for (let n = SHARES_FROM; n <= 400; n++) {
      const counts = new Map<number, number>();
      for (let c = 0; c <= n; c++) counts.set(roundShare(c, n), (counts.get(roundShare(c, n)) ?? 0) + 1);
      for (const [share, possible] of counts) expect(possible, `n = ${n}, share ${share} %`).toBeGreaterThanOrEqual(2);
    }
  });

  it('bands counts for the public route: 10–19, 20–49, 50–99, 100+', () => {
    expect([10, 19, 20, 49, 50, 99, 100, 5000].map(countBand)).toEqual(['10-19', '10-19', '20-49', '20-49', '50-99', '50-99', '100+', '100+']);
    expect(() => countBand(9)).toThrow(RangeError);
  });

  it('counts each dimension over the organizations that synced it', () => {
    const records = [...orgs(10, {}, () => 3), record('eleventh', { usage: 4 })];
    const cells = cellsOf(records);
    expect(cells.filter((c) => c.dimensionId === 'usage')).toEqual([]);
    expect(everyone(cells)?.n).toBe(10);
  });
});

describe('rules 5 and 6: nothing smaller than 10 recovered by subtraction', () => {
  it('suppresses a cell whose parent minus itself is 1 to 9 organizations', () => {
    // 25 producers in Montréal, 5 presenters in Montréal: everyone = 30, producers = 25 → 30 − 25 = 5.
    const records = [...orgs(25, { role: 'producteur' }, () => 3), ...orgs(5, { role: 'diffuseur' }, () => 1)];
    const cells = cellsOf(records);
    expect(everyone(cells)?.n).toBe(30);
    expect(cellOf(cells, { role: 'producteur' })).toBeUndefined();
    expect(cellOf(cells, { role: 'diffuseur' })).toBeUndefined();
  });

  it('suppresses a cell nested in another by coincidence of the data, not only by its filters', () => {
    // Every producer is 0-2 and every 0-2 is a producer but 4: "producteur" ⊂ "0-2", 4 apart.
    const records = [
      ...orgs(20, { role: 'producteur', sizeBand: '0-2' }, () => 3),
      ...orgs(4, { role: 'diffuseur', sizeBand: '0-2' }, () => 2),
      ...orgs(30, { role: 'diffuseur', sizeBand: '10-49' }, () => 4),
    ];
    const cells = cellsOf(records);
    expect(cellOf(cells, { sizeBand: '0-2' })?.n).toBe(24);
    expect(cellOf(cells, { role: 'producteur' })).toBeUndefined();
  });

  it('hides another sibling when the hidden ones together count 1 to 9 (DESIGN’s pairwise rule misses this)', () => {
    // Everyone 50; producers 20, presenters 25; the other two roles 3 + 2 = 5. Each role cell alone is
    // ≥ 10 away from everyone, yet everyone − producers − presenters would be those 5.
    const records = [
      ...orgs(20, { role: 'producteur' }, () => 3),
      ...orgs(25, { role: 'diffuseur' }, () => 2),
      ...orgs(3, { role: 'diffuseur-producteur' }, () => 5),
      ...orgs(2, { role: 'autre' }, () => 1),
    ];
    const cells = cellsOf(records);
    expect(everyone(cells)?.n).toBe(50);
    expect(cellOf(cells, { role: 'producteur' })).toBeUndefined();
    expect(cellOf(cells, { role: 'diffuseur' })).toMatchObject({ n: 25 });
  });

  it('is deterministic: the same records in any order give the same cells', () => {
    const records = [...orgs(30, { role: 'producteur' }, (i) => 1 + (i % 40) / 10), ...orgs(12, { role: 'autre' }, () => 2)];
    expect(cellsOf([...records].reverse())).toEqual(cellsOf(records));
  });
});

describe('version families: scores of versions that do not compare are never pooled', () => {
  it('publishes each family on its own population, never one statistic over both', () => {
    const records = [...orgs(10, {}, () => 2, 'a', { family: '1.0.0' }), ...orgs(10, {}, () => 4, 'b', { family: '2.0.0' })];
    const cells = cellsOf(records).filter((c) => filterKey(c.filter) === '');
    expect(cells).toEqual([
      { period: '2026-Q4', family: '1.0.0', dimensionId: 'collecte', filter: {}, n: 10, median: 2 },
      { period: '2026-Q4', family: '2.0.0', dimensionId: 'collecte', filter: {}, n: 10, median: 4 },
    ]);
  });

  it('counts an organization once per period, in the family of its latest submission', () => {
    // 10 organizations submitted on 1.0.0, then 5 of them again on 2.0.0: 1.0.0 keeps 5, 2.0.0 has 5.
    const first = orgs(10, {}, () => 2, 'o', { family: '1.0.0' });
    const again = first.slice(0, 5).map((r) => record(r.organizationKey, { collecte: 4 }, { family: '2.0.0' }));
    expect(cellsOf([...first, ...again])).toEqual([]);
    // With 10 more on 2.0.0, 2.0.0 has 15 and 1.0.0 still only 5.
    const cells = cellsOf([...first, ...again, ...orgs(10, {}, () => 4, 'n', { family: '2.0.0' })]);
    expect(cells.filter((c) => c.family === '1.0.0')).toEqual([]);
    expect(everyone(cells)).toMatchObject({ family: '2.0.0', n: 15, median: 4 });
  });

  it('orders families oldest first within a period', () => {
    const records = [...orgs(10, {}, () => 2, 'a', { family: '10.0.0' }), ...orgs(10, {}, () => 4, 'b', { family: '2.0.0' })];
    expect(cellsOf(records).filter((c) => filterKey(c.filter) === '').map((c) => c.family)).toEqual(['2.0.0', '10.0.0']);
  });
});

describe('readiness: published by the same rules', () => {
  const outcomes = (list: ReadinessOutcome[]) => (i: number) => ({ readiness: list[i % list.length]! });
  const withReadiness = (n: number, p: Partial<SyncProfile>, pick: (i: number) => { readiness: ReadinessOutcome }, prefix = 'r', family = '1.0.0') =>
    orgs(n, p, () => 3, prefix, { family }).map((r, i) => ({ ...r, ...pick(i) }));

  it('publishes nothing for 9 organizations', () => {
    expect(readinessOf(withReadiness(9, {}, outcomes(['ready'])))).toEqual([]);
  });

  it('publishes only the band "10-19" for 10 to 19 organizations, never a count or a share', () => {
    for (const n of [10, 19]) {
      const cell = everyone(readinessOf(withReadiness(n, {}, outcomes(['ready', 'almost']))));
      expect(cell).toEqual({ period: '2026-Q4', family: '1.0.0', filter: {}, band: READINESS_BAND });
    }
  });

  it('publishes n and each outcome’s share (20 % steps under 50) from 20 organizations', () => {
    // 21: 7 of each → 33.3 % → 40 %.
    const cell = everyone(readinessOf(withReadiness(21, {}, outcomes([...READINESS_OUTCOMES]))));
    expect(cell).toEqual({ period: '2026-Q4', family: '1.0.0', filter: {}, n: 21, shares: { 'not-yet': 40, almost: 40, ready: 40 } });
  });

  it('counts only the organizations whose latest submission carries an outcome', () => {
    const records = [...withReadiness(10, {}, outcomes(['ready'])), ...orgs(15, {}, () => 3, 'none')];
    expect(everyone(cellsOf(records))?.n).toBe(25);
    expect(everyone(readinessOf(records))).toMatchObject({ band: READINESS_BAND });
    // An outcome sent earlier in the period does not count once a later submission has none.
    const earlier = withReadiness(10, {}, outcomes(['ready']), 'e');
    const later = earlier.map((r) => record(r.organizationKey, { collecte: 3 }));
    expect(everyone(readinessOf(earlier))).toMatchObject({ band: READINESS_BAND });
    expect(readinessOf([...earlier, ...later])).toEqual([]);
  });

  it('keeps families apart', () => {
    const records = [...withReadiness(12, {}, outcomes(['ready']), 'a', '1.0.0'), ...withReadiness(20, {}, outcomes(['almost']), 'b', '2.0.0')];
    expect(readinessOf(records).filter((c) => filterKey(c.filter) === '')).toEqual([
      { period: '2026-Q4', family: '1.0.0', filter: {}, band: READINESS_BAND },
      { period: '2026-Q4', family: '2.0.0', filter: {}, n: 20, shares: { 'not-yet': 0, almost: 100, ready: 0 } },
    ]);
  });

  it('suppresses a readiness cell whose parent minus itself is 1 to 9 (rule 5), the band counting as known', () => {
    const records = [...withReadiness(25, { role: 'producteur' }, outcomes(['ready']), 'p'), ...withReadiness(5, { role: 'diffuseur' }, outcomes(['not-yet']), 'd')];
    const cells = readinessOf(records);
    expect(everyone(cells)).toMatchObject({ n: 30 });
    expect(cellOf(cells, { role: 'producteur' })).toBeUndefined();
    // 12 producers and 3 presenters: the band cell of 12 is suppressed, 15 − 12 = 3.
    const small = [...withReadiness(12, { role: 'producteur' }, outcomes(['ready']), 'p'), ...withReadiness(3, { role: 'diffuseur' }, outcomes(['ready']), 'd')];
    expect(everyone(readinessOf(small))).toMatchObject({ band: READINESS_BAND });
    expect(cellOf(readinessOf(small), { role: 'producteur' })).toBeUndefined();
  });

  it('hides another sibling when the hidden ones together count 1 to 9 (rule 6)', () => {
    const records = [
      ...withReadiness(25, { role: 'producteur' }, outcomes(['ready']), 'p'),
      ...withReadiness(25, { role: 'diffuseur' }, outcomes(['almost']), 'd'),
      ...withReadiness(3, { role: 'autre' }, outcomes(['not-yet']), 'a'),
      ...withReadiness(3, { role: 'diffuseur-producteur' }, outcomes(['not-yet']), 'b'),
    ];
    const cells = readinessOf(records);
    expect(everyone(cells)).toMatchObject({ n: 56 });
    const published = (['producteur', 'diffuseur'] as const).filter((role) => cellOf(cells, { role }));
    expect(published).toHaveLength(1);
  });
});

// ---- Properties over random sectors ------------------------------------------------------------------

const PERIODS = ['2026-Q3', '2026-Q4'];
const DIMENSIONS = ['collecte', 'usage'];
/** Three version families; an organization's submissions of one period may be on different ones. */
const FAMILIES = ['1.0.0', '2.0.0', '3.0.0'];
/** The populations of a (period, family): each dimension's, and readiness's. */
const READINESS = 'readiness';
const POPULATION_KEYS = [...DIMENSIONS, READINESS];

/** A small seeded generator: fast-check draws the seed and the size, the sector follows from them. */
function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sectorArb = fc.record({ organizations: fc.integer({ min: 0, max: 600 }), seed: fc.integer() });

/**
 * Skewed sectors, so that some groups sit just around 10 and the rules have work to do: each value of
 * each filter, and each version family, gets a random weight (some zero). An organization appears in
 * each period or not, may submit twice (the earlier one with another profile, family, score and
 * readiness, which must not count), may lack a dimension (not enough information) and may send no
 * readiness outcome (a version without the checklist).
 */
function recordsOf({ organizations, seed }: { organizations: number; seed: number }): SyncedRecord[] {
  const random = mulberry32(seed);
  const weighted = <T,>(values: readonly T[]) => {
    const weights = values.map(() => (random() < 0.2 ? 0 : random() ** 2));
    const total = weights.reduce((a, b) => a + b, 0) || 1;
    return () => {
      let target = random() * total;
      for (let i = 0; i < values.length; i++) if ((target -= weights[i]!) < 0) return values[i]!;
      return values[0]!;
    };
  };
  const draw = {
    role: weighted(FILTER_VALUES.role),
    sizeBand: weighted(FILTER_VALUES.sizeBand),
    regionGroup: weighted(FILTER_VALUES.regionGroup),
    discipline: weighted(FILTER_VALUES.discipline),
    family: weighted(FAMILIES),
    readiness: weighted([...READINESS_OUTCOMES, undefined]),
  };
  const records: SyncedRecord[] = [];
  let n = 0;
  for (let i = 0; i < organizations; i++) {
    const p: SyncProfile = { role: draw.role(), sizeBand: draw.sizeBand(), regionGroup: draw.regionGroup(), discipline: draw.discipline() };
    for (const period of PERIODS) {
      if (random() < 0.25) continue;
      if (random() < 0.2) {
        records.push({
          organizationKey: `org-${i}`,
          period,
          seq: ++n,
          family: FAMILIES[Math.floor(random() * FAMILIES.length)]!,
          profile: { ...p, role: draw.role() },
          scores: { collecte: 1 },
          readiness: 'ready',
        });
      }
      const scores: Record<string, number> = {};
      for (const d of DIMENSIONS) if (random() < 0.9) scores[d] = (10 + Math.floor(random() * 41)) / 10;
      records.push({ organizationKey: `org-${i}`, period, seq: ++n, family: draw.family(), profile: p, scores, readiness: draw.readiness() });
    }
  }
  // Arrival order must not matter: shuffle (seq keeps the true order).
  for (let i = records.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [records[i], records[j]] = [records[j]!, records[i]!];
  }
  return records;
}

/** Who is in each population (a dimension, or READINESS), worked out here without the code under test. */
function population(records: SyncedRecord[], period: string, family: string, key: string): SyncedRecord[] {
  const latest = new Map<string, SyncedRecord>();
  for (const r of records) {
    if (r.period !== period) continue;
    const seen = latest.get(r.organizationKey);
    if (!seen || r.seq > seen.seq) latest.set(r.organizationKey, r);
  }
  return [...latest.values()].filter((r) => r.family === family && (key === READINESS ? r.readiness !== undefined : r.scores[key] !== undefined));
}

/** The filter keys of the cells a profile is in: every subset of at most two of its four values. */
function keysOf(p: SyncProfile): string[] {
  const parts = FILTER_KEYS.map((k) => `${k}=${p[k]}`);
  const keys = [''];
  parts.forEach((a, i) => {
    keys.push(a);
    for (const b of parts.slice(i + 1)) keys.push(`${a};${b}`);
  });
  return keys;
}

/** Members of every cell of a population, as sets of organization keys. */
function membersByCell(members: SyncedRecord[]): Map<string, Set<string>> {
  const byCell = new Map<string, Set<string>>();
  for (const r of members) {
    for (const key of keysOf(r.profile)) {
      let set = byCell.get(key);
      if (!set) byCell.set(key, (set = new Set()));
      set.add(r.organizationKey);
    }
  }
  return byCell;
}

function fail(message: string): never {
  throw new Error(message);
}

describe('properties over 1,000 random sectors of 0 to 600 organizations', () => {
  it('every published cell, score or readiness, of every family counts at least 10 organizations, and no subtraction of published cells isolates 1 to 9', () => {
    fc.assert(
      fc.property(sectorArb, (sector) => {
        const records = recordsOf(sector);
        const { cells, readiness } = publishAggregates(records);
        for (const c of [...cells, ...readiness]) {
          if (!PERIODS.includes(c.period) || !FAMILIES.includes(c.family)) fail(`a cell of ${c.period} ${c.family}`);
        }
        for (const period of PERIODS) {
          for (const family of FAMILIES) {
            for (const key of POPULATION_KEYS) {
              const where = `${period} ${family} ${key}`;
              const byCell = membersByCell(population(records, period, family, key));
              const mine: (PublishedCell | PublishedReadinessCell)[] =
                key === READINESS
                  ? readiness.filter((c) => c.period === period && c.family === family)
                  : cells.filter((c) => c.period === period && c.family === family && c.dimensionId === key);
              const published = mine.map((cell) => ({ key: filterKey(cell.filter), cell, who: byCell.get(filterKey(cell.filter)) ?? new Set<string>() }));

              for (const { key: k, cell, who } of published) {
                if (who.size < MIN_ORGANIZATIONS) fail(`${where} ${k}: published with ${who.size}`);
                if ('band' in cell) {
                  if (who.size >= SHARES_FROM) fail(`${where} ${k}: band for ${who.size}`);
                } else if (cell.n !== who.size) fail(`${where} ${k}: n ${cell.n}, members ${who.size}`);
                if ('shares' in cell && cell.n < SHARES_FROM) fail(`${where} ${k}: readiness shares for ${cell.n}`);
              }

              // The attacker, by brute force, knowing every published cell's exact membership count (a
              // band too): each published cell minus each other published cell inside it.
              for (const x of published) {
                for (const y of published) {
                  const rest = x.who.size - y.who.size;
                  // Only a difference of 1 to 9 could isolate a small group; then y must not lie inside x.
                  if (x === y || rest < 1 || rest >= MIN_ORGANIZATIONS) continue;
                  if ([...y.who].every((o) => x.who.has(o))) fail(`${where}: ${x.key} − ${y.key} isolates ${rest}`);
                }
              }

              // Then each published cell minus all its published children along one filter at once.
              for (const x of published) {
                if (Object.keys(x.cell.filter).length >= 2) continue;
                for (const k of FILTER_KEYS) {
                  if (x.cell.filter[k] !== undefined) continue;
                  const children = published.filter(
                    (y) => y.cell.filter[k] !== undefined && FILTER_KEYS.every((o) => o === k || y.cell.filter[o] === x.cell.filter[o]),
                  );
                  const rest = [...x.who].filter((o) => !children.some((c) => c.who.has(o))).length;
                  if (rest > 0 && rest < MIN_ORGANIZATIONS) fail(`${where}: ${x.key} minus its ${k} cells isolates ${rest}`);
                }
              }
            }
          }
        }
      }),
      { numRuns: 1000 },
    );
  }, 240_000);

  it('every published median, stage share and readiness share is the one computed from the members of its family (200 sectors)', () => {
    const medianTenths = (scores: number[]) => {
      const t = scores.map((s) => Math.round(s * 10)).sort((a, b) => a - b);
      const n = t.length;
      return n % 2 ? t[(n - 1) / 2]! : Math.floor((t[n / 2 - 1]! + t[n / 2]! + 1) / 2);
    };
    fc.assert(
      fc.property(sectorArb, (sector) => {
        const records = recordsOf(sector);
        const { cells, readiness } = publishAggregates(records);
        const populations = new Map<string, { byCell: Map<string, Set<string>>; of: Map<string, SyncedRecord> }>();
        const populationOf = (period: string, family: string, key: string) => {
          const id = `${period}/${family}/${key}`;
          let pop = populations.get(id);
          if (!pop) {
            const members = population(records, period, family, key);
            pop = { byCell: membersByCell(members), of: new Map(members.map((r) => [r.organizationKey, r])) };
            populations.set(id, pop);
          }
          return pop;
        };
        for (const cell of cells) {
          const pop = populationOf(cell.period, cell.family, cell.dimensionId);
          const scores = [...(pop.byCell.get(filterKey(cell.filter)) ?? [])].map((o) => pop.of.get(o)!.scores[cell.dimensionId]!);
          if (Math.round(cell.median * 10) !== medianTenths(scores)) fail(`median of ${cell.family} ${filterKey(cell.filter)}`);
          if (cell.n < SHARES_FROM) {
            if (cell.stageShares) fail(`shares published for ${cell.n}`);
            continue;
          }
          const stages = [1, 2, 3, 4, 5].map((s) => scores.filter((x) => Math.floor(x) === s).length);
          expect(cell.stageShares).toEqual(stages.map((c) => roundShare(c, cell.n)));
          if (!cell.stageShares!.every((share) => share % 5 === 0)) fail('a share is not a multiple of 5');
        }
        for (const cell of readiness) {
          const pop = populationOf(cell.period, cell.family, READINESS);
          const members = [...(pop.byCell.get(filterKey(cell.filter)) ?? [])].map((o) => pop.of.get(o)!.readiness!);
          if ('band' in cell) {
            expect(Object.keys(cell).sort()).toEqual(['band', 'family', 'filter', 'period']);
            if (members.length < MIN_ORGANIZATIONS || members.length >= SHARES_FROM) fail(`band for ${members.length}`);
            continue;
          }
          expect(cell.n).toBe(members.length);
          expect(cell.shares).toEqual(Object.fromEntries(READINESS_OUTCOMES.map((o) => [o, roundShare(members.filter((m) => m === o).length, cell.n)])));
          if (!Object.values(cell.shares).every((share) => share % 5 === 0)) fail('a readiness share is not a multiple of 5');
        }
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
