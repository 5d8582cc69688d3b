/**
 * The board PDF, laid out with jsPDF's standard fonts (nothing embedded, nothing fetched). Loaded by
 * dynamic import only when someone asks for the PDF, and it loads jsPDF the same way. Text PDF only:
 * `doc.html()` is never used, so jsPDF's optional chunks (html2canvas, DOMPurify, canvg) never load.
 *
 * Every string goes through `pdfText` (./text.ts) on its way in: the standard fonts only draw
 * Windows-1252, and one narrow no-break space would garble a line.
 */
import type { jsPDF } from 'jspdf';
import type { Locale } from '../../core/text.ts';
import { buildBoardReport, type BoardReport, type ReportInput, type SummaryRow } from '../report/content.ts';
import { pdfText } from './text.ts';
import { formatScore } from '../i18n/format.ts';

type Rgb = [number, number, number];
const BRAND: Rgb = [29, 53, 87];
const BRAND_SOFT: Rgb = [227, 233, 242];
const ACCENT: Rgb = [181, 70, 27];
const INK: Rgb = [26, 26, 26];
const INK_SOFT: Rgb = [74, 79, 87];
const LINE: Rgb = [200, 204, 210];
const BAND: Rgb = [244, 245, 247];

const PAGE_W = 210;
const PAGE_H = 297;
const MARGIN = 18;
const TOP = 20;
const BOTTOM = PAGE_H - 22;
const WIDTH = PAGE_W - 2 * MARGIN;
const PT = 0.3528; // mm per point
const LEADING = 1.3;

interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: Rgb;
}

/** A cursor down the page that breaks to a new page when the next block would not fit. */
class Writer {
  y = TOP;

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
    this.doc.addPage();
    this.y = TOP;
  }

  ensure(height: number) {
    if (this.y + height > BOTTOM) this.newPage();
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
      this.doc.text(line, MARGIN, this.y - lh * 0.25);
    }
    this.y += level === 1 ? 4 : 2;
  }

  paragraph(text: string, style: TextStyle = {}, indent = 0, after = 2) {
    const lh = this.style(style);
    for (const line of this.lines(text, WIDTH - indent, style)) {
      this.ensure(lh);
      this.style(style);
      this.y += lh;
      this.doc.text(line, MARGIN + indent, this.y - lh * 0.25);
    }
    this.y += after;
  }

  /** A list item with a hanging indent: the marker in the margin, the text aligned after it. */
  item(marker: string, text: string, style: TextStyle = {}, meta?: string, metaSize = (style.size ?? 10) - 1.5) {
    const lh = this.style(style);
    const lines = this.lines(text, WIDTH - 7, style);
    this.ensure(lh * Math.min(lines.length, 2));
    this.style({ ...style, bold: true, color: BRAND });
    this.doc.text(this.t(marker), MARGIN + 1, this.y + lh * 0.75);
    for (const line of lines) {
      this.ensure(lh);
      this.style(style);
      this.y += lh;
      this.doc.text(line, MARGIN + 7, this.y - lh * 0.25);
    }
    if (meta) this.paragraph(meta, { size: metaSize, color: metaSize < (style.size ?? 10) ? INK_SOFT : INK }, 7, 0);
    this.y += 1.5;
  }

  /** A table with wrapped cells; the header row repeats on every page it spans. */
  table(columns: { title: string; width: number }[], rows: string[][], size = 9) {
    const lh = size * PT * LEADING;
    const pad = 1.6;
    const drawRow = (cells: string[], header: boolean) => {
      const style: TextStyle = { size, bold: header, color: header ? BRAND : INK };
      const wrapped = cells.map((cell, i) => this.lines(cell, (columns[i]?.width ?? 20) - 2 * pad, style));
      const height = Math.max(...wrapped.map((w) => w.length)) * lh + 2 * pad;
      return { wrapped, height, style };
    };
    const paint = (row: ReturnType<typeof drawRow>, header: boolean) => {
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

function cover(w: Writer, report: BoardReport) {
  const { doc } = w;
  doc.setFillColor(...BRAND);
  doc.rect(0, 0, PAGE_W, 70, 'F');
  w.y = 30;
  w.style({ size: 11, bold: true, color: [255, 255, 255] });
  doc.text(w.t(report.m.coverKicker), MARGIN, w.y);
  w.y = 46;
  for (const line of w.lines(report.title, WIDTH, { size: 22, bold: true })) {
    w.style({ size: 22, bold: true, color: [255, 255, 255] });
    doc.text(line, MARGIN, w.y);
    w.y += 9;
  }
  w.y = 95;
  for (const line of w.lines(report.organization, WIDTH, { size: 26, bold: true })) {
    w.style({ size: 26, bold: true, color: BRAND });
    doc.text(line, MARGIN, w.y);
    w.y += 11;
  }
  w.y += 4;
  for (const line of report.cover) w.paragraph(line, { size: 13 }, 0, 2);
  w.y = 240;
  for (const line of report.coverNotes) w.paragraph(line, { size: 9.5, color: INK_SOFT }, 0, 1);
}

/** Horizontal bars on a 0–5 scale with the stage bands: now (bar), last time (tick), target (triangle). */
function profileChart(w: Writer, rows: SummaryRow[], report: BoardReport) {
  const { doc } = w;
  const labelW = 48;
  const x0 = MARGIN + labelW;
  const scaleW = WIDTH - labelW - 4;
  const unit = scaleW / 5;
  const rowH = 9;
  const height = 8 + rows.length * rowH + 12;
  w.ensure(height);
  const top = w.y + 6;
  // Stage bands: stage n is a score from n.0 to n.9, so band n spans [n, n+1); numbers sit on the lines.
  for (let level = 1; level <= 4; level += 2) {
    doc.setFillColor(...BAND);
    doc.rect(x0 + level * unit, top, unit, rows.length * rowH, 'F');
  }
  w.style({ size: 8, color: INK_SOFT });
  for (let level = 0; level <= 5; level++) doc.text(String(level), x0 + level * unit, top - 1.5, { align: 'center' });
  doc.setDrawColor(...LINE);
  doc.setLineWidth(0.2);
  for (let level = 0; level <= 5; level++) doc.line(x0 + level * unit, top, x0 + level * unit, top + rows.length * rowH);
  rows.forEach((row, i) => {
    const y = top + i * rowH;
    const labelLines = w.lines(row.dimension, labelW - 3, { size: 9 }).slice(0, 2);
    w.style({ size: 9 });
    labelLines.forEach((line, l) => doc.text(line, MARGIN, y + rowH / 2 + 1 + (l - (labelLines.length - 1) / 2) * 3.6));
    if (row.score === null) {
      w.style({ size: 8, color: INK_SOFT });
      doc.text(w.t(report.m.insufficient), x0 + 2, y + rowH / 2 + 1);
    } else {
      doc.setFillColor(...BRAND);
      doc.rect(x0, y + 2.5, row.score * unit, rowH - 5, 'F');
      w.style({ size: 8, bold: true, color: [255, 255, 255] });
      doc.text(w.t(row.scoreText), x0 + row.score * unit - 1.2, y + rowH / 2 + 1, { align: 'right' });
    }
    if (row.before !== null) {
      doc.setDrawColor(...INK);
      doc.setLineWidth(0.7);
      const xb = x0 + row.before * unit;
      doc.line(xb, y + 1, xb, y + rowH - 1);
    }
    const xt = x0 + row.target * unit;
    doc.setFillColor(...ACCENT);
    doc.triangle(xt - 1.6, y + 0.6, xt + 1.6, y + 0.6, xt, y + 2.8, 'F');
  });
  // Legend.
  const ly = top + rows.length * rowH + 6;
  let lx = x0;
  const legend = (draw: (x: number) => void, text: string) => {
    draw(lx);
    w.style({ size: 8, color: INK_SOFT });
    doc.text(w.t(text), lx + 5, ly + 1);
    lx += 8 + doc.getTextWidth(w.t(text));
  };
  legend((x) => (doc.setFillColor(...BRAND), doc.rect(x, ly - 1.5, 3.5, 3, 'F')), report.m.chartLegendNow);
  if (rows.some((r) => r.before !== null)) {
    legend((x) => (doc.setDrawColor(...INK), doc.setLineWidth(0.7), doc.line(x + 1.7, ly - 2, x + 1.7, ly + 1.6)), report.m.chartLegendBefore);
  }
  legend((x) => (doc.setFillColor(...ACCENT), doc.triangle(x, ly - 1.5, x + 3.2, ly - 1.5, x + 1.6, ly + 1, 'F')), report.m.chartLegendTarget);
  w.y = ly + 3;
  w.paragraph(report.stagesLegend, { size: 8, color: INK_SOFT }, labelW, 2);
}

function summary(w: Writer, report: BoardReport) {
  const { m } = report;
  w.heading(m.summaryTitle);
  w.heading(m.chartTitle, 3);
  profileChart(w, report.summary.rows, report);
  w.table(
    [
      { title: m.colDimension, width: 52 },
      { title: m.colScore, width: 16 },
      { title: m.colStage, width: 40 },
      { title: m.colChange, width: 22 },
      { title: m.colTarget, width: 44 },
    ],
    report.summary.rows.map((r) => [r.dimension, r.scoreText, r.stageText, r.changeText, r.targetText]),
  );
  w.paragraph(report.summary.changeNote, { size: 9, color: INK_SOFT }, 0, 1);
  if (report.summary.overall) w.paragraph(report.summary.overall, { size: 9, color: INK_SOFT });
  w.heading(m.prioritiesTitle, 2);
  if (!report.summary.priorities.length) w.paragraph(m.prioritiesNone);
  report.summary.priorities.forEach((p, i) => w.item(`${i + 1}.`, p.text, { size: 10 }, p.meta));
}

/** One dimension's scores over time, on the stage bands; the line breaks where versions are not comparable. */
function miniLine(w: Writer, box: { x: number; y: number; w: number; h: number }, report: BoardReport, series: BoardReport['path']['series'][number]) {
  const { doc } = w;
  const columns = report.path.columns;
  w.style({ size: 9, bold: true, color: BRAND });
  doc.text(w.lines(series.dimension, box.w, { size: 9, bold: true })[0] ?? '', box.x, box.y + 3);
  const plot = { x: box.x + 5, y: box.y + 7, w: box.w - 8, h: box.h - 14 };
  const yOf = (score: number) => plot.y + plot.h - ((score - 1) / 4) * plot.h;
  for (const level of [1, 3]) {
    doc.setFillColor(...BAND);
    doc.rect(plot.x, yOf(level + 1), plot.w, plot.h / 4, 'F');
  }
  doc.setDrawColor(...LINE);
  doc.setLineWidth(0.2);
  w.style({ size: 7, color: INK_SOFT });
  for (let level = 1; level <= 5; level++) {
    doc.line(plot.x, yOf(level), plot.x + plot.w, yOf(level));
    doc.text(String(level), plot.x - 1.5, yOf(level) + 1, { align: 'right' });
  }
  const first = columns[0]?.at ?? 0;
  const span = (columns.at(-1)?.at ?? first) - first;
  const xOf = (at: number) => (span > 0 ? plot.x + 3 + ((at - first) / span) * (plot.w - 6) : plot.x + plot.w / 2);
  columns.forEach((c, i) => {
    const previous = columns[i - 1];
    if (c.breaks && previous) {
      const xm = (xOf(previous.at) + xOf(c.at)) / 2;
      doc.setDrawColor(...ACCENT);
      doc.setLineWidth(0.4);
      doc.setLineDashPattern([1, 1], 0);
      doc.line(xm, plot.y, xm, plot.y + plot.h);
      doc.setLineDashPattern([], 0);
    }
  });
  doc.setDrawColor(...BRAND);
  doc.setFillColor(...BRAND);
  doc.setLineWidth(0.6);
  series.scores.forEach((score, i) => {
    if (score === null) return;
    const x = xOf(columns[i]!.at);
    const previous = series.scores[i - 1];
    if (i > 0 && previous !== null && previous !== undefined && !columns[i]!.breaks) {
      doc.line(xOf(columns[i - 1]!.at), yOf(previous), x, yOf(score));
    }
  });
  series.scores.forEach((score, i) => {
    if (score === null) return;
    doc.circle(xOf(columns[i]!.at), yOf(score), 0.9, 'F');
  });
  // Dates of the first and last assessments under the axis.
  w.style({ size: 7, color: INK_SOFT });
  const firstCol = columns[0];
  const lastCol = columns.at(-1);
  if (firstCol) doc.text(w.t(firstCol.date), xOf(firstCol.at), plot.y + plot.h + 4, { align: span > 0 ? 'left' : 'center' });
  if (lastCol && span > 0) doc.text(w.t(lastCol.date), xOf(lastCol.at), plot.y + plot.h + 4, { align: 'right' });
}

function path(w: Writer, report: BoardReport) {
  const { m } = report;
  w.newPage();
  w.heading(m.pathTitle);
  w.paragraph(m.pathIntro, { size: 9, color: INK_SOFT }, 0, 3);
  const perRow = 2;
  const gap = 8;
  const box = { w: (WIDTH - gap) / perRow, h: 44 };
  report.path.series.forEach((series, i) => {
    if (i % perRow === 0) {
      if (i > 0) w.y += box.h + 3;
      w.ensure(box.h + 3);
    }
    miniLine(w, { x: MARGIN + (i % perRow) * (box.w + gap), y: w.y, ...box }, report, series);
  });
  w.y += box.h + 6;
  const columns = report.path.columns;
  const width = (WIDTH - 44) / Math.max(1, columns.length);
  w.table(
    [
      { title: m.colDimension, width: 44 },
      ...columns.map((c) => ({ title: `${c.date} · ${c.version}${c.breaks ? ` (${m.pathBreak})` : ''}`, width })),
    ],
    report.path.series.map((s) => [s.dimension, ...s.scores.map((v) => (v === null ? m.unassigned : formatScore(v, report.locale)))]),
    8.5,
  );
}

function dimensionPages(w: Writer, report: BoardReport) {
  const { m } = report;
  for (const d of report.dimensions) {
    w.newPage();
    w.heading(d.title);
    w.paragraph(d.scoreLine, { size: 12, bold: true, color: BRAND });
    if (d.description) w.paragraph(d.description, { size: 10.5 });
    for (const fact of d.facts) w.paragraph(fact, { size: 9, color: INK_SOFT }, 0, 0.5);
    w.y += 2;
    w.heading(m.strengths, 2);
    if (!d.strengths.length) w.paragraph(m.strengthsNone, { size: 9.5, color: INK_SOFT });
    for (const s of d.strengths) w.item('•', s, { size: 9.5 });
    w.heading(m.gaps, 2);
    if (!d.gaps.length) w.paragraph(m.gapsNone, { size: 9.5, color: INK_SOFT });
    for (const g of d.gaps) w.item('•', g.text, { size: 9.5 });
    if (d.unknown.length) {
      w.heading(m.unknown, 3);
      for (const u of d.unknown) w.item('•', u, { size: 9.5 });
    }
    w.heading(m.actions, 2);
    if (!d.actions.length) w.paragraph(m.actionsNone, { size: 9.5, color: INK_SOFT });
    for (const a of d.actions) w.item('›', a.text, { size: 9.5 }, a.meta);
  }
}

function roadmap(w: Writer, report: BoardReport) {
  const { m } = report;
  w.newPage();
  w.heading(m.roadmapTitle);
  w.paragraph(m.roadmapIntro, { size: 9.5, color: INK_SOFT }, 0, 3);
  for (const group of report.roadmap) {
    w.heading(`${group.horizon} (${group.rows.length})`, 2);
    if (!group.rows.length) {
      w.paragraph('—', { size: 9, color: INK_SOFT });
      continue;
    }
    w.table(
      [
        { title: m.colNumber, width: 8 },
        { title: m.colAction, width: 60 },
        { title: m.colDimension, width: 27 },
        { title: m.colEffort, width: 13 },
        { title: m.colOwner, width: 26 },
        { title: m.colDue, width: 25 },
        { title: m.colStatus, width: 15 },
      ],
      group.rows.map((r) => [String(r.n), r.text, r.dimension, r.effort, r.owner, r.due, r.status]),
      8.5,
    );
  }
}

function readiness(w: Writer, report: BoardReport) {
  const { m } = report;
  const r = report.readiness;
  // A questionnaire version without a readiness checklist has no readiness section.
  if (!r) return;
  w.heading(report.readinessTitle, 2);
  w.paragraph(r.outcome, { size: 11, bold: true, color: BRAND }, 0, 1);
  w.paragraph(r.body, { size: 9.5 });
  w.heading(r.missingTitle, 3);
  if (!r.missing.length) w.paragraph(m.readinessNothingMissing, { size: 9.5 });
  for (const item of r.missing) w.item('•', item.label, { size: 9.5, bold: true }, item.text, 9.5);
}

/** The legal-obligations checklist: its own heading, after readiness, never mixed with a score. */
function obligations(w: Writer, report: BoardReport) {
  const o = report.obligations;
  if (!o) return;
  w.heading(o.title, 2);
  w.paragraph(o.description, { size: 9.5 }, 0, 1);
  w.paragraph(o.notScore, { size: 9, color: INK_SOFT }, 0, 1);
  w.paragraph(o.counts, { size: 9.5, bold: true }, 0, 2);
  for (const row of o.rows) w.item('•', `${row.status} — ${row.label}`, { size: 9.5, bold: true }, row.todo ?? '', 9.5);
}

function method(w: Writer, report: BoardReport) {
  w.heading(report.m.methodTitle, 2);
  for (const p of report.method) w.paragraph(p, { size: 9.5 }, 0, 2);
}

/** The answers and the notes left with them, question by question: only when the person chose it. */
function appendix(w: Writer, report: BoardReport, notes: NonNullable<BoardReport['appendix']>) {
  const { m } = report;
  w.newPage();
  w.heading(m.appendixTitle, 2);
  w.paragraph(notes.length ? m.appendixLead : m.appendixNone, { size: 9.5, color: INK_SOFT });
  for (const n of notes) w.item('•', n.question, { size: 9.5, bold: true }, `${n.answer} — ${n.note}`, 9.5);
}

function footers(w: Writer, report: BoardReport) {
  const { doc } = w;
  const total = doc.getNumberOfPages();
  for (let n = 1; n <= total; n++) {
    doc.setPage(n);
    doc.setDrawColor(...LINE);
    doc.setLineWidth(0.2);
    doc.line(MARGIN, PAGE_H - 15, PAGE_W - MARGIN, PAGE_H - 15);
    w.style({ size: 8, color: INK_SOFT });
    doc.text(w.t(report.footer), MARGIN, PAGE_H - 10);
    doc.text(w.t(report.m.page({ n, total })), PAGE_W - MARGIN, PAGE_H - 10, { align: 'right' });
  }
}

export function layoutBoardPdf(doc: jsPDF, report: BoardReport): jsPDF {
  const w = new Writer(doc, report.locale);
  doc.setProperties({
    title: pdfText(`${report.title} – ${report.organization}`, report.locale),
    subject: pdfText(report.m.coverKicker, report.locale),
    author: pdfText(report.organization, report.locale),
    creator: 'Diapason',
  });
  doc.setLanguage(report.locale === 'fr' ? 'fr-CA' : 'en-CA');
  cover(w, report);
  w.newPage();
  summary(w, report);
  if (report.path.columns.length > 1) path(w, report);
  dimensionPages(w, report);
  roadmap(w, report);
  readiness(w, report);
  obligations(w, report);
  method(w, report);
  if (report.appendix) appendix(w, report, report.appendix);
  footers(w, report);
  return doc;
}

/** The whole document, as bytes. jsPDF arrives here, on first use. */
/** `addPages`: optional pages drawn after the report, each its own section (the inventory's "our data assets"). */
export async function boardPdf(input: ReportInput, locale: Locale, addPages?: (doc: jsPDF) => void): Promise<ArrayBuffer> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  layoutBoardPdf(doc, buildBoardReport(input, locale));
  addPages?.(doc);
  return doc.output('arraybuffer');
}
