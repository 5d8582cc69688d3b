/**
 * The board report as content: every sentence, in the language chosen for the document, from the
 * assessment, its plan and the organization's history. No jsPDF here (pdf/board-pdf.ts lays this out),
 * so the content is tested on its own and the CSV can share its wording.
 */
import { answerNotes, type AnswerNote } from './answer-notes.ts';
import type { Answer, AnswerValue } from '../../core/answers.ts';
import type { DimensionChange, Path } from '../../core/history.ts';
import { strengthsAndGaps } from '../../core/outlook.ts';
import { byHorizon, type RoadmapEntry } from '../../core/roadmap.ts';
import type { AssessmentScore, DimensionScore } from '../../core/scoring.ts';
import type { Level, Questionnaire } from '../../core/questionnaire/schema.ts';
import type { Locale, LocalizedText } from '../../core/text.ts';
import { formatDate, formatDelta, formatPercent, formatScore, formatShortDate } from '../i18n/format.ts';
import * as report from '../i18n/report.ts';
import * as resultMessages from '../i18n/result.ts';
import * as roadmapMessages from '../i18n/roadmap.ts';
import * as respondentsMessages from '../i18n/respondents.ts';
import { effortName, horizonName, statusName } from './labels.ts';
import { obligationsSection, type ObligationsSection } from './obligations.ts';

/** Pooling readiness as the report shows it, from core's readiness checklist (./readiness.ts). */
export interface ReadinessView {
  outcome: 'ready' | 'almost' | 'not-yet';
  /** The criteria not met yet, in the checklist's order. */
  missing: { label: LocalizedText; missing: LocalizedText; essential: boolean; unknown: boolean }[];
}

export interface PreviousAssessment {
  completedAt: string;
  version: string;
  score: AssessmentScore;
  /** Null when its questionnaire version is not comparable with this one. */
  change: DimensionChange[] | null;
}

export interface ReportInput {
  organizationName: string;
  questionnaire: Questionnaire;
  completedAt: string;
  /** When the document is produced (the caller reads the clock). */
  generatedAt: string;
  answers: Answer[];
  score: AssessmentScore;
  targets: Record<string, Level>;
  entries: RoadmapEntry[];
  previous?: PreviousAssessment | undefined;
  path: Path;
  /** Dimension names across every version met on the path. */
  pathLabels: Record<string, LocalizedText>;
  /** Undefined while the questionnaire has no readiness checklist. */
  readiness?: ReadinessView | undefined;
  /** When several people answered (core/respondents.ts): how many, and answers still proposed. */
  respondents?: { answered: number; proposals: number } | undefined;
  /** Every answer with its note, when the person chose the appendix. */
  answerNotes?: { itemId: string; value?: AnswerValue; note?: string }[] | undefined;
}

export interface SummaryRow {
  dimension: string;
  score: number | null;
  before: number | null;
  target: Level;
  scoreText: string;
  stageText: string;
  changeText: string;
  targetText: string;
}

export interface ActionLine {
  text: string;
  meta: string;
}

export interface DimensionPage {
  title: string;
  scoreLine: string;
  description: string | undefined;
  facts: string[];
  strengths: string[];
  gaps: { text: string; next: string | undefined }[];
  unknown: string[];
  actions: ActionLine[];
}

export interface RoadmapRow {
  n: number;
  text: string;
  dimension: string;
  effort: string;
  owner: string;
  due: string;
  status: string;
  note: string;
}

export interface BoardReport {
  locale: Locale;
  m: typeof report.fr;
  title: string;
  organization: string;
  footer: string;
  cover: string[];
  coverNotes: string[];
  /** "Stages: 1 Initial · 2 Emerging · …", under the profile chart. */
  stagesLegend: string;
  summary: { rows: SummaryRow[]; changeNote: string; overall: string | undefined; priorities: ActionLine[] };
  dimensions: DimensionPage[];
  path: {
    /** One column per completed assessment, oldest first: its date, version, and whether it breaks comparability. */
    columns: { at: number; date: string; version: string; breaks: boolean }[];
    /** One row per dimension met on the path: a score per column, null where insufficient or absent. */
    series: { dimension: string; scores: (number | null)[] }[];
  };
  roadmap: { horizon: string; rows: RoadmapRow[] }[];
  readiness:
    | { title: string; outcome: string; body: string; missingTitle: string; missing: { label: string; text: string }[] }
    | undefined;
  readinessTitle: string;
  /** The legal-obligations checklist, its own section; undefined when the version has none. */
  obligations: ObligationsSection | undefined;
  method: string[];
  /** The notes left with the answers, when the person chose the appendix. */
  appendix: AnswerNote[] | undefined;
}

export function stageLabel(q: Questionnaire, level: Level, locale: Locale): string {
  return `${level} – ${q.levels.find((l) => l.level === level)?.name[locale] ?? ''}`;
}

function shownScore(d: DimensionScore | undefined): number | null {
  return d && d.sufficient ? d.score : null;
}

export function buildBoardReport(input: ReportInput, locale: Locale): BoardReport {
  const m = report[locale];
  const r = roadmapMessages[locale];
  const q = input.questionnaire;
  const label = (id: string) => q.dimensions.find((d) => d.id === id)?.label[locale] ?? input.pathLabels[id]?.[locale] ?? id;
  const date = (iso: string) => formatDate(iso, locale);
  const previous = input.previous;
  const changeOf = (id: string) => previous?.change?.find((c) => c.dimensionId === id);
  const actionMeta = (e: RoadmapEntry) =>
    m.priorityMeta({ dimension: label(e.dimensionId), horizon: horizonName(r, e.horizon, true), effort: effortName(r, e.effort) });
  // On a dimension's own page its name would only repeat the heading.
  const actionMetaShort = (e: RoadmapEntry) =>
    m.actionMeta({ horizon: horizonName(r, e.horizon, true), effort: effortName(r, e.effort) });

  const rows: SummaryRow[] = input.score.dimensions.map((d) => {
    const change = changeOf(d.dimensionId);
    const target = input.targets[d.dimensionId] ?? 5;
    return {
      dimension: label(d.dimensionId),
      score: shownScore(d),
      before: change?.before ?? null,
      target,
      scoreText: d.sufficient && d.score !== null ? formatScore(d.score, locale) : '',
      stageText: d.stage !== null ? stageLabel(q, d.stage, locale) : m.insufficient,
      changeText: change?.delta != null ? formatDelta(change.delta, locale) : m.unassigned,
      targetText: stageLabel(q, target, locale),
    };
  });

  const changeNote = !previous
    ? m.firstAssessment
    : previous.change
      ? m.changeSince({ date: date(previous.completedAt) })
      : m.notComparable({ date: date(previous.completedAt), version: previous.version });

  const dimensions: DimensionPage[] = q.dimensions.map((dimension) => {
    const d = input.score.dimensions.find((x) => x.dimensionId === dimension.id)!;
    const target = input.targets[dimension.id] ?? 5;
    const outlook = strengthsAndGaps(q, input.answers, dimension.id, target);
    const change = changeOf(dimension.id);
    const facts = [m.dimensionConfidence({ value: formatPercent(d.confidence, locale) })];
    if (d.nextStageCoverage !== null && d.stage !== null) {
      facts.push(m.dimensionCoverage({ level: d.stage + 1, share: formatPercent(d.nextStageCoverage, locale) }));
    }
    facts.push(m.dimensionTarget({ stage: stageLabel(q, target, locale) }));
    if (change?.delta != null && previous) {
      facts.push(m.dimensionChange({ delta: formatDelta(change.delta, locale), date: date(previous.completedAt) }));
    }
    return {
      title: dimension.label[locale],
      scoreLine:
        d.sufficient && d.score !== null && d.stage !== null
          ? m.dimensionScore({ score: formatScore(d.score, locale), stage: stageLabel(q, d.stage, locale) })
          : m.dimensionInsufficient,
      description: d.stage !== null ? dimension.stages.find((s) => s.level === d.stage)?.description[locale] : undefined,
      facts,
      strengths: outlook.strengths.map((s) => s.statement.text[locale]),
      gaps: outlook.gaps.map((g) => ({ text: g.statement.text[locale], next: g.statement.nextStep?.[locale] })),
      unknown: outlook.unknown.map((item) => item.question[locale]),
      actions: input.entries
        .filter((e) => e.dimensionId === dimension.id)
        .map((e) => ({ text: e.text[locale], meta: actionMetaShort(e) })),
    };
  });

  const points = input.path.points;
  const path = {
    columns: points.map((p) => ({
      at: p.at,
      date: formatShortDate(p.completedAt, locale),
      version: p.version,
      breaks: !p.comparableWithPrevious,
    })),
    series: input.path.dimensionIds.map((id) => ({
      dimension: label(id),
      scores: points.map((p) => p.scores[id]?.score ?? null),
    })),
  };

  let n = 0;
  const numbered = new Map(input.entries.map((e) => [e.id, ++n]));
  const roadmap = byHorizon(input.entries).map((group) => ({
    horizon: horizonName(r, group.horizon),
    rows: group.entries.map((e) => ({
      n: numbered.get(e.id) ?? 0,
      text: e.text[locale],
      dimension: label(e.dimensionId),
      effort: effortName(r, e.effort),
      owner: e.progress.owner ?? m.unassigned,
      due: e.progress.due ? date(`${e.progress.due}T12:00:00`) : m.unassigned,
      status: statusName(r, e.progress.status),
      note: e.progress.note ?? '',
    })),
  }));

  // Readiness is worded as on the result screen: one catalog for both.
  const rm = resultMessages[locale];
  const outcomes = {
    ready: [rm.readinessReady, rm.readinessReadyBody],
    almost: [rm.readinessAlmost, rm.readinessAlmostBody],
    'not-yet': [rm.readinessNotYet, rm.readinessNotYetBody],
  } as const;
  return {
    locale,
    m,
    title: m.coverTitle,
    organization: input.organizationName,
    footer: m.footer({ organization: input.organizationName, date: date(input.completedAt) }),
    cover: [
      m.coverAssessed({ date: date(input.completedAt) }),
      m.coverQuestionnaire({ title: q.title[locale], version: q.version }),
      // Said on the cover: a board reads a score differently when several people stand behind it.
      ...(input.respondents?.answered ? [respondentsMessages[locale].peopleAnswered({ n: input.respondents.answered })] : []),
      ...(input.respondents?.proposals ? [respondentsMessages[locale].resultProposal({ n: input.respondents.proposals })] : []),
    ],
    stagesLegend: m.stagesLegend({ stages: q.levels.map((l) => `${l.level} ${l.name[locale]}`).join(' · ') }),
    coverNotes: [m.coverProduced({ date: date(input.generatedAt) }), m.coverPrivacy],
    summary: {
      rows,
      changeNote,
      overall: input.score.overall !== null ? m.overall({ score: formatScore(input.score.overall, locale) }) : undefined,
      priorities: input.entries.slice(0, 5).map((e) => ({ text: e.text[locale], meta: actionMeta(e) })),
    },
    dimensions,
    path,
    roadmap,
    readiness: input.readiness
      ? {
          title: rm.readinessTitle,
          outcome: `${rm.readinessResult} ${outcomes[input.readiness.outcome][0]}`,
          body: outcomes[input.readiness.outcome][1],
          missingTitle: rm.readinessMissing,
          missing: input.readiness.missing.map((c) => ({
            label: c.essential ? `${c.label[locale]} (${rm.readinessEssential})` : c.label[locale],
            text: c.unknown ? `${c.missing[locale]} ${rm.readinessUnknown}` : c.missing[locale],
          })),
        }
      : undefined,
    readinessTitle: rm.readinessTitle,
    obligations: obligationsSection(q, input.answers, locale),
    method: m.methodBody.split('\n'),
    appendix: input.answerNotes && answerNotes(input.questionnaire, input.answerNotes, locale),
  };
}
