/**
 * Every published questionnaire under questionnaires/ passes every rule the checker applies, warnings
 * included: the rules themselves live in src/core/questionnaire (content.ts, parse.ts, versions.ts)
 * and are tested one by one in tests/unit/core/questionnaire-content-rules.test.ts. `npm run
 * questionnaire:check` and the build apply the very same list, so an editor learns a rule there, not
 * in CI.
 */
import { describe, expect, it } from 'vitest';
import { checkAll } from '../../scripts/questionnaire-files.ts';
import { formatIssues } from '../../src/core/questionnaire/report.ts';

const checked = checkAll();

/**
 * Warnings a published file carries on purpose, by file and kind. The taster asks one or two items
 * per dimension by design: its picture is indicative, never compared with the full model's.
 */
const ACCEPTED: Record<string, readonly string[]> = {
  'questionnaires/cqm-apercu/1.0.0.json': ['items-per-dimension'],
};

it('there is at least one published questionnaire to check', () => {
  expect(checked.length).toBeGreaterThan(0);
});

describe.each(checked)('$name', (file) => {
  it('has no error: the app can use it', () => {
    expect(formatIssues(file.errors, 'en')).toEqual([]);
  });

  it('has no warning: it follows the editors’ guide (apart from what it departs from on purpose)', () => {
    const accepted = ACCEPTED[file.name] ?? [];
    expect(formatIssues(file.warnings.filter((w) => !accepted.includes(w.kind)), 'en')).toEqual([]);
  });
});

describe('the CQM model', () => {
  it('has a pooling-readiness checklist in every version (sharing sends its outcome)', () => {
    const cqm = checked.filter((c) => c.questionnaire?.id === 'cqm-maturite');
    expect(cqm.length).toBeGreaterThan(0);
    for (const c of cqm) expect(c.questionnaire?.readiness?.criteria.length, c.name).toBeGreaterThan(0);
  });
});
