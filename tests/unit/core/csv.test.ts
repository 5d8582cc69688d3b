import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toCsv } from '../../../src/core/csv.ts';

/** A small RFC 4180 reader, to check that what we write reads back the same. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV', () => {
  it('quotes what needs quoting, with CRLF lines', () => {
    expect(toCsv([['Dimension', 'Score'], ['Usage; analyse', '3,4'], ['Dit « oui "ok" »', null]], ';')).toBe(
      'Dimension;Score\r\n"Usage; analyse";3,4\r\n"Dit « oui ""ok"" »";\r\n',
    );
    expect(toCsv([['a,b', 'ligne\nsuivante', 2]], ',')).toBe('"a,b","ligne\nsuivante",2\r\n');
  });

  it('defuses text a spreadsheet would run as a formula, but not signed numbers', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1,3', '-0,3', '@moi', '-à voir']], ';')).toBe(
      `"'=HYPERLINK(""x"")";+1,3;-0,3;'@moi;'-à voir\r\n`,
    );
  });

  it('reads back cell for cell (apart from the defusing apostrophe)', () => {
    const safeText = fc.string({ maxLength: 20 }).filter((s) => !/^[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.array(safeText, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), fc.constantFrom(',', ';' as const), (rows, sep) => {
        const width = rows[0]!.length;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
        expect(parseCsv(toCsv(table, sep as ',' | ';'), sep)).toEqual(table);
      }),
    );
  });
});
