/**
 * Where an organization stands among its peers, for one comparison group at a time: its score beside
 * the group's published median, dimension by dimension, and whether it is above, below or at it. Built
 * only from published cells: a dimension the rules withheld has no median, and a group with none at
 * all is said to be unpublished once, not cell by cell.
 */
import { FILTER_KEYS, filterKey, type CellFilter } from '../../core/disclosure.ts';
import type { AssessmentScore } from '../../core/scoring.ts';
import type { SyncProfile } from '../../core/sync.ts';
import type { PublishedCount } from './count.ts';

export type Standing = 'above' | 'below' | 'level';

/** What a peers cell must carry; its count is whatever the endpoint publishes (a band or a number). */
export type PeerCell = { dimensionId: string; filter: CellFilter; median: number } & PublishedCount;

export interface PeerLine {
  dimensionId: string;
  /** The organization's score, or null when the dimension had too little information to be shared. */
  yours: number | null;
  /** The published cell, when there is one. */
  cell?: PeerCell;
  /** Only when both are known: the organization's score minus the median, in tenths made exact. */
  delta?: number;
  standing?: Standing;
}

export interface PeerComparison {
  lines: PeerLine[];
  /** At least one dimension of this group is published. */
  published: boolean;
  tally: Record<Standing, number>;
}

/** The groups a person can compare with: everyone, then each of its own role, size, region group, discipline. */
export function comparisonGroups(profile: SyncProfile): CellFilter[] {
  return [{}, ...FILTER_KEYS.map((key) => ({ [key]: profile[key] }))];
}

export function compareWithGroup(
  dimensionIds: readonly string[],
  score: AssessmentScore,
  cells: readonly PeerCell[],
  group: CellFilter,
): PeerComparison {
  const key = filterKey(group);
  const byDimension = new Map(cells.filter((c) => filterKey(c.filter) === key).map((c) => [c.dimensionId, c]));
  const tally: Record<Standing, number> = { above: 0, below: 0, level: 0 };
  const lines = dimensionIds.map((dimensionId): PeerLine => {
    const d = score.dimensions.find((x) => x.dimensionId === dimensionId);
    const yours = d?.sufficient && d.score !== null ? d.score : null;
    const cell = byDimension.get(dimensionId);
    if (yours === null || !cell) return { dimensionId, yours, ...(cell ? { cell } : {}) };
    // Both have one decimal: compare whole tenths, so 3.3 - 3.1 is 0.2 and never 0.19999.
    const tenths = Math.round(yours * 10) - Math.round(cell.median * 10);
    const standing: Standing = tenths > 0 ? 'above' : tenths < 0 ? 'below' : 'level';
    tally[standing] += 1;
    return { dimensionId, yours, cell, delta: tenths / 10, standing };
  });
  return { lines, published: byDimension.size > 0, tally };
}
