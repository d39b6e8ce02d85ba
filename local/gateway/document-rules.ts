/**
 * What a stored document may contain. nedb persists documents as JSON lines (Dates as {$$date}), so field
 * names may not start with `$` or contain `.`, and only JSON-representable values plus Date survive a
 * restart. Anything else is refused up front instead of being silently altered on disk.
 */
import { randomBytes } from 'node:crypto';
import { invalidParam } from './errors';
import { isDate, isPlainObject, isRegExp } from './ejson-codec';

export type DocId = string | number;
export type Doc = Record<string, unknown> & { _id: DocId };

/** CloudBase generates 32-hex-character document ids. */
export function newDocumentId(): string {
  return randomBytes(16).toString('hex');
}

export function isDocId(v: unknown): v is DocId {
  return (typeof v === 'string' && v.length > 0 && v.length <= 256) || (typeof v === 'number' && Number.isFinite(v));
}

/** Throws INVALID_PARAM unless `doc` can be stored as-is. */
export function assertStorable(doc: Record<string, unknown>): void {
  if ('_id' in doc && !isDocId(doc._id)) throw invalidParam('_id must be a non-empty string (at most 256 characters) or a number');
  checkValue(doc, '', 0);
}

function checkValue(v: unknown, path: string, depth: number): void {
  if (depth > 100) throw invalidParam(`document nesting deeper than 100 levels at ${path}`);
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw invalidParam(`${path || 'value'}: NaN and Infinity cannot be stored`);
    return;
  }
  if (isDate(v)) return;
  if (Array.isArray(v)) {
    v.forEach((item, i) => checkValue(item, `${path}.${i}`, depth + 1));
    return;
  }
  if (isRegExp(v)) throw invalidParam(`${path}: regular expressions cannot be stored`);
  if (!isPlainObject(v)) throw invalidParam(`${path}: unsupported value type`);
  for (const [key, value] of Object.entries(v)) {
    if (key.startsWith('$')) throw invalidParam(`field name ${JSON.stringify(key)} must not start with '$'`);
    if (key.includes('.')) throw invalidParam(`field name ${JSON.stringify(key)} must not contain '.'`);
    checkValue(value, path ? `${path}.${key}` : key, depth + 1);
  }
}
