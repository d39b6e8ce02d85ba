/**
 * The SDK sends queries, data, orders and projections as canonical EJSON strings (bson `EJSON.stringify`
 * with relaxed: false) and parses every returned document with `EJSON.parse`. This module turns incoming
 * EJSON into the plain values the engine stores and matches (numbers, strings, booleans, null, Date,
 * RegExp, arrays, objects) and renders stored documents back to EJSON.
 */
import { EJSON } from 'bson';
import { invalidParam } from './errors';

const MAX_DEPTH = 100;
const JS_REGEX_FLAGS = new Set(['i', 'm', 's', 'u']);

/** Parses a request field that must hold an EJSON string. `name` only feeds error messages. */
export function parseEJSONField(value: unknown, name: string): unknown {
  if (typeof value !== 'string') throw invalidParam(`${name} must be an EJSON string`);
  let parsed: unknown;
  try {
    parsed = EJSON.parse(value, { relaxed: true });
  } catch (e) {
    throw invalidParam(`${name} is not valid EJSON: ${(e as Error).message}`);
  }
  return fromEJSONValue(parsed, name, 0);
}

/** Like parseEJSONField but the result must be a plain object (a query, an update, a document). */
export function parseEJSONObject(value: unknown, name: string): Record<string, unknown> {
  const v = parseEJSONField(value, name);
  if (!isPlainObject(v)) throw invalidParam(`${name} must be an object`);
  return v;
}

export function stringifyDocument(doc: unknown): string {
  return EJSON.stringify(doc as Record<string, unknown>, { relaxed: true });
}

/** A `{...}` object (from any realm: Jest runs code in a separate VM context), not an array/Date/class. */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Object.prototype.toString.call(v) !== '[object Object]') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Deep copy of a stored value (plain objects, arrays, Dates, primitives). */
export function cloneValue<T>(v: T): T {
  if (v === null || typeof v !== 'object') return v;
  if (isDate(v)) return new Date(v.getTime()) as T;
  if (Array.isArray(v)) return v.map(cloneValue) as T;
  if (isRegExp(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(v as Record<string, unknown>)) out[k] = cloneValue(val);
  return out as T;
}

/** Realm-independent Date check. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

function fromEJSONValue(v: unknown, path: string, depth: number): unknown {
  if (depth > MAX_DEPTH) throw invalidParam(`${path}: nesting deeper than ${MAX_DEPTH} levels`);
  if (v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') return v;
  if (v === undefined) return undefined;
  if (isDate(v)) {
    if (Number.isNaN(v.getTime())) throw invalidParam(`${path}: invalid date`);
    return v;
  }
  if (Array.isArray(v)) return v.map((item, i) => fromEJSONValue(item, `${path}.${i}`, depth + 1));
  if (typeof v !== 'object') throw invalidParam(`${path}: unsupported value`);
  const bsonType = (v as { _bsontype?: unknown })._bsontype;
  if (typeof bsonType === 'string') return fromBsonValue(v as BsonValue, bsonType, path);
  const obj = v as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (keys.length === 1 && keys[0] === '$tcb_server_date') return serverDate(obj.$tcb_server_date, path);
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (key === '__proto__') throw invalidParam(`${path}: field name __proto__ is not allowed`);
    const converted = fromEJSONValue(obj[key], `${path}.${key}`, depth + 1);
    if (converted !== undefined) out[key] = converted;
  }
  return out;
}

interface BsonValue {
  pattern?: string;
  options?: string;
  valueOf(): unknown;
  toNumber?: () => number;
}

function fromBsonValue(v: BsonValue, bsonType: string, path: string): unknown {
  switch (bsonType) {
    case 'BSONRegExp': {
      const flags = [...(v.options ?? '')];
      const unsupported = flags.filter((f) => !JS_REGEX_FLAGS.has(f));
      if (unsupported.length) throw invalidParam(`${path}: regular expression option(s) ${unsupported.join('')} not supported`);
      try {
        return new RegExp(v.pattern ?? '', flags.join(''));
      } catch (e) {
        throw invalidParam(`${path}: invalid regular expression: ${(e as Error).message}`);
      }
    }
    case 'Long':
      return v.toNumber ? v.toNumber() : Number(v.valueOf());
    case 'Int32':
    case 'Double':
      return Number(v.valueOf());
    default:
      throw invalidParam(`${path}: BSON type ${bsonType} is not supported by the local gateway`);
  }
}

/** `db.serverDate({ offset })` arrives as `{ $tcb_server_date: { offset } }` (offset in milliseconds). */
function serverDate(spec: unknown, path: string): Date {
  const offset = isPlainObject(spec) && typeof spec.offset === 'number' ? spec.offset : 0;
  if (!Number.isFinite(offset)) throw invalidParam(`${path}: serverDate offset must be a number`);
  return new Date(Date.now() + offset);
}

export function isRegExp(v: unknown): v is RegExp {
  return Object.prototype.toString.call(v) === '[object RegExp]';
}
