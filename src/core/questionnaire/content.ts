/**
 * Content rules: what the format allows but readers, the result screen and the PDF need, from the
 * editors' guide (questionnaires/README.md). A file that breaks them can still be used: they are
 * warnings, where ./parse.ts's rules are errors. The checker, the build, the editor's page and the
 * tests all apply this one list.
 */
import { CONTENT_LIMITS } from './limits.ts';
import type { IssueKind, PathSegment, QuestionnaireIssue } from './issues.ts';
import type { Questionnaire } from './schema.ts';
import { frenchTypographyProblems, typographyModeOf } from './typography.ts';
import { LOCALES, type LocalizedText } from '../text.ts';

export interface FoundText {
  path: PathSegment[];
  text: LocalizedText;
}

/** Every text people read in a file (an object with `fr` and `en`), with its JSON path. */
export function localizedTexts(value: unknown, path: PathSegment[] = []): FoundText[] {
  if (Array.isArray(value)) return value.flatMap((child, i) => localizedTexts(child, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.fr === 'string' && typeof record.en === 'string') return [{ path, text: { fr: record.fr, en: record.en } }];
  return Object.entries(record).flatMap(([key, child]) => localizedTexts(child, [...path, key]));
}

/** A few characters either side of a match, so a message can say where. */
function around(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 12);
  const end = Math.min(text.length, index + length + 12);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

const LEVEL_IN_TEXT = /\b(niveau|level|stade|stage|étape)\s+[1-5]\b/iu;
const EXAMPLE = { fr: /par exemple/i, en: /for example/i } as const;
const EXAMPLE_WORDS = { fr: 'Par exemple', en: 'For example' } as const;

export function contentWarnings(q: Questionnaire): QuestionnaireIssue[] {
  const issues: QuestionnaireIssue[] = [];
  const push = (path: PathSegment[], kind: IssueKind) => issues.push({ ...kind, path });
  const { itemsPerDimension, actionsPerStage, questionLength, statementLength } = CONTENT_LIMITS;

  q.dimensions.forEach((dimension, d) => {
    const count = q.items.filter((item) => item.dimension === dimension.id).length;
    if (count > 0 && (count < itemsPerDimension.minimum || count > itemsPerDimension.maximum)) {
      push(['dimensions', d], { kind: 'items-per-dimension', id: dimension.id, count, ...itemsPerDimension });
    }
    for (const stage of [2, 3, 4, 5]) {
      const n = (dimension.actions ?? []).filter((a) => a.targetStage === stage).length;
      if (n < actionsPerStage.minimum || n > actionsPerStage.maximum) {
        push(['dimensions', d, 'actions'], { kind: 'actions-per-stage', id: dimension.id, stage, count: n, ...actionsPerStage });
      }
    }
    dimension.actions?.forEach((action, a) => {
      if (!action.id.startsWith(`${dimension.id}-`)) {
        push(['dimensions', d, 'actions', a, 'id'], { kind: 'id-without-dimension-prefix', id: action.id, dimension: dimension.id });
      }
    });
  });

  q.items.forEach((item, i) => {
    const here: PathSegment[] = ['items', i];
    if (!item.id.startsWith(`${item.dimension}-`)) {
      push([...here, 'id'], { kind: 'id-without-dimension-prefix', id: item.id, dimension: item.dimension });
    }
    for (const locale of LOCALES) {
      const question = item.question[locale];
      if (question.length > questionLength) {
        push([...here, 'question', locale], { kind: 'text-too-long', length: question.length, maximum: questionLength });
      }
      if (!question.endsWith('?')) push([...here, 'question', locale], { kind: 'question-mark' });
      if (!EXAMPLE[locale].test(item.help[locale])) {
        push([...here, 'help', locale], { kind: 'help-without-example', expected: EXAMPLE_WORDS[locale] });
      }
      const distinct = new Set(item.statements.map((s) => s.text[locale].trim().toLowerCase()));
      if (distinct.size !== item.statements.length) push([...here, 'statements'], { kind: 'statements-alike', locale });
    }
    item.statements.forEach((statement, s) => {
      const at: PathSegment[] = [...here, 'statements', s];
      for (const locale of LOCALES) {
        const text = statement.text[locale];
        if (text.length > statementLength) {
          push([...at, 'text', locale], { kind: 'text-too-long', length: text.length, maximum: statementLength });
        }
        if (!text.endsWith('.')) push([...at, 'text', locale], { kind: 'full-stop' });
        if (statement.nextStep && statement.nextStep[locale].trim() === text.trim()) {
          push([...at, 'nextStep', locale], { kind: 'next-step-repeats-statement' });
        }
      }
      if (statement.level === 5 && statement.nextStep) push([...at, 'nextStep'], { kind: 'next-step-on-level-5' });
    });
  });

  const mode = typographyModeOf(q);
  for (const { path, text } of localizedTexts(q)) {
    for (const locale of LOCALES) {
      const value = text[locale];
      const at = [...path, locale];
      const level = LEVEL_IN_TEXT.exec(value);
      if (level) push(at, { kind: 'level-in-text', excerpt: around(value, level.index, level[0].length) });
      if (value !== value.trim() || /[ \u00a0]{2}|[\t\n\r]/.test(value)) push(at, { kind: 'stray-whitespace' });
      const quote = /['"]/.exec(value);
      if (quote) push(at, { kind: 'straight-quotes', excerpt: around(value, quote.index, 1) });
    }
    for (const problem of frenchTypographyProblems(text.fr, mode)) push([...path, 'fr'], { kind: 'typography', ...problem });
    const english = /[\s\u00a0\u202f][;:!?]|[«»]/.exec(text.en);
    if (english) push([...path, 'en'], { kind: 'english-typography', excerpt: around(text.en, english.index, 2) });
  }
  return issues;
}
