/**
 * Disclosure rules: which sector statistics may be published, exactly as the README states them ("What is published"), plus
 * one rule it implies. The server publishes nothing else, and the client reads peers from these cells.
 *
 *   1. One organization counts once: its latest submission per period.
 *   2. No statistic for a group of fewer than 10 organizations.
 *   3. 10–19 organizations: the median only. 20 or more: the median and the share per stage, each
 *      rounded to a step of 20 % (20–49 organizations), 10 % (50–99) or 5 % (100+): see shareStep.
 *      Outside the signed-in dashboard, counts are published as bands (10–19, 20–49, 50–99, 100+).
 *   4. Fixed filters only (role, size band, region group, discipline), at most two combined, all
 *      precomputed: the grid of cells is `cellFilters()`, nothing is computed on request.
 *   5. A published cell whose parent minus itself counts 1 to 9 organizations is suppressed too. "Parent"
 *      is read as any published cell of the same period and dimension that contains it (by its
 *      members, not only by its filters: two cells can be nested by coincidence of the data).
 *   6. Implied by 5's purpose ("no group of fewer than 10 can be recovered by subtraction"): when a
 *      published cell is split by one filter, the children left unpublished must together count 0 or
 *      at least 10 organizations. Otherwise subtracting every published child from the parent would
 *      isolate the small remainder; rule 5 alone, which looks at one child at a time, misses that.
 *      Another child is suppressed until it holds.
 *   7. The audit, which makes 5 and 6 hold against any combination of figures, not only one split at a
 *      time: every grid cell that is a linear combination of published cells (an attacker adds and
 *      subtracts across any splits and groups) is treated as published; rules 2 and 6 are checked again
 *      on those, and each breach suppresses one more published cell, until nothing changes.
 *
 * Each (period, version family, dimension) is its own population: the organizations whose latest
 * submission for the period was made on a version of that family and has a score for that dimension (a
 * dimension without enough information is never synced). A version family (./comparability.ts) holds
 * the questionnaire versions whose scores compare; scores of versions that do not compare are never
 * pooled in one statistic. An organization still counts once per period: its latest submission places
 * it in one family.
 *
 * Pooling readiness (ready / almost / not yet) is published by the same rules, on its own population per
 * (period, family): the organizations whose latest submission of the period carries a readiness outcome.
 * Rules 2, 5 and 6 decide its cells exactly as they decide a dimension's. Rule 3 has no median to give a
 * categorical outcome, so a readiness cell of 10–19 organizations publishes only that band ("10-19"),
 * never its exact count or any share: a share needs 20, and an exact count would add nothing a reader of
 * the band needs while being one more figure to subtract. Treated as published by rules 5 and 6, the band
 * cell is protected as if its exact count were known. From 20: the exact count and the share of each
 * outcome, rounded like stage shares (shareStep).
 *
 * Pure and deterministic: the same records give the same cells, in the same order.
 */
import { DISCIPLINES, ROLES, SIZE_BANDS } from './profile.ts';
import { compareVersions } from './questionnaire/schema.ts';
import { READINESS_OUTCOMES, type ReadinessOutcome } from './readiness.ts';
import { REGION_GROUPS, type SyncProfile } from './sync.ts';

export const MIN_ORGANIZATIONS = 10;
export const SHARES_FROM = 20;
/** The finest step a share is rounded to (from 100 organizations; see shareStep). */
export const SHARE_STEP_PERCENT = 5;
export const MAX_COMBINED_FILTERS = 2;

export const FILTER_KEYS = ['role', 'sizeBand', 'regionGroup', 'discipline'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const FILTER_VALUES: { readonly [K in FilterKey]: readonly SyncProfile[K][] } = {
  role: ROLES,
  sizeBand: SIZE_BANDS,
  regionGroup: REGION_GROUPS,
  discipline: DISCIPLINES,
};

/** A cell's filter: no key is everyone; one or two keys narrow it. */
export type CellFilter = Partial<SyncProfile>;

export interface SyncedRecord {
  organizationKey: string;
  period: string;
  /** Arrival order on the server: the higher, the later. */
  seq: number;
  /** The version family of the questionnaire version the scores were computed on (./comparability.ts). */
  family: string;
  profile: SyncProfile;
  /** Dimension id → score (1.0–5.0, one decimal). */
  scores: Readonly<Record<string, number>>;
  /** The pooling-readiness outcome, when the version has the checklist. */
  readiness?: ReadinessOutcome | undefined;
}

export type StageShares = [number, number, number, number, number];

export interface PublishedCell {
  period: string;
  /** The version family whose scores the cell pools, and no other. */
  family: string;
  dimensionId: string;
  filter: CellFilter;
  /** Organizations counted (one per organization). */
  n: number;
  /** Median score, one decimal (the mean of the two middle scores, rounded half up, when n is even). */
  median: number;
  /** Percent of organizations at each stage 1–5, each rounded to the step of shareStep; only from 20 organizations. */
  stageShares?: StageShares;
}

/** What a readiness cell of 10–19 organizations publishes instead of a count and shares. */
export const READINESS_BAND = '10-19';

/** Percent of organizations at each outcome, each rounded to the step of shareStep. */
export type ReadinessShares = Record<ReadinessOutcome, number>;

export type PublishedReadinessCell =
  /** 10–19 organizations: only the band. */
  | { period: string; family: string; filter: CellFilter; band: typeof READINESS_BAND }
  /** 20 or more: the count and the shares. */
  | { period: string; family: string; filter: CellFilter; n: number; shares: ReadinessShares };

export interface PublishedAggregates {
  /** Median (and from 20, stage shares) per period, family, dimension and published filter. */
  cells: PublishedCell[];
  /** Readiness per period, family and published filter. */
  readiness: PublishedReadinessCell[];
}

/** Rule 1: the latest record (highest seq) of each organization in each period. */
export function latestPerPeriod<T extends SyncedRecord>(records: Iterable<T>): T[] {
  const latest = new Map<string, T>();
  for (const record of records) {
    const key = `${record.period}\u0000${record.organizationKey}`;
    const seen = latest.get(key);
    if (!seen || record.seq > seen.seq) latest.set(key, record);
  }
  return [...latest.values()];
}

/** Rule 4: the fixed grid. Everyone, then one filter, then every pair, in FILTER_KEYS order. */
export function cellFilters(): CellFilter[] {
  const cells: CellFilter[] = [{}];
  for (const key of FILTER_KEYS) for (const value of FILTER_VALUES[key]) cells.push({ [key]: value });
  FILTER_KEYS.forEach((a, i) => {
    for (const b of FILTER_KEYS.slice(i + 1)) {
      for (const va of FILTER_VALUES[a]) for (const vb of FILTER_VALUES[b]) cells.push({ [a]: va, [b]: vb });
    }
  });
  return cells;
}

/** A stable text key for a filter: "" for everyone, else "role=producteur;sizeBand=0-2". */
export function filterKey(filter: CellFilter): string {
  return FILTER_KEYS.filter((k) => filter[k] !== undefined)
    .map((k) => `${k}=${filter[k]}`)
    .join(';');
}

export function matchesFilter(profile: SyncProfile, filter: CellFilter): boolean {
  return FILTER_KEYS.every((k) => filter[k] === undefined || filter[k] === profile[k]);
}

/** Every cell of the grid a profile belongs to: everyone, its four single filters, its six pairs. */
export function filtersOf(profile: SyncProfile): CellFilter[] {
  return cellFilters().filter((f) => matchesFilter(profile, f));
}

// ---- The cube: counts and histograms for every conjunction of filter values -------------------------

/** Scores are tenths from 1.0 to 5.0: 41 histogram bins. */
const SCORE_BINS = 41;
/** Readiness outcomes, one bin each, in READINESS_OUTCOMES order. */
const READINESS_BINS = READINESS_OUTCOMES.length;
/** Population keys: dimensions are "d:<id>", so no dimension id can be taken for readiness. */
const READINESS_KEY = 'readiness';
/** Per key, the number of values; index `size` stands for "any value". */
const SIZES = FILTER_KEYS.map((k) => FILTER_VALUES[k].length);
const STRIDES = (() => {
  const strides: number[] = [];
  let stride = 1;
  for (let i = SIZES.length - 1; i >= 0; i--) {
    strides[i] = stride;
    stride *= SIZES[i]! + 1;
  }
  return { strides, total: stride };
})();
const VALUE_INDEX = FILTER_KEYS.map((k) => new Map<string, number>(FILTER_VALUES[k].map((v, i) => [v, i])));
/** Scratch space for Cube.add, so adding allocates nothing. */
const OFFSETS = new Int32Array(2 * FILTER_KEYS.length);

/** Cube index of a conjunction; null when two constraints on one key disagree. */
function cubeIndex(constraints: readonly (CellFilter | SyncProfile)[]): number | null {
  let index = 0;
  for (let axis = 0; axis < FILTER_KEYS.length; axis++) {
    const key = FILTER_KEYS[axis]!;
    let value: string | undefined;
    for (const c of constraints) {
      const v = c[key];
      if (v === undefined) continue;
      if (value !== undefined && value !== v) return null;
      value = v;
    }
    const position = value === undefined ? SIZES[axis]! : VALUE_INDEX[axis]!.get(value);
    if (position === undefined) return null;
    index += position * STRIDES.strides[axis]!;
  }
  return index;
}

class Cube {
  readonly counts = new Int32Array(STRIDES.total);
  readonly histograms: Int32Array;

  constructor(readonly bins: number) {
    this.histograms = new Int32Array(STRIDES.total * bins);
  }

  /** One organization, counted in `bin` of its histograms. */
  add(profile: SyncProfile, bin: number) {
    const bins = this.bins;
    // Per axis, the offset of the organization's own value and of "any".
    for (let axis = 0; axis < FILTER_KEYS.length; axis++) {
      const stride = STRIDES.strides[axis]!;
      OFFSETS[2 * axis] = VALUE_INDEX[axis]!.get(profile[FILTER_KEYS[axis]!])! * stride;
      OFFSETS[2 * axis + 1] = SIZES[axis]! * stride;
    }
    // The organization counts in every conjunction it satisfies: its own values with any subset of
    // them replaced by "any".
    for (let mask = 0; mask < 1 << FILTER_KEYS.length; mask++) {
      let index = 0;
      for (let axis = 0; axis < FILTER_KEYS.length; axis++) index += OFFSETS[2 * axis + ((mask >> axis) & 1)]!;
      this.counts[index]!++;
      this.histograms[index * bins + bin]!++;
    }
  }

  count(...constraints: CellFilter[]): number {
    const index = cubeIndex(constraints);
    return index === null ? 0 : this.counts[index]!;
  }
}

/** Whole tenths → the median of n scores, one decimal. */
function medianOf(histogram: Int32Array, offset: number, n: number): number {
  const nth = (k: number) => {
    let seen = 0;
    for (let bin = 0; bin < SCORE_BINS; bin++) {
      seen += histogram[offset + bin]!;
      if (seen >= k) return bin + 10;
    }
    throw new Error('histogram shorter than its count');
  };
  const tenths = n % 2 === 1 ? nth((n + 1) / 2) : Math.floor((nth(n / 2) + nth(n / 2 + 1) + 1) / 2);
  return tenths / 10;
}

/**
 * The step a share is rounded to, by the band of its count: 20 % under 50 organizations, 10 % under
 * 100, 5 % from 100. Each step is worth at least four organizations (n × step ≥ 400 %), so every
 * published share, 0 % and 100 % included, stands for at least two possible counts: no share equals
 * the exact count of one organization, even to a reader who knows n exactly (5 % steps at n = 20 did:
 * 5 % was exactly one organization, and 0 % or 100 % said where every member stood). The step depends
 * on the band only, so it tells nothing the band does not.
 */
export function shareStep(n: number): number {
  return n < 50 ? 20 : n < 100 ? 10 : SHARE_STEP_PERCENT;
}

/** count / n as a percent rounded half up to the nearest step (shareStep), on integers. */
export function roundShare(count: number, n: number): number {
  const step = shareStep(n);
  const steps = 100 / step;
  return Math.floor((2 * steps * count + n) / (2 * n)) * step;
}

/** How a count is published outside the signed-in dashboard: a band, never the exact number. */
export const COUNT_BANDS = ['10-19', '20-49', '50-99', '100+'] as const;
export type CountBand = (typeof COUNT_BANDS)[number];

export function countBand(n: number): CountBand {
  if (n < MIN_ORGANIZATIONS) throw new RangeError('nothing is published under 10 organizations');
  return n < 20 ? '10-19' : n < 50 ? '20-49' : n < 100 ? '50-99' : '100+';
}

/** A score cell as the public route gives it: the band instead of the count. */
export type PublicCell = Omit<PublishedCell, 'n'> & { band: CountBand };
/** A readiness cell as the public route gives it: the band, and from 20 the shares. */
export type PublicReadinessCell =
  | { period: string; family: string; filter: CellFilter; band: CountBand }
  | { period: string; family: string; filter: CellFilter; band: CountBand; shares: ReadinessShares };

export function publicCell({ n, ...cell }: PublishedCell): PublicCell {
  return { ...cell, band: countBand(n) };
}

export function publicReadinessCell(cell: PublishedReadinessCell): PublicReadinessCell {
  if ('band' in cell) return cell;
  const { n, ...rest } = cell;
  return { ...rest, band: countBand(n) };
}

function stageSharesOf(histogram: Int32Array, offset: number, n: number): StageShares {
  const counts = [0, 0, 0, 0, 0];
  for (let bin = 0; bin < SCORE_BINS; bin++) counts[Math.min(4, Math.floor(bin / 10))]! += histogram[offset + bin]!;
  return counts.map((c) => roundShare(c, n)) as StageShares;
}

function readinessSharesOf(histogram: Int32Array, offset: number, n: number): ReadinessShares {
  const shares = {} as ReadinessShares;
  READINESS_OUTCOMES.forEach((outcome, bin) => (shares[outcome] = roundShare(histogram[offset + bin]!, n)));
  return shares;
}

const GRID = cellFilters();
const GRID_INDEX = new Map(GRID.map((f, i) => [filterKey(f), i]));
/** Rule 6's partitions: a cell with room for one more filter, split by each key it does not fix. */
const PARTITIONS = GRID.flatMap((parent, p) =>
  FILTER_KEYS.filter((k) => parent[k] === undefined).length > FILTER_KEYS.length - MAX_COMBINED_FILTERS
    ? FILTER_KEYS.filter((k) => parent[k] === undefined).map((key) => ({
        parent: p,
        children: FILTER_VALUES[key].map((value) => GRID_INDEX.get(filterKey({ ...parent, [key]: value }))!),
      }))
    : [],
);

/** Rules 2, 5 and 6 on one population: which grid cells may be published. */
function publishable(cube: Cube): boolean[] {
  const n = GRID.map((f) => cube.count(f));
  // Rule 2.
  const published = n.map((count) => count >= MIN_ORGANIZATIONS);

  // Rule 5, decided on the cells rule 2 let through, all at once: suppressing only removes cells an
  // attacker could use, so one pass leaves no published pair that breaks it.
  const breaksRule5 = GRID.map(() => false);
  GRID.forEach((parent, p) => {
    if (!published[p]) return;
    GRID.forEach((child, c) => {
      if (c === p || !published[c]) return;
      const rest = n[p]! - n[c]!;
      if (rest < 1 || rest >= MIN_ORGANIZATIONS) return;
      // The child lies inside the parent when every child member also satisfies the parent's filter.
      if (cube.count(parent, child) === n[c]) breaksRule5[c] = true;
    });
  });
  breaksRule5.forEach((breaks, c) => {
    if (breaks) published[c] = false;
  });

  // Rule 6, until nothing changes: suppressing a child can break it for another partition.
  for (let changed = true; changed; ) {
    changed = false;
    for (const { parent, children } of PARTITIONS) {
      if (!published[parent]) continue;
      const hidden = children.reduce((sum, c) => (published[c] ? sum : sum + n[c]!), 0);
      if (hidden === 0 || hidden >= MIN_ORGANIZATIONS) continue;
      // Hide the smallest published non-empty child (the first in grid order on a tie). One exists:
      // were every non-empty child hidden, they would count the whole parent, at least 10.
      let pick = -1;
      for (const c of children) if (published[c] && n[c]! > 0 && (pick < 0 || n[c]! < n[pick]!)) pick = c;
      published[pick] = false;
      changed = true;
    }
  }

  // Rule 7, the audit: every cell an attacker can derive exactly, by any linear combination of the
  // published ones, counts as published. Rules 2 and 6 are checked again on what is derivable, and each
  // breach suppresses one more published cell, until nothing changes (suppressing only ever removes
  // what an attacker knows, so this ends).
  for (let changed = true; changed; ) {
    changed = false;
    const known = derivable(published);
    const breach = (): number | null => {
      // A derivable cell of 1 to 9: a group under 10, pinned exactly.
      for (let c = 0; c < GRID.length; c++) if (known[c] && !published[c] && n[c]! >= 1 && n[c]! < MIN_ORGANIZATIONS) return c;
      // A split of a derivable cell whose underivable children together count 1 to 9.
      for (const { parent, children } of PARTITIONS) {
        if (!known[parent]) continue;
        const hidden = children.reduce((sum, c) => (known[c] ? sum : sum + n[c]!), 0);
        if (hidden >= 1 && hidden < MIN_ORGANIZATIONS) return parent;
      }
      return null;
    };
    const at = breach();
    if (at === null) break;
    published[suppressionFor(at, published, n)] = false;
    changed = true;
  }
  return published;
}

/**
 * The published cell to suppress for a breach around cell `at`: the smallest published non-empty
 * cell that shares a split with it (a sibling, a child or its parent), else the smallest published
 * cell of all. Every pick removes a published figure, so the audit's loop ends.
 */
function suppressionFor(at: number, published: boolean[], n: number[]): number {
  let pick = -1;
  const consider = (c: number) => {
    if (published[c] && n[c]! > 0 && (pick < 0 || n[c]! < n[pick]!)) pick = c;
  };
  for (const { parent, children } of PARTITIONS) {
    if (parent !== at && !children.includes(at)) continue;
    for (const c of children) consider(c);
    if (pick < 0) consider(parent);
  }
  if (pick < 0) GRID.forEach((_, c) => consider(c));
  if (pick < 0) GRID.forEach((_, c) => published[c] && pick < 0 && (pick = c));
  return pick;
}

// ---- Linear derivability: which grid cells are linear combinations of the published ones ------------

/** Atoms: every combination of one value per filter key; a grid cell is the set of atoms it contains. */
const ATOMS = SIZES.reduce((a, b) => a * b, 1);
/** Arithmetic modulo a prime below 2^16, so products stay exact in doubles: an exact rank test, but for a negligible chance. */
const PRIME = 65_521;
/**
 * Each grid cell as a vector over the atoms. Built on first use, not when the module loads: the app
 * imports this module for its filter values on screens that never publish anything, and building the
 * vectors costs ~50 ms of main thread (×4 on a phone).
 */
let cellVectorsBuilt: Int32Array[] | undefined;
const cellVectors = (): Int32Array[] => (cellVectorsBuilt ??= GRID.map((filter) => {
  const vector = new Int32Array(ATOMS);
  for (let atom = 0; atom < ATOMS; atom++) {
    let rest = atom;
    let inside = true;
    for (let axis = FILTER_KEYS.length - 1; axis >= 0; axis--) {
      const value = rest % SIZES[axis]!;
      rest = Math.floor(rest / SIZES[axis]!);
      const wanted = filter[FILTER_KEYS[axis]!];
      if (wanted !== undefined && VALUE_INDEX[axis]!.get(wanted) !== value) inside = false;
    }
    vector[atom] = inside ? 1 : 0;
  }
  return vector;
}));

function inverse(a: number): number {
  // Fermat: a^(p−2) mod p.
  let result = 1;
  let base = a % PRIME;
  for (let e = PRIME - 2; e > 0; e >>= 1) {
    if (e & 1) result = (result * base) % PRIME;
    base = (base * base) % PRIME;
  }
  return result;
}

/** Reduces `v` in place by the echelon basis; returns whether anything is left (v not in the span). */
function reduce(v: Int32Array, basis: { pivot: number; row: Int32Array }[]): boolean {
  for (const { pivot, row } of basis) {
    const factor = v[pivot]!;
    if (factor === 0) continue;
    for (let i = pivot; i < ATOMS; i++) if (row[i] !== 0) v[i] = (v[i]! - ((factor * row[i]!) % PRIME) + PRIME) % PRIME;
  }
  return v.some((x) => x !== 0);
}

const derivableMemo = new Map<string, boolean[]>();

/** Which grid cells are linear combinations of the published ones (the published ones included). Depends on the mask only. */
function derivable(published: readonly boolean[]): boolean[] {
  const key = published.map((p) => (p ? '1' : '0')).join('');
  const memo = derivableMemo.get(key);
  if (memo) return memo;
  const basis: { pivot: number; row: Int32Array }[] = [];
  GRID.forEach((_, c) => {
    if (!published[c]) return;
    const v = Int32Array.from(cellVectors()[c]!);
    if (!reduce(v, basis)) return;
    const pivot = v.findIndex((x) => x !== 0);
    const scale = inverse(v[pivot]!);
    for (let i = pivot; i < ATOMS; i++) v[i] = (v[i]! * scale) % PRIME;
    basis.push({ pivot, row: v });
    basis.sort((a, b) => a.pivot - b.pivot);
  });
  const known = GRID.map((_, c) => published[c]! || !reduce(Int32Array.from(cellVectors()[c]!), basis));
  if (derivableMemo.size > 10_000) derivableMemo.clear();
  derivableMemo.set(key, known);
  return known;
}

/**
 * Every cell that may be published, for records of one questionnaire: by period, then version family
 * (oldest first), then dimension id (readiness has none), then grid order. Cells not returned are
 * suppressed (or empty): the grid is fixed, so a reader knows what is missing.
 */
export function publishAggregates(records: Iterable<SyncedRecord>): PublishedAggregates {
  /** period → family → dimension id → cube; the readiness cube under READINESS_KEY. */
  const populations = new Map<string, Map<string, Map<string, Cube>>>();
  const cubeOf = (period: string, family: string, key: string, bins: number) => {
    let byFamily = populations.get(period);
    if (!byFamily) populations.set(period, (byFamily = new Map()));
    let byKey = byFamily.get(family);
    if (!byKey) byFamily.set(family, (byKey = new Map()));
    let cube = byKey.get(key);
    if (!cube) byKey.set(key, (cube = new Cube(bins)));
    return cube;
  };
  for (const record of latestPerPeriod(records)) {
    for (const [dimensionId, score] of Object.entries(record.scores)) {
      cubeOf(record.period, record.family, `d:${dimensionId}`, SCORE_BINS).add(record.profile, Math.round(score * 10) - 10);
    }
    if (record.readiness !== undefined) {
      cubeOf(record.period, record.family, READINESS_KEY, READINESS_BINS).add(record.profile, READINESS_OUTCOMES.indexOf(record.readiness));
    }
  }

  const cells: PublishedCell[] = [];
  const readiness: PublishedReadinessCell[] = [];
  for (const period of [...populations.keys()].sort()) {
    const byFamily = populations.get(period)!;
    for (const family of [...byFamily.keys()].sort(compareVersions)) {
      const byKey = byFamily.get(family)!;
      for (const key of [...byKey.keys()].sort()) {
        const cube = byKey.get(key)!;
        const published = publishable(cube);
        GRID.forEach((filter, i) => {
          if (!published[i]) return;
          const index = cubeIndex([filter])!;
          const n = cube.counts[index]!;
          const offset = index * cube.bins;
          if (key === READINESS_KEY) {
            readiness.push(
              n >= SHARES_FROM
                ? { period, family, filter, n, shares: readinessSharesOf(cube.histograms, offset, n) }
                : { period, family, filter, band: READINESS_BAND },
            );
            return;
          }
          cells.push({
            period,
            family,
            dimensionId: key.slice(2),
            filter,
            n,
            median: medianOf(cube.histograms, offset, n),
            ...(n >= SHARES_FROM ? { stageShares: stageSharesOf(cube.histograms, offset, n) } : {}),
          });
        });
      }
    }
  }
  return { cells, readiness };
}
