import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { personalInformationInventory, personalInformationRows } from '../../../../src/core/inventory/law25.ts';
import { inventoryEvents, withExportDate } from '../../../../src/core/inventory/timeline.ts';
import { bundledLists, makeSource } from '../../../support/inventory.ts';

const lists = bundledLists();

describe('Law 25 inventory of personal information', () => {
  it('lists only sources holding personal information, with only the personal categories', () => {
    const box = makeSource({
      tool: 'Tuxedo',
      holds: ['acheteurs-nommes', 'prix', 'courriels'],
      purpose: 'Vente de billets',
      access: 'Direction, billetterie',
      retention: '7 ans',
      hosting: 'quebec',
    });
    const analytics = makeSource({ kind: 'analytique-web', tool: 'Matomo', holds: ['statistiques-anonymes'] });
    const rows = personalInformationInventory(lists, [box, analytics]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ sourceId: box.id, tool: 'Tuxedo', categories: ['acheteurs-nommes', 'courriels'], transfer: 'quebec', flag: null });
  });

  it('flags a source hosted outside Québec (assessment before transfer) and one whose hosting is unknown', () => {
    const mail = makeSource({ kind: 'infolettre', tool: 'Mailchimp', holds: ['courriels'], hosting: 'hors-canada' });
    const canada = makeSource({ kind: 'dons', tool: 'CanaDon', holds: ['dons'], hosting: 'reste-canada' });
    const unknown = makeSource({ kind: 'tableurs', tool: 'Excel', holds: ['telephones'], hosting: 'inconnu' });
    expect(personalInformationInventory(lists, [mail, canada, unknown]).map((r) => r.flag)).toEqual([
      'assessment-required',
      'assessment-required',
      'hosting-unknown',
    ]);
  });

  it('a table with labels in the chosen language; missing fields are empty, never "undefined"', () => {
    const mail = makeSource({ kind: 'infolettre', tool: 'Mailchimp', holds: ['courriels', 'dates-consentement'], hosting: 'hors-canada' });
    const [row] = personalInformationRows(lists, personalInformationInventory(lists, [mail]), 'en');
    expect(row).toEqual({
      source: 'Mailchimp (Newsletter)',
      information: 'Emails; Consent dates',
      purpose: '',
      operator: 'A ticketing provider',
      access: '',
      hosting: 'Outside Canada',
      retention: '',
      flag: 'assessment-required',
    });
    expect(JSON.stringify(personalInformationRows(lists, personalInformationInventory(lists, [mail]), 'fr'))).toContain('Courriels; Dates de consentement');
  });

  it('every source with a personal category appears once, and nothing else (property)', () => {
    const personal = new Set(lists.dataCategories.filter((c) => c.personal).map((c) => c.id));
    const category = fc.constantFrom(...lists.dataCategories.map((c) => c.id));
    fc.assert(
      fc.property(
        fc.array(fc.record({ holds: fc.uniqueArray(category, { maxLength: 5 }), hosting: fc.constantFrom(...lists.hostingPlaces.map((h) => h.id)) }), { maxLength: 8 }),
        (specs) => {
          const sources = specs.map((s) => makeSource(s));
          const rows = personalInformationInventory(lists, sources);
          expect(rows.map((r) => r.sourceId)).toEqual(sources.filter((s) => s.holds.some((h) => personal.has(h))).map((s) => s.id));
          for (const r of rows) {
            expect(r.categories.every((c) => personal.has(c))).toBe(true);
            expect(r.flag === null).toBe(r.transfer === 'quebec');
          }
        },
      ),
    );
  });
});

describe('the inventory over time', () => {
  const now = '2026-03-01T10:00:00.000Z';
  it('a source recorded with a self-service export is dated from then; losing the export clears it', () => {
    const added = withExportDate(lists, undefined, makeSource({ export: 'oui' }), now);
    expect(added.exportSince).toBe(now);
    const later = withExportDate(lists, added, { ...added, exportFormat: 'CSV' }, '2026-04-01T00:00:00.000Z');
    expect(later.exportSince).toBe(now);
    const lost = withExportDate(lists, later, { ...later, export: 'sur-demande' }, '2026-05-01T00:00:00.000Z');
    expect(lost.exportSince).toBeUndefined();
  });

  it('gaining an export later is dated when it was gained', () => {
    const before = makeSource({ export: 'sur-demande', createdAt: '2026-01-01T00:00:00.000Z' });
    const after = withExportDate(lists, before, { ...before, export: 'oui' }, now);
    expect(after.exportSince).toBe(now);
    expect(inventoryEvents([after])).toEqual([
      { at: '2026-01-01T00:00:00.000Z', kind: 'added', sourceId: before.id, tool: 'Tuxedo' },
      { at: now, kind: 'export', sourceId: before.id, tool: 'Tuxedo' },
    ]);
  });

  it('a source added with its export already gives one "added" event, not two', () => {
    const s = withExportDate(lists, undefined, makeSource({ export: 'oui', createdAt: now }), now);
    expect(inventoryEvents([s]).map((e) => e.kind)).toEqual(['added']);
  });
});
