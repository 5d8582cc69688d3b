/**
 * Everything the result, roadmap and PDF need about one assessment beyond its answers: its plan
 * (targets and roadmap), its organization's history (change since last time, the path) and the
 * board report's input. Built on the screen's AssessmentState, so answers stay live.
 */
import { biggestMoves, type DimensionChange } from '../../core/history.ts';
import { doneBetween } from '../../core/plan.ts';
import { strengthsAndGaps, type DimensionOutlook } from '../../core/outlook.ts';
import { currentLevel } from '../../core/roadmap.ts';
import type { Level } from '../../core/questionnaire/schema.ts';
import type { ReportInput } from '../report/content.ts';
import { readinessView } from '../report/readiness.ts';
import type { AssessmentState } from './assessment.svelte.ts';
import { HistoryState, type Previous } from './history.svelte.ts';
import { organizations } from './organizations.svelte.ts';
import { PlanState } from './plan.svelte.ts';
import { locale } from './locale.svelte.ts';
import { formatDate } from '../i18n/format.ts';
import { nowIso } from '../clock.ts';
import type { Locale } from '../../core/text.ts';
import { downloadBoardPdf } from '../export/board.ts';
import { resultCsv, roadmapCsv } from '../export/csv.ts';
import { answerNotes } from '../report/answer-notes.ts';
import { fileName, saveFile } from '../export/download.ts';
import * as report from '../i18n/report.ts';
import { listSources } from '../storage/inventory.ts';
import type { InventoryPdfInput } from '../pdf/inventory-pdf.ts';
import type { BoardPdfChoices } from '../export/board-choices.ts';
import type { PlanProgress } from '../../core/plan-rows.ts';
import { sourceNamesOf } from '../report/source-names.ts';

/** The inventory for the board PDF's optional page (the lists load with it, only when asked for). */
async function dataAssetsOf(organizationId: string, organization: string, generatedAt: string): Promise<InventoryPdfInput> {
  const [{ inventoryLists: lists }, sources] = await Promise.all([import('../questionnaires/inventory-lists.ts'), listSources(organizationId)]);
  return { lists, sources, organization, generatedAt };
}

export class OutcomeState {
  readonly plan: PlanState;
  history = $state.raw<HistoryState | undefined>();

  constructor(readonly assessment: AssessmentState) {
    this.plan = new PlanState(assessment);
  }

  /** Call once the assessment itself has loaded. */
  async load() {
    const row = this.assessment.row;
    if (!row) return;
    const history = new HistoryState(row.organizationId);
    await Promise.all([this.plan.load(), history.load()]);
    this.history = history;
    await this.plan.useEarlier(this.previous?.entry);
  }

  organization = $derived(organizations.list.find((o) => o.id === this.assessment.row?.organizationId));

  previous = $derived.by((): Previous | undefined => {
    const { score, row } = this.assessment;
    if (!score || !row || !this.history) return undefined;
    return this.history.previousOf(row.id, score, row.completedAt);
  });

  /** Per dimension, in questionnaire order; undefined when there is nothing comparable before. */
  changes = $derived.by((): Record<string, DimensionChange> | undefined => {
    const change = this.previous?.change;
    return change ? Object.fromEntries(change.map((c) => [c.dimensionId, c])) : undefined;
  });

  /** The previous assessment as the screen names it: its date (formatted), version, comparability. */
  previousNote = $derived.by(() => {
    const previous = this.previous;
    if (!previous) return undefined;
    return {
      date: formatDate(previous.entry.row.completedAt, locale.current),
      version: previous.entry.row.version,
      comparable: previous.change !== null,
    };
  });

  /** What moved since the previous assessment: actions done in between, the largest score changes. */
  moved = $derived.by(() => {
    const previous = this.previous;
    const row = this.assessment.row;
    if (!previous || !row) return undefined;
    return {
      actionsDone: doneBetween(Object.values(this.plan.progress), previous.entry.row.completedAt, row.completedAt),
      moves: previous.change ? biggestMoves(previous.change) : [],
    };
  });

  /** Strengths, gaps and unknowns of each dimension against its target. */
  outlooks = $derived.by((): Record<string, DimensionOutlook> => {
    const q = this.assessment.questionnaire;
    if (!q) return {};
    return Object.fromEntries(
      q.dimensions.map((d) => [d.id, strengthsAndGaps(q, this.plan.answers, d.id, this.plan.targets[d.id] ?? 5)]),
    );
  });

  /** Where each dimension stands: the lowest target worth offering. */
  levels = $derived.by((): Record<string, Level> =>
    Object.fromEntries((this.assessment.score?.dimensions ?? []).map((d) => [d.dimensionId, currentLevel(d)])),
  );

  /** The board report's input, read at the moment the person asks for the PDF. */
  reportInput(generatedAt: string): ReportInput | undefined {
    const { questionnaire, score, row } = this.assessment;
    if (!questionnaire || !score || !row || !this.history) return undefined;
    const previous = this.previous;
    return {
      organizationName: this.organization?.name ?? '',
      questionnaire,
      completedAt: row.completedAt ?? row.updatedAt,
      generatedAt,
      answers: this.plan.answers,
      score,
      targets: this.plan.targets,
      entries: this.plan.entries,
      previous: previous && {
        completedAt: previous.entry.row.completedAt,
        version: previous.entry.row.version,
        score: previous.entry.score,
        change: previous.change,
      },
      path: this.history.path,
      pathLabels: this.history.labels,
      readiness: readinessView(questionnaire, this.plan.answers),
      actionsDone: this.moved?.actionsDone,
    };
  }

  /**
   * With `appendix`, the answers and their notes go in an appendix; with `dataAssets`, the page "our
   * data assets" from the inventory (the person chose each).
   */
  async exportPdf(language: Locale, choices: BoardPdfChoices = { appendix: false, dataAssets: false }): Promise<void> {
    const input = this.reportInput(nowIso());
    if (!input) throw new Error('the assessment is not loaded');
    if (choices.appendix) input.answerNotes = Object.values(this.assessment.answers);
    const row = this.assessment.row;
    const dataAssets = choices.dataAssets && row ? await dataAssetsOf(row.organizationId, input.organizationName, input.generatedAt) : undefined;
    input.sourceNames = await this.#sourceNames(language);
    await downloadBoardPdf(input, language, dataAssets);
  }

  exportResultCsv(language: Locale) {
    const { questionnaire, score } = this.assessment;
    if (!questionnaire || !score) return;
    const notes = answerNotes(questionnaire, Object.values(this.assessment.answers), language);
    const csv = resultCsv(questionnaire, score, this.plan.targets, this.changes, language, notes);
    saveFile(this.#fileName(report[language].fileResult, 'csv'), 'text/csv;charset=utf-8', csv);
  }

  async exportRoadmapCsv(language: Locale) {
    const { questionnaire } = this.assessment;
    if (!questionnaire) return;
    const csv = roadmapCsv(questionnaire, this.plan.ordered, language, await this.#sourceNames(language));
    saveFile(this.#fileName(report[language].fileRoadmap, 'csv'), 'text/csv;charset=utf-8', csv);
  }

  /** The inventory's sources, named, when an action points to one (the inventory loads only then). */
  async #sourceNames(language: Locale): Promise<Record<string, string>> {
    const organizationId = this.assessment.row?.organizationId;
    const pointed = this.plan.entries.some((e) => (e.progress as PlanProgress).sourceId);
    return organizationId && pointed ? sourceNamesOf(organizationId, language) : {};
  }

  #fileName(what: string, extension: string) {
    return fileName(this.organization?.name ?? '', what, nowIso(), extension);
  }
}
