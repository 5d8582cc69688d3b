/**
 * A dimension seen against its target: its strengths (items answered at or above the target), its
 * gaps (items answered below it, lowest first) and what is not known (don't-know answers).
 */
import { isLevel, DONT_KNOW, type Answer } from './answers.ts';
import { itemsOf, type Item, type Level, type Questionnaire, type Statement } from './questionnaire/schema.ts';

export interface ItemAtLevel {
  item: Item;
  level: Level;
  /** The statement chosen: what the organization does today. */
  statement: Statement;
}

export interface DimensionOutlook {
  strengths: ItemAtLevel[];
  gaps: ItemAtLevel[];
  unknown: Item[];
}

export function strengthsAndGaps(
  questionnaire: Questionnaire,
  answers: Iterable<Answer>,
  dimensionId: string,
  target: Level,
): DimensionOutlook {
  const byItem = new Map([...answers].map((a) => [a.itemId, a.value]));
  const outlook: DimensionOutlook = { strengths: [], gaps: [], unknown: [] };
  for (const item of itemsOf(questionnaire, dimensionId)) {
    const value = byItem.get(item.id);
    if (value === DONT_KNOW) outlook.unknown.push(item);
    if (!isLevel(value)) continue;
    const statement = item.statements.find((s) => s.level === value);
    if (!statement) continue;
    (value >= target ? outlook.strengths : outlook.gaps).push({ item, level: value, statement });
  }
  // Stable sort: equal levels keep questionnaire order.
  outlook.gaps.sort((a, b) => a.level - b.level);
  return outlook;
}
