/**
 * Update documents the way MongoDB does: either an operator document (`$set`, `$inc`, `$push`, ...,
 * applied with mingo's updater) or a whole-document replacement (`doc().set()`), never touching `_id`.
 */
import { update as mingoUpdate } from 'mingo';
import { MINGO_OPTIONS } from './mingo-setup';
import { assertStorable, newDocumentId, type Doc, type DocId } from '../document-rules';
import { invalidParam } from '../errors';
import { cloneValue, isDate, isPlainObject, isRegExp } from '../ejson-codec';

const OPERATORS = new Set(['$set', '$unset', '$inc', '$mul', '$min', '$max', '$rename', '$push', '$pull', '$pullAll', '$pop', '$addToSet', '$currentDate', '$bit', '$setOnInsert']);

export type UpdateSpec =
  | { kind: 'operators'; ops: Record<string, Record<string, unknown>> }
  | { kind: 'replacement'; doc: Record<string, unknown> };

/**
 * `merge: true` (doc.update / where.update) means the data is an operator document; plain fields in it are
 * treated as `$set`. `merge: false` (doc.set) means the data replaces the document and may not contain
 * operators.
 */
export function parseUpdateSpec(data: Record<string, unknown>, merge: boolean): UpdateSpec {
  const keys = Object.keys(data);
  const opKeys = keys.filter((k) => k.startsWith('$'));
  if (!merge) {
    if (opKeys.length) throw invalidParam('update operators are not allowed in set(); use update()');
    if ('_id' in data) throw invalidParam('不能更新_id的值 (the _id of a document cannot change)');
    assertStorable(data);
    return { kind: 'replacement', doc: data };
  }
  const ops: Record<string, Record<string, unknown>> = {};
  for (const key of keys) {
    if (key.startsWith('$')) {
      if (!OPERATORS.has(key)) throw invalidParam(`unknown update operator ${key}`);
      const args = data[key];
      if (!isPlainObject(args)) throw invalidParam(`${key} needs an object of field paths`);
      ops[key] = { ...(ops[key] ?? {}), ...args };
    } else {
      ops.$set = { ...(ops.$set ?? {}), [key]: data[key] };
    }
  }
  const paths = Object.values(ops).flatMap((args) => Object.keys(args));
  if (paths.length === 0) throw invalidParam('update data must not be empty');
  for (const p of paths) {
    if (p === '_id' || p.startsWith('_id.')) throw invalidParam('不能更新_id的值 (the _id of a document cannot change)');
    if (p === '' || p.split('.').some((part) => part === '' || part.startsWith('$'))) throw invalidParam(`invalid field path ${JSON.stringify(p)}`);
  }
  assertNoPathConflicts([...paths, ...Object.values(ops.$rename ?? {}).filter((v): v is string => typeof v === 'string')]);
  return { kind: 'operators', ops };
}

/** Returns the updated copy of `doc` (never mutates it). `inserting` enables `$setOnInsert`. */
export function applyUpdate(doc: Doc, spec: UpdateSpec, inserting = false): Doc {
  if (spec.kind === 'replacement') return { ...cloneValue(spec.doc), _id: doc._id };
  const next = cloneValue(doc) as Doc;
  for (const [op, args] of Object.entries(spec.ops)) {
    if (op === '$setOnInsert') {
      if (inserting) runOperator(next, '$set', args);
      continue;
    }
    runOperator(next, op, args);
  }
  if (next._id !== doc._id) throw invalidParam('不能更新_id的值 (the _id of a document cannot change)');
  assertStorable(next);
  return next;
}

/** The document an upsert inserts: equality fields of the query, then the update applied to it. */
export function upsertDocument(where: Record<string, unknown>, spec: UpdateSpec): Doc {
  const base: Record<string, unknown> = {};
  for (const [path, cond] of Object.entries(where)) {
    if (path.startsWith('$')) continue;
    const value = isPlainObject(cond) && Object.keys(cond).some((k) => k.startsWith('$')) ? (cond.$eq ?? undefined) : cond;
    if (value !== undefined && !isRegExp(value)) setPath(base, path, cloneValue(value));
  }
  const id = (base._id as DocId | undefined) ?? newDocumentId();
  const seed = { ...(spec.kind === 'replacement' ? {} : base), _id: id } as Doc;
  const doc = applyUpdate(seed, spec, true);
  assertStorable(doc);
  return doc;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isDate(a) || isDate(b)) return isDate(a) && isDate(b) && a.getTime() === b.getTime();
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((v, i) => deepEqual(v, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

const ARRAY_OPERATORS = new Set(['$push', '$pull', '$pullAll', '$pop', '$addToSet']);

function runOperator(doc: Doc, op: string, args: Record<string, unknown>): void {
  if (ARRAY_OPERATORS.has(op)) {
    for (const path of Object.keys(args)) {
      const current = valueAt(doc, path);
      if (current !== undefined && !Array.isArray(current)) {
        throw invalidParam(`Cannot apply ${op} to a non-array field: the field '${path}' must be an array but is of type ${current === null ? 'null' : typeof current}`);
      }
    }
  }
  if (op === '$addToSet') {
    addToSet(doc, args);
    return;
  }
  try {
    mingoUpdate(doc, { [op]: args } as never, [], {}, { cloneMode: 'copy', queryOptions: MINGO_OPTIONS });
  } catch (e) {
    throw invalidParam(`cannot apply ${op}: ${(e as Error).message}`);
  }
}

/**
 * MongoDB's $addToSet: appends each value (or each of `$each`) that the array does not already contain,
 * leaving existing elements, duplicates included, alone. (mingo's version de-duplicates the whole array.)
 */
function addToSet(doc: Doc, args: Record<string, unknown>): void {
  for (const [path, arg] of Object.entries(args)) {
    let values: unknown[] = [arg];
    if (isPlainObject(arg) && '$each' in arg) {
      if (!Array.isArray(arg.$each)) throw invalidParam(`$addToSet $each for '${path}' must be an array`);
      values = arg.$each;
    }
    const { parent, key } = parentFor(doc, path);
    if (parent[key] === undefined) parent[key] = [];
    const target = parent[key] as unknown[];
    for (const value of values) if (!target.some((existing) => deepEqual(existing, value))) target.push(cloneValue(value));
  }
}

function valueAt(doc: unknown, path: string): unknown {
  let node: unknown = doc;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** The container holding the last path segment, creating intermediate objects as MongoDB does. */
function parentFor(doc: Doc, path: string): { parent: Record<string, unknown>; key: string } {
  const parts = path.split('.');
  let node: Record<string, unknown> = doc;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (next === undefined) node[part] = {};
    else if (next === null || typeof next !== 'object') throw invalidParam(`Cannot create field in element {${part}: ${JSON.stringify(next)}} for path '${path}'`);
    node = node[part] as Record<string, unknown>;
  }
  return { parent: node, key: parts[parts.length - 1] };
}

function assertNoPathConflicts(paths: string[]): void {
  const sorted = [...paths].sort();
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    if (sorted[i] === prev || sorted[i].startsWith(`${prev}.`)) {
      throw invalidParam(`Updating the path '${sorted[i]}' would create a conflict at '${prev}'`);
    }
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    if (!isPlainObject(node[part])) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]] = value;
}
