/**
 * Starting an assessment from the organization's last one: its answers, carried over to the version
 * the new assessment uses (core/carry-over.ts), each marked to confirm. And what the questionnaire
 * screen says about it.
 */
import { carryAnswers, carryOverPath, scoresComparable, type CarriedAnswer } from '../../core/carry-over.ts';
import type { AnswerValue } from '../../core/answers.ts';
import { carryTargets } from '../../core/plan.ts';
import type { LocalizedText } from '../../core/text.ts';
import type { Questionnaire, QuestionnaireRef } from '../../core/questionnaire/schema.ts';
import { loadVersions } from '../questionnaires/catalog.ts';
import type { CarriedAnswers } from '../storage/assessments.ts';
import { getAnswers, getAssessment, listAssessments } from '../storage/first-reads.ts';
import type { AssessmentRow } from '../storage/rows.ts';
import { byTimestamp } from '../../core/timestamps.ts';

/** The organization's most recently completed assessment on that questionnaire, if any. */
async function lastCompleted(organizationId: string, questionnaireId: string): Promise<AssessmentRow | undefined> {
  const rows = (await listAssessments(organizationId)).filter((r) => r.status === 'completed' && r.questionnaireId === questionnaireId);
  return rows.sort(byTimestamp((row) => row.completedAt ?? row.updatedAt)).at(-1);
}

/** What of a stored answer carries over: its value and its note. */
export function carriedPart(a: { itemId: string; value?: AnswerValue; note?: string }): CarriedAnswer {
  return { itemId: a.itemId, ...(a.value !== undefined ? { value: a.value } : {}), ...(a.note !== undefined ? { note: a.note } : {}) };
}

/**
 * The versions an answer of `source` goes through to reach `target`: the organization's and each
 * respondent's answers carry along the same path. Undefined when there is none.
 */
export async function carryPath(source: QuestionnaireRef, target: QuestionnaireRef): Promise<Questionnaire[] | undefined> {
  if (source.questionnaireId !== target.questionnaireId) {
    // From a taster (a questionnaire whose file `leadsTo` the target): the items they share.
    const [full] = await loadVersions(target.questionnaireId, { from: target.version, to: target.version });
    return full ? [full] : undefined;
  }
  const between = { from: source.version, to: target.version };
  return carryOverPath(await loadVersions(target.questionnaireId, between), source.version, target.version);
}

/** The answers a new assessment on `target` starts with; undefined when there is nothing to carry. */
export async function answersToCarry(organizationId: string, target: QuestionnaireRef): Promise<CarriedAnswers | undefined> {
  const source = await lastCompleted(organizationId, target.questionnaireId);
  if (!source) return undefined;
  const path = await carryPath(source, target);
  if (!path) return undefined;
  const answers = carryAnswers(path, (await getAnswers(source.id)).map(carriedPart));
  // Targets carry too (core/plan.ts): the ones set last time, else the ones it had carried.
  const last = path.at(-1);
  const targets = last ? carryTargets(last, { ...source.carriedTargets, ...source.targets }) : {};
  return answers.length || Object.keys(targets).length
    ? { from: { assessmentId: source.id, version: source.version }, answers, targets }
    : undefined;
}

/**
 * The answers a full assessment on `target` starts with, from a taster (a questionnaire whose file
 * `leadsTo` it): those to the items they share, each to confirm.
 */
export async function tasterAnswersToCarry(taster: AssessmentRow, target: QuestionnaireRef): Promise<CarriedAnswers | undefined> {
  const path = await carryPath(taster, target);
  if (!path) return undefined;
  const answers = carryAnswers(path, (await getAnswers(taster.id)).map(carriedPart));
  return answers.length ? { from: { assessmentId: taster.id, version: taster.version }, answers } : undefined;
}

export interface CarryOverInfo {
  /** How many answers the assessment started with. */
  answers: number;
  /** When the assessment the answers come from was completed (or last changed). */
  fromDate: string;
  fromVersion: string;
  toVersion: string;
  /** What changed between the versions, one summary per step; empty for the same version. */
  summaries: LocalizedText[];
  comparable: boolean;
}

export async function carryOverInfo(row: AssessmentRow): Promise<CarryOverInfo | undefined> {
  // Only targets carried: nothing to confirm, nothing to say on the questionnaire screen.
  if (!row.carriedFrom?.answers) return undefined;
  const source = await getAssessment(row.carriedFrom.assessmentId);
  if (source && source.questionnaireId !== row.questionnaireId) {
    // From a taster: the same items, the same statements; no version of this questionnaire to explain.
    const fromDate = source.completedAt ?? source.updatedAt;
    return { answers: row.carriedFrom.answers, fromDate, fromVersion: row.version, toVersion: row.version, summaries: [], comparable: true };
  }
  const between = { from: row.carriedFrom.version, to: row.version };
  const path = carryOverPath(await loadVersions(row.questionnaireId, between), row.carriedFrom.version, row.version) ?? [];
  return {
    answers: row.carriedFrom.answers,
    fromDate: source?.completedAt ?? source?.updatedAt ?? row.startedAt,
    fromVersion: row.carriedFrom.version,
    toVersion: row.version,
    summaries: path.slice(1).flatMap((q) => (q.carryOver ? [q.carryOver.summary] : [])),
    comparable: scoresComparable(path),
  };
}
