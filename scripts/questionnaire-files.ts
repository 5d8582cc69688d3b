/**
 * Finds and checks the questionnaire files under questionnaires/<id>/<semver>.json. Used by
 * `npm run questionnaire:check`, by the production build (vite.config.ts) and by the content tests,
 * so all three apply the same rules (src/core/questionnaire) and print the same messages.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkQuestionnaireText } from '../src/core/questionnaire/check.ts';
import type { QuestionnaireIssue } from '../src/core/questionnaire/issues.ts';
import { formatReport, type CheckedQuestionnaire } from '../src/core/questionnaire/report.ts';
import type { Questionnaire } from '../src/core/questionnaire/schema.ts';
import { checkVersionChain } from '../src/core/questionnaire/versions.ts';
import type { Locale } from '../src/core/text.ts';

import { BUNDLED_QUESTIONNAIRES, listInventoryFiles, listQuestionnaireFiles } from '../src/server/questionnaires.ts';
import { formatListsIssue, parseInventoryListsText, unknownCriteria, type InventoryLists } from '../src/core/inventory/lists.ts';

export { listInventoryFiles, listQuestionnaireFiles };
export const QUESTIONNAIRES_DIR = BUNDLED_QUESTIONNAIRES;

export interface CheckedFile extends CheckedQuestionnaire {
  file: string;
  questionnaire?: Questionnaire;
}

/** An inventory lists file, checked: its problems already worded (they have their own messages). */
export interface CheckedInventory {
  file: string;
  inventory?: InventoryLists;
  problems: string[];
}

/** The folder and file name must agree with the id and version inside. */
function locationIssues(file: string, q: Questionnaire, root: string): QuestionnaireIssue[] {
  const expected = `${q.id}/${q.version}.json`;
  if (relative(root, file) === expected) return [];
  return [{ kind: 'wrong-file-name', id: q.id, version: q.version, expected, path: [] }];
}

export function checkQuestionnaireFile(file: string, root = QUESTIONNAIRES_DIR): CheckedFile {
  // The same check as the editor's page in the app; only the file's place in the folder is added here.
  const checked: CheckedFile = { file, ...checkQuestionnaireText(readFileSync(file, 'utf8'), relative(join(root, '..'), file)) };
  if (checked.questionnaire && !checked.errors.length) checked.errors.push(...locationIssues(file, checked.questionnaire, root));
  return checked;
}

export function checkAll(root = QUESTIONNAIRES_DIR): CheckedFile[] {
  const checked = listQuestionnaireFiles(root).map((file) => checkQuestionnaireFile(file, root));
  // Versions of one questionnaire are checked together: each declares how answers to the one before
  // it carry over. Only files that are valid on their own take part, so messages stay to the point.
  const byId = new Map<string, CheckedFile[]>();
  for (const c of checked) {
    if (!c.questionnaire || c.errors.length) continue;
    byId.set(c.questionnaire.id, [...(byId.get(c.questionnaire.id) ?? []), c]);
  }
  for (const files of byId.values()) {
    const issues = checkVersionChain(files.flatMap((c) => (c.questionnaire ? [c.questionnaire] : [])));
    for (const c of files) {
      const found = c.questionnaire ? issues.get(c.questionnaire.version) : undefined;
      if (found) c.errors.push(...found);
    }
  }
  return checked;
}

/** Every inventory lists file, against the readiness criteria of every questionnaire version. */
export function checkInventories(root = QUESTIONNAIRES_DIR, locale: Locale = 'fr', questionnaires = checkAll(root)): CheckedInventory[] {
  const criterionIds = new Set(questionnaires.flatMap((c) => c.questionnaire?.readiness?.criteria.map((r) => r.id) ?? []));
  return checkInventoryFiles(root, locale, criterionIds);
}

/**
 * The inventory lists (`inventory/<semver>.json`): their shape, their references, and that every
 * readiness criterion they map exists in some questionnaire version.
 */
export function checkInventoryFiles(root: string, locale: Locale, criterionIds: ReadonlySet<string>): CheckedInventory[] {
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

/** The report both the command and the build print: each file with problems, its lines grouped. */
export function report(checked: CheckedFile[], locale: Locale = 'fr'): string {
  return formatReport(checked, locale);
}

/** The inventory files' problems, each file's lines grouped. */
export function inventoryReport(checked: CheckedInventory[], root = QUESTIONNAIRES_DIR): string {
  return checked
    .filter((c) => c.problems.length)
    .map((c) => [relative(join(root, '..'), c.file), ...c.problems.map((p) => `  ${p}`)].join('\n'))
    .join('\n\n');
}
