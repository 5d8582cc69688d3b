/**
 * A whole questionnaire as a committee reads it on paper: every dimension in the file's order of
 * dimensions, each with its stages and its items (numbered as a respondent meets them, ./schema.ts
 * `itemNumbers`), each item with its help and its statement per level, the next step of each with
 * its effort and horizon, then the dimension's own actions, then readiness and obligations when the
 * file has them. Text is picked in one language; the drawing (the listing PDF) names efforts and
 * horizons in that language itself.
 */
import { SALES_MODE_LABELS, type SalesMode } from '../profile.ts';
import type { Locale, LocalizedText } from '../text.ts';
import { itemNumbers, itemsOf, type Effort, type Horizon, type Level, type Questionnaire } from './schema.ts';

export interface ListingStatement {
  level: Level;
  /** The level's name (the file's `levels`), e.g. "Ad hoc". */
  stage: string;
  text: string;
  nextStep?: { text: string; effort?: Effort; horizon?: Horizon };
}

export interface ListingItem {
  /** As a respondent meets it: dimension by dimension. */
  number: number;
  id: string;
  question: string;
  help: string;
  weight: number;
  /** Why "not applicable" is offered, when it is. */
  notApplicable?: string;
  /** The sales modes (named) an item is asked of, when it is not asked of everyone. */
  appliesTo?: string[];
  /** Other wordings, each for the organizations that sell in one of these ways. */
  variants: { salesModes: string[]; question?: string; help?: string }[];
  statements: ListingStatement[];
}

export interface ListingAction {
  id: string;
  targetStage: Level;
  stage: string;
  text: string;
  effort: Effort;
  horizon: Horizon;
}

export interface ListingDimension {
  number: number;
  id: string;
  label: string;
  description: string;
  stages: { level: Level; name: string; description: string }[];
  items: ListingItem[];
  actions: ListingAction[];
  /** "Stage at most N while item #k is below level L", said with numbers; the drawing words it. */
  floors: { item: number; atLeast: Level; maxStage: Level }[];
}

export interface ListingCriterion {
  id: string;
  label: string;
  missing: string;
  essential: boolean;
  match: 'all' | 'any';
  /** Each condition names the item by its number and its question. */
  requires: { item: number; question: string; atLeast: Level }[];
}

export interface Listing {
  locale: Locale;
  id: string;
  version: string;
  title: string;
  description: string;
  stages: { level: Level; name: string }[];
  itemCount: number;
  dimensions: ListingDimension[];
  readiness?: { almostMaxMissing: number; criteria: ListingCriterion[] };
  obligations?: { title: string; description: string; criteria: ListingCriterion[] };
}

export function buildListing(q: Questionnaire, locale: Locale): Listing {
  const numbers = itemNumbers(q);
  const stageName = (level: Level) => q.levels.find((l) => l.level === level)?.name[locale] ?? String(level);
  const salesModes = (modes: readonly SalesMode[]) => modes.map((mode) => SALES_MODE_LABELS[mode][locale]);
  const questionOf = new Map(q.items.map((item) => [item.id, item.question[locale]]));
  const criterion = (c: {
    id: string;
    label: LocalizedText;
    missing: LocalizedText;
    essential?: boolean;
    match?: 'all' | 'any';
    requires: { item: string; atLeast: Level }[];
  }): ListingCriterion => ({
    id: c.id,
    label: c.label[locale],
    missing: c.missing[locale],
    essential: c.essential ?? false,
    match: c.match ?? 'all',
    requires: c.requires.map((r) => ({ item: numbers.get(r.item) ?? 0, question: questionOf.get(r.item) ?? r.item, atLeast: r.atLeast })),
  });

  const dimensions = q.dimensions.map((d, i): ListingDimension => ({
    number: i + 1,
    id: d.id,
    label: d.label[locale],
    description: d.description[locale],
    stages: [...d.stages].sort((a, b) => a.level - b.level).map((s) => ({ level: s.level, name: stageName(s.level), description: s.description[locale] })),
    items: itemsOf(q, d.id).map((item) => ({
      number: numbers.get(item.id) ?? 0,
      id: item.id,
      question: item.question[locale],
      help: item.help[locale],
      weight: item.weight ?? 1,
      ...(item.notApplicable ? { notApplicable: item.notApplicable.reason[locale] } : {}),
      ...(item.appliesWhen ? { appliesTo: salesModes(item.appliesWhen.salesModes) } : {}),
      variants: (item.variants ?? []).map((v) => ({
        salesModes: salesModes(v.when.salesModes),
        ...(v.question ? { question: v.question[locale] } : {}),
        ...(v.help ? { help: v.help[locale] } : {}),
      })),
      statements: [...item.statements]
        .sort((a, b) => a.level - b.level)
        .map((s) => ({
          level: s.level,
          stage: stageName(s.level),
          text: s.text[locale],
          ...(s.nextStep
            ? { nextStep: { text: s.nextStep[locale], ...(s.effort ? { effort: s.effort } : {}), ...(s.horizon ? { horizon: s.horizon } : {}) } }
            : {}),
        })),
    })),
    actions: [...(d.actions ?? [])]
      .sort((a, b) => a.targetStage - b.targetStage)
      .map((a) => ({ id: a.id, targetStage: a.targetStage, stage: stageName(a.targetStage), text: a.text[locale], effort: a.effort, horizon: a.horizon })),
    floors: (d.floors ?? []).map((f) => ({ item: numbers.get(f.item) ?? 0, atLeast: f.atLeast, maxStage: f.maxStage })),
  }));

  return {
    locale,
    id: q.id,
    version: q.version,
    title: q.title[locale],
    description: q.description[locale],
    stages: [...q.levels].sort((a, b) => a.level - b.level).map((l) => ({ level: l.level, name: l.name[locale] })),
    itemCount: q.items.length,
    dimensions,
    ...(q.readiness
      ? { readiness: { almostMaxMissing: q.readiness.almostMaxMissing, criteria: q.readiness.criteria.map(criterion) } }
      : {}),
    ...(q.obligations
      ? {
          obligations: {
            title: q.obligations.title[locale],
            description: q.obligations.description[locale],
            criteria: q.obligations.criteria.map(criterion),
          },
        }
      : {}),
  };
}

/** Every item of the listing in reading order: what a committee ticks off, one by one. */
export function listedItems(listing: Listing): ListingItem[] {
  return listing.dimensions.flatMap((d) => d.items);
}
