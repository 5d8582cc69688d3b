/**
 * The page layout the app's PDFs share (the board PDF, the questionnaire listing): A4 in millimetres,
 * jsPDF's standard fonts (nothing embedded, nothing fetched), the brand's colours, and a writer that
 * moves down the page and breaks to a new one before a block that would not fit. Every string goes
 * through `pdfText` (./text.ts) on its way in.
 */
import type { jsPDF } from 'jspdf';
import type { Locale } from '../../core/text.ts';
import { pdfText } from './text.ts';

export type Rgb = [number, number, number];
export const BRAND: Rgb = [29, 53, 87];
export const BRAND_SOFT: Rgb = [227, 233, 242];
export const ACCENT: Rgb = [181, 70, 27];
export const INK: Rgb = [26, 26, 26];
export const INK_SOFT: Rgb = [74, 79, 87];
export const LINE: Rgb = [200, 204, 210];
export const BAND: Rgb = [244, 245, 247];

export const PAGE_W = 210;
export const PAGE_H = 297;
export const MARGIN = 18;
export const TOP = 20;
export const BOTTOM = PAGE_H - 22;
export const WIDTH = PAGE_W - 2 * MARGIN;
export const PT = 0.3528; // mm per point
export const LEADING = 1.3;

export interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: Rgb;
}

/** A cursor down the page that breaks to a new page when the next block would not fit. */
export class Writer {
  y = TOP;
  /** While measuring (`keep`): nothing is drawn and no page is added, only `y` moves. */
  dry = false;

  constructor(
    readonly doc: jsPDF,
    readonly locale: Locale,
  ) {}

  t(text: string): string {
    return pdfText(text, this.locale);
  }

  style({ size = 10, bold = false, color = INK }: TextStyle) {
    this.doc.setFont('helvetica', bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
    this.doc.setTextColor(...color);
    return (size * PT * LEADING) as number;
  }

  lines(text: string, width: number, style: TextStyle): string[] {
    this.style(style);
    return this.doc.splitTextToSize(this.t(text), width) as string[];
  }

  newPage() {
    if (this.dry) return;
    this.doc.addPage();
    this.y = TOP;
  }

  ensure(height: number) {
    if (this.y + height > BOTTOM) this.newPage();
  }

  text(line: string, x: number, y: number, options?: { align: 'left' | 'center' | 'right' }) {
    if (!this.dry) this.doc.text(line, x, y, options);
  }

  /** How far `draw` moves down the page, drawing nothing. */
  measure(draw: () => void): number {
    const { y, dry } = this;
    this.dry = true;
    try {
      draw();
      return this.y - y;
    } finally {
      this.y = y;
      this.dry = dry;
    }
  }

  /** Draws a block on one page: on the next one when the rest of this page cannot hold it whole. */
  keep(draw: () => void) {
    const height = this.measure(draw);
    if (height <= BOTTOM - TOP) this.ensure(height);
    draw();
  }

  heading(text: string, level: 1 | 2 | 3 = 1) {
    const size = { 1: 18, 2: 13, 3: 11 }[level];
    const lines = this.lines(text, WIDTH, { size, bold: true, color: BRAND });
    const lh = size * PT * LEADING;
    // Keep a heading with at least a few lines of what follows it.
    this.ensure(lines.length * lh + 14);
    this.y += level === 1 ? 0 : 3;
    this.style({ size, bold: true, color: BRAND });
    for (const line of lines) {
      this.y += lh;
      this.text(line, MARGIN, this.y - lh * 0.25);
    }
    this.y += level === 1 ? 4 : 2;
  }

  /**
   * A paragraph never leaves one line alone at the foot or the head of a page: up to four lines it
   * stays whole; longer, at least two lines go on each side of a page break.
   */
  paragraph(text: string, style: TextStyle = {}, indent = 0, after = 2) {
    const lh = this.style(style);
    const lines = this.lines(text, WIDTH - indent, style);
    this.ensure(lh * (lines.length <= 4 ? lines.length : 2));
    lines.forEach((line, i) => {
      const left = lines.length - i;
      // Two lines left and room for one only: both go to the next page (if this page keeps two).
      if (left === 2 && i >= 2 && this.y + 2 * lh > BOTTOM) this.newPage();
      this.ensure(lh);
      this.style(style);
      this.y += lh;
      this.text(line, MARGIN + indent, this.y - lh * 0.25);
    });
    this.y += after;
  }

  /** A list item with a hanging indent: the marker in the margin, the text aligned after it. */
  item(marker: string, text: string, style: TextStyle = {}, meta?: string, metaSize = (style.size ?? 10) - 1.5) {
    const lh = this.style(style);
    const lines = this.lines(text, WIDTH - 7, style);
    this.ensure(lh * (lines.length <= 4 ? lines.length : 2));
    this.style({ ...style, bold: true, color: BRAND });
    this.text(this.t(marker), MARGIN + 1, this.y + lh * 0.75);
    lines.forEach((line, i) => {
      if (lines.length - i === 2 && i >= 2 && this.y + 2 * lh > BOTTOM) this.newPage();
      this.ensure(lh);
      this.style(style);
      this.y += lh;
      this.text(line, MARGIN + 7, this.y - lh * 0.25);
    });
    if (meta) this.paragraph(meta, { size: metaSize, color: metaSize < (style.size ?? 10) ? INK_SOFT : INK }, 7, 0);
    this.y += 1.5;
  }

  /**
   * Widths that hold each column's longest word, so a cell wraps between words, never inside one
   * ("medium", "moyen", "N°"): a column too narrow for its longest word takes the room from the
   * widest column, which wraps its longer text instead.
   */
  fitColumns(columns: { title: string; width: number }[], rows: string[][], size: number, pad: number) {
    const needs = columns.map((column, i) => {
      const words = (text: string, bold: boolean) => {
        this.style({ size, bold });
        return Math.max(0, ...this.t(text).split(/[ \n]+/).map((w) => this.doc.getTextWidth(w)));
      };
      return Math.max(words(column.title, true), ...rows.map((r) => words(r[i] ?? '', false))) + 2 * pad + 0.5;
    });
    const widths = columns.map((c) => c.width);
    const donor = widths.indexOf(Math.max(...widths));
    widths.forEach((width, i) => {
      const need = needs[i] ?? 0;
      if (i === donor || width >= need) return;
      const give = Math.min(need - width, (widths[donor] ?? 0) - (needs[donor] ?? 0));
      if (give <= 0) return;
      widths[i] = width + give;
      widths[donor] = (widths[donor] ?? 0) - give;
    });
    return columns.map((c, i) => ({ ...c, width: widths[i] ?? c.width }));
  }

  /**
   * Every page's footer, once the document is whole: a rule, `footer` at the left (cut to one line)
   * and `page(n, total)` at the right.
   */
  footers(footer: string, page: (n: number, total: number) => string) {
    const { doc } = this;
    const total = doc.getNumberOfPages();
    const line = this.lines(footer, WIDTH - 30, { size: 8 })[0] ?? '';
    for (let n = 1; n <= total; n++) {
      doc.setPage(n);
      doc.setDrawColor(...LINE);
      doc.setLineWidth(0.2);
      doc.line(MARGIN, PAGE_H - 15, PAGE_W - MARGIN, PAGE_H - 15);
      this.style({ size: 8, color: INK_SOFT });
      doc.text(line, MARGIN, PAGE_H - 10);
      doc.text(this.t(page(n, total)), PAGE_W - MARGIN, PAGE_H - 10, { align: 'right' });
    }
  }

  /** A table with wrapped cells; a row never splits; the header row repeats on every page it spans. */
  table(proposed: { title: string; width: number }[], rows: string[][], size = 9) {
    const lh = size * PT * LEADING;
    const pad = 1.6;
    const columns = this.fitColumns(proposed, rows, size, pad);
    const drawRow = (cells: string[], header: boolean) => {
      const style: TextStyle = { size, bold: header, color: header ? BRAND : INK };
      const wrapped = cells.map((cell, i) => this.lines(cell, (columns[i]?.width ?? 20) - 2 * pad, style));
      const height = Math.max(...wrapped.map((w) => w.length)) * lh + 2 * pad;
      return { wrapped, height, style };
    };
    const paint = (row: ReturnType<typeof drawRow>, header: boolean) => {
      if (this.dry) {
        this.y += row.height;
        return;
      }
      if (header) {
        this.doc.setFillColor(...BRAND_SOFT);
        this.doc.rect(MARGIN, this.y, WIDTH, row.height, 'F');
      }
      let x = MARGIN;
      this.style(row.style);
      row.wrapped.forEach((lines, i) => {
        lines.forEach((line, l) => this.doc.text(line, x + pad, this.y + pad + lh * (l + 0.75)));
        x += columns[i]?.width ?? 20;
      });
      this.y += row.height;
      this.doc.setDrawColor(...LINE);
      this.doc.setLineWidth(0.2);
      this.doc.line(MARGIN, this.y, MARGIN + WIDTH, this.y);
    };
    const header = drawRow(
      columns.map((c) => c.title),
      true,
    );
    this.ensure(header.height + lh * 2 + 2 * pad);
    paint(header, true);
    for (const cells of rows) {
      const row = drawRow(cells, false);
      if (this.y + row.height > BOTTOM) {
        this.newPage();
        paint(header, true);
      }
      paint(row, false);
    }
    this.y += 3;
  }
}
