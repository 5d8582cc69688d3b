/**
 * The CQM dashboard's tables, each of one version family (scores of versions that do not compare are
 * never in one table): rows of peer groups, one column per period, built only from published cells
 * (absent cells are shown as hidden); scores of one dimension, or pooling readiness; and the CSV of
 * exactly each table.
 */
import {
  FILTER_VALUES,
  filterKey,
  type CellFilter,
  type FilterKey,
  type PublishedCell,
  type PublishedReadinessCell,
} from '../../core/disclosure.ts';
import { READINESS_OUTCOMES, type ReadinessOutcome } from '../../core/readiness.ts';
import type { SectorAggregates } from '../../core/sync-api.ts';
import { toCsv, type CsvCell } from '../../core/csv.ts';
import type { Locale } from '../../core/text.ts';
import { CSV_BOM, separatorFor } from '../export/csv.ts';
import { formatScore } from '../i18n/format.ts';

export interface GroupSpec {
  /** The version family shown (its id, the oldest version). */
  family: string;
  first?: FilterKey | undefined;
  second?: FilterKey | undefined;
}

export interface TableSpec extends GroupSpec {
  dimensionId: string;
}

export interface TableRow<C = PublishedCell> {
  filter: CellFilter;
  /** 0 for everyone, 1 for a first-criterion group, 2 for a pair. */
  depth: number;
  /** One per period, in the table's period order; undefined when not published. */
  cells: (C | undefined)[];
}

export interface Table<C = PublishedCell> {
  /** The family every cell is of. */
  family: string;
  periods: string[];
  rows: TableRow<C>[];
}

/** "1.0.0", or "1.0.0–1.1.0" for a family of several versions (first and last). */
export function familyRange(family: { id: string; versions: readonly string[] }): string {
  const first = family.versions[0] ?? family.id;
  const last = family.versions.at(-1) ?? first;
  return first === last ? first : `${first}–${last}`;
}

/** The family to show first: the one the app's current version belongs to, else the newest. */
export function defaultFamily(families: readonly { id: string; versions: readonly string[] }[], currentVersion: string): string | undefined {
  return (families.find((f) => f.versions.includes(currentVersion)) ?? families.at(-1))?.id;
}

export function dashboardTable(data: SectorAggregates, spec: TableSpec): Table {
  return groupTable(
    data,
    data.cells.filter((cell) => cell.family === spec.family && cell.dimensionId === spec.dimensionId),
    spec,
  );
}

/** Pooling readiness of one family, by the same groups. */
export function readinessTable(data: SectorAggregates, spec: GroupSpec): Table<PublishedReadinessCell> {
  return groupTable(
    data,
    data.readiness.filter((cell) => cell.family === spec.family),
    spec,
  );
}

function groupTable<C extends { period: string; filter: CellFilter }>(data: SectorAggregates, cells: C[], spec: GroupSpec): Table<C> {
  const byKey = new Map<string, C>();
  for (const cell of cells) byKey.set(`${cell.period}|${filterKey(cell.filter)}`, cell);
  const row = (filter: CellFilter, depth: number): TableRow<C> => ({
    filter,
    depth,
    cells: data.periods.map((p) => byKey.get(`${p}|${filterKey(filter)}`)),
  });
  const rows: TableRow<C>[] = [row({}, 0)];
  const second = spec.second !== spec.first ? spec.second : undefined;
  if (spec.first) {
    for (const a of FILTER_VALUES[spec.first]) {
      rows.push(row({ [spec.first]: a }, 1));
      if (second) for (const b of FILTER_VALUES[second]) rows.push(row({ [spec.first]: a, [second]: b }, 2));
    }
  }
  return { family: spec.family, periods: data.periods, rows };
}

export interface CsvLabels {
  /** The column naming the versions the figures are of, and its value for this table. */
  versions: string;
  versionsValue: string;
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
  const lines: CsvCell[][] = [[labels.versions, labels.group, labels.period, labels.n, labels.median, ...[1, 2, 3, 4, 5].map(labels.stage)]];
  for (const row of table.rows) {
    table.periods.forEach((period, i) => {
      const cell = row.cells[i];
      const start = [labels.versionsValue, labels.groupName(row.filter), period];
      if (!cell) lines.push([...start, labels.suppressed]);
      else lines.push([...start, cell.n, formatScore(cell.median, locale), ...(cell.stageShares ?? [])]);
    });
  }
  return CSV_BOM + toCsv(lines, separatorFor(locale));
}

export interface ReadinessCsvLabels extends Omit<CsvLabels, 'median' | 'stage'> {
  /** What a 10–19 cell shows in the organizations column: its band, never a count. */
  bandValue: string;
  outcome: (outcome: ReadinessOutcome) => string;
}

/** The readiness table as CSV: band for 10–19 organizations, count and share per outcome from 20. */
export function readinessCsv(table: Table<PublishedReadinessCell>, labels: ReadinessCsvLabels, locale: Locale): string {
  const lines: CsvCell[][] = [[labels.versions, labels.group, labels.period, labels.n, ...READINESS_OUTCOMES.map(labels.outcome)]];
  for (const row of table.rows) {
    table.periods.forEach((period, i) => {
      const cell = row.cells[i];
      const start = [labels.versionsValue, labels.groupName(row.filter), period];
      if (!cell) lines.push([...start, labels.suppressed]);
      else if ('band' in cell) lines.push([...start, labels.bandValue]);
      else lines.push([...start, cell.n, ...READINESS_OUTCOMES.map((o) => cell.shares[o])]);
    });
  }
  return CSV_BOM + toCsv(lines, separatorFor(locale));
}

export interface Overview {
  periods: string[];
  /** Per dimension, everyone's published cell of each period (undefined where withheld). */
  dimensions: { dimensionId: string; cells: (PublishedCell | undefined)[] }[];
}

/** Every dimension at once, for all organizations of one family: the small multiples' data. */
export function sectorOverview(data: SectorAggregates, family: string, dimensionIds: readonly string[]): Overview {
  return {
    periods: data.periods,
    dimensions: dimensionIds.map((dimensionId) => ({ dimensionId, cells: dashboardTable(data, { family, dimensionId }).rows[0]!.cells })),
  };
}

/**
 * Whether any share shown does not add up to 100 (each is rounded to 5 % on its own, so 95 or 105
 * happen): the dashboard then says why, rather than letting it read as an error.
 */
export function sharesOffHundred(cells: readonly (PublishedCell | PublishedReadinessCell | undefined)[]): boolean {
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  return cells.some((cell) => {
    if (!cell) return false;
    if ('stageShares' in cell && cell.stageShares) return sum(cell.stageShares) !== 100;
    if ('shares' in cell) return sum(Object.values(cell.shares)) !== 100;
    return false;
  });
}
