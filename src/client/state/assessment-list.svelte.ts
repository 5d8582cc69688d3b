/** An organization's assessments, for the home screen: the one in progress and the completed ones. */
import { countAnswered, listAssessments } from '../storage/first-reads.ts';
import type { AssessmentRow } from '../storage/rows.ts';
import { currentRef } from '../questionnaires/catalog.ts';
import { loadQuestionnaireFor } from '../questionnaires/for-organization.ts';
import { compareTimestamps } from '../../core/timestamps.ts';

export interface InProgress {
  row: AssessmentRow;
  answered: number;
  total: number | undefined;
}

export class AssessmentListState {
  rows = $state<AssessmentRow[]>([]);
  inProgress = $state<InProgress | undefined>();
  loaded = $state(false);

  completed = $derived(
    this.rows
      .filter((r) => r.status === 'completed')
      .sort((a, b) => compareTimestamps(b.completedAt ?? '', a.completedAt ?? '')),
  );

  constructor(readonly organizationId: string) {}

  async load() {
    this.rows = await listAssessments(this.organizationId);
    const open = this.rows.filter((r) => r.status === 'in-progress').at(-1);
    if (open) {
      this.inProgress = { row: open, answered: await countAnswered(open.id), total: undefined };
      loadQuestionnaireFor(open)
        .then((q) => {
          if (this.inProgress?.row.id === open.id) this.inProgress.total = q.items.length;
        })
        .catch(() => undefined);
    }
    this.loaded = true;
  }

  /**
   * The assessment to continue, or a new one on the current version of `questionnaireId` (the
   * catalog's first when not given), starting with the last completed assessment's answers carried
   * over (each to confirm); or, from a taster's result, with the taster's answers (`fromTaster`).
   */
  async startOrResume(questionnaireId?: string, fromTaster?: AssessmentRow): Promise<AssessmentRow> {
    if (this.inProgress) return this.inProgress.row;
    const ref = currentRef(questionnaireId);
    // Loaded when an assessment starts, not with the home screen: carrying over needs every version.
    const carried = await import('./carry-over.ts')
      .then(({ answersToCarry, tasterAnswersToCarry }) =>
        fromTaster ? tasterAnswersToCarry(fromTaster, ref) : answersToCarry(this.organizationId, ref),
      )
      .catch((error: unknown) => {
        // Carrying over is a convenience: if it fails, the person still gets a fresh assessment.
        console.warn('[diapason] answers could not be carried over', error);
        return undefined;
      });
    const { createAssessment } = await import('../storage/assessments.ts');
    const row = await createAssessment(this.organizationId, ref, undefined, carried);
    this.rows = [...this.rows, row];
    return row;
  }
}
