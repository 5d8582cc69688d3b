/**
 * A quick yes for a backup's rows: a check made once per table from the row's zod schema, that says
 * "valid" only where the schema surely accepts, and otherwise hands the row to the schema itself. zod
 * cannot compile its schemas here (it would need `new Function`, which the app's content security
 * policy forbids), and running it on 50,000 rows was a fifth of a large backup's preview.
 *
 * The schema stays the only judge: the quick check knows a handful of the schema's pieces (objects,
 * strings and their lengths and patterns, numbers, literals, optional fields, unions, records, arrays,
 * refinements) and answers "no" to anything else, to any check it does not know and to any case in
 * doubt (a string whose length in code points would need counting). A "no" costs the schema's own
 * run, never a refusal: the file is refused only by the schema, with the schema's own message.
 */
import type { z } from 'zod/mini';

type Accept = (value: unknown) => boolean;

/** Only the parts of zod's definitions read here. */
interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, Node>;
  catchall?: Node;
  innerType?: Node;
  options?: Node[];
  values?: unknown[];
  entries?: Record<string, unknown>;
  keyType?: Node;
  valueType?: Node;
  element?: Node;
}
interface CheckDef {
  check: string;
  when?: unknown;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: RegExp;
  value?: unknown;
  inclusive?: boolean;
  tx?: (value: unknown) => unknown;
  fn?: (value: unknown) => unknown;
}
interface Node {
  _zod: { def: Def };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A check on a value that is already of the right type; undefined if this check is not one known here. */
function checkOf(def: CheckDef): ((value: unknown) => unknown) | undefined {
  // A check that runs only under a condition of its own: not modelled.
  if (def.when !== undefined && def.check !== 'min_length' && def.check !== 'max_length') return undefined;
  switch (def.check) {
    case 'max_length': {
      const max = def.maximum!;
      // zod counts a string in code points; never more than its UTF-16 units, so units within the
      // maximum are surely within it. More units: in doubt.
      return (v) => ((v as { length: number }).length <= max ? v : NO);
    }
    case 'min_length': {
      const min = def.minimum!;
      // A code point is one or two units: twice the minimum in units surely reaches it. Arrays count
      // their items, exactly.
      return (v) => (Array.isArray(v) ? v.length >= min : (v as string).length >= 2 * min) ? v : NO;
    }
    case 'string_format': {
      if (def.format !== 'regex' || !(def.pattern instanceof RegExp)) return undefined;
      const pattern = def.pattern;
      return (v) => {
        pattern.lastIndex = 0;
        return pattern.test(v as string) ? v : NO;
      };
    }
    case 'overwrite': {
      // trim() and the like: the checks after it see the changed value, as zod's do.
      const tx = def.tx!;
      return (v) => tx(v);
    }
    case 'custom': {
      const fn = def.fn!;
      return (v) => (fn(v) === true ? v : NO);
    }
    case 'number_format':
      if (def.format !== 'safeint') return undefined;
      return (v) => (Number.isSafeInteger(v) ? v : NO);
    case 'greater_than': {
      const bound = def.value;
      if (typeof bound !== 'number') return undefined;
      return (v) => ((def.inclusive ? (v as number) >= bound : (v as number) > bound) ? v : NO);
    }
    case 'less_than': {
      const bound = def.value;
      if (typeof bound !== 'number') return undefined;
      return (v) => ((def.inclusive ? (v as number) <= bound : (v as number) < bound) ? v : NO);
    }
    default:
      return undefined;
  }
}

const NO = Symbol('no');

/** The node's own checks, in order, or undefined if one of them is not known here. */
function checksOf(def: Def): Accept | undefined {
  const checks = (def.checks ?? []).map((c) => checkOf(c._zod.def));
  if (checks.some((c) => c === undefined)) return undefined;
  const known = checks as ((value: unknown) => unknown)[];
  if (!known.length) return () => true;
  return (value) => {
    let current = value;
    for (const check of known) {
      current = check(current);
      if (current === NO) return false;
    }
    return true;
  };
}

/** The quick check of a schema, or undefined if some piece of it is not one known here. */
function compile(node: Node): Accept | undefined {
  const def = node._zod.def;
  const own = checksOf(def);
  // A schema that converts its input first (z.coerce) sees another value than the row's.
  if (!own || (def as { coerce?: boolean }).coerce) return undefined;
  switch (def.type) {
    case 'string':
      return (v) => typeof v === 'string' && own(v);
    case 'number':
      return (v) => typeof v === 'number' && Number.isFinite(v) && own(v);
    case 'boolean':
      return def.checks?.length ? undefined : (v) => typeof v === 'boolean';
    case 'unknown':
      return def.checks?.length ? undefined : () => true;
    case 'literal': {
      const values = def.values ?? [];
      if (def.checks?.length || !values.every((x) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean')) return undefined;
      const set = new Set<unknown>(values);
      return (v) => set.has(v);
    }
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      if (def.checks?.length || !values.every((x) => typeof x === 'string' || typeof x === 'number')) return undefined;
      const set = new Set<unknown>(values);
      return (v) => set.has(v);
    }
    case 'optional': {
      const inner = def.checks?.length ? undefined : compile(def.innerType!);
      return inner && ((v) => v === undefined || inner(v));
    }
    case 'union': {
      const options = def.checks?.length ? undefined : (def.options ?? []).map(compile);
      if (!options || options.some((o) => o === undefined)) return undefined;
      const known = options as Accept[];
      return (v) => known.some((o) => o(v));
    }
    case 'array': {
      const element = compile(def.element!);
      return element && ((v) => Array.isArray(v) && own(v) && v.every((item) => element(item)));
    }
    case 'record': {
      // Records keyed by plain strings only (zod requires every key of an enum-keyed record).
      if (def.checks?.length || def.keyType!._zod.def.type !== 'string') return undefined;
      const key = compile(def.keyType!);
      const value = compile(def.valueType!);
      if (!key || !value) return undefined;
      return (v) => isRecord(v) && Object.getPrototypeOf(v) === Object.prototype && Object.keys(v).every((k) => key(k) && value(v[k]));
    }
    case 'object': {
      if (def.checks?.length) return undefined;
      const catchall = def.catchall?._zod.def.type;
      // Unknown keys: dropped (z.object) or kept as they are (z.looseObject); a strict object refuses them.
      const strict = catchall === 'never';
      if (catchall !== undefined && catchall !== 'unknown' && !strict) return undefined;
      const fields = Object.entries(def.shape ?? {}).map(([k, schema]) => [k, compile(schema)] as const);
      if (fields.some(([, accept]) => accept === undefined)) return undefined;
      const known = fields as (readonly [string, Accept])[];
      const keys = new Set(known.map(([k]) => k));
      // A field that is not optional must be there: how zod treats a missing one is left to zod.
      const required = new Set(Object.entries(def.shape ?? {}).filter(([, schema]) => schema._zod.def.type !== 'optional').map(([k]) => k));
      return (v) => {
        if (!isRecord(v) || Object.getPrototypeOf(v) !== Object.prototype) return false;
        for (const [k, accept] of known) if ((required.has(k) && v[k] === undefined) || !accept(v[k])) return false;
        if (strict) for (const k of Object.keys(v)) if (!keys.has(k)) return false;
        return true;
      };
    }
    default:
      return undefined;
  }
}

/**
 * The quick check of a row schema: true only where the schema surely accepts the row. A schema with
 * any piece not known here gets no quick check (every row goes to the schema).
 */
export function quickCheck(schema: z.ZodMiniType): Accept {
  return compile(schema as unknown as Node) ?? (() => false);
}
