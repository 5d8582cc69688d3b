/**
 * The shortcuts that make a large backup quick to check give exactly what the plain definitions give:
 * each is compared here with the definition it replaced, on random inputs (fast-check).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BACKUP_FORMAT_VERSION, canonicalJson, ENVELOPES, normalizeData, ROW_SCHEMAS, rowKey, TABLES, utf8Length, type BackupData, type TableName } from '../../../src/client/storage/backup/format.ts';
import { DEVICE_SETTINGS } from '../../../src/client/storage/backup/format.ts';
import { EARLIEST_TIMESTAMP, isPlausibleTimestamp } from '../../../src/client/storage/rows.ts';
import { upgradeRows } from '../../../src/client/storage/upgrade.ts';
import { quickCheck } from '../../../src/client/storage/backup/quick-check.ts';

type Row = Record<string, unknown>;
const NOW = Date.parse('2026-11-21T12:00:00.000Z');

// ---- The definitions replaced, word for word ----

const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?Z$/;
function plainIsPlausibleTimestamp(value: unknown, now: number): boolean {
  if (typeof value !== 'string') return false;
  const parts = ISO_UTC.exec(value);
  if (!parts) return false;
  const time = Date.parse(value);
  if (Number.isNaN(time) || time < Date.parse(EARLIEST_TIMESTAMP) || time > now + 2 * 24 * 60 * 60 * 1000) return false;
  const back = new Date(time);
  const fields = [back.getUTCFullYear(), back.getUTCMonth() + 1, back.getUTCDate(), back.getUTCHours(), back.getUTCMinutes(), back.getUTCSeconds()];
  return fields.every((field, i) => field === Number(parts[i + 1]));
}

function plainSortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainSortKeys);
  if (value && typeof value === 'object') {
    const out: Row = {};
    for (const key of Object.keys(value).sort()) {
      Object.defineProperty(out, key, { value: plainSortKeys((value as Row)[key]), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}
const plainCanonicalJson = (value: unknown) => JSON.stringify(plainSortKeys(value));

function plainNormalizeData(data: Partial<BackupData>): BackupData {
  const out = {} as BackupData;
  for (const table of TABLES) {
    let rows = upgradeRows(table, data[table] ?? []);
    if (table === 'settings') rows = rows.filter((r) => !DEVICE_SETTINGS.includes(String(r.key)));
    out[table] = [...rows].sort((a, b) => (rowKey(table, a) < rowKey(table, b) ? -1 : rowKey(table, a) > rowKey(table, b) ? 1 : 0));
  }
  return out;
}

// ---- Inputs ----

const digits = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => String(v).padStart(n, '0'));
/** Strings of the ISO form with any digits: months 00–99, 30 February, 24:00, 60 seconds, 2019 and 2029. */
const isoShaped = fc
  .tuple(
    fc.oneof(fc.integer({ min: 2018, max: 2030 }).map(String), digits(4)),
    fc.oneof(fc.integer({ min: 1, max: 12 }).map((v) => String(v).padStart(2, '0')), digits(2)),
    fc.oneof(fc.integer({ min: 27, max: 31 }).map(String), digits(2)),
    fc.oneof(fc.constantFrom('00', '23', '24'), digits(2)),
    fc.oneof(fc.constantFrom('00', '59', '60'), digits(2)),
    fc.oneof(fc.constantFrom('00', '59', '60'), digits(2)),
    fc.oneof(fc.constant(''), digits(1).map((d) => `.${d}`), digits(2).map((d) => `.${d}`), digits(3).map((d) => `.${d}`)),
  )
  .map(([y, mo, d, h, mi, s, ms]) => `${y}-${mo}-${d}T${h}:${mi}:${s}${ms}Z`);
const near = fc.date({ min: new Date('2019-12-25T00:00:00.000Z'), max: new Date('2026-12-01T00:00:00.000Z'), noInvalidDate: true });

/** JSON-like values whose objects have their keys in any order, some of them already sorted. */
const key = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('a', 'b', 'id', '__proto__', '1', '10', '2', 'é', 'Z'));
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), tie('array'), tie('object'), tie('sorted'), fc.date({ noInvalidDate: true })),
  array: fc.array(tie('tree'), { maxLength: 4 }),
  object: fc.array(fc.tuple(key, tie('tree')), { maxLength: 5 }).map(toObject),
  sorted: fc.array(fc.tuple(key, tie('tree')), { maxLength: 5 }).map((entries) => toObject(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))),
}));
function toObject(entries: [string, unknown][]): Row {
  const out: Row = {};
  for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

describe('plausible timestamps: the check on the digits gives what the check on a Date made back gave', () => {
  it('for strings of the ISO form with any digits', () => {
    fc.assert(
      fc.property(isoShaped, near, (value, now) => {
        expect(isPlausibleTimestamp(value, now.getTime())).toBe(plainIsPlausibleTimestamp(value, now.getTime()));
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  it('for real moments around the range’s ends, with and without milliseconds', () => {
    fc.assert(
      fc.property(near, fc.boolean(), (d, ms) => {
        const value = ms ? d.toISOString() : d.toISOString().replace(/\.\d{3}Z$/, 'Z');
        expect(isPlausibleTimestamp(value, NOW)).toBe(plainIsPlausibleTimestamp(value, NOW));
      }),
      { numRuns: 5_000 },
    );
  }, 60_000);

  it('for anything else', () => {
    fc.assert(fc.property(fc.anything(), (value) => isPlausibleTimestamp(value, NOW) === plainIsPlausibleTimestamp(value, NOW)));
  });
});

describe('canonical JSON: leaving sorted objects uncopied gives the same text', () => {
  it('for random values, sorted or not, with dates, integer-like keys and "__proto__"', () => {
    fc.assert(fc.property(tree, (value) => {
        expect(canonicalJson(value)).toBe(plainCanonicalJson(value));
      }), { numRuns: 3_000 });
  }, 60_000);

  it('never changes the value it reads', () => {
    fc.assert(
      fc.property(tree, (value) => {
        const before = JSON.stringify(value);
        canonicalJson(value);
        expect(JSON.stringify(value)).toBe(before);
      }),
    );
  });
});

describe('rows in key order: sorting only what is out of order gives the same rows in the same order', () => {
  const tables = fc.constantFrom<TableName>('answers', 'organizations', 'settings', 'planActions');
  const row = fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'b\u0000', ''),
    key: fc.constantFrom('x', 'y', 'lastBackupAt', 'persistentStorageAsked', 'z'),
    assessmentId: fc.constantFrom('a1', 'a2', 'a10'),
    itemId: fc.constantFrom('i1', 'i2', 'i-2'),
    organizationId: fc.constantFrom('o1', 'o2'),
    actionId: fc.constantFrom('p', 'q'),
    n: fc.nat(),
  });
  it('for random rows, sorted or shuffled, with equal keys', () => {
    fc.assert(
      fc.property(tables, fc.array(row, { maxLength: 30 }), fc.boolean(), (table, rows, presorted) => {
        const input = presorted ? plainNormalizeData({ [table]: rows })[table] : rows;
        const fast = normalizeData({ [table]: input });
        const plain = plainNormalizeData({ [table]: input });
        for (const t of TABLES) expect(fast[t]).toEqual(plain[t]);
        // Identity, not only equality: the same row objects, in the same order.
        fast[table].forEach((r, i) => expect(r).toBe(plain[table][i]));
      }),
      { numRuns: 2_000 },
    );
  }, 60_000);
});

describe('a text’s UTF-8 length, counted without encoding it', () => {
  const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
  it('is the length of its encoding, for any text, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary-ascii' }), loneSurrogate)).map((parts) => parts.join('')), (text) => {
        expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
      }),
      { numRuns: 2_000 },
    );
  }, 60_000);
});

describe('the quick yes on rows: never a yes where the row’s schema says no', () => {
  const valid = JSON.parse(readFileSync(new URL('../../fixtures/backups/valid.json', import.meta.url), 'utf8')) as { data: Record<TableName, Row[]> };
  const samples = Object.values(valid.data).flat();
  /** Values a field could hold: every value of the valid file, and values each check exists to refuse. */
  const fieldValue = fc.oneof(
    fc.constantFrom(...samples.flatMap((row) => Object.values(row))),
    fc.constantFrom('', ' ', '  a  ', 'a', 'A-B', 'a--b', '-a', 'x'.repeat(64), 'x'.repeat(65), 'x'.repeat(200), 'x'.repeat(201), 'x'.repeat(2001), '😀'.repeat(1000), '😀'.repeat(1001), '😀', 'é'.repeat(2001)),
    fc.constantFrom('2026-02-30T00:00:00.000Z', '2019-12-31T23:59:59.999Z', '2099-01-01T00:00:00.000Z', '2026-01-01', '2026-13-01', '1.0', '01.0.0', '3.0.0', 'cqm-maturite', 'pinned', 'done', 'completed'),
    fc.constantFrom(0, -1, 1, 1.5, 5, 6, Number.NaN, Infinity, 2 ** 60, true, false, null, undefined, [], {}, { a: 1 }, ['a'], [1, 2]),
    fc.anything(),
  );
  const mutated = fc
    .tuple(fc.constantFrom(...TABLES.filter((t) => valid.data[t].length > 0)), fc.nat(), fc.array(fc.tuple(fc.nat(), fieldValue, fc.constantFrom('set', 'delete', 'add')), { maxLength: 3 }))
    .map(([table, pick, changes]) => {
      const row: Row = { ...valid.data[table][pick % valid.data[table].length]! };
      const keys = Object.keys(row);
      for (const [k, value, how] of changes) {
        const key = keys[k % keys.length]!;
        if (how === 'set') row[key] = value;
        else if (how === 'delete') delete row[key];
        else row[`extra${k % 3}`] = value;
      }
      return { table, row };
    });

  it('for rows of the valid file with fields changed, removed or added', () => {
    fc.assert(
      fc.property(mutated, ({ table, row }) => {
        if (QUICK(table)(row)) expect(ROW_SCHEMAS[table].safeParse(row).success).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  }, 120_000);

  it('for anything at all, in every table', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TABLES), fc.anything({ withNullPrototype: true, withObjectString: true }), (table, row) => {
        if (QUICK(table)(row)) expect(ROW_SCHEMAS[table].safeParse(row).success).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  }, 60_000);

  it('says yes to every row of a file Diapason wrote (else it would save nothing)', () => {
    for (const table of TABLES) for (const row of valid.data[table]) expect(QUICK(table)(row), table).toBe(true);
  });

  it('on whole files: never a yes where the envelope’s schema says no', () => {
    const file = JSON.parse(readFileSync(new URL('../../fixtures/backups/valid.json', import.meta.url), 'utf8')) as Row;
    // The fixture is written in the current format.
    const { schema, quick } = ENVELOPES[BACKUP_FORMAT_VERSION]!;
    expect(quick(file)).toBe(true);
    const topValue = fc.oneof(fieldValue, fc.constantFrom('diapason-backup', 'sha256:' + 'a'.repeat(64), 'sha256:' + 'A'.repeat(64), 4, 3, 5));
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(file), 'extra'), topValue, fc.constantFrom(...TABLES, 'extra'), fieldValue, (key, value, table, rows) => {
        const changed: Row = { ...file, [key]: value, data: { ...(file.data as Row) } };
        if (key === 'data' && typeof rows !== 'undefined') (changed.data as Row)[table] = rows;
        if (quick(changed)) expect(schema.safeParse(changed).success).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  }, 60_000);
});

const quickChecks = new Map<TableName, (row: unknown) => boolean>();
function QUICK(table: TableName) {
  if (!quickChecks.has(table)) quickChecks.set(table, quickCheck(ROW_SCHEMAS[table]));
  return quickChecks.get(table)!;
}
