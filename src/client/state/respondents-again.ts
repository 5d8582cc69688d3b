/**
 * The next assessment can invite the same respondents as the one it carried over from: each one's
 * answers carry over along the same path as the organization's (state/carry-over.ts), to confirm.
 */
import { carryAnswers } from '../../core/carry-over.ts';
import { getAssessment } from '../storage/assessments.ts';
import { getRespondentAnswers, inviteAgain, listRespondents, type InvitedAgain } from '../storage/respondents.ts';
import type { AssessmentRow } from '../storage/rows.ts';
import type { RespondentRow } from '../storage/respondent-rows.ts';
import { carriedPart, carryPath } from './carry-over.ts';

export interface Previous {
  source: AssessmentRow;
  /** Its respondents not here yet (by label). */
  respondents: RespondentRow[];
}

/** The earlier assessment this one carried over from, and its respondents not invited here yet. */
export async function previousRespondents(row: AssessmentRow, here: readonly RespondentRow[]): Promise<Previous | undefined> {
  const sourceId = row.carriedFrom?.assessmentId;
  const source = sourceId ? await getAssessment(sourceId) : undefined;
  if (!source) return undefined;
  const taken = new Set(here.map((r) => r.label.toLocaleLowerCase()));
  const respondents = (await listRespondents(source.id)).filter((r) => !taken.has(r.label.toLocaleLowerCase()));
  return respondents.length ? { source, respondents } : undefined;
}

/** Invites them here, each with their answers carried over. */
export async function invitePrevious(row: AssessmentRow, previous: Previous): Promise<void> {
  const path = (await carryPath(previous.source, row)) ?? [];
  const answers = await getRespondentAnswers(previous.source.id);
  const invited: InvitedAgain[] = previous.respondents.map((r) => ({
    label: r.label,
    ...(r.name ? { name: r.name } : {}),
    carriedFrom: r.id,
    answers: carryAnswers(path, answers.filter((a) => a.respondentId === r.id).map(carriedPart)),
  }));
  await inviteAgain(row.id, invited);
}
