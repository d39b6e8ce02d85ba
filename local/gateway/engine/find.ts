/** Query matching, ordering, paging and projection with MongoDB semantics (via mingo). */
import { Query } from 'mingo';
import { MINGO_OPTIONS } from './mingo-setup';
import type { Doc } from '../document-rules';
import { GatewayError, invalidParam } from '../errors';
import { cloneValue, isPlainObject } from '../ejson-codec';

/** CloudBase (server SDKs): 100 documents when no limit is given, at most 1000 per query. */
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

const UNSUPPORTED_QUERY_OPS = new Set(['$where', '$text', '$near', '$nearSphere', '$geoWithin', '$geoIntersects', '$jsonSchema']);

export interface FindOptions {
  order?: Record<string, 1 | -1>;
  offset?: number;
  limit?: number;
  projection?: Record<string, unknown>;
}

export type Matcher = { test(doc: Doc): boolean; query: Query };

export function compileQuery(where: Record<string, unknown>): Matcher {
  rejectUnsupported(where, 0);
  let query: Query;
  try {
    query = new Query(where, MINGO_OPTIONS);
  } catch (e) {
    throw invalidParam(`invalid query: ${(e as Error).message}`);
  }
  return {
    query,
    test: (doc) => {
      try {
        return query.test(doc);
      } catch (e) {
        throw invalidParam(`invalid query: ${(e as Error).message}`);
      }
    },
  };
}

export function findDocs(candidates: Doc[], matcher: Matcher, opts: FindOptions = {}): Doc[] {
  const sliceOnly = isSliceOnlyProjection(opts.projection);
  try {
    const projection = !sliceOnly && opts.projection && Object.keys(opts.projection).length ? opts.projection : undefined;
    let cursor = matcher.query.find<Doc>(candidates, projection);
    if (opts.order && Object.keys(opts.order).length) cursor = cursor.sort(opts.order);
    if (opts.offset) cursor = cursor.skip(opts.offset);
    if (opts.limit !== undefined) cursor = cursor.limit(opts.limit);
    const docs = cursor.all();
    return sliceOnly ? docs.map((d) => sliceAndExclude(d, opts.projection!)) : docs;
  } catch (e) {
    if (e instanceof GatewayError) throw e;
    throw invalidParam(`invalid query, order or projection: ${(e as Error).message}`);
  }
}

/** Applies a find() projection to already selected documents (returns new objects). */
export function projectDocs(docs: Doc[], projection: Record<string, unknown> | undefined): Doc[] {
  if (!projection || Object.keys(projection).length === 0) return docs;
  if (isSliceOnlyProjection(projection)) return docs.map((d) => sliceAndExclude(d, projection));
  try {
    return new Query({}, MINGO_OPTIONS).find<Doc>(docs, projection).all();
  } catch (e) {
    throw invalidParam(`invalid projection: ${(e as Error).message}`);
  }
}

/**
 * MongoDB treats a projection made only of `$slice` (and exclusions) as an exclusion projection: every
 * other field is returned. mingo returns only the sliced fields, so these are applied here.
 */
function isSliceOnlyProjection(projection: Record<string, unknown> | undefined): boolean {
  if (!projection) return false;
  const values = Object.values(projection);
  const isSlice = (v: unknown) => isPlainObject(v) && Object.keys(v).length === 1 && '$slice' in v;
  return values.some(isSlice) && values.every((v) => isSlice(v) || v === 0 || v === false);
}

function sliceAndExclude(doc: Doc, projection: Record<string, unknown>): Doc {
  const out = cloneValue(doc);
  for (const [path, spec] of Object.entries(projection)) {
    const parts = path.split('.');
    let node: unknown = out;
    for (const part of parts.slice(0, -1)) node = isPlainObject(node) ? node[part] : undefined;
    if (!isPlainObject(node)) continue;
    const key = parts[parts.length - 1];
    if (spec === 0 || spec === false) {
      delete node[key];
      continue;
    }
    const arr = node[key];
    if (Array.isArray(arr)) node[key] = sliceArray(arr, (spec as { $slice: unknown }).$slice);
  }
  return out;
}

function sliceArray(arr: unknown[], arg: unknown): unknown[] {
  if (typeof arg === 'number') return arg >= 0 ? arr.slice(0, arg) : arr.slice(Math.max(0, arr.length + arg));
  if (Array.isArray(arg) && typeof arg[0] === 'number' && typeof arg[1] === 'number') {
    const start = arg[0] >= 0 ? arg[0] : Math.max(0, arr.length + arg[0]);
    return arr.slice(start, start + Math.max(0, arg[1]));
  }
  throw invalidParam('$slice needs a number or [skip, limit]');
}

/** The id when the query is exactly `{ _id: <string | number> }` (what doc(id) sends). */
export function idOnlyQuery(where: Record<string, unknown>): string | number | undefined {
  const keys = Object.keys(where);
  const id = where._id;
  return keys.length === 1 && (typeof id === 'string' || typeof id === 'number') ? id : undefined;
}

export function countDocs(candidates: Doc[], matcher: Matcher): number {
  let n = 0;
  for (const doc of candidates) if (matcher.test(doc)) n++;
  return n;
}

export function firstMatch(candidates: Doc[], matcher: Matcher): Doc | undefined {
  for (const doc of candidates) if (matcher.test(doc)) return doc;
  return undefined;
}

/** `order` arrives as an EJSON object `{ field: 1 | -1 }` (older SDKs: `[{ field, direction }]`). */
export function normalizeOrder(order: unknown): Record<string, 1 | -1> {
  const out: Record<string, 1 | -1> = {};
  if (Array.isArray(order)) {
    for (const o of order) {
      if (!isPlainObject(o) || typeof o.field !== 'string') throw invalidParam('order items must be { field, direction }');
      out[o.field] = o.direction === 'desc' || o.direction === -1 ? -1 : 1;
    }
    return out;
  }
  if (!isPlainObject(order)) throw invalidParam('order must be an object');
  for (const [field, dir] of Object.entries(order)) {
    if (dir === 1 || dir === 'asc') out[field] = 1;
    else if (dir === -1 || dir === 'desc') out[field] = -1;
    else throw invalidParam(`order direction for ${field} must be 1 or -1`);
  }
  return out;
}

export function normalizeLimit(limit: unknown): number {
  if (limit === undefined || limit === null || limit === 0) return DEFAULT_LIMIT;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0) throw invalidParam('limit must be a non-negative integer');
  return Math.min(limit, MAX_LIMIT);
}

export function normalizeOffset(offset: unknown): number {
  if (offset === undefined || offset === null) return 0;
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) throw invalidParam('offset must be a non-negative integer');
  return offset;
}

function rejectUnsupported(value: unknown, depth: number): void {
  if (depth > 100) return;
  if (Array.isArray(value)) {
    for (const v of value) rejectUnsupported(v, depth + 1);
    return;
  }
  if (!isPlainObject(value)) return;
  for (const [key, v] of Object.entries(value)) {
    if (UNSUPPORTED_QUERY_OPS.has(key)) {
      throw new GatewayError('DATABASE_REQUEST_FAILED', `query operator ${key} is not supported by the local gateway (geo, text and script queries are not emulated)`);
    }
    rejectUnsupported(v, depth + 1);
  }
}
