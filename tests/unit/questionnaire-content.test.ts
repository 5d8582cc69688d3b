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

it('there is at least one published questionnaire to check', () => {
  expect(checked.length).toBeGreaterThan(0);
});

describe.each(checked)('$name', (file) => {
  it('has no error: the app can use it', () => {
    expect(formatIssues(file.errors, 'en')).toEqual([]);
  });

  it('has no warning: it follows the editors’ guide', () => {
    expect(formatIssues(file.warnings, 'en')).toEqual([]);
  });
});

describe('the CQM model', () => {
  it('has a pooling-readiness checklist in every version (sharing sends its outcome)', () => {
    const cqm = checked.filter((c) => c.questionnaire?.id === 'cqm-maturite');
    expect(cqm.length).toBeGreaterThan(0);
    for (const c of cqm) expect(c.questionnaire?.readiness?.criteria.length, c.name).toBeGreaterThan(0);
  });
});
