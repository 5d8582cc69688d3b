/**
 * One assessment being answered or read: its row, its questionnaire (the exact version it is pinned
 * to), its answers (live: another tab's answers arrive here too) and each item's save status.
 */
import { scoreAssessment, type AssessmentScore } from '../../core/scoring.ts';
import { assessReadiness, type ReadinessResult } from '../../core/readiness.ts';
import { assessObligations, type ObligationsResult } from '../../core/obligations.ts';
import type { AnswerValue } from '../../core/answers.ts';
import type { Questionnaire } from '../../core/questionnaire/schema.ts';
import { loadQuestionnaireFor } from '../questionnaires/for-organization.ts';
import { getAnswers, getAssessment, takeEarlyRead } from '../storage/first-reads.ts';
import { AssessmentGoneError, isQuotaExceeded } from '../storage/errors.ts';
import type { AnswerRow, AssessmentRow } from '../storage/rows.ts';
import { persistence } from './persistence.svelte.ts';
import { carryOverInfo, type CarryOverInfo } from './carry-over.ts';
import { nowIso } from '../clock.ts';
import { afterNextPaint } from '../paint.ts';
import { unsavedWork } from './unsaved-work.svelte.ts';

export type SaveStatus = 'saving' | 'saved' | 'error';

/**
 * The assessment's writes and live query, with Dexie: loaded once the screen has drawn what it read
 * (./first-reads.ts reads without Dexie), so neither its bytes nor its start delay the first frame.
 * Held once loaded, so an answer's write still starts within the click (see `answer`).
 */
let writes: typeof import('../storage/assessments.ts') | undefined;
const loadWrites = () => import('../storage/assessments.ts').then((module) => (writes = module));

export interface DimensionProgress {
  dimensionId: string;
  answered: number;
  total: number;
}

export class AssessmentState {
  row = $state<AssessmentRow | undefined>();
  questionnaire = $state.raw<Questionnaire | undefined>();
  answers = $state<Record<string, AnswerRow>>({});
  saveStatus = $state<Record<string, SaveStatus>>({});
  /** Set when the assessment or its questionnaire cannot be loaded. */
  failure = $state<unknown>();
  /** A write failed because the disk (or this site's share of it) is full: answers wait in memory. */
  storageFull = $state(false);
  /** Where this assessment's starting answers came from, if they were carried over. */
  carryOver = $state.raw<CarryOverInfo | undefined>();
  /**
   * The assessment was deleted elsewhere (another tab deleted its organization, or all data) while it
   * was on screen: nothing more can be written into it, and the screen leaves.
   */
  gone = $state(false);
  /** The last answer saved, for the screen reader announcement. */
  lastSaved = $state<{ itemId: string; at: number } | undefined>();

  #stopWatching: (() => void) | undefined;
  #destroyed = false;
  /** Answers given in this tab whose write is still running: they win over a stale live read. */
  // Bookkeeping only, never rendered: a plain Map on purpose.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #pending = new Map<string, Partial<AnswerRow>>();

  /**
   * Settles once the assessment's row is read (undefined if there is none, or the read failed), before
   * its questionnaire and answers: what a screen can draw from the row alone shows that much sooner.
   */
  readonly rowRead: Promise<AssessmentRow | undefined>;
  #rowRead!: (row: AssessmentRow | undefined) => void;
  /**
   * Settles once what the row alone shows has been drawn (with `drawRowFirst`; without it, once the
   * row is read), when the questionnaire file is requested: a screen loads the rest of its code then,
   * beside it. Never settles if there is no row (the screen shows the failure instead).
   */
  readonly rowDrawn: Promise<void>;
  #rowDrawn!: () => void;

  constructor(readonly id: string) {
    this.rowRead = new Promise((resolve) => (this.#rowRead = resolve));
    this.rowDrawn = new Promise((resolve) => (this.#rowDrawn = resolve));
  }

  /**
   * Reads the assessment, its questionnaire and its answers. With `drawRowFirst`, the questionnaire
   * file is requested only once what the row alone shows has been drawn (`rowRead`): on a slow network
   * the screen's first words are not kept waiting behind its largest file.
   */
  async load({ drawRowFirst = false } = {}) {
    // The answers are read while the row and its questionnaire load, not after (a faster start); on a
    // deep link, both reads started while the app's code was still loading (deep-link.ts).
    const early = takeEarlyRead(this.id);
    const answers = early?.answers ?? getAnswers(this.id);
    answers.catch(() => undefined); // awaited below, where a failure is reported
    try {
      const row = await (early?.row ?? getAssessment(this.id)).catch((error: unknown) => {
        this.#rowRead(undefined);
        throw error;
      });
      this.#rowRead(row);
      if (!row) throw new Error(`assessment ${this.id} not found`);
      if (drawRowFirst) await afterNextPaint();
      this.#rowDrawn();
      this.questionnaire = await loadQuestionnaireFor(row);
      this.row = row;
      this.carryOver = await carryOverInfo(row).catch(() => undefined);
      // The first read is awaited so no screen ever shows an empty assessment before its answers.
      this.#receive(await answers);
      // Live updates (another tab's answers) start once what was read has been drawn: Dexie's live
      // query costs far more main thread than the plain reads above, and the screen's first frame
      // does not wait for it. Its first run reads everything again: nothing written meanwhile is missed.
      void afterNextPaint().then(loadWrites).then(({ watchAnswers }) => {
        if (this.#destroyed) return;
        this.#stopWatching = watchAnswers(
          this.id,
          (rows) => this.#receive(rows),
          () => this.#goneElsewhere(),
        );
      }).catch((error: unknown) => console.error('[diapason] live answers not started', error));
    } catch (error) {
      this.failure = error;
    }
  }

  destroy() {
    this.#destroyed = true;
    this.#stopWatching?.();
    unsavedWork.forget(`${this.id}:`);
  }

  /** A note is being typed (not yet handed to a save) or no longer: it counts as unsaved work. */
  editing(itemId: string, typing: boolean) {
    if (typing) unsavedWork.mark(`${this.id}:${itemId}:note`);
    else unsavedWork.unmark(`${this.id}:${itemId}:note`);
  }

  #goneElsewhere() {
    this.#stopWatching?.();
    unsavedWork.forget(`${this.id}:`);
    this.#pending.clear();
    this.storageFull = false;
    this.gone = true;
  }

  #receive(rows: AnswerRow[]) {
    const next: Record<string, AnswerRow> = {};
    for (const row of rows) next[row.itemId] = { ...row, ...this.#pending.get(row.itemId) };
    for (const [itemId, change] of this.#pending) {
      next[itemId] ??= { assessmentId: this.id, itemId, updatedAt: nowIso(), ...change };
    }
    this.answers = next;
  }

  /** The items asked of this organization: answers kept for items that no longer apply do not count. */
  // Rebuilt whole when the questionnaire changes, never mutated: a plain Set on purpose.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #asked = $derived(new Set(this.questionnaire?.items.map((i) => i.id)));
  answered = $derived(Object.values(this.answers).filter((a) => a.value !== undefined && this.#asked.has(a.itemId)).length);
  total = $derived(this.questionnaire?.items.length ?? 0);
  /** Carried-over answers the person has not confirmed or changed yet. */
  toConfirm = $derived(
    Object.values(this.answers).filter((a) => a.toConfirm && a.value !== undefined && this.#asked.has(a.itemId)).length,
  );

  /** Keeps a carried-over answer as it is: the same as choosing it again. */
  confirm(itemId: string) {
    const value = this.answers[itemId]?.value;
    if (value !== undefined) void this.answer(itemId, value);
  }

  progress = $derived.by((): DimensionProgress[] => {
    const q = this.questionnaire;
    if (!q) return [];
    return q.dimensions.map((d) => {
      const items = q.items.filter((i) => i.dimension === d.id);
      return {
        dimensionId: d.id,
        total: items.length,
        answered: items.filter((i) => this.answers[i.id]?.value !== undefined).length,
      };
    });
  });

  #valuedAnswers = $derived(
    Object.values(this.answers).flatMap((a) => (a.value === undefined ? [] : [{ itemId: a.itemId, value: a.value }])),
  );

  score = $derived.by((): AssessmentScore | undefined => {
    if (!this.questionnaire) return undefined;
    return scoreAssessment(this.questionnaire, this.#valuedAnswers);
  });

  /** Pooling readiness; null when the questionnaire version has no readiness checklist. */
  readiness = $derived.by((): ReadinessResult | null | undefined => {
    if (!this.questionnaire) return undefined;
    return assessReadiness(this.questionnaire, this.#valuedAnswers);
  });

  /** The legal-obligations checklist (Law 25); null when the questionnaire version has none. Never a score. */
  obligations = $derived.by((): ObligationsResult | null | undefined => {
    if (!this.questionnaire) return undefined;
    return assessObligations(this.questionnaire, this.#valuedAnswers);
  });

  answer(itemId: string, value: AnswerValue) {
    return this.#save(itemId, { value });
  }

  note(itemId: string, note: string) {
    return this.#save(itemId, { note });
  }

  async #save(itemId: string, change: { value?: AnswerValue; note?: string }) {
    const merged = { ...this.#pending.get(itemId), ...change };
    this.#pending.set(itemId, merged);
    // User Timing: `npm run bench` reads the click-to-commit time from this measure.
    const started = performance.now();
    // The write goes first, the screen after: its requests are with the storage engine before any
    // redraw, and the screen changes at the next frame or at the commit, whichever comes first. A
    // redraw shows nothing before the next frame anyway, and meanwhile the click has already checked
    // the radio. Everything still pending for this item, not only this change: a note that failed on
    // a full disk must not be dropped by the next successful save of a level (nor an old level come
    // back). What the screen holds lets the write go in one round trip (storage/assessments.ts).
    const known = { answers: Object.values($state.snapshot(this.answers)) as AnswerRow[], assessment: this.row && ($state.snapshot(this.row) as AssessmentRow) };
    const saving = writes ? writes.saveAnswer(this.id, itemId, merged, undefined, known) : loadWrites().then((w) => w.saveAnswer(this.id, itemId, merged, undefined, known));
    let shown = false;
    const show = () => {
      if (shown) return;
      shown = true;
      const pending = this.#pending.get(itemId) ?? merged;
      this.answers[itemId] = {
        assessmentId: this.id,
        itemId,
        updatedAt: nowIso(),
        ...this.answers[itemId],
        ...pending,
        ...(pending.value !== undefined ? { toConfirm: undefined } : {}),
      };
      this.saveStatus[itemId] = 'saving';
    };
    const frame = requestAnimationFrame(show);
    try {
      const saved = await saving;
      performance.measure('diapason:answer-save', { start: started, end: performance.now() });
      cancelAnimationFrame(frame);
      show();
      if (this.#pending.get(itemId) === merged) this.#pending.delete(itemId);
      this.answers[itemId] = { ...saved, ...this.#pending.get(itemId) };
      if (this.saveStatus[itemId] === 'saving' && !this.#pending.has(itemId)) this.saveStatus[itemId] = 'saved';
      unsavedWork.unmark(`${this.id}:${itemId}`);
      this.lastSaved = { itemId, at: Date.now() };
      if (!this.#pending.size) this.storageFull = false;
      void persistence.requestOnce().catch(() => undefined);
    } catch (error) {
      cancelAnimationFrame(frame);
      show();
      if (error instanceof AssessmentGoneError) {
        this.#goneElsewhere();
        return;
      }
      if (isQuotaExceeded(error)) {
        // Expected when the disk is full: the screen explains it and offers a backup; not a bug.
        console.warn('[diapason] answer kept in memory: storage is full', error);
        this.storageFull = true;
      } else console.error('[diapason] answer not saved', error);
      this.saveStatus[itemId] = 'error';
      unsavedWork.mark(`${this.id}:${itemId}`);
    }
  }

  /** Answers on screen that are not on disk yet, as rows: what a backup made now must include. */
  unsavedAnswers(): AnswerRow[] {
    return [...this.#pending.keys()].flatMap((itemId) => {
      const row = this.answers[itemId];
      return row ? [$state.snapshot(row) as AnswerRow] : [];
    });
  }

  /** Tries again the writes that failed: the answers are still in memory. */
  retry(itemId: string) {
    const change = this.#pending.get(itemId);
    if (change) {
      this.#pending.delete(itemId);
      void this.#save(itemId, change);
    }
  }

  async visit(dimensionId: string) {
    if (this.row && this.row.currentDimension !== dimensionId) {
      this.row.currentDimension = dimensionId;
      // Where to resume is a convenience: a full disk must not turn it into an error on screen.
      await (await loadWrites()).updateAssessment(this.id, { currentDimension: dimensionId }).catch((error: unknown) => {
        if (error instanceof AssessmentGoneError) this.#goneElsewhere();
        else console.warn('[diapason] could not remember the current step', error);
      });
    }
  }

  async complete() {
    if (!this.row || this.row.status === 'completed') return;
    const completedAt = nowIso();
    try {
      await (await loadWrites()).updateAssessment(this.id, { status: 'completed', completedAt });
    } catch (error) {
      if (!(error instanceof AssessmentGoneError)) throw error;
      this.#goneElsewhere();
      return;
    }
    this.row.status = 'completed';
    this.row.completedAt = completedAt;
  }
}
