import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameValue } from '../../../src/core/same-value.ts';

/** The same object with its keys in another order, at every depth. */
function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reordered);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reordered(v)]));
  return value;
}

const json = fc.jsonValue();

describe('sameValue', () => {
  it('holds for a value and a copy with its keys in any order', () => {
    fc.assert(fc.property(json, (v) => sameValue(v, reordered(v)) && sameValue(reordered(v), v)));
  });

  it('agrees with comparing canonical JSON (sorted keys)', () => {
    const canonical = (v: unknown): string =>
      Array.isArray(v) ? `[${v.map(canonical).join(',')}]` : v && typeof v === 'object' ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}` : JSON.stringify(v);
    fc.assert(fc.property(json, json, (a, b) => sameValue(a, b) === (canonical(a) === canonical(b))));
  });

  it('reads a key set to undefined as absent, and tells every other difference', () => {
    expect(sameValue({ a: 1, toConfirm: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: 1, b: null }, { a: 1 })).toBe(false);
    expect(sameValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameValue({ a: { b: 1 } }, { a: { b: '1' } })).toBe(false);
    expect(sameValue([], {})).toBe(false);
  });
});
