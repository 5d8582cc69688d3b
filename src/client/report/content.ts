/**
 * The board report as content: every sentence, in the language chosen for the document, from the
 * assessment, its plan and the organization's history. No jsPDF here (pdf/board-pdf.ts lays this out),
 * so the content is tested on its own and the CSV can share its wording.
 */
import { answerNotes, type AnswerNote } from './answer-notes.ts';
import type { Answer, AnswerValue } from '../../core/answers.ts';
import { biggestMoves, type DimensionChange, type Path } from '../../core/history.ts';
import { planOrder } from '../../core/plan.ts';
import { strengthsAndGaps } from '../../core/outlook.ts';
import { byHorizon, type RoadmapEntry } from '../../core/roadmap.ts';
import { CONFIDENCE_THRESHOLD, type AssessmentScore, type DimensionScore } from '../../core/scoring.ts';
import { LEVELS, type Level, type Questionnaire } from '../../core/questionnaire/schema.ts';
import type { Locale, LocalizedText } from '../../core/text.ts';
import { formatCount, formatDate, formatDelta, formatPercent, formatScore, formatShortDate } from '../i18n/format.ts';
import * as report from '../i18n/report.ts';
import * as resultMessages from '../i18n/result.ts';
import * as roadmapMessages from '../i18n/roadmap.ts';
import * as boardMessages from '../i18n/board.ts';
import * as focusMessages from '../i18n/focus.ts';
import { actionSource } from './source-names.ts';
import * as standingMessages from '../i18n/standing.ts';
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
  /** Plan actions marked done between the previous assessment and this one. */
  actionsDone?: number | undefined;
  /** The inventory's sources by id, named (`sourceNamesOf`), for the actions that point to one. */
  sourceNames?: Record<string, string> | undefined;
  /** Every answer with its note, when the person chose the appendix (the full plan goes with it). */
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

export interface DimensionPage {
  title: string;
  scoreLine: string;
  description: string | undefined;
  /** Why the stage is lower than the score alone would give (a floor not met), as on the result screen. */
  capped: string | undefined;
  facts: string[];
  /** How many practices are at the target, short of it, unknown. */
  outlook: string;
  /** Where its actions are: their numbers in the focus, how many wait in the full plan. */
  plan: string;
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
  /** The inventory's source the action concerns, named; undefined when none. */
  source: string | undefined;
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
  b: typeof boardMessages.fr;
  summary: { rows: SummaryRow[]; changeNote: string; overall: string | undefined };
  /** What moved since the previous assessment (actions done, largest score changes); undefined for a first one. */
  changed: string | undefined;
  /** The 90-day focus, as the plan screen chooses and numbers it. */
  focus: RoadmapRow[];
  dimensions: DimensionPage[];
  path: {
    /** One column per completed assessment, oldest first: its date, version, and whether it breaks comparability. */
    columns: { at: number; date: string; version: string; breaks: boolean }[];
    /** One row per dimension met on the path: a score per column, null where insufficient or absent. */
    series: { dimension: string; scores: (number | null)[] }[];
  };
  /** The full plan for the appendix: the backlog by horizon, then what is done (numbers as on screen). */
  plan: { horizon: string; rows: RoadmapRow[] }[];
  readiness:
    | { title: string; outcome: string; body: string; missingTitle: string; missing: { label: string; text: string }[] }
    | undefined;
  readinessTitle: string;
  /** The legal-obligations checklist, its own section; undefined when the version has none. */
  obligations: ObligationsSection | undefined;
  method: string[];
  /** The notes left with the answers, when the person chose the appendix (the full plan with them). */
  appendix: AnswerNote[] | undefined;
}

/** The floor that holds a dimension's stage down, worded as on the result screen; undefined when none bites. */
function cappedReason(q: Questionnaire, d: DimensionScore, locale: Locale): string | undefined {
  const item = q.items.find((i) => i.id === d.cappedBy?.item);
  if (!d.cappedBy || !item || d.uncappedStage === null || !d.sufficient) return undefined;
  const atLeast = d.cappedBy.atLeast;
  return standingMessages[locale].cappedAt({
    stage: d.cappedBy.maxStage,
    question: item.question[locale],
    // The statement is a sentence; quoted inside ours, it loses its full stop.
    statement: (item.statements.find((x) => x.level === atLeast)?.text[locale] ?? '').replace(/\.$/, ''),
    uncapped: d.uncappedStage,
  });
}

/** How scores are computed, with the file's own stage names and information threshold. */
function methodParagraphs(q: Questionnaire, m: typeof report.fr, locale: Locale): string[] {
  const name = (level: Level) => q.levels.find((l) => l.level === level)?.name[locale] ?? String(level);
  const paragraphs = m
    .methodBody({
      first: name(1),
      last: name(5),
      share: formatPercent(q.sufficiency?.minAnsweredShare ?? CONFIDENCE_THRESHOLD.numerator / CONFIDENCE_THRESHOLD.denominator, locale),
    })
    .split('\n');
  const maxDontKnow = q.sufficiency?.maxDontKnow;
  if (maxDontKnow !== undefined) paragraphs.splice(3, 0, m.methodDontKnow({ n: maxDontKnow }));
  return paragraphs;
}

export function stageLabel(q: Questionnaire, level: Level, locale: Locale): string {
  return `${level} – ${q.levels.find((l) => l.level === level)?.name[locale] ?? ''}`;
}

function shownScore(d: DimensionScore | undefined): number | null {
  return d && d.sufficient ? d.score : null;
}

export function buildBoardReport(input: ReportInput, locale: Locale): BoardReport {
  const m = report[locale];
  const b = boardMessages[locale];
  const r = roadmapMessages[locale];
  const q = input.questionnaire;
  const label = (id: string) => q.dimensions.find((d) => d.id === id)?.label[locale] ?? input.pathLabels[id]?.[locale] ?? id;
  const date = (iso: string) => formatDate(iso, locale);
  const previous = input.previous;
  const changeOf = (id: string) => previous?.change?.find((c) => c.dimensionId === id);
  // The plan as the plan screen shows it: the same focus, the same numbers.
  const order = planOrder(input.entries);
  const planRow = (e: RoadmapEntry): RoadmapRow => ({
    n: order.numbers[e.id] ?? 0,
    text: e.text[locale],
    dimension: label(e.dimensionId),
    effort: effortName(r, e.effort),
    owner: e.progress.owner ?? m.unassigned,
    due: e.progress.due ? date(`${e.progress.due}T12:00:00`) : m.unassigned,
    status: statusName(r, e.progress.status),
    note: e.progress.note ?? '',
    source: actionSource(e, input.sourceNames ?? {}, locale),
  });
  const list = new Intl.ListFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { type: 'conjunction' });

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

  const dimensionPlan = (id: string) => {
    const focused = order.focus.filter((e) => e.dimensionId === id).map((e) => String(order.numbers[e.id]));
    const waiting = order.backlog.filter((e) => e.dimensionId === id).length;
    const parts = [
      ...(focused.length ? [b.inFocus({ n: focused.length, list: list.format(focused) })] : []),
      ...(waiting ? [b.inBacklog({ n: waiting })] : []),
    ];
    return parts.length ? parts.join(' ') : b.noAction;
  };

  const dimensions: DimensionPage[] = q.dimensions.map((dimension) => {
    const d = input.score.dimensions.find((x) => x.dimensionId === dimension.id)!;
    const target = input.targets[dimension.id] ?? 5;
    const outlook = strengthsAndGaps(q, input.answers, dimension.id, target);
    const change = changeOf(dimension.id);
    const facts = [m.dimensionConfidence({ value: formatPercent(d.confidence, locale) })];
    if (d.valued > 0) facts.push(b.spread({ counts: LEVELS.map((level) => formatCount(d.spread[level], locale)).join(' · ') }));
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
      capped: cappedReason(q, d, locale),
      facts,
      outlook: b.outlook({ strengths: outlook.strengths.length, gaps: outlook.gaps.length, unknown: outlook.unknown.length }),
      plan: dimensionPlan(dimension.id),
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

  const plan = [
    ...byHorizon(order.backlog).map((group) => ({ horizon: horizonName(r, group.horizon), rows: group.entries.map(planRow) })),
    { horizon: b.planDone, rows: order.done.map(planRow) },
  ];

  const fo = focusMessages[locale];
  const moves = previous?.change ? biggestMoves(previous.change) : [];
  const changedParts = [
    ...(input.actionsDone ? [fo.plannedSince({ n: input.actionsDone })] : []),
    ...moves.map((c) => fo.moved({ dimension: label(c.dimensionId), before: formatScore(c.before ?? 0, locale), after: formatScore(c.after ?? 0, locale) })),
  ];
  const changed = !previous ? undefined : changedParts.length ? `${changedParts.join(fo.movedSeparator)}.` : b.changedNothing;

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
    b,
    title: m.coverTitle,
    organization: input.organizationName,
    footer: m.footer({ organization: input.organizationName, date: date(input.completedAt) }),
    cover: [
      m.coverAssessed({ date: date(input.completedAt) }),
      m.coverQuestionnaire({ title: q.title[locale], version: q.version }),
    ],
    stagesLegend: m.stagesLegend({ stages: q.levels.map((l) => `${l.level} ${l.name[locale]}`).join(' · ') }),
    coverNotes: [m.coverProduced({ date: date(input.generatedAt) }), m.coverPrivacy],
    summary: {
      rows,
      changeNote,
      overall: input.score.overall !== null ? m.overall({ score: formatScore(input.score.overall, locale) }) : undefined,
    },
    changed,
    focus: order.focus.map(planRow),
    dimensions,
    path,
    plan,
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
    method: methodParagraphs(q, m, locale),
    appendix: input.answerNotes && answerNotes(input.questionnaire, input.answerNotes, locale),
  };
}
