/**
 * What the Law 25 inventory of personal information says, in one language: its column headings and
 * its rows with their flags worded. Shared by the screen's table, the CSV file and the PDF page.
 */
import type { InventoryLists } from '../../core/inventory/lists.ts';
import { LAW25_COLUMNS, personalInformationInventory, personalInformationRows, type Law25Row } from '../../core/inventory/law25.ts';
import type { DataSource } from '../../core/inventory/records.ts';
import type { Locale } from '../../core/text.ts';
import * as inventory from '../i18n/inventory.ts';

type Messages = typeof inventory.fr;

export function law25Headings(m: Messages): Record<(typeof LAW25_COLUMNS)[number], string> {
  return {
    source: m.colSource,
    information: m.colInformation,
    purpose: m.colPurpose,
    operator: m.colOperator,
    access: m.colAccess,
    hosting: m.colHosting,
    retention: m.colRetention,
    flag: m.colFlag,
  };
}

export function flagText(m: Messages, flag: string): string {
  return flag === 'assessment-required' ? m.flagAssessment : flag === 'hosting-unknown' ? m.flagUnknown : '';
}

/** The table's rows in one language, flags worded. */
export function law25Table(lists: InventoryLists, sources: readonly DataSource[], locale: Locale): Law25Row[] {
  const m = inventory[locale];
  return personalInformationRows(lists, personalInformationInventory(lists, sources), locale).map((r) => ({ ...r, flag: flagText(m, r.flag) }));
}

