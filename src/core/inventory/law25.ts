/**
 * Quebec's Law 25 asks an organization to know what personal information it holds: this is that
 * inventory, generated from the data-source cards. One row per source holding personal information:
 * what, where, for what purpose, who runs it and who has access, where it is hosted and for how long.
 * A source hosted outside Québec is flagged: a privacy impact assessment is expected before personal
 * information is transferred there; one whose hosting is unknown is flagged to find out.
 */
import { labelOf, type InventoryLists, type Transfer } from './lists.ts';
import type { DataSource } from './records.ts';
import type { Locale } from '../text.ts';

export type TransferFlag = 'assessment-required' | 'hosting-unknown' | null;

export interface PersonalInformationEntry {
  sourceId: string;
  kind: string;
  tool: string;
  /** Only the categories the lists mark personal, in the card's order. */
  categories: string[];
  purpose: string;
  operator: string;
  access: string;
  hosting: string;
  transfer: Transfer;
  retention: string;
  flag: TransferFlag;
}

const FLAGS: Record<Transfer, TransferFlag> = { quebec: null, outside: 'assessment-required', unknown: 'hosting-unknown' };

export function personalInformationInventory(lists: InventoryLists, sources: readonly DataSource[]): PersonalInformationEntry[] {
  const personal = new Set(lists.dataCategories.filter((c) => c.personal).map((c) => c.id));
  return sources.flatMap((source) => {
    const categories = source.holds.filter((h) => personal.has(h));
    if (!categories.length) return [];
    // A hosting place this version of the lists does not know is treated as unknown.
    const transfer = lists.hostingPlaces.find((h) => h.id === source.hosting)?.transfer ?? 'unknown';
    return [
      {
        sourceId: source.id,
        kind: source.kind,
        tool: source.tool,
        categories,
        purpose: source.purpose ?? '',
        operator: source.operator,
        access: source.access ?? '',
        hosting: source.hosting,
        transfer,
        retention: source.retention ?? '',
        flag: FLAGS[transfer],
      },
    ];
  });
}

/** The table's columns, in order; the headings are the client's (i18n). */
export const LAW25_COLUMNS = ['source', 'information', 'purpose', 'operator', 'access', 'hosting', 'retention', 'flag'] as const;
export type Law25Row = Record<(typeof LAW25_COLUMNS)[number], string>;

/** The entries as text in one language; `flag` stays an id for the caller to word. */
export function personalInformationRows(lists: InventoryLists, entries: readonly PersonalInformationEntry[], locale: Locale): Law25Row[] {
  return entries.map((e) => ({
    source: `${e.tool} (${labelOf(lists.kinds, e.kind, locale)})`,
    information: e.categories.map((c) => labelOf(lists.dataCategories, c, locale)).join('; '),
    purpose: e.purpose,
    operator: labelOf(lists.operators, e.operator, locale),
    access: e.access,
    hosting: labelOf(lists.hostingPlaces, e.hosting, locale),
    retention: e.retention,
    flag: e.flag ?? '',
  }));
}
