/** collection.aggregate() pipelines through the SDK, with MongoDB's stage semantics. */
import { startTestGateway, type TestGateway } from '../support/gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
  await t.db.createCollection('orders');
  await t.db.createCollection('customers');
  await t.db.collection('customers').add([
    { _id: 'c1', name: 'Alpha', district: 'kundulun' },
    { _id: 'c2', name: 'Beta', district: 'qingshan' },
  ]);
  await t.db.collection('orders').add([
    { _id: 'o1', customer: 'c1', amount: 10, status: 'paid', items: ['pen', 'ink'], at: new Date('2024-01-01T00:00:00Z') },
    { _id: 'o2', customer: 'c1', amount: 25, status: 'paid', items: ['book'], at: new Date('2024-02-01T00:00:00Z') },
    { _id: 'o3', customer: 'c2', amount: 7, status: 'open', items: [], at: new Date('2024-03-01T00:00:00Z') },
    { _id: 'o4', customer: 'c3', amount: 40, status: 'paid', items: ['pen'], at: new Date('2024-04-01T00:00:00Z') },
  ]);
});
afterAll(() => t.close());

const orders = () => t.db.collection('orders').aggregate();

it('match + group + sort', async () => {
  const _ = t.db.command;
  const r = await orders().match({ status: 'paid' }).group({ _id: '$customer', total: _.aggregate.sum('$amount'), n: _.aggregate.sum(1) }).sort({ total: -1 }).end();
  expect(r.data).toEqual([
    { _id: 'c3', total: 40, n: 1 },
    { _id: 'c1', total: 35, n: 2 },
  ]);
});

it('match with command operators, regular expressions and dates', async () => {
  const _ = t.db.command;
  const r = await orders().match({ amount: _.gte(10), at: _.lt(new Date('2024-03-15T00:00:00Z')), status: t.db.RegExp({ regexp: '^PA', options: 'i' }) }).project({ _id: 1 }).end();
  expect(r.data).toEqual([{ _id: 'o1' }, { _id: 'o2' }]);
});

it('project with computed fields, skip and limit', async () => {
  const $ = t.db.command.aggregate;
  const r = await orders().sort({ amount: 1 }).skip(1).limit(2).project({ _id: 0, amount: 1, double: $.multiply(['$amount', 2]) }).end();
  expect(r.data).toEqual([
    { amount: 10, double: 20 },
    { amount: 25, double: 50 },
  ]);
});

it('lookup + unwind (a missing partner drops the row; preserveNull keeps it)', async () => {
  const joined = await orders()
    .lookup({ from: 'customers', localField: 'customer', foreignField: '_id', as: 'who' })
    .unwind('$who')
    .project({ _id: 1, name: '$who.name' })
    .sort({ _id: 1 })
    .end();
  expect(joined.data).toEqual([
    { _id: 'o1', name: 'Alpha' },
    { _id: 'o2', name: 'Alpha' },
    { _id: 'o3', name: 'Beta' },
  ]);
  const kept = await orders()
    .lookup({ from: 'customers', localField: 'customer', foreignField: '_id', as: 'who' })
    .unwind({ path: '$who', preserveNullAndEmptyArrays: true })
    .count('rows')
    .end();
  expect(kept.data).toEqual([{ rows: 4 }]);
});

it('lookup into a collection that does not exist gives empty arrays', async () => {
  const r = await orders().match({ _id: 'o1' }).lookup({ from: 'nowhere', localField: 'customer', foreignField: '_id', as: 'x' }).project({ x: 1 }).end();
  expect(r.data).toEqual([{ _id: 'o1', x: [] }]);
});

it('unwind an array field, then sortByCount', async () => {
  const r = await orders().unwind('$items').sortByCount('$items').end();
  expect(r.data[0]).toEqual({ _id: 'pen', count: 2 });
  expect(r.data).toHaveLength(3);
});

it('count', async () => {
  const r = await orders().match({ status: 'paid' }).count('paid').end();
  expect(r.data).toEqual([{ paid: 3 }]);
});

it('addFields does not change the stored documents', async () => {
  const r = await orders().match({ _id: 'o1' }).addFields({ amount: 999, extra: true }).end();
  expect(r.data[0]).toMatchObject({ amount: 999, extra: true });
  expect((await t.db.collection('orders').doc('o1').get()).data[0]).toEqual({
    _id: 'o1', customer: 'c1', amount: 10, status: 'paid', items: ['pen', 'ink'], at: new Date('2024-01-01T00:00:00Z'),
  });
});

it('group and sort, which only read their input, leave the stored documents as they were', async () => {
  const $ = t.db.command.aggregate;
  const r = await orders().sort({ amount: -1 }).group({ _id: '$customer', all: $.push('$$ROOT'), first: $.first('$items') }).sort({ _id: 1 }).end();
  expect(r.data.length).toBeGreaterThan(0);
  expect((await t.db.collection('orders').doc('o1').get()).data[0]).toEqual({
    _id: 'o1', customer: 'c1', amount: 10, status: 'paid', items: ['pen', 'ink'], at: new Date('2024-01-01T00:00:00Z'),
  });
});

it('aggregating a missing collection fails with DATABASE_COLLECTION_NOT_EXIST', async () => {
  await expect(t.db.collection('ghost').aggregate().match({}).end()).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' });
});

it('write stages are refused', async () => {
  const pipeline = t.db.collection('orders').aggregate() as any;
  await expect(pipeline._pipe('out', 'copy').end()).rejects.toMatchObject({ code: 'DATABASE_REQUEST_FAILED' });
});
