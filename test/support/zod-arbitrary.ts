/**
 * fast-check arbitraries from zod 4 schemas, small on purpose: a walk over `schema._zod.def` that knows the
 * kinds our contracts use (object, string with its length and regex checks, number with its bounds, boolean,
 * enum, literal, array, optional/default/nullable, union and discriminated union, pipe, record) and falls back to
 * `fc.anything()` for the rest (custom, transform, unknown). Values are "mostly valid": a string with a regex
 * comes from the regex, lengths are respected where a generator can, refinements are not attempted.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- zod's internal definitions are walked untyped */
import fc from 'fast-check';

export interface ArbitraryOptions {
  /** Real values worth trying for a field of this name (ids that exist, known codes), mixed with generated ones. */
  hint?: (key: string) => readonly unknown[] | undefined;
  /** Longest array or record generated (a schema's own minimum wins). Default 4. */
  maxItems?: number;
  /** Longest string generated without a regex. Default 40. */
  maxString?: number;
}

interface Def {
  type: string;
  [k: string]: any;
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): Def[] => (def.checks ?? []).map((c: unknown) => defOf(c));

/** A field the object may leave out. */
function isOptional(schema: unknown): boolean {
  const t = defOf(schema).type;
  return t === 'optional' || t === 'default' || t === 'prefault';
}

function lengths(def: Def): { min: number; max: number | undefined } {
  let min = 0;
  let max: number | undefined;
  for (const c of checksOf(def)) {
    if (c.check === 'min_length') min = Math.max(min, c.minimum);
    if (c.check === 'max_length') max = Math.min(max ?? Infinity, c.maximum);
    if (c.check === 'length_equals') min = max = c.length;
  }
  return { min, max };
}

function stringArbitrary(def: Def, o: Required<Omit<ArbitraryOptions, 'hint'>>): fc.Arbitrary<string> {
  const { min, max } = lengths(def);
  const regex = checksOf(def).find((c) => c.check === 'string_format' && c.pattern instanceof RegExp)?.pattern as RegExp | undefined;
  if (regex) {
    // From the pattern, then stretched or cut to the schema's lengths (cheaper than filtering).
    return fc.stringMatching(regex).map((s) => {
      let v = s;
      while (v.length < min && v.length > 0) v += v;
      return max !== undefined ? v.slice(0, Math.max(max, min)) : v;
    });
  }
  const maxLength = Math.max(min, Math.min(max ?? o.maxString, o.maxString));
  return fc.oneof(
    fc.string({ minLength: min, maxLength }),
    fc.string({ minLength: min, maxLength, unit: 'grapheme' }),
    fc.string({ minLength: min, maxLength, unit: 'binary' }),
  );
}

function numberArbitrary(def: Def): fc.Arbitrary<number | string> {
  let min: number | undefined;
  let max: number | undefined;
  let int = false;
  for (const c of checksOf(def)) {
    if (c.check === 'number_format' && /int/.test(c.format)) int = true;
    if (c.check === 'greater_than') min = c.inclusive ? c.value : c.value + (int ? 1 : Number.EPSILON);
    if (c.check === 'less_than') max = c.inclusive ? c.value : c.value - (int ? 1 : Number.EPSILON);
  }
  const n: fc.Arbitrary<number> = int
    ? fc.integer({ min: Math.max(min ?? -1e6, Number.MIN_SAFE_INTEGER), max: Math.min(max ?? 1e6, Number.MAX_SAFE_INTEGER) })
    : fc.double({ min: min ?? -1e6, max: max ?? 1e6, noNaN: true });
  // A coercing number also takes text.
  return def.coerce ? fc.oneof(n, n.map(String)) : n;
}

/** Kinds that only wrap another schema: a field's hint is applied once, at the schema they wrap. */
const WRAPPERS = new Set(['optional', 'default', 'prefault', 'readonly', 'nonoptional', 'catch', 'nullable', 'pipe']);

export function arbitraryFor(schema: unknown, opts: ArbitraryOptions = {}, key = ''): fc.Arbitrary<unknown> {
  const o = { maxItems: opts.maxItems ?? 4, maxString: opts.maxString ?? 40 };
  const inner = (s: unknown, k = key) => arbitraryFor(s, opts, k);
  const def = defOf(schema);
  let arb: fc.Arbitrary<unknown>;
  switch (def.type) {
    case 'object': {
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      const requiredKeys: string[] = [];
      for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) {
        model[k] = inner(v, k);
        if (!isOptional(v)) requiredKeys.push(k);
      }
      arb = fc.record(model, { requiredKeys });
      break;
    }
    case 'string':
      arb = stringArbitrary(def, o);
      break;
    case 'number':
      arb = numberArbitrary(def);
      break;
    case 'boolean':
      arb = fc.boolean();
      break;
    case 'enum':
      arb = fc.constantFrom(...Object.values(def.entries as Record<string, string | number>));
      break;
    case 'literal':
      arb = fc.constantFrom(...(def.values as unknown[]));
      break;
    case 'array': {
      const { min, max } = lengths(def);
      arb = fc.array(inner(def.element), { minLength: min, maxLength: Math.max(min, Math.min(max ?? o.maxItems, o.maxItems)) });
      break;
    }
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      arb = inner(def.innerType);
      break;
    case 'nullable':
      arb = fc.option(inner(def.innerType), { nil: null });
      break;
    case 'union':
      arb = fc.oneof(...(def.options as unknown[]).map((s) => inner(s)));
      break;
    case 'pipe':
      arb = inner(def.in);
      break;
    case 'record':
      arb = fc.dictionary(inner(def.keyType, '') as fc.Arbitrary<string>, inner(def.valueType, ''), { maxKeys: o.maxItems });
      break;
    default:
      arb = fc.anything({ maxDepth: 2, maxKeys: 4 });
  }
  const hinted = key && !WRAPPERS.has(def.type) ? opts.hint?.(key) : undefined;
  return hinted?.length ? fc.oneof({ arbitrary: arb, weight: 1 }, { arbitrary: fc.constantFrom(...hinted), weight: 2 }) : arb;
}
