/**
 * Which items an organization is asked, in which words. Items declare the ways of selling they apply
 * to (`appliesWhen`) and may carry a wording for some of them (`variants`); the organization's
 * profile says how it sells (profile.ts). A profile that declares nothing — every profile saved
 * before the question was asked — gets every item in its own words.
 *
 * `questionnaireFor` gives the organization's own view of a questionnaire version: only the items
 * that apply, in their words. Scoring, coverage, sufficiency, readiness, obligations and the roadmap
 * all read that view, so an item that does not apply is never asked, scored or planned, and nothing
 * downstream needs to know why. Answers to such items stay stored (nothing saved is ever lost); they
 * simply do not count while the item does not apply.
 */
import type { SalesMode } from './profile.ts';
import type { Item, Questionnaire, SalesModeCondition } from './questionnaire/schema.ts';
import type { LocalizedText } from './text.ts';

/** What the profile declares; undefined or empty: nothing declared. */
export type DeclaredSalesModes = readonly SalesMode[] | undefined;

function declares(condition: SalesModeCondition, declared: readonly SalesMode[]): boolean {
  return condition.salesModes.some((mode) => declared.includes(mode));
}

export function itemApplies(item: Item, declared: DeclaredSalesModes): boolean {
  if (!item.appliesWhen || !declared?.length) return true;
  return declares(item.appliesWhen, declared);
}

/** The question and help this organization reads: the first matching variant's, field by field. */
export function wordingOf(item: Item, declared: DeclaredSalesModes): { question: LocalizedText; help: LocalizedText } {
  const variant = declared?.length ? item.variants?.find((v) => declares(v.when, declared)) : undefined;
  return { question: variant?.question ?? item.question, help: variant?.help ?? item.help };
}

/**
 * The questionnaire as this organization answers it: the items that apply, in their words; the
 * dimensions that keep at least one item; the floors whose item still applies. Readiness and
 * obligation conditions on items left out count as met (see readiness.ts).
 */
export function questionnaireFor(questionnaire: Questionnaire, declared: DeclaredSalesModes): Questionnaire {
  if (!declared?.length) return questionnaire;
  const items = questionnaire.items
    .filter((item) => itemApplies(item, declared))
    .map((item) => ({ ...item, ...wordingOf(item, declared) }));
  const kept = new Set(items.map((item) => item.id));
  const withItems = new Set(items.map((item) => item.dimension));
  const dimensions = questionnaire.dimensions
    .filter((dimension) => withItems.has(dimension.id))
    .map((dimension) => {
      if (!dimension.floors) return dimension;
      const { floors, ...rest } = dimension;
      const applying = floors.filter((floor) => kept.has(floor.item));
      return applying.length ? { ...rest, floors: applying } : rest;
    });
  return { ...questionnaire, dimensions, items };
}
