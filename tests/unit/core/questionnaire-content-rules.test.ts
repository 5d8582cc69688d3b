/**
 * The content rules (src/core/questionnaire/content.ts), the limits the app needs, and how every
 * problem is told: one rule at a time, on the current CQM file (which follows them all) with one
 * thing broken.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contentWarnings } from '../../../src/core/questionnaire/content.ts';
import {
  describeIssue,
  formatIssue,
  formatPath,
  severityOf,
  type IssueKind,
  type QuestionnaireIssue,
} from '../../../src/core/questionnaire/issues.ts';
import { MAX_DIMENSIONS } from '../../../src/core/questionnaire/limits.ts';
import { parseQuestionnaire, parseQuestionnaireText, syntaxErrorPlace } from '../../../src/core/questionnaire/parse.ts';
import { formatIssues, groupIssues, summaryLine } from '../../../src/core/questionnaire/report.ts';
import type { Questionnaire } from '../../../src/core/questionnaire/schema.ts';
import { currentQuestionnaire } from '../../support/questionnaires.ts';

const clean = () => structuredClone(currentQuestionnaire());

function warningsOf(q: Questionnaire): QuestionnaireIssue[] {
  const result = parseQuestionnaire(q);
  if (!result.ok) throw new Error(result.issues.map((i) => formatIssue(i, 'en')).join('\n'));
  return result.warnings;
}

const places = (issues: QuestionnaireIssue[], kind: IssueKind['kind']) =>
  issues.filter((i) => i.kind === kind).map((i) => formatPath(i.path));

/** Every message is a sentence in each language, and not the same sentence. */
function expectTold(issue: QuestionnaireIssue | undefined) {
  if (!issue) throw new Error('no issue');
  const fr = describeIssue(issue, 'fr');
  const en = describeIssue(issue, 'en');
  expect(fr.length).toBeGreaterThan(20);
  expect(en.length).toBeGreaterThan(20);
  expect(fr).not.toBe(en);
  expect(fr).not.toContain('undefined');
  expect(en).not.toContain('undefined');
}

describe('content rules: warnings, the file stays usable', () => {
  it('finds nothing to say about the current CQM file', () => {
    expect(contentWarnings(clean())).toEqual([]);
  });

  it('six to eight items per dimension', () => {
    const q = clean();
    const dimension = q.dimensions[0]!.id;
    const model = q.items.find((item) => item.dimension === dimension)!;
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) q.items.push({ ...structuredClone(model), id: `${dimension}-extra-${n}` });
    const count = q.items.filter((item) => item.dimension === dimension).length;
    const found = warningsOf(q).find((i) => i.kind === 'items-per-dimension');
    expect(found).toMatchObject({ kind: 'items-per-dimension', id: dimension, count, minimum: 6, maximum: 8 });
    expect(formatPath(found!.path)).toBe('dimensions[0]');
    expect(describeIssue(found!, 'fr')).toContain(`${count}\u00a0questions`);
    expect(describeIssue(found!, 'en')).toContain(`${count}\u00a0items; it needs 6 to 8`);
    expectTold(found);
  });

  it('two or three dimension actions for each target stage', () => {
    const q = clean();
    q.dimensions[1]!.actions = q.dimensions[1]!.actions!.filter((a) => a.targetStage !== 4);
    const found = warningsOf(q).filter((i) => i.kind === 'actions-per-stage');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ stage: 4, count: 0 });
    expect(describeIssue(found[0]!, 'en')).toContain('0\u00a0actions to reach stage 4');
    expect(describeIssue(found[0]!, 'fr')).toContain('0\u00a0action pour atteindre le stade 4');
    expectTold(found[0]);
  });

  it('item and action ids start with their dimension’s', () => {
    const q = clean();
    q.items.push({ ...structuredClone(q.items[0]!), id: 'sans-prefixe' });
    q.dimensions[0]!.actions![0]!.id = 'autre-action';
    const warnings = warningsOf(q);
    expect(places(warnings, 'id-without-dimension-prefix')).toEqual([
      'dimensions[0].actions[0].id',
      `items[${q.items.length - 1}].id`,
    ]);
    expectTold(warnings.find((i) => i.kind === 'id-without-dimension-prefix'));
  });

  it('questions of 160 characters at most, statements of 200, with the length found', () => {
    const q = clean();
    q.items[0]!.question.en = `${'a'.repeat(170)}?`;
    q.items[1]!.statements[2]!.text.fr = `${'b'.repeat(210)}.`;
    const warnings = warningsOf(q);
    expect(places(warnings, 'text-too-long')).toEqual(['items[0].question.en', 'items[1].statements[2].text.fr']);
    const [question] = warnings.filter((i) => i.kind === 'text-too-long');
    expect(formatIssue(question!, 'en')).toContain('over 160 characters');
    expect(formatIssue(question!, 'en')).toContain('This text has 171.');
    expect(formatIssue(question!, 'fr')).toContain('Ce texte en a 171.');
  });

  it('questions end with a question mark, statements with a full stop', () => {
    const q = clean();
    q.items[0]!.question.en = q.items[0]!.question.en.replace(/\?$/, '');
    q.items[0]!.statements[0]!.text.fr = q.items[0]!.statements[0]!.text.fr.replace(/\.$/, '');
    const warnings = warningsOf(q);
    expect(places(warnings, 'question-mark')).toEqual(['items[0].question.en']);
    expect(places(warnings, 'full-stop')).toEqual(['items[0].statements[0].text.fr']);
    expectTold(warnings.find((i) => i.kind === 'question-mark'));
    expectTold(warnings.find((i) => i.kind === 'full-stop'));
  });

  it('every help gives an example, in each language', () => {
    const q = clean();
    q.items[2]!.help.fr = 'Une aide sans exemple.';
    q.items[3]!.help.en = 'Help without one.';
    const warnings = warningsOf(q);
    expect(places(warnings, 'help-without-example')).toEqual(['items[2].help.fr', 'items[3].help.en']);
    const [fr, en] = warnings.filter((i) => i.kind === 'help-without-example');
    expect(describeIssue(fr!, 'fr')).toContain('«\u00a0Par exemple\u00a0»');
    expect(describeIssue(en!, 'en')).toContain('"For example"');
  });

  it('the five statements of an item differ, in each language', () => {
    const q = clean();
    q.items[0]!.statements[1]!.text.en = q.items[0]!.statements[0]!.text.en.toUpperCase();
    const warnings = warningsOf(q);
    expect(warnings.filter((i) => i.kind === 'statements-alike')).toMatchObject([{ locale: 'en', path: ['items', 0, 'statements'] }]);
    expectTold(warnings.find((i) => i.kind === 'statements-alike'));
  });

  it('a next step says something other than its statement; level 5 has none', () => {
    const q = clean();
    const statement = q.items[0]!.statements[0]!;
    statement.nextStep = { ...statement.nextStep!, fr: statement.text.fr };
    q.items[1]!.statements[4]!.nextStep = { fr: 'Continuez.', en: 'Keep going.' };
    const warnings = warningsOf(q);
    expect(places(warnings, 'next-step-repeats-statement')).toEqual(['items[0].statements[0].nextStep.fr']);
    expect(places(warnings, 'next-step-on-level-5')).toEqual(['items[1].statements[4].nextStep']);
    expectTold(warnings.find((i) => i.kind === 'next-step-repeats-statement'));
    expectTold(warnings.find((i) => i.kind === 'next-step-on-level-5'));
  });

  it('no level written in text, showing where', () => {
    const q = clean();
    q.dimensions[0]!.description.en = 'Organizations at stage 3 keep records.';
    const found = warningsOf(q).filter((i) => i.kind === 'level-in-text');
    expect(found.map((i) => formatPath(i.path))).toEqual(['dimensions[0].description.en']);
    expect(formatIssue(found[0]!, 'en')).toContain('stage 3');
  });

  it('no stray whitespace', () => {
    const q = clean();
    // Spaces at either end are trimmed when the file is read; inside, they stay.
    q.title.en = q.title.en.replace(' ', '  ');
    q.items[0]!.help.fr = q.items[0]!.help.fr.replace(' ', ' \t');
    const warnings = warningsOf(q);
    expect(places(warnings, 'stray-whitespace')).toEqual(['title.en', 'items[0].help.fr']);
  });

  it('typographic apostrophes and quotation marks', () => {
    const q = clean();
    q.items[0]!.help.en = 'For example, the venue\'s list.';
    const found = warningsOf(q).filter((i) => i.kind === 'straight-quotes');
    expect(found.map((i) => formatPath(i.path))).toEqual(['items[0].help.en']);
    expect(formatIssue(found[0]!, 'en')).toContain('venue\'s');
  });

  it('French typography by version, English without French spacing', () => {
    const q = clean();
    q.items[0]!.question.fr = q.items[0]!.question.fr.replace(/\?$/, ' ?');
    q.items[0]!.question.en = q.items[0]!.question.en.replace(/\?$/, ' ?');
    const warnings = warningsOf(q);
    expect(places(warnings, 'typography')).toEqual(['items[0].question.fr']);
    expect(places(warnings, 'english-typography')).toEqual(['items[0].question.en']);
    expectTold(warnings.find((i) => i.kind === 'english-typography'));
  });

  it('every content rule is a warning; the rules the app needs are errors', () => {
    const q = clean();
    q.items[0]!.help.fr = 'Sans exemple.';
    q.items[0]!.question.en = 'No mark';
    for (const warning of warningsOf(q)) expect(severityOf(warning)).toBe('warning');
    expect(severityOf({ kind: 'missing' })).toBe('error');
    expect(severityOf({ kind: 'too-many-dimensions', count: 21, maximum: MAX_DIMENSIONS })).toBe('error');
  });
});

describe('limits the app needs: errors', () => {
  it('refuses more dimensions than sharing can send, saying how many and the limit', () => {
    const q = clean();
    const model = q.dimensions[0]!;
    for (let i = q.dimensions.length; i <= MAX_DIMENSIONS; i++) {
      const id = `extra${i}`;
      q.dimensions.push({ ...structuredClone(model), id, actions: [] });
      q.items.push({ ...structuredClone(q.items[0]!), id: `${id}-1`, dimension: id });
    }
    const result = parseQuestionnaire(q);
    if (result.ok) throw new Error('accepted');
    const found = result.issues.find((i) => i.kind === 'too-many-dimensions');
    expect(formatIssue(found!, 'en')).toBe(
      `dimensions: This questionnaire has ${MAX_DIMENSIONS + 1} dimensions; the app accepts at most ${MAX_DIMENSIONS} (sharing sends one score per dimension).`,
    );
  });

  it('refuses an id shared by two kinds of things', () => {
    const q = clean();
    q.dimensions[0]!.actions![0]!.id = q.items[0]!.id;
    const result = parseQuestionnaire(q);
    if (result.ok) throw new Error('accepted');
    expect(result.issues.map((i) => [i.kind, formatPath(i.path)])).toEqual([['duplicate-id', 'dimensions[0].actions[0].id']]);
  });
});

describe('messages', () => {
  it('says "missing" for a missing field, even one with a fixed set of values', () => {
    const q = clean() as unknown as { items: { statements: Record<string, unknown>[] }[] };
    delete q.items[0]!.statements[0]!.level;
    delete q.items[1]!.statements[0]!.effort;
    const result = parseQuestionnaire(q);
    if (result.ok) throw new Error('accepted');
    expect(result.issues.map((i) => formatIssue(i, 'en'))).toContain('items[0].statements[0].level: This required field is missing.');
    expect(result.issues.map((i) => formatIssue(i, 'fr'))).toContain('items[0].statements[0].level : Ce champ obligatoire manque.');
  });

  it('shows numbers as numbers and the value found', () => {
    const q = clean() as unknown as { items: { statements: { level: unknown }[] }[] };
    q.items[0]!.statements[0]!.level = 7;
    q.items[1]!.statements[0]!.level = '1';
    const result = parseQuestionnaire(q);
    if (result.ok) throw new Error('accepted');
    const told = result.issues.map((i) => formatIssue(i, 'en'));
    expect(told).toContain('items[0].statements[0].level: The value 7 is not allowed here. Possible values: 1, 2, 3, 4, 5.');
    expect(told).toContain('items[1].statements[0].level: The value "1" is not allowed here. Possible values: 1, 2, 3, 4, 5.');
  });

  it('names every field a statement lacks, in one message', () => {
    const q = clean() as unknown as { items: { statements: Record<string, unknown>[] }[] };
    delete q.items[0]!.statements[1]!.nextStep;
    delete q.items[0]!.statements[1]!.effort;
    delete q.items[0]!.statements[1]!.horizon;
    const result = parseQuestionnaire(q);
    if (result.ok) throw new Error('accepted');
    expect(result.issues.map((i) => formatIssue(i, 'en'))).toEqual([
      'items[0].statements[1]: The level 2 statement is missing "nextStep", "effort" and "horizon": only level 5 may go without them.',
    ]);
    expect(formatIssue(result.issues[0]!, 'fr')).toBe(
      'items[0].statements[1] : Il manque «\u00a0nextStep\u00a0», «\u00a0effort\u00a0» et «\u00a0horizon\u00a0» à l’énoncé de niveau 2\u00a0: seul le niveau 5 peut s’en passer.',
    );
  });

  it('gives line and column for a JSON syntax error, whatever the engine says', () => {
    const text = '{\n  "id": "x",\n  "version" "1.0.0"\n}';
    const result = parseQuestionnaireText(text);
    if (result.ok) throw new Error('accepted');
    expect(result.issues[0]).toMatchObject({ kind: 'json-syntax', line: 3, column: 13 });
    expect(formatIssue(result.issues[0]!, 'en')).toContain('line 3, column 13');
    expect(formatIssue(result.issues[0]!, 'fr')).toContain('ligne 3, colonne 13');
    // Firefox's wording, V8's older one, and an unexpected end.
    expect(syntaxErrorPlace(text, 'JSON.parse: expected \':\' at line 3 column 13 of the JSON data')).toMatchObject({ line: 3, column: 13 });
    expect(syntaxErrorPlace(text, 'Unexpected string in JSON at position 27')).toMatchObject({ line: 3, column: 13 });
    expect(syntaxErrorPlace('{\n  "a": 1', 'Unexpected end of JSON input')).toMatchObject({ line: 2, column: 9 });
  });

  it('property: the line and column always point inside the text', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), (text, at) => {
        const place = syntaxErrorPlace(text, `Unexpected token in JSON at position ${at}`);
        const lines = text.split('\n');
        expect(place.line).toBeGreaterThanOrEqual(1);
        expect(place.line).toBeLessThanOrEqual(lines.length);
        expect(place.column).toBeGreaterThanOrEqual(1);
        expect(place.column).toBeLessThanOrEqual((lines[place.line - 1]?.length ?? 0) + 1);
      }),
    );
  });

  it('groups the same problem in many places into one, with its count and its places', () => {
    const q = clean();
    for (const item of q.items.slice(0, 15)) item.help.fr = 'Sans exemple.';
    const warnings = warningsOf(q);
    const groups = groupIssues(warnings, 'fr');
    expect(groups).toHaveLength(1);
    expect(groups[0]!.places).toHaveLength(15);
    const lines = formatIssues(warnings, 'en');
    expect(lines[0]).toBe('[warning] (15\u00a0places) The help should give an example, introduced by "Par exemple".');
    expect(lines.slice(1, 3)).toEqual(['    items[0].help.fr', '    items[1].help.fr']);
    expect(lines.at(-1)).toBe('    … and 3\u00a0places more');
    expect(formatIssues(warnings, 'fr')[0]).toBe(
      '[avertissement] (15\u00a0endroits) L’aide devrait donner un exemple, introduit par «\u00a0Par exemple\u00a0».',
    );
  });

  it('keeps what is particular to each place when grouping, and errors before warnings', () => {
    const q = clean();
    q.items[0]!.question.fr = q.items[0]!.question.fr.replace(/\?$/, ' ?');
    q.items[1]!.question.fr = q.items[1]!.question.fr.replace(/\?$/, ' ?');
    const warnings = warningsOf(q);
    const missing: QuestionnaireIssue = { kind: 'missing', path: ['title', 'en'] };
    const lines = formatIssues([...warnings, missing], 'en');
    expect(lines[0]).toBe('[error] title.en: This required field is missing.');
    expect(lines[1]).toMatch(/^\[warning\] \(2\u00a0places\) Québec typography/);
    expect(lines[2]).toMatch(/^ {4}items\[0\]\.question\.fr — Here: ".*␣\?"\.$/);
  });

  it('sums up with real plurals, and says whether the files can be used', () => {
    const one: QuestionnaireIssue = { kind: 'missing', path: [] };
    const advice: QuestionnaireIssue = { kind: 'full-stop', path: [] };
    expect(summaryLine([{ name: 'a', errors: [one], warnings: [advice, advice] }, { name: 'b', errors: [], warnings: [] }], 'fr')).toBe(
      '1\u00a0erreur et 2\u00a0avertissements dans 1\u00a0fichier sur 2. Un fichier qui a une erreur ne peut pas être utilisé.',
    );
    expect(summaryLine([{ name: 'a', errors: [], warnings: [advice] }], 'en')).toBe(
      '1\u00a0warning in 1 of 1\u00a0file. Warnings are advice: the files can still be used.',
    );
    expect(summaryLine([{ name: 'a', errors: [], warnings: [] }, { name: 'b', errors: [], warnings: [] }], 'fr')).toBe(
      'Aucun problème dans 2\u00a0fichiers.',
    );
  });
});
