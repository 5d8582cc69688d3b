/**
 * The CQM dashboard's table: rows of peer groups, one column per period, built only from published
 * cells (absent cells are shown as hidden); and the CSV of exactly that table.
 */
import { FILTER_VALUES, filterKey, type CellFilter, type FilterKey, type PublishedCell } from '../../core/disclosure.ts';
import type { SectorAggregates } from '../../core/sync-api.ts';
import { toCsv, type CsvCell } from '../../core/csv.ts';
import type { Locale } from '../../core/text.ts';
import { CSV_BOM, separatorFor } from '../export/csv.ts';
import { formatScore } from '../i18n/format.ts';

export interface TableSpec {
  dimensionId: string;
  first?: FilterKey | undefined;
  second?: FilterKey | undefined;
}

export interface TableRow {
  filter: CellFilter;
  /** 0 for everyone, 1 for a first-criterion group, 2 for a pair. */
  depth: number;
  /** One per period, in the table's period order; undefined when not published. */
  cells: (PublishedCell | undefined)[];
}

export interface Table {
  periods: string[];
  rows: TableRow[];
}

export function dashboardTable(data: SectorAggregates, spec: TableSpec): Table {
  const byKey = new Map<string, PublishedCell>();
  for (const cell of data.cells) {
    if (cell.dimensionId === spec.dimensionId) byKey.set(`${cell.period}|${filterKey(cell.filter)}`, cell);
  }
  const row = (filter: CellFilter, depth: number): TableRow => ({
    filter,
    depth,
    cells: data.periods.map((p) => byKey.get(`${p}|${filterKey(filter)}`)),
  });
  const rows: TableRow[] = [row({}, 0)];
  const second = spec.second !== spec.first ? spec.second : undefined;
  if (spec.first) {
    for (const a of FILTER_VALUES[spec.first]) {
      rows.push(row({ [spec.first]: a }, 1));
      if (second) for (const b of FILTER_VALUES[second]) rows.push(row({ [spec.first]: a, [second]: b }, 2));
    }
  }
  return { periods: data.periods, rows };
}

export interface CsvLabels {
  group: string;
  period: string;
  n: string;
  median: string;
  stage: (stage: number) => string;
  suppressed: string;
  groupName: (filter: CellFilter) => string;
}

/**
 * One line per group and period, the way the app's other CSV files are written (src/client/export/):
 * in French a semicolon and the decimal comma, in English a comma and a point; a byte-order mark so
 * spreadsheets read the accents.
 */
export function tableCsv(table: Table, labels: CsvLabels, locale: Locale): string {
  const lines: CsvCell[][] = [[labels.group, labels.period, labels.n, labels.median, ...[1, 2, 3, 4, 5].map(labels.stage)]];
  for (const row of table.rows) {
    table.periods.forEach((period, i) => {
      const cell = row.cells[i];
      const name = labels.groupName(row.filter);
      if (!cell) lines.push([name, period, labels.suppressed]);
      else lines.push([name, period, cell.n, formatScore(cell.median, locale), ...(cell.stageShares ?? [])]);
    });
  }
  return CSV_BOM + toCsv(lines, separatorFor(locale));
}
