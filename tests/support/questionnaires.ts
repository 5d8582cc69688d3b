/** The questionnaires bundled with the app, read from disk for Node tests (the app loads them lazily). */
import { parseQuestionnaireText } from '../../src/core/questionnaire/parse.ts';
import type { Questionnaire, QuestionnaireRef } from '../../src/core/questionnaire/schema.ts';
import { listQuestionnaireFiles } from '../../scripts/questionnaire-files.ts';
import { readFileSync } from 'node:fs';

const bundled = new Map<string, Questionnaire>();
for (const file of listQuestionnaireFiles()) {
  const parsed = parseQuestionnaireText(readFileSync(file, 'utf8'));
  if (parsed.ok) bundled.set(`${parsed.questionnaire.id}@${parsed.questionnaire.version}`, parsed.questionnaire);
}

export function bundledQuestionnaire(ref: QuestionnaireRef): Questionnaire | undefined {
  return bundled.get(`${ref.questionnaireId}@${ref.version}`);
}

/** Item ids of a bundled version, as the app's import check asks for them. */
export async function bundledItems(ref: QuestionnaireRef): Promise<ReadonlySet<string> | undefined> {
  const q = bundledQuestionnaire(ref);
  return q ? new Set(q.items.map((i) => i.id)) : undefined;
}

/** The version new assessments use (questionnaires/catalog.json). */
export function currentQuestionnaire(questionnaireId = 'cqm-maturite'): Questionnaire {
  const catalog = JSON.parse(readFileSync(new URL('../../questionnaires/catalog.json', import.meta.url), 'utf8')) as {
    current: Record<string, string>;
  };
  const q = bundledQuestionnaire({ questionnaireId, version: catalog.current[questionnaireId] ?? '' });
  if (!q) throw new Error(`no current version of ${questionnaireId}`);
  return q;
}
