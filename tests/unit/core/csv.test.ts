import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toCsv } from '../../../src/core/csv.ts';
import { parseCsv } from '../../support/csv.ts';

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
