/**
 * The plain-language summary shown beside the exact JSON before a send, read from the very submission
 * that is serialized and sent, so the two cannot say different things. Every field of a submission
 * must be described here (the mapped type refuses a field without its entry): a field added to the
 * payload cannot leave unmentioned.
 */
import type { Submission } from '../../core/sync.ts';
import type { Locale } from '../../core/text.ts';
import { formatScore } from '../i18n/format.ts';
import { valueName } from './groups.ts';
import type * as sending from '../i18n/sending.ts';
import type * as result from '../i18n/result.ts';

interface Context {
  m: typeof sending.fr;
  r: typeof result.fr;
  locale: Locale;
  dimensionLabel: (id: string) => string;
}

/** null: said by another field's line (ids travel together, the format is the payload's own shape). */
const DESCRIBE: { [K in keyof Submission]-?: (s: Submission, c: Context) => string | null } = {
  format: () => null,
  questionnaireId: (s, { m }) => m.questionnaire({ version: s.version }),
  version: () => null,
  period: (s, { m }) => m.period({ period: s.period }),
  profile: (s, { m, locale }) =>
    m.profile({
      role: valueName('role', s.profile.role, locale),
      size: valueName('sizeBand', s.profile.sizeBand, locale),
      region: valueName('regionGroup', s.profile.regionGroup, locale),
      discipline: valueName('discipline', s.profile.discipline, locale),
    }),
  scores: (s, { m, locale, dimensionLabel }) => {
    const entries = Object.entries(s.scores);
    const list = entries.map(([id, score]) => `${dimensionLabel(id)} ${formatScore(score, locale)}`).join(', ');
    return m.scores({ n: entries.length, list });
  },
  readiness: (s, { m, r }) =>
    s.readiness ? m.readiness({ outcome: { ready: r.readinessReady, almost: r.readinessAlmost, 'not-yet': r.readinessNotYet }[s.readiness] }) : null,
  organizationKey: (_s, { m }) => m.keys,
  submissionId: () => null,
  idempotencyKey: () => null,
  withdrawalHash: (_s, { m }) => m.withdrawal,
  enrollmentCode: (s, { m }) => (s.enrollmentCode ? m.enrollment : null),
};

/** What this submission holds, one line per thing, scores and profile first. */
export function whatLeaves(submission: Submission, context: Context): string[] {
  const order: (keyof Submission)[] = ['scores', 'profile', 'period', 'readiness', 'questionnaireId'];
  const keys = [...order, ...(Object.keys(DESCRIBE) as (keyof Submission)[]).filter((k) => !order.includes(k))];
  return keys.flatMap((key) => {
    // A field the payload does not carry (an optional one left out) is not described.
    if (!(key in submission)) return [];
    const line = DESCRIBE[key](submission, context);
    return line === null ? [] : [line];
  });
}
