/**
 * Builders for tests: a valid questionnaire or answer set in one line, with only what the test is
 * about spelled out.
 */
import type { Answer, AnswerValue } from '../../src/core/answers.ts';
import type { SalesMode } from '../../src/core/profile.ts';
import type {
  DimensionAction,
  Floor,
  ItemVariant,
  Item,
  Level,
  Questionnaire,
  ReadinessCriterion,
  Statement,
} from '../../src/core/questionnaire/schema.ts';
import { LEVELS } from '../../src/core/questionnaire/schema.ts';

const text = (fr: string, en: string = fr) => ({ fr, en });

export interface DimensionSpec {
  id: string;
  /** Item count, or one spec per item. */
  items: number | ItemSpec[];
  /** Roadmap actions of the dimension, per target stage. */
  actions?: DimensionAction[];
  /** Stage caps: `{ item: 'collecte-1', atLeast: 3, maxStage: 2 }`. */
  floors?: Floor[];
}
export interface ItemSpec {
  id?: string;
  weight?: number;
  notApplicable?: boolean;
  /** Asked only of organizations selling in one of these ways. */
  appliesWhen?: SalesMode[];
  variants?: ItemVariant[];
}

function statement(itemId: string, level: Level): Statement {
  const base: Statement = { level, text: text(`${itemId} énoncé ${level}`, `${itemId} statement ${level}`) };
  if (level === 5) return base;
  return {
    ...base,
    nextStep: text(`${itemId} prochaine étape ${level}`, `${itemId} next step ${level}`),
    effort: level <= 2 ? 'small' : 'medium',
    horizon: level <= 2 ? '0-3' : '3-12',
  };
}

export function makeItem(id: string, dimension: string, spec: ItemSpec = {}): Item {
  return {
    id,
    dimension,
    ...(spec.weight !== undefined ? { weight: spec.weight } : {}),
    question: text(`Question ${id} ?`, `Question ${id}?`),
    help: text(`Aide ${id}`, `Help ${id}`),
    ...(spec.notApplicable ? { notApplicable: { reason: text('Raison', 'Reason') } } : {}),
    ...(spec.appliesWhen ? { appliesWhen: { salesModes: spec.appliesWhen } } : {}),
    ...(spec.variants ? { variants: spec.variants } : {}),
    statements: LEVELS.map((level) => statement(id, level)),
  };
}

export function makeQuestionnaire(
  dimensions: DimensionSpec[] = [
    { id: 'collecte', items: 3 },
    { id: 'usage', items: 3 },
  ],
  overrides: Partial<Questionnaire> = {},
): Questionnaire {
  const items: Item[] = [];
  for (const d of dimensions) {
    const specs: ItemSpec[] = typeof d.items === 'number' ? Array.from({ length: d.items }, () => ({})) : d.items;
    specs.forEach((spec, i) => items.push(makeItem(spec.id ?? `${d.id}-${i + 1}`, d.id, spec)));
  }
  return {
    id: 'test-questionnaire',
    version: '1.0.0',
    title: text('Questionnaire de test', 'Test questionnaire'),
    description: text('Pour les tests', 'For tests'),
    levels: LEVELS.map((level) => ({ level, name: text(`Niveau ${level}`, `Level ${level}`) })),
    dimensions: dimensions.map((d) => ({
      id: d.id,
      label: text(`Dimension ${d.id}`),
      description: text(`Description ${d.id}`),
      stages: LEVELS.map((level) => ({ level, description: text(`${d.id} stade ${level}`, `${d.id} stage ${level}`) })),
      ...(d.actions ? { actions: d.actions } : {}),
      ...(d.floors ? { floors: d.floors } : {}),
    })),
    items,
    ...overrides,
  };
}

/** Answers by item id: `makeAnswers({ 'collecte-1': 3, 'collecte-2': 'dont-know' })`. */
export function makeAnswers(values: Record<string, AnswerValue>): Answer[] {
  return Object.entries(values).map(([itemId, value]) => ({ itemId, value }));
}

/** A dimension action: `makeAction('plan', 3)` helps reach stage 3. */
export function makeAction(id: string, targetStage: Level, spec: Partial<DimensionAction> = {}): DimensionAction {
  return {
    id,
    targetStage,
    text: text(`Action ${id} (stade ${targetStage})`, `Action ${id} (stage ${targetStage})`),
    effort: 'medium',
    horizon: '3-12',
    ...spec,
  };
}

/**
 * A readiness criterion: `criterion('acces', [['collecte-1', 3]], { essential: true })`.
 * Each pair is an item id and the lowest level that meets it.
 */
export function criterion(
  id: string,
  requires: [item: string, atLeast: Level][],
  options: { essential?: boolean; match?: 'all' | 'any' } = {},
): ReadinessCriterion {
  return {
    id,
    label: text(`Critère ${id}`, `Criterion ${id}`),
    missing: text(`Il manque ${id}`, `Missing ${id}`),
    ...(options.essential !== undefined ? { essential: options.essential } : {}),
    ...(options.match ? { match: options.match } : {}),
    requires: requires.map(([item, atLeast]) => ({ item, atLeast })),
  };
}

/** A questionnaire with a readiness checklist over its items. */
export function withReadiness(
  questionnaire: Questionnaire,
  criteria: ReadinessCriterion[],
  almostMaxMissing = 2,
): Questionnaire {
  return { ...questionnaire, readiness: { almostMaxMissing, criteria } };
}
