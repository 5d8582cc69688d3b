/**
 * The respondents of one assessment on screen: who answers, each one's answers (live, as other tabs
 * write them too), the organization's answers and the meeting's agenda (core/respondents.ts).
 */
import { agenda, countDisagreements, proposal, spread, type ItemVoices } from '../../core/respondents.ts';
import type { AnswerValue } from '../../core/answers.ts';
import type { Item, Questionnaire } from '../../core/questionnaire/schema.ts';
import { getAssessment } from '../storage/assessments.ts';
import type { AnswerRow, AssessmentRow } from '../storage/rows.ts';
import type { RespondentAnswerRow, RespondentRow } from '../storage/respondent-rows.ts';
import {
  addRespondent,
  agreeOnAnswer,
  removeRespondent,
  saveRespondentAnswer,
  watchRespondents,
  type RespondentInput,
  type RespondentsView,
} from '../storage/respondents.ts';
import { loadQuestionnaireFor } from '../questionnaires/for-organization.ts';
import type { SaveStatus } from './assessment.svelte.ts';

export { NOTE_MAX_LENGTH } from '../storage/rows.ts';
export { RESPONDENT_LABEL_MAX_LENGTH } from '../storage/respondent-rows.ts';

/** One question of the agenda: each respondent's answer, the spread, the organization's answer. */
export interface AgendaItem extends ItemVoices {
  item: Item;
  /** 1-based, across the whole questionnaire, as on paper. */
  number: number;
  voices: { respondent: RespondentRow; answer: RespondentAnswerRow | undefined }[];
  spread: number;
  proposal: AnswerValue | undefined;
  organization: AnswerRow | undefined;
}

export class RespondentsState {
  row = $state.raw<AssessmentRow | undefined>();
  questionnaire = $state.raw<Questionnaire | undefined>();
  view = $state.raw<RespondentsView | undefined>();
  failure = $state<unknown>();
  /** Each respondent's answers being saved, by `${respondentId}:${itemId}`. */
  saveStatus = $state<Record<string, SaveStatus>>({});
  #stop: (() => void) | undefined;
  /** Changes whose write failed, kept to try again. Bookkeeping only, never rendered. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #failed = new Map<string, { value?: AnswerValue; note?: string }>();

  constructor(readonly id: string) {}

  async load() {
    try {
      const row = await getAssessment(this.id);
      if (!row) throw new Error(`assessment ${this.id} not found`);
      this.questionnaire = await loadQuestionnaireFor(row);
      this.row = row;
      await new Promise<void>((resolve) => {
        this.#stop = watchRespondents(this.id, (view) => {
          this.view = view;
          resolve();
        });
      });
    } catch (error) {
      this.failure = error;
    }
  }

  destroy() {
    this.#stop?.();
  }

  respondents = $derived(this.view?.respondents ?? []);

  /** A respondent's answers by item id. */
  answersOf(respondentId: string): Record<string, RespondentAnswerRow> {
    return Object.fromEntries((this.view?.answers ?? []).filter((a) => a.respondentId === respondentId).map((a) => [a.itemId, a]));
  }

  /** Only the respondents and answers, live (the result screen has its questionnaire already). */
  watch() {
    this.#stop = watchRespondents(this.id, (view) => (this.view = view));
  }

  answeredBy(respondentId: string): number {
    // Built per call, never kept: a plain Set on purpose.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const asked = new Set(this.questionnaire?.items.map((i) => i.id));
    return (this.view?.answers ?? []).filter((a) => a.respondentId === respondentId && a.value !== undefined && asked.has(a.itemId)).length;
  }

  /** Every item any respondent answered, disagreements first (core/respondents.ts agenda). */
  agenda = $derived.by((): AgendaItem[] => {
    const q = this.questionnaire;
    const view = this.view;
    if (!q || !view) return [];
    // Lookups built per read, never kept or mutated: plain Maps on purpose.
    /* eslint-disable svelte/prefer-svelte-reactivity */
    const byKey = new Map(view.answers.map((a) => [`${a.respondentId}:${a.itemId}`, a]));
    const organization = new Map(view.organization.map((a) => [a.itemId, a]));
    /* eslint-enable svelte/prefer-svelte-reactivity */
    const items = q.items.map((item, index): AgendaItem => {
      const voices = view.respondents.map((respondent) => ({ respondent, answer: byKey.get(`${respondent.id}:${item.id}`) }));
      const values = voices.map((v) => v.answer?.value);
      return { itemId: item.id, item, number: index + 1, voices, values, spread: spread(values), proposal: proposal(values), organization: organization.get(item.id) };
    });
    return agenda(items);
  });

  disagreements = $derived(countDisagreements(this.agenda));

  add(input: RespondentInput) {
    return addRespondent(this.id, input);
  }

  remove(respondentId: string) {
    return removeRespondent(this.id, respondentId);
  }

  async answer(respondentId: string, itemId: string, change: { value?: AnswerValue; note?: string }) {
    const key = `${respondentId}:${itemId}`;
    const merged = { ...this.#failed.get(key), ...change };
    this.#failed.delete(key);
    this.saveStatus[key] = 'saving';
    try {
      await saveRespondentAnswer(this.id, respondentId, itemId, merged);
      this.saveStatus[key] = 'saved';
    } catch (error) {
      console.error('[diapason] respondent’s answer not saved', error);
      this.#failed.set(key, merged);
      this.saveStatus[key] = 'error';
    }
  }

  retry(respondentId: string, itemId: string) {
    const change = this.#failed.get(`${respondentId}:${itemId}`);
    if (change) void this.answer(respondentId, itemId, {});
  }

  agree(itemId: string, value: AnswerValue, why: string) {
    return agreeOnAnswer(this.id, itemId, value, why);
  }
}
