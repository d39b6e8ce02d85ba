/**
 * add / doc().set / doc().update / doc().remove / where().update / where().remove, every update command,
 * unique indexes, missing collections, and concurrent `_.inc` without lost updates. `updated` counts
 * documents whose content actually changed (MongoDB's nModified).
 */
import { startTestGateway, type TestGateway } from '../support/gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
  await t.db.createCollection('things');
});
afterAll(() => t.close());

const things = () => t.db.collection('things');
const getDoc = async (coll: string, id: string) => (await t.db.collection(coll).doc(id).get()).data[0];

describe('add', () => {
  it('adds one document and generates a 32-hex id', async () => {
    const r = await things().add({ kind: 'one', n: 1 });
    expect(r.id).toMatch(/^[0-9a-f]{32}$/);
    expect(await getDoc('things', r.id!)).toEqual({ _id: r.id, kind: 'one', n: 1 });
  });
  it('adds an array and returns the ids in order, keeping given ids', async () => {
    const r = await things().add([{ kind: 'many', k: 1 }, { _id: 'given-id', kind: 'many', k: 2 }]);
    expect(r.ids).toHaveLength(2);
    expect(r.ids![1]).toBe('given-id');
    expect((await things().where({ kind: 'many' }).count()).total).toBe(2);
  });
  it('rejects a duplicate _id and writes nothing from that batch', async () => {
    await expect(things().add([{ _id: 'batch-new' }, { _id: 'given-id' }])).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' });
    expect(await getDoc('things', 'batch-new')).toBeUndefined();
  });
  it('keeps value types: floats, negative and large integers, booleans, null, dates, nested arrays', async () => {
    const at = new Date('2024-05-06T07:08:09.123Z');
    const doc = { _id: 'types', f: 1.25, neg: -7, big: 2 ** 40, t: true, z: null, at, nested: [[1, 2], { a: [at] }] };
    await things().add(doc);
    const back = await getDoc('things', 'types');
    expect(back).toEqual(doc);
    expect(back.at).toBeInstanceOf(Date);
  });
  it('db.serverDate() becomes the gateway clock (with offset)', async () => {
    const before = Date.now();
    const r = await things().add({ at: t.db.serverDate(), later: t.db.serverDate({ offset: 60_000 }) });
    const doc = await getDoc('things', r.id!);
    expect(doc.at.getTime()).toBeGreaterThanOrEqual(before);
    expect(doc.at.getTime()).toBeLessThanOrEqual(Date.now());
    expect(doc.later.getTime() - doc.at.getTime()).toBeGreaterThanOrEqual(59_000);
  });
  it('refuses field names MongoDB/nedb cannot store', async () => {
    await expect(things().add({ 'a.b': 1 })).rejects.toMatchObject({ code: 'INVALID_PARAM' });
    await expect(things().add({ $bad: 1 })).rejects.toMatchObject({ code: 'INVALID_PARAM' });
  });
});

describe('doc().set / update / remove', () => {
  it('set() creates a missing document (upsert) and reports its id', async () => {
    const r = await things().doc('s1').set({ a: 1, b: { c: 2 } });
    expect(r.upsertedId).toBe('s1');
    expect(r.updated).toBe(0);
    expect(await getDoc('things', 's1')).toEqual({ _id: 's1', a: 1, b: { c: 2 } });
  });
  it('set() replaces an existing document entirely', async () => {
    const r = await things().doc('s1').set({ z: 9 });
    expect(r.updated).toBe(1);
    expect(await getDoc('things', 's1')).toEqual({ _id: 's1', z: 9 });
  });
  it('update() merges nested objects field by field; _.set() replaces the object', async () => {
    await things().doc('m1').set({ profile: { nick: 'a', age: 3 } });
    await things().doc('m1').update({ profile: { nick: 'b' } });
    expect((await getDoc('things', 'm1')).profile).toEqual({ nick: 'b', age: 3 });
    await things().doc('m1').update({ profile: t.db.command.set({ nick: 'c' }) });
    expect((await getDoc('things', 'm1')).profile).toEqual({ nick: 'c' });
  });
  it('update() of a missing document changes nothing', async () => {
    const r = await things().doc('ghost').update({ a: 1 });
    expect(r.updated).toBe(0);
    expect(await getDoc('things', 'ghost')).toBeUndefined();
  });
  it('update() that changes nothing reports updated 0', async () => {
    await things().doc('same').set({ a: 1 });
    expect((await things().doc('same').update({ a: 1 })).updated).toBe(0);
    expect((await things().doc('same').update({ a: 2 })).updated).toBe(1);
  });
  it('remove() deletes one document; removing it again deletes 0', async () => {
    await things().doc('r1').set({ a: 1 });
    expect((await things().doc('r1').remove()).deleted).toBe(1);
    expect((await things().doc('r1').remove()).deleted).toBe(0);
  });
  it('where().updateAndReturn() updates one document and returns it', async () => {
    await things().doc('ret').set({ kind: 'ret', n: 1 });
    const r = await things().where({ kind: 'ret' }).updateAndReturn({ n: t.db.command.inc(1) });
    expect(r.updated).toBe(1);
    expect(r.doc).toEqual({ _id: 'ret', kind: 'ret', n: 2 });
  });
  it('the _id cannot be changed through a raw $set', async () => {
    await things().doc('fixed').set({ a: 1 });
    const r = await t.rawPost(JSON.stringify({ action: 'database.modifyDocument', collectionName: 'things', query: '{"_id":"fixed"}', data: '{"$set":{"_id":"other"}}', merge: true, multi: false }));
    expect(r.json.code).toBe('INVALID_PARAM');
  });
});

describe('update commands', () => {
  const _ = () => t.db.command;
  async function apply(start: object, update: object): Promise<any> {
    const id = `u${Math.random().toString(36).slice(2)}`;
    await things().doc(id).set(start);
    await things().doc(id).update(update);
    const { _id, ...rest } = await getDoc('things', id);
    return rest;
  }
  it('inc / mul (missing fields start at 0)', async () => {
    expect(await apply({ n: 1 }, { n: _().inc(2), m: _().inc(5) })).toEqual({ n: 3, m: 5 });
    expect(await apply({ n: 3 }, { n: _().mul(4), p: _().mul(2) })).toEqual({ n: 12, p: 0 });
  });
  it('inc on a non-number is refused', async () => {
    await things().doc('str').set({ s: 'x' });
    await expect(things().doc('str').update({ s: _().inc(1) })).rejects.toMatchObject({ code: 'INVALID_PARAM' });
  });
  it('remove() and unset', async () => {
    expect(await apply({ a: 1, b: { c: 1, d: 2 } }, { a: _().remove(), b: { c: _().remove() } })).toEqual({ b: { d: 2 } });
  });
  it('push: values, arrays, and each/position/slice/sort', async () => {
    expect(await apply({ arr: [1] }, { arr: _().push(2, 3) })).toEqual({ arr: [1, 2, 3] });
    expect(await apply({ arr: [1] }, { arr: _().push([4, 5]) })).toEqual({ arr: [1, 4, 5] });
    expect(await apply({}, { arr: _().push('x') })).toEqual({ arr: ['x'] });
    expect(await apply({ arr: [5, 1] }, { arr: _().push({ each: [3], position: 0 }) })).toEqual({ arr: [3, 5, 1] });
    expect(await apply({ arr: [5, 1] }, { arr: _().push({ each: [3, 9], sort: 1, slice: 3 }) })).toEqual({ arr: [1, 3, 5] });
  });
  it('push on a non-array is refused', async () => {
    await things().doc('notarr').set({ s: 'x' });
    await expect(things().doc('notarr').update({ s: _().push(1) })).rejects.toMatchObject({ code: 'INVALID_PARAM' });
  });
  it('pull by value and by condition, pullAll', async () => {
    expect(await apply({ arr: [1, 2, 1, 3] }, { arr: _().pull(1) })).toEqual({ arr: [2, 3] });
    expect(await apply({ arr: [1, 5, 9] }, { arr: _().pull(_().gte(5)) })).toEqual({ arr: [1] });
    expect(await apply({ arr: [{ k: 1 }, { k: 2 }] }, { arr: _().pull({ k: 2 }) })).toEqual({ arr: [{ k: 1 }] });
    expect(await apply({ arr: [1, 2, 3, 2] }, { arr: _().pullAll([2, 3]) })).toEqual({ arr: [1] });
  });
  it('addToSet adds only absent values and keeps existing duplicates', async () => {
    expect(await apply({ arr: [1, 1] }, { arr: _().addToSet(2) })).toEqual({ arr: [1, 1, 2] });
    expect(await apply({ arr: [1, 2] }, { arr: _().addToSet(2) })).toEqual({ arr: [1, 2] });
    expect(await apply({ arr: [1] }, { arr: _().addToSet({ $each: [1, 3, 3] }) })).toEqual({ arr: [1, 3] });
  });
  it('pop / shift / unshift', async () => {
    expect(await apply({ arr: [1, 2, 3] }, { arr: _().pop() })).toEqual({ arr: [1, 2] });
    expect(await apply({ arr: [1, 2, 3] }, { arr: _().shift() })).toEqual({ arr: [2, 3] });
    expect(await apply({ arr: [3] }, { arr: _().unshift(1, 2) })).toEqual({ arr: [1, 2, 3] });
  });
  it('min / max / rename', async () => {
    expect(await apply({ lo: 5, hi: 5 }, { lo: _().min(3), hi: _().max(3) })).toEqual({ lo: 3, hi: 5 });
    expect(await apply({ old: 1 }, { old: _().rename('fresh') })).toEqual({ fresh: 1 });
  });
  it('dates can be set and compared after update', async () => {
    const at = new Date('2025-01-01T00:00:00Z');
    expect(await apply({}, { at })).toEqual({ at });
  });
});

describe('where().update / where().remove', () => {
  beforeAll(async () => {
    await t.db.createCollection('batch');
    await t.db.collection('batch').add([{ g: 'a', n: 1 }, { g: 'a', n: 2 }, { g: 'b', n: 3 }]);
  });
  it('updates every matching document', async () => {
    const r = await t.db.collection('batch').where({ g: 'a' }).update({ flag: true, n: t.db.command.inc(10) });
    expect(r.updated).toBe(2);
    const docs = (await t.db.collection('batch').where({ flag: true }).orderBy('n', 'asc').get()).data;
    expect(docs.map((d: any) => d.n)).toEqual([11, 12]);
  });
  it('removes every matching document', async () => {
    const r = await t.db.collection('batch').where({ n: t.db.command.gt(10) }).remove();
    expect(r.deleted).toBe(2);
    expect((await t.db.collection('batch').count()).total).toBe(1);
  });
});

describe('unique indexes (users.openid from the manifest)', () => {
  it('refuses a second document with the same key on add, update and set', async () => {
    const users = t.db.collection('users');
    await users.add({ _id: 'u1', openid: 'o-1' });
    await users.add({ _id: 'u2', openid: 'o-2' });
    await expect(users.add({ openid: 'o-1' })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' });
    await expect(users.doc('u2').update({ openid: 'o-1' })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' });
    await expect(users.doc('u3').set({ openid: 'o-1' })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' });
    expect((await users.doc('u2').get()).data[0].openid).toBe('o-2');
    expect((await users.where({ openid: 'o-1' }).count()).total).toBe(1);
  });
});

describe('collections', () => {
  it('writing or reading a collection that does not exist fails with DATABASE_COLLECTION_NOT_EXIST', async () => {
    const ghost = t.db.collection('ghost');
    const code = { code: 'DATABASE_COLLECTION_NOT_EXIST' };
    await expect(ghost.add({ a: 1 })).rejects.toMatchObject(code);
    await expect(ghost.doc('x').set({ a: 1 })).rejects.toMatchObject(code);
    await expect(ghost.doc('x').update({ a: 1 })).rejects.toMatchObject(code);
    await expect(ghost.where({ a: 1 }).remove()).rejects.toMatchObject(code);
    await expect(ghost.get()).rejects.toMatchObject(code);
    await expect(ghost.count()).rejects.toMatchObject(code);
  });
  it('createCollection() makes it writable; creating it twice fails', async () => {
    await t.db.createCollection('made');
    await expect(t.db.collection('made').add({ a: 1 })).resolves.toHaveProperty('id');
    await expect(t.db.createCollection('made')).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_ALREADY_EXIST' });
  });
  it('the manifest collections exist from the start', async () => {
    for (const name of ['users', 'grants', 'organizations', 'invitations', 'audit']) {
      await expect(t.db.collection(name).count()).resolves.toHaveProperty('total');
    }
  });
});

describe('concurrency', () => {
  it('50 concurrent _.inc on one document lose no update', async () => {
    await things().doc('counter').set({ n: 0 });
    await Promise.all(Array.from({ length: 50 }, () => things().doc('counter').update({ n: t.db.command.inc(1) })));
    expect((await getDoc('things', 'counter')).n).toBe(50);
  });
  it('concurrent multi-document increments lose no update', async () => {
    await t.db.createCollection('tally');
    await t.db.collection('tally').add([{ g: 1, n: 0 }, { g: 1, n: 0 }, { g: 1, n: 0 }]);
    await Promise.all(Array.from({ length: 20 }, () => t.db.collection('tally').where({ g: 1 }).update({ n: t.db.command.inc(1) })));
    const docs = (await t.db.collection('tally').get()).data;
    expect(docs.map((d: any) => d.n)).toEqual([20, 20, 20]);
  });
});
