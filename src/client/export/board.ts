/**
 * The board PDF, from the moment someone asks for it: the PDF code and jsPDF load now (dynamic
 * import), the document is made in memory and handed to the browser's downloads.
 */
import type { Locale } from '../../core/text.ts';
import type { ReportInput } from '../report/content.ts';
import * as report from '../i18n/report.ts';
import { fileName, saveFile } from './download.ts';
import type { InventoryPdfInput } from '../pdf/inventory-pdf.ts';

/** `dataAssets`: the inventory, when the person asked for the optional page "our data assets". */
export async function downloadBoardPdf(input: ReportInput, language: Locale, dataAssets?: InventoryPdfInput): Promise<void> {
  // User Timing: `npm run bench` reads how long the whole thing took from this measure.
  const started = performance.now();
  const { boardPdf } = await import('../pdf/board-pdf.ts');
  const assets = dataAssets ? await import('../pdf/inventory-pdf.ts') : undefined;
  const bytes = await boardPdf(input, language, assets && dataAssets ? (doc) => assets.addDataAssetsPage(doc, dataAssets, language) : undefined);
  performance.measure('diapason:board-pdf', { start: started, end: performance.now() });
  saveFile(fileName(input.organizationName, report[language].fileBoard, input.generatedAt, 'pdf'), 'application/pdf', bytes);
}
