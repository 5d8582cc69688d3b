/**
 * The board PDF bench's page: the app's own PDF code (src/client/pdf), fed a 48-item assessment
 * (6 dimensions × 8 items, texts as long as the real model's) with three earlier assessments from
 * the test builders. One call = one document, from the dynamic import of jsPDF to the last byte.
 */
import { boardPdf } from '../../src/client/pdf/board-pdf.ts';
import { makeReportInput } from '../../tests/support/report.ts';

declare global {
  interface Window {
    diapasonPdfBench: (locale: 'fr' | 'en') => Promise<{ ms: number; bytes: number; items: number }>;
  }
}

window.diapasonPdfBench = async (locale) => {
  const input = makeReportInput({ itemsPerDimension: 8, dimensions: 6, earlier: 3 });
  const started = performance.now();
  const pdf = await boardPdf(input, locale);
  return { ms: performance.now() - started, bytes: pdf.byteLength, items: input.questionnaire.items.length };
};
