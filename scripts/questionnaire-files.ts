/**
 * Finds and checks the questionnaire files under questionnaires/<id>/<semver>.json. Used by
 * `npm run questionnaire:check` and by the production build (vite.config.ts), so both print the same
 * messages.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseQuestionnaireText } from '../src/core/questionnaire/parse.ts';
import { formatIssue, type QuestionnaireIssue } from '../src/core/questionnaire/issues.ts';
import type { Questionnaire } from '../src/core/questionnaire/schema.ts';
import { checkVersionChain } from '../src/core/questionnaire/versions.ts';
import type { Locale } from '../src/core/text.ts';

import { BUNDLED_QUESTIONNAIRES, listInventoryFiles, listQuestionnaireFiles } from '../src/server/questionnaires.ts';
import { formatListsIssue, parseInventoryListsText, unknownCriteria, type InventoryLists } from '../src/core/inventory/lists.ts';

export { listInventoryFiles, listQuestionnaireFiles };
export const QUESTIONNAIRES_DIR = BUNDLED_QUESTIONNAIRES;

export interface CheckedFile {
  file: string;
  questionnaire?: Questionnaire;
  inventory?: InventoryLists;
  problems: string[];
}

/** The folder and file name must agree with the id and version inside. */
function locationIssues(file: string, q: Questionnaire, root: string, locale: Locale): string[] {
  const expected = `${q.id}/${q.version}.json`;
  const actual = relative(root, file);
  if (actual === expected) return [];
  return [
    locale === 'fr'
      ? `(racine) : ce fichier déclare id « ${q.id} » et version « ${q.version} » ; il doit donc s’appeler ${expected}.`
      : `(root): this file declares id "${q.id}" and version "${q.version}", so it must be named ${expected}.`,
  ];
}

export function checkQuestionnaireFile(file: string, root = QUESTIONNAIRES_DIR, locale: Locale = 'fr'): CheckedFile {
  const result = parseQuestionnaireText(readFileSync(file, 'utf8'));
  if (!result.ok) {
    return { file, problems: result.issues.map((i: QuestionnaireIssue) => formatIssue(i, locale)) };
  }
  return {
    file,
    questionnaire: result.questionnaire,
    problems: locationIssues(file, result.questionnaire, root, locale),
  };
}

export function checkAll(root = QUESTIONNAIRES_DIR, locale: Locale = 'fr'): CheckedFile[] {
  const checked = listQuestionnaireFiles(root).map((file) => checkQuestionnaireFile(file, root, locale));
  // Versions of one questionnaire are checked together: each declares how answers to the one before
  // it carry over. Only files that are valid on their own take part, so messages stay to the point.
  const byId = new Map<string, CheckedFile[]>();
  for (const c of checked) {
    if (!c.questionnaire || c.problems.length) continue;
    byId.set(c.questionnaire.id, [...(byId.get(c.questionnaire.id) ?? []), c]);
  }
  for (const files of byId.values()) {
    const issues = checkVersionChain(files.flatMap((c) => (c.questionnaire ? [c.questionnaire] : [])));
    for (const c of files) {
      const found = c.questionnaire ? issues.get(c.questionnaire.version) : undefined;
      if (found) c.problems.push(...found.map((i) => formatIssue(i, locale)));
    }
  }
  const criterionIds = new Set(checked.flatMap((c) => c.questionnaire?.readiness?.criteria.map((r) => r.id) ?? []));
  return [...checked, ...checkInventoryFiles(root, locale, criterionIds)];
}

/**
 * The inventory lists (`inventory/<semver>.json`): their shape, their references, and that every
 * readiness criterion they map exists in some questionnaire version.
 */
export function checkInventoryFiles(root: string, locale: Locale, criterionIds: ReadonlySet<string>): CheckedFile[] {
  return listInventoryFiles(root).map((file) => {
    const parsed = parseInventoryListsText(readFileSync(file, 'utf8'));
    if (!parsed.ok) return { file, problems: parsed.issues.map((i) => formatListsIssue(i, locale)) };
    const problems = unknownCriteria(parsed.lists, criterionIds).map((i) => formatListsIssue(i, locale));
    const expected = `${parsed.lists.version}.json`;
    if (relative(join(root, 'inventory'), file) !== expected) {
      problems.push(
        locale === 'fr'
          ? `(racine) : ce fichier déclare la version « ${parsed.lists.version} » ; il doit donc s’appeler inventory/${expected}.`
          : `(root): this file declares version "${parsed.lists.version}", so it must be named inventory/${expected}.`,
      );
    }
    return { file, inventory: parsed.lists, problems };
  });
}

/** The report both the command and the build print: one line per problem, under its file. */
export function report(checked: CheckedFile[], root = QUESTIONNAIRES_DIR): string {
  return checked
    .filter((c) => c.problems.length)
    .map((c) => [`${relative(join(root, '..'), c.file)}`, ...c.problems.map((p) => `  ${p}`)].join('\n'))
    .join('\n\n');
}
