/**
 * What the server takes beyond the shape of a submission: a questionnaire version it bundles, scores
 * of that version's dimensions only, a readiness outcome only where the version has the checklist, and
 * a quarter that still takes submissions (./quarters.ts). Everything the aggregates hold is then
 * bounded by the bundled questionnaire files, whatever clients send.
 *
 * Pure: the bundled versions and the clock are passed in.
 */
import type { Questionnaire } from './questionnaire/schema.ts';
import { acceptedPeriods } from './quarters.ts';
import type { Submission } from './sync.ts';

/** What the server needs to know of one bundled questionnaire version. */
export interface BundledVersion {
  questionnaireId: string;
  version: string;
  dimensions: readonly string[];
  /** Whether the version has the pooling-readiness checklist. */
  readiness: boolean;
}

export function bundledVersion(q: Pick<Questionnaire, 'id' | 'version' | 'dimensions' | 'readiness'>): BundledVersion {
  return { questionnaireId: q.id, version: q.version, dimensions: q.dimensions.map((d) => d.id), readiness: q.readiness !== undefined };
}

export type Refusal = {
  error: 'unknown-questionnaire' | 'unknown-dimension' | 'period-not-accepted';
  issues: { path: string; message: string }[];
};

export function refusalOf(
  submission: Pick<Submission, 'questionnaireId' | 'version' | 'scores' | 'readiness' | 'period'>,
  bundled: readonly BundledVersion[],
  now: Date,
): Refusal | null {
  const known = bundled.find((v) => v.questionnaireId === submission.questionnaireId && v.version === submission.version);
  if (!known) {
    return {
      error: 'unknown-questionnaire',
      issues: [{ path: '$.version', message: 'not a questionnaire version this server knows' }],
    };
  }
  const unknown = Object.keys(submission.scores).filter((id) => !known.dimensions.includes(id));
  if (unknown.length > 0) {
    return {
      error: 'unknown-dimension',
      // Paths only: a dimension id is a key the client sent, echoed under $.scores like a schema issue.
      issues: unknown.slice(0, 20).map((id) => ({ path: `$.scores.${id}`, message: 'not a dimension of this questionnaire version' })),
    };
  }
  if (submission.readiness !== undefined && !known.readiness) {
    return { error: 'unknown-dimension', issues: [{ path: '$.readiness', message: 'this questionnaire version has no readiness checklist' }] };
  }
  const accepted = acceptedPeriods(now);
  if (!accepted.includes(submission.period)) {
    return {
      error: 'period-not-accepted',
      issues: [{ path: '$.period', message: `the quarters taking submissions now: ${accepted.join(', ')}` }],
    };
  }
  return null;
}
