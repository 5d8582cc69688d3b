/**
 * CSV for spreadsheets (RFC 4180: CRLF lines, fields quoted when they hold the separator, a quote or
 * a line break). Text a person typed can start with = + - @, which a spreadsheet would run as a
 * formula: such a cell gets a leading apostrophe, unless it is plainly a number ("-0,3").
 */
export type CsvSeparator = ',' | ';';
export type CsvCell = string | number | null | undefined;

const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell, separator: CsvSeparator): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text) && !NUMBER.test(text)) text = `'${text}`;
  if (text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim()) {
    text = `"${text.replace(/"/g, '""')}"`;
  }
  return text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[], separator: CsvSeparator = ','): string {
  return rows.map((row) => row.map((cell) => csvCell(cell, separator)).join(separator)).join('\r\n') + '\r\n';
}
