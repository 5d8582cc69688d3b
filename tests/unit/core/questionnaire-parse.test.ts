import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaireText } from '../../../src/core/questionnaire/parse.ts';
import { formatIssue, formatPath, type IssueKind } from '../../../src/core/questionnaire/issues.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/questionnaires/${name}`, import.meta.url), 'utf8');

describe('parseQuestionnaire', () => {
  it('accepts a valid file', () => {
    const result = parseQuestionnaireText(fixture('valid-minimal.json'));
    expect(result.ok).toBe(true);
  });

  it('accepts a valid file with a readiness checklist', () => {
    const result = parseQuestionnaireText(fixture('valid-with-readiness.json'));
    if (!result.ok) throw new Error(result.issues.map((i) => formatIssue(i)).join('\n'));
    expect(result.questionnaire.readiness?.criteria.map((c) => c.id)).toEqual(['acces', 'partage']);
  });

  // Each malformed file, the JSON path its first error must name, and the kind of error.
  const cases: [file: string, path: string, kind: IssueKind['kind']][] = [
    ['missing-english', 'items[1].question.en', 'missing'],
    ['duplicate-item-id', 'items[2].id', 'duplicate-id'],
    ['level-out-of-range', 'items[0].statements[4].level', 'not-allowed-value'],
    ['levels-not-one-to-five', 'items[3].statements', 'levels-not-one-to-five'],
    ['four-statements', 'items[1].statements', 'levels-not-one-to-five'],
    ['unknown-dimension', 'items[2].dimension', 'unknown-dimension'],
    ['weight-as-text', 'items[0].weight', 'wrong-type'],
    ['empty-french-label', 'dimensions[1].label.fr', 'empty-text'],
    ['unknown-field', 'items[0]', 'unknown-fields'],
    ['bad-version', 'version', 'bad-version'],
    ['bad-item-id', 'items[3].id', 'bad-id'],
    ['missing-next-step', 'items[0].statements[1]', 'missing-next-step'],
    ['stage-names-missing-level', 'levels', 'levels-not-one-to-five'],
    ['dimension-without-items', 'dimensions[2].id', 'dimension-without-items'],
    ['items-not-a-list', 'items', 'wrong-type'],
    ['truncated', '(racine)', 'json-syntax'],
    ['carry-over-not-older', 'carryOver.fromVersion', 'carry-over-not-older'],
    ['carry-over-unknown-target', 'carryOver.items[1].becomes', 'unknown-item'],
    ['carry-over-removed-and-renamed', 'carryOver.items[2]', 'carry-over-removed-and-mapped'],
    ['carry-over-empty-entry', 'carryOver.items[3]', 'carry-over-empty'],
    ['carry-over-target-twice', 'carryOver.items[3].becomes', 'carry-over-target-twice'],
    ['carry-over-duplicate-level', 'carryOver.items[0].levels[2].from', 'duplicate-level'],
    ['carry-over-level-out-of-range', 'carryOver.items[0].levels[1].to', 'not-allowed-value'],
    ['carry-over-without-comparability', 'carryOver.scoresComparable', 'missing'],
    ['readiness-unknown-item', 'readiness.criteria[1].requires[1].item', 'unknown-item'],
    ['readiness-duplicate-criterion', 'readiness.criteria[1].id', 'duplicate-id'],
    ['readiness-level-one', 'readiness.criteria[0].requires[0].atLeast', 'too-small-number'],
    ['readiness-almost-too-large', 'readiness.almostMaxMissing', 'too-large-number'],
    ['readiness-bad-match', 'readiness.criteria[1].match', 'not-allowed-value'],
    ['readiness-no-condition', 'readiness.criteria[0].requires', 'too-few'],
  ];

  it.each(cases)('refuses %s, naming %s', (file, path, kind) => {
    const result = parseQuestionnaireText(fixture(`malformed/${file}.json`));
    if (result.ok) throw new Error(`${file} was accepted`);
    expect(result.issues.map((i) => formatPath(i.path))).toContain(path);
    expect(result.issues.find((i) => formatPath(i.path) === path)?.kind).toBe(kind);
    for (const issue of result.issues) {
      const fr = formatIssue(issue, 'fr');
      const en = formatIssue(issue, 'en');
      expect(fr.startsWith(formatPath(issue.path, 'fr'))).toBe(true);
      expect(fr).not.toBe(en);
      expect(fr.length).toBeGreaterThan(formatPath(issue.path).length + 10);
    }
  });

  it('reports every structural problem at once, not only the first', () => {
    const q = JSON.parse(fixture('valid-minimal.json'));
    delete q.title.en;
    q.items[0].weight = -1;
    q.dimensions[0].description.fr = '';
    const result = parseQuestionnaireText(JSON.stringify(q));
    if (result.ok) throw new Error('accepted');
    expect(result.issues.map((i) => formatPath(i.path)).sort()).toEqual(
      ['dimensions[0].description.fr', 'items[0].weight', 'title.en'].sort(),
    );
  });

  it('names the unknown item a readiness rule points at, in both languages', () => {
    const result = parseQuestionnaireText(fixture('malformed/readiness-unknown-item.json'));
    if (result.ok) throw new Error('accepted');
    expect(result.issues.map((i) => formatIssue(i, 'fr'))).toEqual([
      'readiness.criteria[1].requires[1].item : La question « usage-9 » n’existe pas dans la liste « items » du fichier.',
    ]);
    expect(result.issues.map((i) => formatIssue(i, 'en'))).toEqual([
      'readiness.criteria[1].requires[1].item: The item "usage-9" is not in the file\'s "items" list.',
    ]);
  });

  it('tells the duplicate where the first use is, in a plain sentence in both languages', () => {
    const result = parseQuestionnaireText(fixture('malformed/duplicate-item-id.json'));
    if (result.ok) throw new Error('accepted');
    const issue = result.issues[0];
    if (!issue) throw new Error('no issue');
    expect(formatIssue(issue, 'fr')).toBe(
      'items[2].id : L’identifiant « collecte-1 » est déjà utilisé à items[0].id : chaque identifiant doit être unique.',
    );
    expect(formatIssue(issue, 'en')).toBe(
      'items[2].id: The id "collecte-1" is already used at items[0].id: every id must be unique.',
    );
  });
});
