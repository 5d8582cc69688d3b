/**
 * The Law 25 inventory of personal information as files: CSV at once, PDF on request (the PDF code
 * and jsPDF load only then). Made in memory from the cards and handed to the browser's downloads.
 */
import { toCsv } from '../../core/csv.ts';
import type { InventoryLists } from '../../core/inventory/lists.ts';
import { LAW25_COLUMNS } from '../../core/inventory/law25.ts';
import type { DataSource } from '../../core/inventory/records.ts';
import type { Locale } from '../../core/text.ts';
import * as inventory from '../i18n/inventory.ts';
import { CSV_BOM, separatorFor } from './csv.ts';
import { fileName, saveFile } from './download.ts';
import { law25Headings, law25Table } from '../report/law25.ts';

export function law25Csv(lists: InventoryLists, sources: readonly DataSource[], locale: Locale): string {
  const headings = law25Headings(inventory[locale]);
  const rows = law25Table(lists, sources, locale);
  return toCsv([LAW25_COLUMNS.map((c) => headings[c]), ...rows.map((r) => LAW25_COLUMNS.map((c) => r[c]))], separatorFor(locale));
}

export function downloadLaw25Csv(lists: InventoryLists, sources: readonly DataSource[], organization: string, locale: Locale, now = new Date()): void {
  const name = fileName(organization, inventory[locale].fileLaw25, now.toISOString(), 'csv');
  saveFile(name, 'text/csv;charset=utf-8', CSV_BOM + law25Csv(lists, sources, locale));
}

export async function downloadLaw25Pdf(lists: InventoryLists, sources: readonly DataSource[], organization: string, locale: Locale, now = new Date()): Promise<void> {
  const { law25Pdf } = await import('../pdf/inventory-pdf.ts');
  const bytes = await law25Pdf({ lists, sources, organization, generatedAt: now.toISOString() }, locale);
  saveFile(fileName(organization, inventory[locale].fileLaw25, now.toISOString(), 'pdf'), 'application/pdf', bytes);
}
