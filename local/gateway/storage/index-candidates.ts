/**
 * Narrows a query to the documents one nedb index can return, so the full matcher (mingo) only runs on
 * those. The result is always a superset of the real matches: only top-level (or top-level `$and`)
 * conditions on single-field indexes are used, and only equality, `$in` and range forms whose index
 * lookup cannot miss a matching document. Compound indexes are kept for uniqueness only.
 */
import type { Doc } from '../document-rules';
import { isDate, isPlainObject } from '../ejson-codec';

/** The part of nedb's (untyped) Index class the gateway uses. */
export interface NedbIndex {
  fieldName: string;
  unique: boolean;
  getMatching(value: unknown): Doc[];
  getBetweenBounds(bounds: Record<string, unknown>): Doc[];
  getAll(): Doc[];
}

const RANGE_OPS = ['$gt', '$gte', '$lt', '$lte'] as const;

type Lookup = { kind: 'exact' | 'range'; run: () => Doc[] };

/** Returns candidate documents, or null when no index applies (caller scans everything). */
export function indexCandidates(indexes: Record<string, NedbIndex>, query: Record<string, unknown>): Doc[] | null {
  const lookups: Lookup[] = [];
  for (const [field, condition] of topLevelConditions(query)) {
    const index = indexes[field];
    if (!index || field.includes(',')) continue;
    const lookup = lookupFor(index, condition);
    if (lookup) lookups.push(lookup);
  }
  const exact = lookups.filter((l) => l.kind === 'exact');
  const chosen = exact.length ? exact : lookups.slice(0, 1);
  let best: Doc[] | null = null;
  for (const lookup of chosen) {
    const docs = lookup.run();
    if (!best || docs.length < best.length) best = docs;
    if (best.length === 0) break;
  }
  return best;
}

function topLevelConditions(query: Record<string, unknown>, out: Array<[string, unknown]> = []): Array<[string, unknown]> {
  for (const [key, value] of Object.entries(query)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const part of value) if (isPlainObject(part)) topLevelConditions(part, out);
    } else if (!key.startsWith('$')) out.push([key, value]);
  }
  return out;
}

function isIndexablePrimitive(v: unknown): boolean {
  return typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && !Number.isNaN(v)) || (isDate(v) && !Number.isNaN(v.getTime()));
}

function lookupFor(index: NedbIndex, condition: unknown): Lookup | null {
  if (isIndexablePrimitive(condition)) return { kind: 'exact', run: () => index.getMatching(condition) };
  if (!isPlainObject(condition)) return null;
  const ops = Object.keys(condition);
  if (ops.length === 0 || !ops.every((k) => k.startsWith('$'))) return null;
  if ('$eq' in condition && isIndexablePrimitive(condition.$eq)) return { kind: 'exact', run: () => index.getMatching(condition.$eq) };
  const inList = condition.$in;
  if (Array.isArray(inList) && inList.every(isIndexablePrimitive)) return { kind: 'exact', run: () => index.getMatching(inList) };
  const bounds: Record<string, unknown> = {};
  for (const op of RANGE_OPS) if (op in condition && isIndexablePrimitive(condition[op])) bounds[op] = condition[op];
  if (Object.keys(bounds).length) return { kind: 'range', run: () => index.getBetweenBounds(bounds) };
  return null;
}
