/**
 * The organization's plan as one assessment sees it (core/plan.ts): a target per dimension, today's
 * roadmap, and what the organization wrote on each action in any assessment, carried to this
 * assessment's questionnaire version. Actions the answers now show done are offered for confirmation;
 * the 90-day focus is chosen by the rule in core/plan.ts and can be changed (pin, unpin, postpone).
 */
import { ActionProgressSchema, generateRoadmap, type RoadmapEntry } from '../../core/roadmap.ts';
import {
  carryActionId,
  carryPlan,
  chooseFocus,
  planOrder,
  planView,
  PlanProgressSchema,
  resolvePlanTargets,
  type FocusChoice,
  type PlanProgress,
  type PlanView,
} from '../../core/plan.ts';
import { carryOverPath } from '../../core/carry-over.ts';
import type { Answer } from '../../core/answers.ts';
import { compareVersions, type Level } from '../../core/questionnaire/schema.ts';
import { updateAssessment } from '../storage/assessments.ts';
import { savePlanProgress } from '../storage/plan.ts';
import { listPlan } from '../storage/first-reads.ts';
import { loadVersions } from '../questionnaires/catalog.ts';
import { nowIso } from '../clock.ts';
import type { AssessmentState, SaveStatus } from './assessment.svelte.ts';
import type { CompletedAssessment } from './history.svelte.ts';

export type ProgressField = 'owner' | 'due' | 'status' | 'note' | 'sourceId';
export type ProgressProblem = 'invalid' | 'not-saved';

export class PlanState {
  progress = $state<Record<string, PlanProgress>>({});
  saveStatus = $state<Record<string, SaveStatus>>({});
  /** Per dimension: whether its target is on disk yet. */
  targetStatus = $state<Record<string, SaveStatus>>({});
  /** The previous assessment's roadmap, as ids of this version: part of the plan even if never touched. */
  earlier = $state.raw<string[]>([]);

  constructor(readonly assessment: AssessmentState) {}

  async load() {
    const row = this.assessment.row;
    const q = this.assessment.questionnaire;
    if (!row || !q) return;
    const rows = (await listPlan(row.organizationId)).filter(
      (r) => r.questionnaireId === row.questionnaireId && compareVersions(r.version, row.version) <= 0,
    );
    const oldest = rows.reduce((v, r) => (compareVersions(r.version, v) < 0 ? r.version : v), row.version);
    const versions = oldest === row.version ? [q] : await loadVersions(row.questionnaireId, { from: oldest, to: row.version }).catch(() => [q]);
    const progress: Record<string, PlanProgress> = {};
    // The schema keeps only what a person wrote (the row's organization, version and time are left out).
    for (const [id, r] of Object.entries(carryPlan(versions, q, rows))) progress[id] = PlanProgressSchema.parse(r);
    this.progress = progress;
  }

  /** The last assessment completed before this one: its roadmap's actions join the plan. */
  async useEarlier(previous: CompletedAssessment | undefined) {
    const q = this.assessment.questionnaire;
    if (!previous || !q || previous.row.questionnaireId !== q.id) return;
    const versions =
      previous.row.version === q.version ? [q] : await loadVersions(q.id, { from: previous.row.version, to: q.version }).catch(() => []);
    const path = carryOverPath(versions, previous.row.version, q.version);
    if (!path) return;
    const targets = resolvePlanTargets(previous.score, previous.row.targets, previous.row.carriedTargets).targets;
    this.earlier = generateRoadmap(previous.questionnaire, previous.answers, targets).flatMap((a) => carryActionId(path, a.id) ?? []);
  }

  answers = $derived.by((): Answer[] =>
    Object.values(this.assessment.answers).flatMap((a) => (a.value === undefined ? [] : [{ itemId: a.itemId, value: a.value }])),
  );

  #resolved = $derived.by(() => {
    const score = this.assessment.score;
    return score
      ? resolvePlanTargets(score, this.assessment.row?.targets, this.assessment.row?.carriedTargets)
      : { targets: {}, reached: {} };
  });

  targets = $derived(this.#resolved.targets as Record<string, Level>);
  /** Carried targets this assessment reaches: the screen says so, and proposes the next stage. */
  reached = $derived(this.#resolved.reached as Record<string, Level>);

  view = $derived.by((): PlanView => {
    const { questionnaire: q, score } = this.assessment;
    if (!q || !score) return { entries: [], offeredDone: [], doneEarlier: [] };
    return planView(q, this.answers, score, generateRoadmap(q, this.answers, this.targets), this.progress, this.earlier);
  });

  entries = $derived(this.view.entries);
  focus = $derived(chooseFocus(this.entries));

  /** The entries of the focus and of the backlog, numbered once, in the order shown: 1, 2, 3… */
  numbered = $derived(planOrder(this.entries));

  /** Every action of the plan in the order shown: the focus, the backlog by horizon, then what is done. */
  ordered = $derived.by((): RoadmapEntry[] => [...this.numbered.focus, ...this.numbered.backlog, ...this.numbered.done, ...this.view.doneEarlier]);

  pinnedCount = $derived(this.entries.filter((e) => e.progress.status !== 'done' && (e.progress as PlanProgress).focus === 'pinned').length);

  async setTarget(dimensionId: string, level: Level) {
    const row = this.assessment.row;
    if (!row) return;
    const previous = row.targets;
    const targets = { ...row.targets, [dimensionId]: level };
    row.targets = targets;
    this.targetStatus[dimensionId] = 'saving';
    try {
      await updateAssessment(row.id, { targets });
      this.targetStatus[dimensionId] = 'saved';
    } catch (error) {
      console.error('[diapason] target not saved', error);
      row.targets = previous;
      this.targetStatus[dimensionId] = 'error';
    }
  }

  /**
   * Saves one field of an action. A value the schema refuses (a date that is not a date, an owner too
   * long) changes nothing and is reported, so the screen can say why.
   */
  async saveProgress(actionId: string, field: ProgressField, value: string): Promise<ProgressProblem | undefined> {
    const current = this.progress[actionId] ?? { actionId, status: 'todo' as const };
    const next: Record<string, unknown> = { ...current, [field]: field === 'status' ? value : value.trim() };
    if (next[field] === '') delete next[field];
    if (field === 'status') {
      // When it was done: kept for "done since last time" and the path; cleared if it is reopened.
      if (value === 'done' && current.status !== 'done') next.doneAt = nowIso();
      if (value !== 'done') delete next.doneAt;
      // A done action leaves the focus by itself; a pin on it would only take a place.
      if (value === 'done') delete next.focus;
    }
    if (!ActionProgressSchema.safeParse(next).success) return 'invalid';
    return this.#write(PlanProgressSchema.parse(next));
  }

  /** Pins an action to the focus, postpones it to the backlog, or gives it back to the rule (undefined). */
  async setFocus(actionId: string, choice: FocusChoice | undefined): Promise<ProgressProblem | undefined> {
    const current = this.progress[actionId] ?? { actionId, status: 'todo' as const };
    const { focus: _f, ...rest } = current;
    return this.#write(choice ? { ...rest, focus: choice } : rest);
  }

  async #write(next: PlanProgress): Promise<ProgressProblem | undefined> {
    const row = this.assessment.row;
    if (!row) return 'not-saved';
    const before = this.progress[next.actionId];
    this.progress[next.actionId] = next;
    this.saveStatus[next.actionId] = 'saving';
    try {
      await savePlanProgress(row.organizationId, row, next, undefined, row.id);
      this.saveStatus[next.actionId] = 'saved';
      return undefined;
    } catch (error) {
      console.error('[diapason] plan action not saved', error);
      if (before) this.progress[next.actionId] = before;
      else delete this.progress[next.actionId];
      this.saveStatus[next.actionId] = 'error';
      return 'not-saved';
    }
  }
}

export type { RoadmapEntry };
