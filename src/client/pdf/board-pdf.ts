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
import { FOCUS_LIMIT } from '../../core/plan.ts';
import { ACCENT, BAND, BRAND, INK, INK_SOFT, LINE, MARGIN, PAGE_W, WIDTH, Writer } from './writer.ts';
import * as inventoryLink from '../i18n/inventory-link.ts';

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

/** What changed since the previous assessment, and the path drawn small: three dimensions a row. */
function changed(w: Writer, report: BoardReport) {
  const { m, b } = report;
  if (!report.changed) return;
  w.keep(() => {
    w.heading(b.changedTitle, 2);
    w.paragraph(report.changed ?? '', { size: 10 });
  });
  if (report.path.columns.length < 2) return;
  const perRow = 3;
  const gap = 6;
  const box = { w: (WIDTH - 2 * gap) / perRow, h: 36 };
  const rows = Math.ceil(report.path.series.length / perRow);
  const intro = () => {
    w.heading(b.pathChartsTitle, 3);
    w.paragraph(m.pathIntro, { size: 8.5, color: INK_SOFT }, 0, 2);
  };
  // The title, its note and the first row of charts stay together.
  w.ensure(w.measure(intro) + box.h + 3);
  intro();
  for (let row = 0; row < rows; row++) {
    w.ensure(box.h + 3);
    report.path.series.slice(row * perRow, row * perRow + perRow).forEach((series, i) => {
      if (!w.dry) miniLine(w, { x: MARGIN + i * (box.w + gap), y: w.y, ...box }, report, series);
    });
    w.y += box.h + 3;
  }
}

/** The plan's columns, for the focus and the full plan alike. */
function planTable(w: Writer, report: BoardReport, rows: BoardReport['focus']) {
  const { m } = report;
  w.table(
    [
      { title: m.colNumber, width: 8 },
      { title: m.colAction, width: 58 },
      { title: m.colDimension, width: 26 },
      { title: m.colEffort, width: 15 },
      { title: m.colOwner, width: 24 },
      { title: m.colDue, width: 22 },
      { title: m.colStatus, width: 21 },
    ],
    // The source an action concerns goes under its text, so the table keeps its columns.
    rows.map((r) => [String(r.n), r.source ? `${r.text}\n${inventoryLink[report.locale].planSourceLine({ source: r.source })}` : r.text, r.dimension, r.effort, r.owner, r.due, r.status]),
    8.5,
  );
}

function focus(w: Writer, report: BoardReport) {
  const { b } = report;
  w.keep(() => {
    w.heading(b.focusTitle, 2);
    w.paragraph(b.focusIntro({ limit: FOCUS_LIMIT }), { size: 9, color: INK_SOFT }, 0, 2);
  });
  if (!report.focus.length) w.paragraph(b.focusNone, { size: 9.5 });
  else planTable(w, report, report.focus);
}

/** One short block per dimension, each on one page: stage, why it is capped, the spread, where its actions are. */
function dimensions(w: Writer, report: BoardReport) {
  w.ensure(60);
  w.heading(report.b.dimensionsTitle, 2);
  for (const d of report.dimensions) {
    w.keep(() => {
      w.heading(d.title, 3);
      w.paragraph(d.scoreLine, { size: 10, bold: true, color: BRAND }, 0, 1);
      if (d.description) w.paragraph(d.description, { size: 9.5 }, 0, 1);
      if (d.capped) w.paragraph(d.capped, { size: 9.5, color: ACCENT }, 0, 1);
      w.paragraph(d.facts.join(' · '), { size: 8.5, color: INK_SOFT }, 0, 1);
      w.paragraph(`${d.outlook} ${d.plan}`, { size: 9.5 }, 0, 2);
    });
  }
}

/** The full plan, in the appendix: the backlog by horizon with its numbers, then what is done. */
function fullPlan(w: Writer, report: BoardReport) {
  const { b } = report;
  w.newPage();
  w.heading(b.planTitle, 2);
  w.paragraph(b.planIntro, { size: 9.5, color: INK_SOFT }, 0, 3);
  for (const group of report.plan) {
    if (!group.rows.length) continue;
    w.heading(`${group.horizon} (${group.rows.length})`, 3);
    planTable(w, report, group.rows);
  }
}

/** The path as figures, in the appendix. */
function pathTable(w: Writer, report: BoardReport) {
  const { m, b } = report;
  const columns = report.path.columns;
  if (columns.length < 2) return;
  w.ensure(50);
  w.heading(b.pathTableTitle, 2);
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

function readiness(w: Writer, report: BoardReport) {
  const { m } = report;
  const r = report.readiness;
  // A questionnaire version without a readiness checklist has no readiness section.
  if (!r) return;
  // Readiness is read as one: never split across two pages.
  w.keep(() => {
    w.heading(report.readinessTitle, 2);
    w.paragraph(r.outcome, { size: 11, bold: true, color: BRAND }, 0, 1);
    w.paragraph(r.body, { size: 9.5 });
    w.heading(r.missingTitle, 3);
    if (!r.missing.length) w.paragraph(m.readinessNothingMissing, { size: 9.5 });
    for (const item of r.missing) w.item('•', item.label, { size: 9.5, bold: true }, item.text, 9.5);
  });
}

/** The legal-obligations checklist: its own heading, after readiness, never mixed with a score. */
function obligations(w: Writer, report: BoardReport) {
  const o = report.obligations;
  if (!o) return;
  // A short checklist, read as one: on one page.
  w.keep(() => {
    w.heading(o.title, 2);
    w.paragraph(o.description, { size: 9.5 }, 0, 1);
    w.paragraph(o.notScore, { size: 9, color: INK_SOFT }, 0, 1);
    w.paragraph(o.counts, { size: 9.5, bold: true }, 0, 2);
    for (const row of o.rows) w.item('•', `${row.status} — ${row.label}`, { size: 9.5, bold: true }, row.todo ?? '', 9.5);
  });
}

function method(w: Writer, report: BoardReport) {
  w.keep(() => {
    w.heading(report.m.methodTitle, 2);
    for (const p of report.method) w.paragraph(p, { size: 8.5, color: INK_SOFT }, 0, 1.5);
  });
}

/** The answers and the notes left with them, question by question: only when the person chose it. */
function appendix(w: Writer, report: BoardReport, notes: NonNullable<BoardReport['appendix']>) {
  const { m } = report;
  w.ensure(60);
  w.heading(m.appendixTitle, 2);
  w.paragraph(notes.length ? m.appendixLead : m.appendixNone, { size: 9.5, color: INK_SOFT });
  for (const n of notes) w.item('•', n.question, { size: 9.5, bold: true }, `${n.answer} — ${n.note}`, 9.5);
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
  changed(w, report);
  focus(w, report);
  dimensions(w, report);
  readiness(w, report);
  obligations(w, report);
  method(w, report);
  // The appendix, when the person chose it: the full plan, the path as figures, the answers and notes.
  if (report.appendix) {
    fullPlan(w, report);
    pathTable(w, report);
    appendix(w, report, report.appendix);
  }
  w.footers(report.footer, (n, total) => report.m.page({ n, total }));
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
