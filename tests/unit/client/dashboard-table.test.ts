import { describe, expect, it } from 'vitest';
import { dashboardTable, tableCsv } from '../../../src/client/sync/dashboard-table.ts';
import { filterKey } from '../../../src/core/disclosure.ts';
import type { SectorAggregates } from '../../../src/core/sync-api.ts';

const data: SectorAggregates = {
  questionnaireId: 'cqm-maturite',
  totals: { submissions: 60, organizations: 45 },
  periods: ['2026-Q3', '2026-Q4'],
  cells: [
    { period: '2026-Q3', dimensionId: 'collecte', filter: {}, n: 14, median: 2.5 },
    { period: '2026-Q4', dimensionId: 'collecte', filter: {}, n: 31, median: 2.8, stageShares: [10, 35, 40, 15, 0] },
    { period: '2026-Q4', dimensionId: 'collecte', filter: { role: 'producteur' }, n: 20, median: 3, stageShares: [5, 30, 45, 20, 0] },
    { period: '2026-Q4', dimensionId: 'usage', filter: {}, n: 30, median: 2.1 },
  ],
};

const labels = {
  group: 'Groupe',
  period: 'Trimestre',
  n: 'Organismes',
  median: 'Médiane',
  stage: (s: number) => `Stade ${s} (%)`,
  suppressed: 'masqué',
  groupName: (f: object) => (filterKey(f) === '' ? 'Tous; vraiment "tous"' : filterKey(f)),
};

describe('the dashboard table', () => {
  it('has everyone, then each value of the first criterion, then the pairs under it; one column per period', () => {
    const table = dashboardTable(data, { dimensionId: 'collecte', first: 'role', second: 'sizeBand' });
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
    const csv = tableCsv(dashboardTable(data, { dimensionId: 'collecte' }), labels, 'fr');
    expect(csv).toBe(
      '\ufeffGroupe;Trimestre;Organismes;Médiane;Stade 1 (%);Stade 2 (%);Stade 3 (%);Stade 4 (%);Stade 5 (%)\r\n' +
        '"Tous; vraiment ""tous""";2026-Q3;14;2,5\r\n' +
        '"Tous; vraiment ""tous""";2026-Q4;31;2,8;10;35;40;15;0\r\n',
    );
  });

  it('in English with a comma and a decimal point; hidden cells marked', () => {
    const hidden = tableCsv(dashboardTable({ ...data, cells: [] }, { dimensionId: 'collecte' }), { ...labels, suppressed: 'hidden', groupName: () => 'All' }, 'en');
    expect(hidden.split('\r\n').slice(1, 3)).toEqual(['All,2026-Q3,hidden', 'All,2026-Q4,hidden']);
    const shown = tableCsv(dashboardTable(data, { dimensionId: 'collecte' }), { ...labels, groupName: () => 'All' }, 'en');
    expect(shown.split('\r\n')[2]).toBe('All,2026-Q4,31,2.8,10,35,40,15,0');
  });
});
