/**
 * The result and the roadmap as CSV, for a spreadsheet, in the language chosen. French files use a
 * semicolon and the decimal comma, as French-language spreadsheets expect; English files a comma and
 * a decimal point. A byte-order mark tells spreadsheets the file is UTF-8, so accents survive.
 */
import { toCsv, type CsvSeparator } from '../../core/csv.ts';
import type { RoadmapEntry } from '../../core/roadmap.ts';
import type { AssessmentScore } from '../../core/scoring.ts';
import type { DimensionChange } from '../../core/history.ts';
import type { Level, Questionnaire } from '../../core/questionnaire/schema.ts';
import type { Locale } from '../../core/text.ts';
import { formatDelta, formatPercent, formatScore } from '../i18n/format.ts';
import * as report from '../i18n/report.ts';
import * as roadmapMessages from '../i18n/roadmap.ts';
import * as notesText from '../i18n/notes.ts';
import type { AnswerNote } from '../report/answer-notes.ts';
import { stageLabel } from '../report/content.ts';
import { effortName, horizonName, statusName } from '../report/labels.ts';
import { actionSource } from '../report/source-names.ts';

export const CSV_BOM = '\ufeff';
export const separatorFor = (locale: Locale): CsvSeparator => (locale === 'fr' ? ';' : ',');
// A percentage is a number in a spreadsheet: no space before its sign.
const percent = (share: number, locale: Locale) => formatPercent(share, locale).replace(/\s/g, '');

export function resultCsv(
  q: Questionnaire,
  score: AssessmentScore,
  targets: Record<string, Level>,
  changes: Record<string, DimensionChange> | undefined,
  locale: Locale,
  notes: readonly AnswerNote[] = [],
): string {
  const m = report[locale];
  const rows = score.dimensions.map((d) => {
    const dimension = q.dimensions.find((x) => x.id === d.dimensionId);
    const change = changes?.[d.dimensionId]?.delta;
    const target = targets[d.dimensionId];
    return [
      dimension?.label[locale] ?? d.dimensionId,
      d.sufficient && d.score !== null ? formatScore(d.score, locale) : '',
      d.stage !== null ? stageLabel(q, d.stage, locale) : m.insufficient,
      percent(d.confidence, locale),
      d.nextStageCoverage !== null ? percent(d.nextStageCoverage, locale) : '',
      target ? stageLabel(q, target, locale) : '',
      change !== undefined && change !== null ? formatDelta(change, locale) : '',
    ];
  });
  const header = [m.colDimension, m.colScoreLong, m.colStage, m.colConfidence, m.colCoverage, m.colTargetLong, m.colChangeLong];
  const table = [header, ...rows];
  // The notes left with answers follow, after an empty line, as a second table of their own.
  if (notes.length) {
    const n = notesText[locale];
    const dimensionName = (id: string) => q.dimensions.find((d) => d.id === id)?.label[locale] ?? id;
    table.push([], [m.colDimension, n.colQuestion, n.colAnswer, n.colNote]);
    for (const note of notes) table.push([dimensionName(note.dimensionId), note.question, note.answer, note.note]);
  }
  return CSV_BOM + toCsv(table, separatorFor(locale));
}

/**
 * The plan in the order the plan screen shows it (the 90-day focus, then the backlog by horizon, then
 * what is done), numbered as on screen; done actions carry no number. `sources` names the inventory's
 * sources an action can point to (see `sourceNamesOf`); the column is there only when an action does.
 */
export function roadmapCsv(q: Questionnaire, entries: RoadmapEntry[], locale: Locale, sources: Record<string, string> = {}): string {
  const m = report[locale];
  const r = roadmapMessages[locale];
  const named = entries.map((e) => actionSource(e, sources, locale));
  const withSource = named.some((name) => name !== undefined);
  const header = [m.colPriority, m.colHorizon, m.colDimension, m.colAction, m.colEffort, m.colOwner, m.colDue, m.colStatus, m.colNote];
  if (withSource) header.push(m.colSource);
  let n = 0;
  const rows = entries.map((e, i) => [
      e.progress.status === 'done' ? '' : ++n,
      horizonName(r, e.horizon, true),
      q.dimensions.find((d) => d.id === e.dimensionId)?.label[locale] ?? e.dimensionId,
      e.text[locale],
      effortName(r, e.effort),
      e.progress.owner ?? '',
      // ISO dates sort and parse in every spreadsheet.
      e.progress.due ?? '',
      statusName(r, e.progress.status),
      e.progress.note ?? '',
      ...(withSource ? [named[i] ?? ''] : []),
    ]);
  return CSV_BOM + toCsv([header, ...rows], separatorFor(locale));
}
