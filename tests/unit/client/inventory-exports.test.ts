/**
 * The Law 25 inventory as CSV (read back) and as a PDF page (read back with pdftotext), and the board
 * PDF's optional page "our data assets": what a person, an auditor or a board member will read.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { law25Csv } from '../../../src/client/export/inventory.ts';
import { addDataAssetsPage, law25Pdf } from '../../../src/client/pdf/inventory-pdf.ts';
import { boardPdf } from '../../../src/client/pdf/board-pdf.ts';
import { bundledLists, makeSource } from '../../support/inventory.ts';
import { makeReportInput } from '../../support/report.ts';
import { parseCsv } from '../../support/csv.ts';

const lists = bundledLists();
const dir = mkdtempSync(join(tmpdir(), 'diapason-inventory-pdf-'));
const sources = [
  makeSource({ tool: 'Tuxedo', holds: ['acheteurs-nommes', 'codes-postaux', 'prix'], purpose: 'Vente de billets', access: 'Direction; billetterie', retention: '7 ans', hosting: 'quebec', export: 'oui' }),
  makeSource({ kind: 'infolettre', tool: 'Mailchimp', operator: 'nous', holds: ['courriels'], hosting: 'hors-canada', export: 'oui' }),
  makeSource({ kind: 'analytique-web', tool: 'Matomo', operator: 'nous', holds: ['statistiques-anonymes'], hosting: 'quebec' }),
];

function text(bytes: ArrayBuffer, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, new Uint8Array(bytes));
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
}

describe('the Law 25 inventory', () => {
  it('as CSV in French: semicolons, one row per source holding personal information, flags worded', () => {
    const rows = parseCsv(law25Csv(lists, sources, 'fr'), ';');
    expect(rows[0]).toEqual(['Source', 'Renseignements personnels', 'Fin', 'Exploitée par', 'Accès', 'Hébergement', 'Conservation', 'À faire']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['Tuxedo (Billetterie)', 'Mailchimp (Infolettre)']);
    expect(rows[1]).toEqual(['Tuxedo (Billetterie)', 'Acheteurs nommés; Codes postaux', 'Vente de billets', 'Un fournisseur de billetterie', 'Direction; billetterie', 'Au Québec', '7 ans', '']);
    expect(rows[2]?.[7]).toBe('Évaluation des facteurs relatifs à la vie privée avant le transfert hors du Québec');
  });

  it('as CSV in English: commas', () => {
    const rows = parseCsv(law25Csv(lists, sources, 'en'), ',');
    expect(rows[0]?.[1]).toBe('Personal information');
    expect(rows[2]).toEqual(['Mailchimp (Newsletter)', 'Emails', '', 'Us', '', 'Outside Canada', '', 'Privacy impact assessment before the transfer outside Québec']);
  });

  it('as a PDF page, read back with pdftotext', async () => {
    const fr = text(await law25Pdf({ lists, sources, organization: 'Ensemble Aurore', generatedAt: '2026-11-21T12:00:00.000Z' }, 'fr'), 'law25-fr.pdf');
    expect(fr).toContain('Inventaire des renseignements personnels — Ensemble Aurore');
    expect(fr).toContain('21 novembre 2026');
    expect(fr).toContain('Tuxedo');
    expect(fr).toContain('Mailchimp');
    expect(fr).not.toContain('Matomo');
    expect(fr.replace(/\s+/g, ' ')).toContain('Évaluation des facteurs');
    const en = text(await law25Pdf({ lists, sources: [], organization: 'Ensemble Aurore', generatedAt: '2026-11-21T12:00:00.000Z' }, 'en'), 'law25-en.pdf');
    expect(en).toContain('No recorded source holds personal information.');
  });

  it('the board PDF gains the page "our data assets" only when asked for', async () => {
    const input = makeReportInput();
    const without = text(await boardPdf(input, 'fr'), 'board-without.pdf');
    expect(without).not.toContain('Nos actifs de données');
    const withPage = text(
      await boardPdf(input, 'fr', (doc) => addDataAssetsPage(doc, { lists, sources, organization: input.organizationName, generatedAt: input.generatedAt }, 'fr')),
      'board-with.pdf',
    );
    const last = withPage.split('\f').filter((p) => p.trim()).at(-1) ?? '';
    expect(last).toContain('Nos actifs de données');
    expect(last).toContain('Matomo');
    expect(last.replace(/\s+/g, ' ')).toContain('Oui, nous-mêmes · Nous');
    expect(withPage.split('\f').filter((p) => p.trim()).length).toBe(without.split('\f').filter((p) => p.trim()).length + 1);
    // Two whole board PDFs, each read back: a few seconds on a busy machine.
  }, 30_000);
});
