/**
 * One assessment's plan: a target per dimension and the roadmap that follows from it, with what the
 * person wrote on each action. The roadmap is recomputed from answers and targets (core); changing a
 * target only rewrites the target, so owners, dates, statuses and notes stay with their actions.
 */
import {
  ActionProgressSchema,
  generateRoadmap,
  resolveTargets,
  withProgress,
  type ActionProgress,
  type RoadmapEntry,
} from '../../core/roadmap.ts';
import type { Answer } from '../../core/answers.ts';
import type { Level } from '../../core/questionnaire/schema.ts';
import { updateAssessment } from '../storage/assessments.ts';
import { listActionProgress, saveActionProgress } from '../storage/roadmap.ts';
import type { AssessmentState, SaveStatus } from './assessment.svelte.ts';

export type ProgressField = 'owner' | 'due' | 'status' | 'note';
export type ProgressProblem = 'invalid' | 'not-saved';

export class PlanState {
  progress = $state<Record<string, ActionProgress>>({});
  saveStatus = $state<Record<string, SaveStatus>>({});
  /** Per dimension: whether its target is on disk yet. */
  targetStatus = $state<Record<string, SaveStatus>>({});

  constructor(readonly assessment: AssessmentState) {}

  async load() {
    const rows = await listActionProgress(this.assessment.id);
    const progress: Record<string, ActionProgress> = {};
    for (const { assessmentId: _a, updatedAt: _u, ...p } of rows) progress[p.actionId] = p;
    this.progress = progress;
  }

  answers = $derived.by((): Answer[] =>
    Object.values(this.assessment.answers).flatMap((a) => (a.value === undefined ? [] : [{ itemId: a.itemId, value: a.value }])),
  );

  targets = $derived.by((): Record<string, Level> => {
    const score = this.assessment.score;
    return score ? resolveTargets(score, this.assessment.row?.targets) : {};
  });

  entries = $derived.by((): RoadmapEntry[] => {
    const q = this.assessment.questionnaire;
    if (!q) return [];
    return withProgress(generateRoadmap(q, this.answers, this.assessment.row?.targets), Object.values(this.progress));
  });

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
    const next = { ...current, [field]: field === 'status' ? value : value.trim() };
    if (next[field] === '') delete next[field];
    const parsed = ActionProgressSchema.safeParse(next);
    if (!parsed.success) return 'invalid';
    this.progress[actionId] = parsed.data;
    this.saveStatus[actionId] = 'saving';
    try {
      await saveActionProgress(this.assessment.id, parsed.data);
      this.saveStatus[actionId] = 'saved';
      return undefined;
    } catch (error) {
      console.error('[diapason] roadmap action not saved', error);
      this.saveStatus[actionId] = 'error';
      return 'not-saved';
    }
  }
}
