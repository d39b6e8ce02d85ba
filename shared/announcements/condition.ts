/**
 * A condition as data over a record's stored keys, in the style of shared/workflow/visibility.ts, extended
 * with what announcements and recipients need: array-valued keys and ranges over instants. The same value
 * is the predicate (`matches`) and the database query (the function turns it into a `where`: eq → `key`,
 * in → `_.in`, ne → `_.neq`, lt/lte/gt/gte → `_.lt`/…, and/or → `_.and`/`_.or`).
 *
 * Semantics are the database's (MongoDB, as CloudBase's document database and the local gateway use):
 * - an array-valued key matches `eq`/`in`/a range when any of its elements does, and `ne` when none equals;
 * - a missing or null key equals nothing, is in no list, satisfies no range, and differs from everything.
 */
export type Scalar = string | number | boolean;
export type StoredValue = Scalar | readonly Scalar[] | null | undefined;

export type Condition<K extends string = string> =
  | { key: K; eq: Scalar }
  | { key: K; in: readonly Scalar[] }
  | { key: K; ne: Scalar }
  | { key: K; lt: string | number }
  | { key: K; lte: string | number }
  | { key: K; gt: string | number }
  | { key: K; gte: string | number }
  | { and: readonly Condition<K>[] }
  | { or: readonly Condition<K>[] };

function each(v: StoredValue, test: (x: Scalar) => boolean): boolean {
  if (v === null || v === undefined) return false;
  if (Array.isArray(v)) return (v as readonly Scalar[]).some(test);
  return test(v as Scalar);
}

/** Range comparisons only between values of one type, as the database compares them (no coercion). */
const sameType = (a: Scalar, b: string | number) => typeof a === typeof b;

export function matches<K extends string>(c: Condition<K>, keys: { readonly [P in K]?: StoredValue }): boolean {
  if ('and' in c) return c.and.every((x) => matches(x, keys));
  if ('or' in c) return c.or.some((x) => matches(x, keys));
  const v = keys[c.key];
  if ('eq' in c) return each(v, (x) => x === c.eq);
  if ('in' in c) return each(v, (x) => c.in.includes(x));
  if ('ne' in c) return !each(v, (x) => x === c.ne);
  if ('lt' in c) return each(v, (x) => sameType(x, c.lt) && x < c.lt);
  if ('lte' in c) return each(v, (x) => sameType(x, c.lte) && x <= c.lte);
  if ('gt' in c) return each(v, (x) => sameType(x, c.gt) && x > c.gt);
  return each(v, (x) => sameType(x, c.gte) && x >= c.gte);
}

/** `and` of the parts, flattened; a single part stands alone. */
export function allOf<K extends string>(parts: readonly Condition<K>[]): Condition<K> {
  const flat = parts.flatMap((p) => ('and' in p ? p.and : [p]));
  return flat.length === 1 ? flat[0] : { and: flat };
}

/** `or` of the parts; a single part stands alone. */
export function anyOf<K extends string>(parts: readonly Condition<K>[]): Condition<K> {
  return parts.length === 1 ? parts[0] : { or: parts };
}

/** The keys a condition reads (for choosing an index, and for tests). */
export function keysOf<K extends string>(c: Condition<K>): K[] {
  if ('and' in c) return [...new Set(c.and.flatMap(keysOf))];
  if ('or' in c) return [...new Set(c.or.flatMap(keysOf))];
  return [c.key];
}
