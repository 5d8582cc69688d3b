/**
 * A whole board report's input in one call: an organization, a questionnaire from the builders,
 * answers spread over the levels, targets, progress on some actions, and earlier assessments.
 * Used by the PDF unit tests and by `npm run bench` (48 items, three earlier assessments).
 */
import { scoreAssessment } from '../../src/core/scoring.ts';
import { buildPath } from '../../src/core/history.ts';
import { changeSince } from '../../src/core/history.ts';
import { generateRoadmap, resolveTargets, withProgress, type ActionProgress } from '../../src/core/roadmap.ts';
import type { Answer, AnswerValue } from '../../src/core/answers.ts';
import type { Questionnaire } from '../../src/core/questionnaire/schema.ts';
import type { ReportInput } from '../../src/client/report/content.ts';
import { makeAction, makeAnswers, makeQuestionnaire } from './builders.ts';

const DIMENSIONS = [
  ['collecte', 'Collecte des données', 'Data collection'],
  ['usage', 'Usage des données', 'Data usage'],
  ['gouvernance', 'Gouvernance des données', 'Data governance'],
  ['competences', 'Compétences', 'Data skills'],
  ['outils', 'Outils et infrastructure', 'Tools and infrastructure'],
  ['culture', 'Culture et leadership', 'Culture and leadership'],
] as const;

/** Sentences of the length and accents of the real model's text. */
const FR = 'Nous exportons les ventes de billets chaque saison ; l’équipe vérifie les codes postaux et le consentement à l’infolettre : « oui » ou « non » ?';
const EN = 'We export ticket sales every season; the team checks postal codes and newsletter consent: “yes” or “no”?';

export function makeModel(itemsPerDimension = 8, dimensions = 6): Questionnaire {
  const q = makeQuestionnaire(
    DIMENSIONS.slice(0, dimensions).map(([id]) => ({
      id,
      items: itemsPerDimension,
      actions: [makeAction(`${id}-plan`, 3), makeAction(`${id}-outil`, 4, { horizon: '12-24', effort: 'large' })],
    })),
    { title: { fr: 'Maturité des données — œuvres et publics', en: 'Data maturity — works and audiences' } },
  );
  const long = (t: { fr: string; en: string }) => ({ fr: `${t.fr}. ${FR}`, en: `${t.en}. ${EN}` });
  return {
    ...q,
    dimensions: q.dimensions.map((d, i) => ({
      ...d,
      label: { fr: DIMENSIONS[i]![1], en: DIMENSIONS[i]![2] },
      stages: d.stages.map((s) => ({ ...s, description: long(s.description) })),
    })),
    items: q.items.map((item) => ({
      ...item,
      statements: item.statements.map((s) => ({ ...s, text: long(s.text), ...(s.nextStep ? { nextStep: long(s.nextStep) } : {}) })),
    })),
  };
}

/** Levels that vary by item and by assessment, with a few "don't know". */
export function spreadAnswers(q: Questionnaire, shift: number): Answer[] {
  const values: Record<string, AnswerValue> = {};
  q.items.forEach((item, i) => {
    values[item.id] = i % 11 === 5 ? 'dont-know' : (((i * 7 + shift) % 4) + 1 + (shift > 2 ? 1 : 0)) as AnswerValue;
  });
  return makeAnswers(values);
}

export function makeReportInput({
  itemsPerDimension = 8,
  dimensions = 6,
  earlier = 3,
  organizationName = 'Société de musique « Les Cœurs » : l’Été !',
  questionnaire,
}: { itemsPerDimension?: number; dimensions?: number; earlier?: number; organizationName?: string; questionnaire?: Questionnaire } = {}): ReportInput {
  const q = questionnaire ?? makeModel(itemsPerDimension, dimensions);
  const history = Array.from({ length: earlier + 1 }, (_, i) => {
    const answers = spreadAnswers(q, i);
    return {
      assessmentId: `a${i}`,
      completedAt: `${2023 + i}-10-1${i}T15:00:00.000Z`,
      answers,
      score: scoreAssessment(q, answers),
    };
  });
  const current = history.at(-1)!;
  const before = history.at(-2);
  const targets = resolveTargets(current.score);
  const actions = generateRoadmap(q, current.answers, targets);
  const progress: ActionProgress[] = actions.slice(0, 6).map((a, i) => ({
    actionId: a.id,
    owner: ['Julie Bérubé', 'Marc-André Côté', 'Françoise Lœwy'][i % 3]!,
    due: `2027-0${(i % 9) + 1}-15`,
    status: (['todo', 'in-progress', 'done'] as const)[i % 3]!,
    note: 'Voir la salle : « oui » ?',
  }));
  return {
    organizationName,
    questionnaire: q,
    completedAt: current.completedAt,
    generatedAt: '2026-11-21T14:00:00.000Z',
    answers: current.answers,
    score: current.score,
    targets,
    entries: withProgress(actions, progress),
    previous: before && {
      completedAt: before.completedAt,
      version: q.version,
      score: before.score,
      change: changeSince(current.score, before.score),
    },
    path: buildPath(history),
    pathLabels: Object.fromEntries(q.dimensions.map((d) => [d.id, d.label])),
    readiness: {
      outcome: 'almost',
      missing: [
        {
          label: { fr: 'Consentement et base légale', en: 'Consent and legal basis' },
          missing: { fr: 'Le consentement et une base légale pour partager', en: 'Consent and a legal basis to share' },
          essential: true,
          unknown: false,
        },
      ],
    },
  };
}
