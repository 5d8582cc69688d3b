/**
 * An organization's completed assessments, each scored against its own questionnaire version: the
 * source of "change since last time", the path, and the history pages of the board PDF.
 */
import { scoreAssessment, type AssessmentScore } from '../../core/scoring.ts';
import { buildPath, changeSince, type DimensionChange, type Path } from '../../core/history.ts';
import type { Answer } from '../../core/answers.ts';
import { compareVersions, type Questionnaire } from '../../core/questionnaire/schema.ts';
import type { LocalizedText } from '../../core/text.ts';
// Read as the result, plan and path open: without Dexie while it has not taken over (./first-reads.ts).
import { getAnswers, listAssessments } from '../storage/first-reads.ts';
import type { AssessmentRow } from '../storage/rows.ts';
import { loadVersions } from '../questionnaires/catalog.ts';
import { loadQuestionnaireFor } from '../questionnaires/for-organization.ts';
import { byTimestamp } from '../../core/timestamps.ts';

export interface CompletedAssessment {
  row: AssessmentRow & { completedAt: string };
  questionnaire: Questionnaire;
  answers: Answer[];
  score: AssessmentScore;
}

export interface Previous {
  entry: CompletedAssessment;
  /** Null when its questionnaire version cannot be compared with this one. */
  change: DimensionChange[] | null;
}

export class HistoryState {
  /** Oldest first. */
  entries = $state.raw<CompletedAssessment[]>([]);
  /** The bundled versions of the questionnaires met, oldest met to newest: their declarations say what compares. */
  versions = $state.raw<Questionnaire[]>([]);
  /** Completed assessments whose questionnaire could not be loaded: left out, and said so. */
  skipped = $state(0);
  loaded = $state(false);

  constructor(readonly organizationId: string) {}

  async load() {
    const rows = (await listAssessments(this.organizationId)).filter(
      (r): r is CompletedAssessment['row'] => r.status === 'completed' && r.completedAt !== undefined,
    );
    const loaded = await Promise.all(
      rows.map(async (row) => {
        try {
          const [questionnaire, answerRows] = await Promise.all([loadQuestionnaireFor(row), getAnswers(row.id)]);
          const answers = answerRows.flatMap((a) => (a.value === undefined ? [] : [{ itemId: a.itemId, value: a.value }]));
          return { row, questionnaire, answers, score: scoreAssessment(questionnaire, answers) };
        } catch (error) {
          console.warn('[diapason] an earlier assessment could not be read', row.id, error);
          return undefined;
        }
      }),
    );
    this.entries = loaded
      .filter((e): e is CompletedAssessment => e !== undefined)
      .sort(byTimestamp((entry) => entry.row.completedAt));
    this.skipped = rows.length - this.entries.length;
    // Per questionnaire, the versions from the oldest met to the newest: no comparison goes outside.
    const met: Record<string, { from: string; to: string }> = {};
    for (const { row } of this.entries) {
      const range = (met[row.questionnaireId] ??= { from: row.version, to: row.version });
      if (compareVersions(row.version, range.from) < 0) range.from = row.version;
      if (compareVersions(row.version, range.to) > 0) range.to = row.version;
    }
    this.versions = (await Promise.all(Object.entries(met).map(([id, range]) => loadVersions(id, range).catch(() => [])))).flat();
    this.loaded = true;
  }

  path = $derived.by((): Path =>
    buildPath(
      // A taster's picture is indicative and never compared with the full model's: not on the path.
      this.entries.filter((e) => !e.questionnaire.leadsTo).map((e) => ({ assessmentId: e.row.id, completedAt: e.row.completedAt, score: e.score })),
      this.versions,
    ),
  );

  /** Every dimension's label, the latest version's wording first. */
  labels = $derived.by(() => {
    const labels: Record<string, LocalizedText> = {};
    for (const e of [...this.entries].reverse()) {
      for (const d of e.questionnaire.dimensions) labels[d.id] ??= d.label;
    }
    return labels;
  });

  /** The last assessment completed before this one, and the change since it. */
  previousOf(assessmentId: string, score: AssessmentScore, completedAt: string | undefined): Previous | undefined {
    // Only the same questionnaire: a taster and the full model are never compared.
    const before = this.entries.filter(
      (e) =>
        e.row.id !== assessmentId &&
        e.row.questionnaireId === score.questionnaireId &&
        (completedAt === undefined || e.row.completedAt < completedAt),
    );
    const entry = before.at(-1);
    return entry ? { entry, change: changeSince(score, entry.score, this.versions) } : undefined;
  }
}
