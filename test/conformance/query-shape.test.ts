/**
 * orderBy / skip / limit / field / count and CloudBase's paging limits: a server-side query returns 100
 * documents when no limit is given and never more than 1000 (larger limits are capped, by the SDK and
 * again by the gateway).
 */
import { startTestGateway, type TestGateway } from '../support/gateway';

let t: TestGateway;
const N = 1100;
const pad = (i: number) => String(i).padStart(4, '0');

beforeAll(async () => {
  t = await startTestGateway();
  await t.db.createCollection('bulk');
  const docs = Array.from({ length: N }, (_, i) => ({ _id: `d${pad(i)}`, i, group: i % 3, ...(i % 10 === 0 ? {} : { label: `L${i % 7}` }) }));
  for (let k = 0; k < N; k += 550) await t.db.collection('bulk').add(docs.slice(k, k + 550));
});
afterAll(() => t.close());

const bulk = () => t.db.collection('bulk');

describe('limits', () => {
  it('returns 100 documents when no limit is given', async () => {
    const r = await bulk().get();
    expect(r.data).toHaveLength(100);
  });
  it('returns up to 1000 with limit(1000)', async () => {
    expect((await bulk().limit(1000).get()).data).toHaveLength(1000);
  });
  it('caps larger limits at 1000', async () => {
    expect((await bulk().limit(1001).get()).data).toHaveLength(1000);
    expect((await bulk().limit(5000).get()).data).toHaveLength(1000);
  });
  it('caps a raw limit over 1000 at 1000 on the gateway too', async () => {
    const r = await t.rawPost(JSON.stringify({ action: 'database.getDocument', collectionName: 'bulk', queryType: 'WHERE', limit: 5000 }));
    expect(r.status).toBe(200);
    expect(r.json.data.list).toHaveLength(1000);
    expect(r.json.data.limit).toBe(1000);
  });
  it('rejects a negative limit with INVALID_PARAM', async () => {
    await expect(bulk().limit(-1).get()).rejects.toMatchObject({ code: 'INVALID_PARAM' });
  });
  it('count() is not limited', async () => {
    expect((await bulk().count()).total).toBe(N);
    expect((await bulk().where({ group: 1 }).count()).total).toBe(367);
  });
});

describe('order, skip, limit', () => {
  it('orders by several fields in the order given', async () => {
    const r = await bulk().orderBy('group', 'asc').orderBy('i', 'desc').limit(3).get();
    expect(r.data.map((d: any) => d.i)).toEqual([1098, 1095, 1092]);
  });
  it('skip then limit over the ordered result', async () => {
    const r = await bulk().orderBy('i', 'asc').skip(1050).limit(100).get();
    expect(r.data).toHaveLength(50);
    expect(r.data[0].i).toBe(1050);
    expect(r.data[49].i).toBe(1099);
  });
  it('ascending order puts missing fields first, descending last', async () => {
    const asc = await bulk().where({ i: t.db.command.lt(12) }).orderBy('label', 'asc').orderBy('i', 'asc').get();
    expect(asc.data.slice(0, 2).map((d: any) => d.i)).toEqual([0, 10]);
    const desc = await bulk().where({ i: t.db.command.lt(12) }).orderBy('label', 'desc').orderBy('i', 'asc').get();
    expect(desc.data.slice(-2).map((d: any) => d.i)).toEqual([0, 10]);
  });
  it('skip past the end gives an empty page', async () => {
    expect((await bulk().skip(5000).get()).data).toEqual([]);
  });
});

describe('field (projection)', () => {
  it('inclusion keeps _id and the named fields', async () => {
    const r = await bulk().where({ i: 5 }).field({ i: true }).get();
    expect(r.data).toEqual([{ _id: 'd0005', i: 5 }]);
  });
  it('exclusion drops the named fields', async () => {
    const r = await bulk().where({ i: 5 }).field({ group: false, label: false }).get();
    expect(r.data).toEqual([{ _id: 'd0005', i: 5 }]);
  });
  it('_id can be excluded from an inclusion', async () => {
    const r = await bulk().where({ i: 5 }).field({ _id: false, i: true }).get();
    expect(r.data).toEqual([{ i: 5 }]);
  });
  it('doc(id).field() projects a single document', async () => {
    const r = await bulk().doc('d0007').field({ group: true }).get();
    expect(r.data).toEqual([{ _id: 'd0007', group: 1 }]);
  });
  it('project.slice alone keeps every other field (MongoDB treats it as an exclusion projection)', async () => {
    const _ = t.db.command;
    await t.db.collection('bulk').doc('arr').set({ tags: ['a', 'b', 'c'], other: 1 });
    expect((await bulk().doc('arr').field({ tags: _.project.slice(1) }).get()).data).toEqual([{ _id: 'arr', tags: ['a'], other: 1 }]);
    expect((await bulk().doc('arr').field({ tags: _.project.slice([1, 1]) }).get()).data).toEqual([{ _id: 'arr', tags: ['b'], other: 1 }]);
    expect((await bulk().doc('arr').field({ tags: _.project.slice(-2), other: false }).get()).data).toEqual([{ _id: 'arr', tags: ['b', 'c'] }]);
    await t.db.collection('bulk').doc('arr').remove();
  });
  it('project.elemMatch returns the first matching element only', async () => {
    await t.db.collection('bulk').doc('em').set({ items: [{ sku: 'x', q: 1 }, { sku: 'y', q: 2 }, { sku: 'y', q: 3 }], other: 1 });
    const r = await bulk().doc('em').field({ items: t.db.command.project.elemMatch({ sku: 'y' }) }).get();
    expect(r.data).toEqual([{ _id: 'em', items: [{ sku: 'y', q: 2 }] }]);
    await t.db.collection('bulk').doc('em').remove();
  });
  it('doc(id).get() of a missing id gives an empty list', async () => {
    expect((await bulk().doc('nope').get()).data).toEqual([]);
  });
});
