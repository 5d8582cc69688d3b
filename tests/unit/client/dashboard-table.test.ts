import { describe, expect, it } from 'vitest';
import { dashboardTable, defaultFamily, familyRange, readinessCsv, readinessTable, sectorOverview, sharesOffHundred, tableCsv } from '../../../src/client/sync/dashboard-table.ts';
import { filterKey } from '../../../src/core/disclosure.ts';
import type { SectorAggregates } from '../../../src/core/sync-api.ts';

const data: SectorAggregates = {
  questionnaireId: 'cqm-maturite',
  demonstration: false,
  totals: { submissions: 60, organizations: 45 },
  periods: ['2026-Q3', '2026-Q4'],
  families: [
    { id: '1.0.0', versions: ['1.0.0', '1.1.0'] },
    { id: '2.0.0', versions: ['2.0.0'] },
  ],
  cells: [
    { period: '2026-Q3', family: '1.0.0', dimensionId: 'collecte', filter: {}, n: 14, median: 2.5 },
    { period: '2026-Q4', family: '1.0.0', dimensionId: 'collecte', filter: {}, n: 31, median: 2.8, stageShares: [10, 35, 40, 15, 0] },
    { period: '2026-Q4', family: '1.0.0', dimensionId: 'collecte', filter: { role: 'producteur' }, n: 20, median: 3, stageShares: [5, 30, 45, 20, 0] },
    { period: '2026-Q4', family: '1.0.0', dimensionId: 'usage', filter: {}, n: 30, median: 2.1 },
    { period: '2026-Q4', family: '2.0.0', dimensionId: 'collecte', filter: {}, n: 11, median: 4.4 },
  ],
  readiness: [
    { period: '2026-Q3', family: '1.0.0', filter: {}, band: '10-19' },
    { period: '2026-Q4', family: '1.0.0', filter: {}, n: 25, shares: { 'not-yet': 20, almost: 40, ready: 40 } },
    { period: '2026-Q4', family: '2.0.0', filter: {}, band: '10-19' },
  ],
};

const labels = {
  versions: 'Versions',
  versionsValue: '1.0.0–1.1.0',
  group: 'Groupe',
  period: 'Trimestre',
  n: 'Organismes',
  median: 'Médiane',
  stage: (s: number) => `Stade ${s} (%)`,
  suppressed: 'masqué',
  groupName: (f: object) => (filterKey(f) === '' ? 'Tous; vraiment "tous"' : filterKey(f)),
};

describe('the dashboard table', () => {
  it('names a family by its versions, and shows the current version’s family first', () => {
    expect(data.families.map(familyRange)).toEqual(['1.0.0\u20131.1.0', '2.0.0']);
    expect(defaultFamily(data.families, '1.1.0')).toBe('1.0.0');
    expect(defaultFamily(data.families, '3.0.0')).toBe('2.0.0');
    expect(defaultFamily([], '1.0.0')).toBeUndefined();
  });

  it('holds the cells of one family only: scores of versions that do not compare are never side by side', () => {
    expect(dashboardTable(data, { family: '2.0.0', dimensionId: 'collecte' }).rows[0]!.cells.map((c) => c?.median)).toEqual([undefined, 4.4]);
    expect(dashboardTable(data, { family: '1.0.0', dimensionId: 'collecte' }).rows[0]!.cells.map((c) => c?.median)).toEqual([2.5, 2.8]);
  });

  it('has a readiness table of the family by the same groups: the band for 10–19, n and shares from 20, hidden otherwise', () => {
    const table = readinessTable(data, { family: '1.0.0', first: 'role' });
    expect(table.rows).toHaveLength(1 + 4);
    expect(table.rows[0]!.cells).toEqual([data.readiness[0], data.readiness[1]]);
    expect(table.rows[1]!.cells).toEqual([undefined, undefined]);
    const csv = readinessCsv(
      table,
      { ...labels, bandValue: '10 à 19', outcome: (o) => `${o} (%)`, groupName: (f) => (filterKey(f) === '' ? 'Tous' : filterKey(f)) },
      'fr',
    );
    expect(csv.split('\r\n').slice(0, 4)).toEqual([
      '\ufeffVersions;Groupe;Trimestre;Organismes;not-yet (%);almost (%);ready (%)',
      '1.0.0–1.1.0;Tous;2026-Q3;10 à 19',
      '1.0.0–1.1.0;Tous;2026-Q4;25;20;40;40',
      '1.0.0–1.1.0;role=diffuseur;2026-Q3;masqué',
    ]);
  });

  it('has everyone, then each value of the first criterion, then the pairs under it; one column per period', () => {
    const table = dashboardTable(data, { family: '1.0.0', dimensionId: 'collecte', first: 'role', second: 'sizeBand' });
    expect(table.periods).toEqual(['2026-Q3', '2026-Q4']);
    expect(table.rows).toHaveLength(1 + 4 + 4 * 4);
    expect(table.rows.slice(0, 3).map((r) => [filterKey(r.filter), r.depth])).toEqual([
      ['', 0],
      ['role=diffuseur', 1],
      ['role=diffuseur;sizeBand=0-2', 2],
    ]);
    expect(table.rows[0]!.cells.map((c) => c?.median)).toEqual([2.5, 2.8]);
    const producers = table.rows.find((r) => filterKey(r.filter) === 'role=producteur')!;
    // Not published for 2026-Q3: undefined, shown as hidden.
    expect(producers.cells.map((c) => c?.n)).toEqual([undefined, 20]);
  });

  it('exports exactly what it shows as CSV, like the app’s other CSV files: French with ; and the decimal comma', () => {
    const csv = tableCsv(dashboardTable(data, { family: '1.0.0', dimensionId: 'collecte' }), labels, 'fr');
    expect(csv).toBe(
      '\ufeffVersions;Groupe;Trimestre;Organismes;Médiane;Stade 1 (%);Stade 2 (%);Stade 3 (%);Stade 4 (%);Stade 5 (%)\r\n' +
        '1.0.0–1.1.0;"Tous; vraiment ""tous""";2026-Q3;14;2,5\r\n' +
        '1.0.0–1.1.0;"Tous; vraiment ""tous""";2026-Q4;31;2,8;10;35;40;15;0\r\n',
    );
  });

  it('in English with a comma and a decimal point; hidden cells marked', () => {
    const hidden = tableCsv(dashboardTable({ ...data, cells: [] }, { family: '1.0.0', dimensionId: 'collecte' }), { ...labels, suppressed: 'hidden', groupName: () => 'All' }, 'en');
    expect(hidden.split('\r\n').slice(1, 3)).toEqual(['1.0.0–1.1.0,All,2026-Q3,hidden', '1.0.0–1.1.0,All,2026-Q4,hidden']);
    const shown = tableCsv(dashboardTable(data, { family: '1.0.0', dimensionId: 'collecte' }), { ...labels, groupName: () => 'All' }, 'en');
    expect(shown.split('\r\n')[2]).toBe('1.0.0–1.1.0,All,2026-Q4,31,2.8,10,35,40,15,0');
  });
});

describe('the sector overview', () => {
  it('gives every dimension’s everyone cells of one family, period by period, withheld ones empty', () => {
    const overview = sectorOverview(data, '1.0.0', ['collecte', 'usage', 'culture']);
    expect(overview.periods).toEqual(['2026-Q3', '2026-Q4']);
    expect(overview.dimensions.map((d) => d.cells.map((c) => c?.median))).toEqual([
      [2.5, 2.8],
      [undefined, 2.1],
      [undefined, undefined],
    ]);
    // The other family's 4.4 is never in it.
    expect(sectorOverview(data, '2.0.0', ['collecte']).dimensions[0]!.cells.map((c) => c?.median)).toEqual([undefined, 4.4]);
  });

  it('notices shares that do not add up to 100 %, and only those', () => {
    expect(sharesOffHundred(data.cells)).toBe(false);
    expect(sharesOffHundred(data.readiness)).toBe(false);
    expect(sharesOffHundred([undefined, { ...data.cells[1]!, stageShares: [10, 35, 40, 20, 0] }])).toBe(true);
    expect(sharesOffHundred([{ period: '2026-Q4', family: '1.0.0', filter: {}, n: 21, shares: { 'not-yet': 35, almost: 35, ready: 35 } }])).toBe(true);
  });
});
