/**
 * The whole questionnaire on paper, for a committee reviewing a file or an organization reading the
 * questions before it starts: every dimension with its stages, every item in the order a respondent
 * meets it with its help and its statement per level, each statement's next step with effort and
 * horizon, the dimension's actions, then readiness and obligations when the file has them. Loaded
 * only when someone asks for it, and it loads jsPDF the same way. The layout is the board PDF's
 * (./writer.ts); the content is core's listing model (src/core/questionnaire/listing.ts).
 */
import type { jsPDF } from 'jspdf';
import type { Locale } from '../../core/text.ts';
import type { Questionnaire } from '../../core/questionnaire/schema.ts';
import { buildListing, type Listing, type ListingCriterion, type ListingDimension, type ListingItem } from '../../core/questionnaire/listing.ts';
import * as listingText from '../i18n/listing.ts';
import * as roadmap from '../i18n/roadmap.ts';
import { formatDate } from '../i18n/format.ts';
import { effortName, horizonName } from '../report/labels.ts';
import { pdfText } from './text.ts';
import { BRAND, INK, INK_SOFT, MARGIN, PAGE_W, WIDTH, Writer } from './writer.ts';

type Messages = typeof listingText.fr;

interface Context {
  w: Writer;
  m: Messages;
  r: typeof roadmap.fr;
  listing: Listing;
}

function cover({ w, m, listing }: Context, producedOn: string) {
  const { doc } = w;
  doc.setFillColor(...BRAND);
  doc.rect(0, 0, PAGE_W, 52, 'F');
  w.y = 22;
  w.style({ size: 11, bold: true, color: [255, 255, 255] });
  doc.text(w.t(m.kicker), MARGIN, w.y);
  w.y = 34;
  for (const line of w.lines(listing.title, WIDTH, { size: 20, bold: true })) {
    w.style({ size: 20, bold: true, color: [255, 255, 255] });
    doc.text(line, MARGIN, w.y);
    w.y += 8.5;
  }
  w.y = Math.max(w.y, 52) + 8;
  w.paragraph(m.facts({ version: listing.version, dimensions: listing.dimensions.length, items: listing.itemCount }), { size: 11, bold: true, color: BRAND }, 0, 2);
  w.paragraph(listing.description, { size: 10.5 }, 0, 2);
  w.paragraph(m.produced({ date: producedOn }), { size: 9, color: INK_SOFT }, 0, 4);
  w.keep(() => {
    w.heading(m.howToReadTitle, 2);
    w.paragraph(m.howToRead, { size: 9.5 }, 0, 3);
  });
  w.keep(() => {
    w.heading(m.stagesTitle, 2);
    for (const stage of listing.stages) w.item(String(stage.level), stage.name, { size: 10 });
  });
}

function statementsTable({ w, m, r }: Context, item: ListingItem) {
  w.table(
    [
      { title: m.colLevel, width: 24 },
      { title: m.colStatement, width: 56 },
      { title: m.colNextStep, width: 56 },
      { title: m.colEffort, width: 16 },
      { title: m.colHorizon, width: 22 },
    ],
    item.statements.map((s) => [
      `${s.level} · ${s.stage}`,
      s.text,
      s.nextStep?.text ?? m.noNextStep,
      s.nextStep?.effort ? effortName(r, s.nextStep.effort) : '',
      s.nextStep?.horizon ? horizonName(r, s.nextStep.horizon, true) : '',
    ]),
    8.5,
  );
}

function item(ctx: Context, item: ListingItem) {
  const { w, m, listing } = ctx;
  const notes = [
    ...(item.appliesTo ? [m.appliesTo({ modes: item.appliesTo.join(', ') })] : []),
    ...(item.notApplicable ? [m.notApplicable({ reason: item.notApplicable })] : []),
    ...(item.weight !== 1 ? [m.weight({ weight: new Intl.NumberFormat(listing.locale).format(item.weight) })] : []),
  ];
  const head = () => {
    w.heading(m.questionHeading({ n: item.number, question: item.question }), 3);
    w.paragraph(`${m.helpLabel} — ${item.help}`, { size: 9, color: INK_SOFT }, 0, 1);
    for (const note of notes) w.paragraph(note, { size: 9, color: INK_SOFT }, 0, 1);
    for (const v of item.variants) {
      w.paragraph(m.variant({ modes: v.salesModes.join(', ') }), { size: 9, bold: true, color: INK_SOFT }, 0, 0.5);
      for (const text of [v.question, v.help]) if (text) w.paragraph(text, { size: 9, color: INK_SOFT }, 4, 0.5);
    }
    w.y += 1;
  };
  // The question, its help and its statements stay on one page when they fit on one.
  w.keep(() => {
    head();
    statementsTable(ctx, item);
  });
}

function dimension(ctx: Context, d: ListingDimension) {
  const { w, m, r } = ctx;
  w.newPage();
  w.heading(m.dimensionHeading({ n: d.number, label: d.label }), 1);
  w.paragraph(d.description, { size: 10 }, 0, 2);
  w.keep(() => {
    w.heading(m.dimensionStages, 3);
    for (const s of d.stages) w.item(String(s.level), `${s.name} — ${s.description}`, { size: 9 });
  });
  for (const f of d.floors) w.paragraph(m.floor(f), { size: 9, color: INK_SOFT }, 0, 1);
  for (const i of d.items) item(ctx, i);
  if (d.actions.length) {
    w.keep(() => {
      w.heading(m.actionsTitle, 2);
      w.table(
        [
          { title: m.colStage, width: 30 },
          { title: m.colAction, width: 98 },
          { title: m.colEffort, width: 18 },
          { title: m.colHorizon, width: 28 },
        ],
        d.actions.map((a) => [`${a.targetStage} · ${a.stage}`, a.text, effortName(r, a.effort), horizonName(r, a.horizon, true)]),
        8.5,
      );
    });
  }
}

function criteria({ w, m }: Context, list: ListingCriterion[]) {
  for (const c of list) {
    w.keep(() => {
      const tags = [...(c.essential ? [m.essential] : []), c.match === 'any' ? m.matchAny : m.matchAll].join(' · ');
      w.paragraph(`${c.label} (${tags})`, { size: 10, bold: true, color: BRAND }, 0, 0.5);
      for (const condition of c.requires) w.item('•', m.condition(condition), { size: 9 });
      w.paragraph(m.missingLabel({ text: c.missing }), { size: 9, color: INK_SOFT }, 7, 2);
    });
  }
}

function appendices(ctx: Context) {
  const { w, m, listing } = ctx;
  if (listing.readiness) {
    w.newPage();
    w.heading(m.readinessTitle, 1);
    w.paragraph(m.readinessIntro({ n: listing.readiness.almostMaxMissing }), { size: 9.5, color: INK_SOFT }, 0, 3);
    criteria(ctx, listing.readiness.criteria);
  }
  if (listing.obligations) {
    w.newPage();
    w.heading(listing.obligations.title, 1);
    w.paragraph(listing.obligations.description, { size: 9.5, color: INK_SOFT }, 0, 3);
    criteria(ctx, listing.obligations.criteria);
  }
}

export function layoutListingPdf(doc: jsPDF, listing: Listing, producedAt: string): jsPDF {
  const locale = listing.locale;
  const ctx: Context = { w: new Writer(doc, locale), m: listingText[locale], r: roadmap[locale], listing };
  doc.setProperties({
    title: pdfText(`${listing.title} ${listing.version}`, locale),
    subject: pdfText(ctx.m.kicker, locale),
    creator: 'Diapason',
  });
  doc.setLanguage(locale === 'fr' ? 'fr-CA' : 'en-CA');
  ctx.w.style({ color: INK });
  cover(ctx, formatDate(producedAt, locale));
  for (const d of listing.dimensions) dimension(ctx, d);
  appendices(ctx);
  ctx.w.footers(ctx.m.footer({ title: listing.title, version: listing.version }), (n, total) => ctx.m.page({ n, total }));
  return doc;
}

/** The listing of one questionnaire in one language, as PDF bytes. jsPDF arrives here, on first use. */
export async function listingPdf(questionnaire: Questionnaire, locale: Locale, producedAt: string): Promise<ArrayBuffer> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  layoutListingPdf(doc, buildListing(questionnaire, locale), producedAt);
  return doc.output('arraybuffer');
}

/** `cqm-maturite-3.0.0_questions.pdf`: the file names the questionnaire and its version. */
export function listingFileName(questionnaire: Pick<Questionnaire, 'id' | 'version'>, locale: Locale): string {
  return `${questionnaire.id}-${questionnaire.version}_${listingText[locale].fileWhat}.pdf`;
}
