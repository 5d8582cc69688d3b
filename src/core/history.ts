/**
 * An organization's history: the change since its previous assessment, and its path across every
 * completed assessment. Only comparable versions are compared (./comparability.ts); a dimension
 * without enough information has no score to compare, and never counts as zero.
 */
import { isComparable } from './comparability.ts';
import type { AssessmentScore } from './scoring.ts';
import type { Level, Questionnaire } from './questionnaire/schema.ts';
import { byTimestamp } from './timestamps.ts';

export interface DimensionChange {
  dimensionId: string;
  /** Score last time, when it was sufficient. */
  before: number | null;
  /** Score now, when it is sufficient. */
  after: number | null;
  /** after − before to one decimal, when both exist. */
  delta: number | null;
  stageBefore: Level | null;
  stageAfter: Level | null;
}

function shown(score: AssessmentScore, dimensionId: string): { score: number | null; stage: Level | null } {
  const d = score.dimensions.find((x) => x.dimensionId === dimensionId);
  return d && d.sufficient ? { score: d.score, stage: d.stage } : { score: null, stage: null };
}

/**
 * Per dimension of the current assessment; null when the two versions are not comparable.
 * `versions`: the questionnaire's versions, whose declarations say whether two versions compare.
 */
export function changeSince(
  current: AssessmentScore,
  previous: AssessmentScore,
  versions: readonly Questionnaire[] = [],
): DimensionChange[] | null {
  if (!isComparable(current, previous, versions)) return null;
  return current.dimensions.map((d) => {
    const now = shown(current, d.dimensionId);
    const then = shown(previous, d.dimensionId);
    const delta =
      now.score !== null && then.score !== null ? (Math.round(now.score * 10) - Math.round(then.score * 10)) / 10 : null;
    return {
      dimensionId: d.dimensionId,
      before: then.score,
      after: now.score,
      delta,
      stageBefore: then.stage,
      stageAfter: now.stage,
    };
  });
}

export interface PathEntry {
  assessmentId: string;
  /** ISO date-time the assessment was completed. */
  completedAt: string;
  score: AssessmentScore;
}

export interface PathPoint {
  assessmentId: string;
  /** Milliseconds since the epoch, for a time axis. */
  at: number;
  completedAt: string;
  questionnaireId: string;
  version: string;
  /** False where this point's version cannot be compared with the point before: the line breaks. */
  comparableWithPrevious: boolean;
  /** Per dimension of this version; a dimension the version does not have is absent. */
  scores: Record<string, { score: number | null; stage: Level | null }>;
}

export interface Path {
  points: PathPoint[];
  /** Every dimension met along the path: the latest version's order, then older ones. */
  dimensionIds: string[];
}

export function buildPath(entries: readonly PathEntry[], versions: readonly Questionnaire[] = []): Path {
  const sorted = [...entries].sort(byTimestamp((entry) => entry.completedAt));
  const points = sorted.map((entry, i): PathPoint => {
    const previous = sorted[i - 1];
    const scores: PathPoint['scores'] = {};
    for (const d of entry.score.dimensions) scores[d.dimensionId] = shown(entry.score, d.dimensionId);
    return {
      assessmentId: entry.assessmentId,
      at: Date.parse(entry.completedAt),
      completedAt: entry.completedAt,
      questionnaireId: entry.score.questionnaireId,
      version: entry.score.version,
      comparableWithPrevious: previous ? isComparable(entry.score, previous.score, versions) : true,
      scores,
    };
  });
  const dimensionIds: string[] = [];
  for (const entry of [...sorted].reverse()) {
    for (const d of entry.score.dimensions) if (!dimensionIds.includes(d.dimensionId)) dimensionIds.push(d.dimensionId);
  }
  return { points, dimensionIds };
}

/** The dimensions that moved most since last time (largest change first, none that did not move). */
export function biggestMoves(change: readonly DimensionChange[], limit = 3): DimensionChange[] {
  return change
    .filter((c) => c.delta !== null && c.delta !== 0)
    .sort((a, b) => Math.abs(b.delta ?? 0) - Math.abs(a.delta ?? 0))
    .slice(0, limit);
}
