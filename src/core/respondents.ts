/**
 * Several respondents, one answer: how the answers of several people on one assessment become the
 * organization's answer, and where they disagree. Pure functions; storage and screens sit on top.
 *
 * Design
 * - An assessment may have respondents (a label such as "Direction", a name if the person wants one).
 *   Each respondent's answers are stored beside the organization's answers, never instead of them
 *   (storage: `respondents` and `respondentAnswers`, Dexie version 6, backup format 5).
 * - The organization's answer stays the one row per item that scoring, sync, the plan and every export
 *   already read, so none of them changes. While the group has not agreed on an item, that row holds
 *   the proposal made here from the respondents' answers (`proposal`), rewritten as they answer; once
 *   the coordinator agrees (confirms the proposal or picks another level, and may write why), the row
 *   is marked agreed and no respondent's later answer moves it.
 * - The result says "proposal" as long as one item answered by respondents is not agreed.
 * - Answers travel between laptops as invitation and response files, checked like backups.
 * - Nothing of it leaves the laptop: only the organization's (agreed) answers are ever shared, as before.
 */
import { DONT_KNOW, isLevel, NOT_APPLICABLE, type Answer, type AnswerValue } from './answers.ts';
import type { Level, Questionnaire } from './questionnaire/schema.ts';
import { scoreAssessment } from './scoring.ts';

/** Two levels apart or more: the group should talk about the item before agreeing. */
export const DISAGREEMENT_GAP = 2;

type Value = AnswerValue | undefined;

const levelsOf = (values: readonly Value[]): Level[] => values.filter(isLevel).sort((a, b) => a - b);

/**
 * What the app proposes as the organization's answer: the median of the levels given. With an even
 * number of levels the lower of the two middle ones, on purpose: a self-assessment tends to flatter,
 * and a level the group has to argue up is better than one it has to argue down. Respondents who
 * answered "don't know" or "not applicable" do not pull the median; if nobody gave a level, the group
 * does not know ("don't know" if anyone said so, else "not applicable"). Undefined if nobody answered.
 */
export function proposal(values: readonly Value[]): AnswerValue | undefined {
  const levels = levelsOf(values);
  if (levels.length) return levels[Math.floor((levels.length - 1) / 2)];
  if (values.includes(DONT_KNOW)) return DONT_KNOW;
  if (values.includes(NOT_APPLICABLE)) return NOT_APPLICABLE;
  return undefined;
}

/** Highest level minus lowest among the levels given; 0 with fewer than two. */
export function spread(values: readonly Value[]): number {
  const levels = levelsOf(values);
  return levels.length < 2 ? 0 : levels[levels.length - 1]! - levels[0]!;
}

export function disagrees(values: readonly Value[]): boolean {
  return spread(values) >= DISAGREEMENT_GAP;
}

/**
 * Where an item stands: nobody answered it yet, the organization's answer is the app's proposal, or the
 * group agreed on it.
 */
export type AgreementState = 'unanswered' | 'proposal' | 'agreed';

export function agreementState(values: readonly Value[], agreed: boolean): AgreementState {
  if (agreed) return 'agreed';
  return proposal(values) === undefined ? 'unanswered' : 'proposal';
}

export interface ItemVoices {
  itemId: string;
  /** Each respondent's answer, in the respondents' order (undefined: not answered). */
  values: readonly Value[];
}

/**
 * The meeting's agenda: items two levels apart or more first, the widest gap first; then the others,
 * each group in questionnaire order (the order of `items`). Items nobody answered are left out.
 */
export function agenda<T extends ItemVoices>(items: readonly T[]): T[] {
  const answered = items.map((item, index) => ({ item, index, gap: spread(item.values) })).filter(({ item }) => item.values.some((v) => v !== undefined));
  const rank = (gap: number) => (gap >= DISAGREEMENT_GAP ? gap : 0);
  return answered.sort((a, b) => rank(b.gap) - rank(a.gap) || a.index - b.index).map(({ item }) => item);
}

/** How many items need the group to talk (two levels apart or more). */
export function countDisagreements(items: readonly ItemVoices[]): number {
  return items.filter((item) => disagrees(item.values)).length;
}

/** The range of respondents' scores on one dimension (undefined: fewer than one score). */
export function scoreRange(scores: readonly (number | undefined)[]): { min: number; max: number } | undefined {
  const known = scores.filter((s): s is number => s !== undefined);
  if (!known.length) return undefined;
  return { min: Math.min(...known), max: Math.max(...known) };
}

/**
 * Per dimension, the range of the respondents' own scores, each respondent scored alone exactly as the
 * organization is (core/scoring.ts). Only a score with enough information counts, as on the result:
 * a respondent who skipped most of a dimension does not widen its range. Undefined for a dimension no
 * respondent scored.
 */
export function dimensionRanges(
  questionnaire: Questionnaire,
  respondentsAnswers: readonly (readonly Answer[])[],
): Record<string, { min: number; max: number; respondents: number } | undefined> {
  const scores = respondentsAnswers.map((answers) => scoreAssessment(questionnaire, answers));
  return Object.fromEntries(
    questionnaire.dimensions.map((d) => {
      const values = scores.map((s) => s.dimensions.find((x) => x.dimensionId === d.id)).map((x) => (x?.sufficient ? (x.score ?? undefined) : undefined));
      const range = scoreRange(values);
      return [d.id, range && { ...range, respondents: values.filter((v) => v !== undefined).length }];
    }),
  );
}

/**
 * What the result and the board PDF say about the respondents: how many answered at least one question
 * asked, and how many of the organization's answers are still the app's proposal (a question some
 * respondent answered that the group has not agreed on).
 */
export function respondentsSummary(
  askedItemIds: readonly string[],
  answers: readonly { respondentId: string; itemId: string; value?: AnswerValue | undefined }[],
  agreedItemIds: readonly string[],
): { answered: number; proposals: number } {
  const asked = new Set(askedItemIds);
  const given = answers.filter((a) => a.value !== undefined && asked.has(a.itemId));
  const agreed = new Set(agreedItemIds);
  return {
    answered: new Set(given.map((a) => a.respondentId)).size,
    proposals: new Set(given.map((a) => a.itemId).filter((id) => !agreed.has(id))).size,
  };
}
