/**
 * The `database.*` actions node-sdk 3.x sends (see @cloudbase/database src: query.ts, document.ts,
 * collection.ts, aggregate.ts, transaction/index.ts) and the answers it parses:
 * - getDocument       -> { data: { list: [EJSON string], limit, offset } }
 * - calculateDocument -> { data: { total } }
 * - insertDocument    -> { data: { insertedIds } }
 * - modifyDocument    -> { data: { updated, upsert_id? } }
 * - modifyAndReturnDoc-> { data: { updated, doc: EJSON string } }
 * - removeDocument    -> { data: { deleted } }
 * - aggregateDocuments-> { data: { list: [EJSON string] } }
 * - addCollection     -> {}
 * - start/commit/abortTransaction -> { transactionId } / {}
 */
import type { CollectionStore } from '../storage/collection-store';
import type { TransactionManager } from '../transactions/transaction-manager';
import { parseEJSONField, parseEJSONObject, stringifyDocument } from '../ejson-codec';
import { assertStorable, isDocId, newDocumentId, type Doc } from '../document-rules';
import { invalidParam } from '../errors';
import { compileQuery, countDocs, findDocs, idOnlyQuery, normalizeLimit, normalizeOffset, normalizeOrder, projectDocs, type FindOptions } from '../engine/find';
import { parseUpdateSpec } from '../engine/update';
import { duplicateId, planModify, selectDocs, type DocSource } from '../engine/write-plan';
import { parseStages, runAggregation } from '../engine/aggregate';
import { json, type ActionHandler, type Params } from './action-types';

export function databaseActions(store: CollectionStore, txns: TransactionManager): Record<string, ActionHandler> {
  const committed = (collection: string): DocSource => ({
    candidates: (where) => store.candidates(collection, where),
    byId: (id) => store.byId(collection, id),
  });
  const hasTxn = (p: Params) => p.transactionId !== undefined && p.transactionId !== null && p.transactionId !== '';
  const where = (p: Params) => (p.query === undefined || p.query === null || p.query === '' ? {} : parseEJSONObject(p.query, 'query'));

  return {
    'database.getDocument': async (p) => {
      const coll = collectionOf(store, p);
      const query = where(p);
      const order = p.order === undefined ? undefined : normalizeOrder(parseEJSONField(p.order, 'order'));
      const projection = p.projection === undefined ? undefined : parseEJSONObject(p.projection, 'projection');
      const offset = normalizeOffset(p.offset);
      const limit = normalizeLimit(p.limit);
      const docs = await find(p, coll, query, { order, offset, limit, projection });
      return json({ data: { list: docs.map(stringifyDocument), limit, offset }, limit, offset });
    },

    'database.calculateDocument': async (p) => {
      const coll = collectionOf(store, p);
      const query = where(p);
      const matcher = compileQuery(query);
      await store.settled([coll]);
      const src = hasTxn(p) ? txns.source(txns.active(p.transactionId), coll) : committed(coll);
      return json({ data: { total: countDocs(src.candidates(query), matcher) } });
    },

    'database.insertDocument': async (p) => {
      const coll = collectionOf(store, p);
      const docs = parseInsertData(p.data);
      if (hasTxn(p)) {
        const txn = txns.active(p.transactionId);
        const src = txns.source(txn, coll);
        const seen = new Set<unknown>();
        for (const doc of docs) {
          if (src.byId(doc._id) || seen.has(doc._id)) throw duplicateId(doc._id);
          seen.add(doc._id);
        }
        for (const doc of docs) txns.stage(txn, coll, doc._id, doc);
      } else {
        await store.withWriteLock([coll], () => store.insert(coll, docs));
        await store.durable([coll]);
      }
      return json({ data: { insertedIds: docs.map((d) => d._id) } });
    },

    'database.modifyDocument': async (p) => {
      const { updated, upsertId } = await modify(p, false);
      return json({ data: upsertId === undefined ? { updated } : { updated, upsert_id: upsertId } });
    },

    'database.modifyAndReturnDoc': async (p) => {
      const { updated, doc } = await modify({ ...p, multi: false, merge: true, upsert: false }, true);
      return json({ data: { updated, doc: doc ? stringifyDocument(doc) : null } });
    },

    'database.removeDocument': async (p) => {
      const coll = collectionOf(store, p);
      const query = where(p);
      const multi = p.multi === true;
      let deleted: number;
      if (hasTxn(p)) {
        const txn = txns.active(p.transactionId);
        const docs = selectDocs(txns.source(txn, coll), query, multi);
        for (const doc of docs) txns.stage(txn, coll, doc._id, null);
        deleted = docs.length;
      } else {
        deleted = await store.withWriteLock([coll], async () => store.remove(coll, selectDocs(committed(coll), query, multi).map((d) => d._id)));
        if (deleted) await store.durable([coll]);
      }
      return json({ data: { deleted } });
    },

    'database.aggregateDocuments': async (p) => {
      const coll = collectionOf(store, p);
      const pipeline = parseStages(p.stages);
      await store.settled(store.names());
      const list = runAggregation(pipeline, {
        candidates: (query) => store.candidates(coll, query),
        collection: (name) => (store.has(name) ? store.all(name) : []),
      });
      return json({ data: { list: list.map(stringifyDocument) } });
    },

    'database.addCollection': async (p) => {
      if (typeof p.collectionName !== 'string' || p.collectionName === '') throw invalidParam('collectionName is required');
      await store.create(p.collectionName);
      return json({});
    },

    'database.startTransaction': async () => json({ transactionId: txns.start() }),

    'database.commitTransaction': async (p) => {
      await txns.commit(p.transactionId);
      return json({});
    },

    'database.abortTransaction': async (p) => {
      txns.abort(p.transactionId);
      return json({});
    },
  };

  /** getDocument, inside a transaction or not. */
  async function find(p: Params, coll: string, query: Record<string, unknown>, opts: FindOptions): Promise<Doc[]> {
    await store.settled([coll]);
    if (!hasTxn(p)) return findDocs(store.candidates(coll, query), compileQuery(query), opts);
    const src = txns.source(txns.active(p.transactionId), coll);
    const id = idOnlyQuery(query);
    if (id !== undefined) src.byId(id); // a conflict if the document changed since the start, even if now absent
    const { projection, ...paging } = opts;
    const selected = findDocs(src.candidates(query), compileQuery(query), paging);
    for (const doc of selected) src.observed?.(doc);
    return projectDocs(selected, projection);
  }

  /** modifyDocument / modifyAndReturnDoc, inside a transaction or not. */
  async function modify(p: Params, wantDoc: boolean): Promise<{ updated: number; upsertId?: unknown; doc?: Doc }> {
    const coll = collectionOf(store, p);
    const query = where(p);
    const spec = parseUpdateSpec(parseEJSONObject(p.data, 'data'), p.merge !== false);
    const opts = { multi: p.multi === true, upsert: p.upsert === true };
    if (hasTxn(p)) {
      const txn = txns.active(p.transactionId);
      const plan = planModify(txns.source(txn, coll), query, spec, opts);
      for (const doc of plan.writes) txns.stage(txn, coll, doc._id, doc);
      if (plan.upserted) txns.stage(txn, coll, plan.upserted._id, plan.upserted);
      return { updated: plan.writes.length, upsertId: plan.upserted?._id, doc: wantDoc ? plan.after[0] : undefined };
    }
    const plan = await store.withWriteLock([coll], async () => {
      const planned = planModify(committed(coll), query, spec, opts);
      for (const doc of planned.writes) await store.replace(coll, doc);
      if (planned.upserted) await store.insert(coll, [planned.upserted]);
      return planned;
    });
    if (plan.writes.length || plan.upserted) await store.durable([coll]);
    return { updated: plan.writes.length, upsertId: plan.upserted?._id, doc: wantDoc ? plan.after[0] : undefined };
  }
}

function collectionOf(store: CollectionStore, p: Params): string {
  store.assertExists(p.collectionName);
  return p.collectionName;
}

/** `data` is an array of EJSON document strings (a single string is accepted too). */
function parseInsertData(data: unknown): Doc[] {
  const items = Array.isArray(data) ? data : data === undefined ? [] : [data];
  if (items.length === 0) throw invalidParam('data must contain at least one document');
  return items.map((item, i) => {
    const doc = parseEJSONObject(item, `data[${i}]`);
    if (doc._id === undefined) doc._id = newDocumentId();
    else if (!isDocId(doc._id)) throw invalidParam('_id must be a non-empty string or a number');
    assertStorable(doc);
    return doc as Doc;
  });
}
