/**
 * Works out what a write does before anything is written, against a DocSource: the committed data
 * (plain writes, under the collection's write lock) or a transaction's view of it (staged writes).
 */
import type { Doc, DocId } from '../document-rules';
import { GatewayError } from '../errors';
import { compileQuery, firstMatch, idOnlyQuery } from './find';
import { applyUpdate, deepEqual, upsertDocument, type UpdateSpec } from './update';

export interface DocSource {
  /** Documents that may match `where` (a superset). */
  candidates(where: Record<string, unknown>): Doc[];
  byId(id: DocId): Doc | undefined;
  /** Called for every document a write is based on (transactions check it is not stale). */
  observed?(doc: Doc): void;
}

export function selectDocs(src: DocSource, where: Record<string, unknown>, multi: boolean): Doc[] {
  const id = idOnlyQuery(where);
  let docs: Doc[];
  if (id !== undefined) {
    const doc = src.byId(id);
    docs = doc ? [doc] : [];
  } else {
    const matcher = compileQuery(where);
    const candidates = src.candidates(where);
    if (multi) docs = candidates.filter((d) => matcher.test(d));
    else {
      const first = firstMatch(candidates, matcher);
      docs = first ? [first] : [];
    }
  }
  if (src.observed) for (const doc of docs) src.observed(doc);
  return docs;
}

export interface ModifyPlan {
  /** New versions of the documents that actually change. */
  writes: Doc[];
  /** Every matched document after the update (changed or not), in match order. */
  after: Doc[];
  /** The document an upsert inserts. */
  upserted?: Doc;
}

export function planModify(
  src: DocSource,
  where: Record<string, unknown>,
  spec: UpdateSpec,
  opts: { multi: boolean; upsert: boolean },
): ModifyPlan {
  const matched = selectDocs(src, where, opts.multi);
  const writes: Doc[] = [];
  const after: Doc[] = [];
  for (const doc of matched) {
    const next = applyUpdate(doc, spec);
    after.push(next);
    if (!deepEqual(next, doc)) writes.push(next);
  }
  if (matched.length === 0 && opts.upsert) {
    const upserted = upsertDocument(where, spec);
    if (src.byId(upserted._id)) throw duplicateId(upserted._id);
    return { writes, after: [upserted], upserted };
  }
  return { writes, after };
}

export function duplicateId(id: DocId): GatewayError {
  return new GatewayError('DATABASE_DUPLICATE_WRITE', `E11000 duplicate key error: a document with _id ${JSON.stringify(id)} already exists`);
}
