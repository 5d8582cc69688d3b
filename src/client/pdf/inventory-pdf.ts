/**
 * The inventory's PDF pages, drawn with jsPDF's standard fonts (loaded only when asked for):
 *   - the Law 25 inventory of personal information, a landscape table on its own;
 *   - "our data assets", one page the board PDF may add (kinds, what each holds, who can get it out).
 * Self-contained on purpose: the board PDF's own layout lives in ./board-pdf.ts and calls
 * `addDataAssetsPage` only when the person asked for the page.
 */
import type { jsPDF } from 'jspdf';
import { labelOf, type InventoryLists } from '../../core/inventory/lists.ts';
import type { DataSource } from '../../core/inventory/records.ts';
import { LAW25_COLUMNS } from '../../core/inventory/law25.ts';
import type { Locale } from '../../core/text.ts';
import * as inventory from '../i18n/inventory.ts';
import { formatDate } from '../i18n/format.ts';
import { law25Headings, law25Table } from '../report/law25.ts';
import { pdfText } from './text.ts';

type Rgb = [number, number, number];
const BRAND: Rgb = [29, 53, 87];
const INK: Rgb = [26, 26, 26];
const INK_SOFT: Rgb = [74, 79, 87];
const ACCENT: Rgb = [181, 70, 27];
const LINE: Rgb = [200, 204, 210];
const BAND: Rgb = [227, 233, 242];
const PT = 0.3528;
const MARGIN = 14;

export interface InventoryPdfInput {
  lists: InventoryLists;
  sources: readonly DataSource[];
  organization: string;
  generatedAt: string;
}

/**
 * A table from `top` down, columns as fractions of the width; the header is repeated on each new
 * page. `emphasis` marks a column drawn in the accent colour (the flags).
 */
function table(doc: jsPDF, locale: Locale, top: number, headings: string[], rows: string[][], fractions: number[], emphasis = -1): number {
  const pageW = doc.internal.pageSize.getWidth();
  const pageH = doc.internal.pageSize.getHeight();
  const width = pageW - 2 * MARGIN;
  const widths = fractions.map((f) => f * width);
  const size = 8.5;
  const lh = size * PT * 1.25;
  const pad = 1.5;
  let y = top;
  const wrap = (text: string, w: number) => doc.splitTextToSize(pdfText(text, locale), w - 2 * pad) as string[];
  const drawRow = (cells: string[], header: boolean) => {
    doc.setFont('helvetica', header ? 'bold' : 'normal');
    doc.setFontSize(size);
    const wrapped = cells.map((c, i) => wrap(c, widths[i] ?? 20));
    const h = Math.max(...wrapped.map((w) => w.length)) * lh + 2 * pad;
    if (y + h > pageH - MARGIN) {
      doc.addPage();
      y = MARGIN;
      if (!header) drawRow(headings, true);
    }
    if (header) {
      doc.setFillColor(...BAND);
      doc.rect(MARGIN, y, width, h, 'F');
    }
    let x = MARGIN;
    wrapped.forEach((lines, i) => {
      doc.setFont('helvetica', header || i === emphasis ? 'bold' : 'normal');
      doc.setTextColor(...(header ? BRAND : i === emphasis ? ACCENT : INK));
      doc.text(lines, x + pad, y + pad + size * PT);
      x += widths[i] ?? 0;
    });
    y += h;
    doc.setDrawColor(...LINE);
    doc.line(MARGIN, y, MARGIN + width, y);
  };
  drawRow(headings, true);
  for (const row of rows) drawRow(row, false);
  return y;
}

function title(doc: jsPDF, locale: Locale, heading: string, subtitle: string): number {
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(16);
  doc.setTextColor(...BRAND);
  const width = doc.internal.pageSize.getWidth() - 2 * MARGIN;
  const lines = doc.splitTextToSize(pdfText(heading, locale), width) as string[];
  doc.text(lines, MARGIN, MARGIN + 6);
  let y = MARGIN + 6 + lines.length * 16 * PT * 1.3;
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(9.5);
  doc.setTextColor(...INK_SOFT);
  doc.text(pdfText(subtitle, locale), MARGIN, y);
  y += 6;
  return y;
}

function paragraph(doc: jsPDF, locale: Locale, text: string, y: number): number {
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(9.5);
  doc.setTextColor(...INK);
  const width = doc.internal.pageSize.getWidth() - 2 * MARGIN;
  const lines = doc.splitTextToSize(pdfText(text, locale), width) as string[];
  doc.text(lines, MARGIN, y);
  return y + lines.length * 9.5 * PT * 1.3 + 3;
}

export async function law25Pdf(input: InventoryPdfInput, locale: Locale): Promise<ArrayBuffer> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'landscape', compress: true, putOnlyUsedFonts: true });
  const m = inventory[locale];
  let y = title(doc, locale, m.law25PdfTitle({ organization: input.organization }), m.law25PdfSubtitle({ date: formatDate(input.generatedAt, locale) }));
  y = paragraph(doc, locale, m.law25Intro, y + 2);
  const rows = law25Table(input.lists, input.sources, locale);
  if (!rows.length) paragraph(doc, locale, m.law25Empty, y + 2);
  else {
    const headings = law25Headings(m);
    table(
      doc,
      locale,
      y + 1,
      LAW25_COLUMNS.map((c) => headings[c]),
      rows.map((r) => LAW25_COLUMNS.map((c) => r[c])),
      [0.14, 0.16, 0.12, 0.1, 0.12, 0.09, 0.11, 0.16],
      LAW25_COLUMNS.indexOf('flag'),
    );
  }
  return doc.output('arraybuffer');
}

/** The board PDF's optional page: each source, what it holds, who can get the data out. */
export function addDataAssetsPage(doc: jsPDF, input: InventoryPdfInput, locale: Locale): void {
  const m = inventory[locale];
  const { lists } = input;
  doc.addPage('a4', 'portrait');
  let y = title(doc, locale, m.boardPageTitle, m.updatedOn({ date: formatDate(input.generatedAt, locale) }));
  if (!input.sources.length) {
    paragraph(doc, locale, m.sourcesCount({ n: 0 }), y + 2);
    return;
  }
  y += 1;
  table(
    doc,
    locale,
    y,
    [m.colSource, m.boardColKind, m.boardColHolds, m.boardColExport],
    input.sources.map((s) => [
      s.tool,
      labelOf(lists.kinds, s.kind, locale),
      s.holds.map((h) => labelOf(lists.dataCategories, h, locale)).join(', ') || m.nothingHeld,
      `${labelOf(lists.exportAbilities, s.export, locale)} · ${labelOf(lists.operators, s.operator, locale)}`,
    ]),
    [0.22, 0.18, 0.35, 0.25],
  );
}
