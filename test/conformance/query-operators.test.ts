/**
 * where() with every command operator, through the real SDK. Expected ids follow MongoDB's documented
 * query semantics (missing fields match $ne/$nin/null, type bracketing for comparisons, array fields
 * match element-wise, $elemMatch needs one element to satisfy all conditions, ...).
 * Every query runs on an indexed collection and on an unindexed twin: both must give the same answer.
 */
import { startTestGateway, type TestGateway } from '../support/gateway';

let t: TestGateway;
const PEOPLE = [
  { _id: 'p1', name: 'Alice', age: 30, tags: ['a', 'b'], city: 'Baotou', score: 88.5, addr: { zip: '014000', district: 'kundulun' }, items: [{ sku: 'x', qty: 1 }, { sku: 'y', qty: 5 }], joined: new Date('2024-01-10T00:00:00Z') },
  { _id: 'p2', name: 'bob', age: 25, tags: ['b'], city: 'Hohhot', score: 70, addr: { zip: '010000' }, items: [{ sku: 'x', qty: 10 }], joined: new Date('2024-03-01T00:00:00Z') },
  { _id: 'p3', name: 'Carol', age: 35, tags: [], city: 'Baotou', score: null, items: [], joined: new Date('2023-12-31T00:00:00Z') },
  { _id: 'p4', name: 'dave', age: 40, tags: ['a', 'c', 'b'], addr: { zip: '014000', district: 'qingshan' } },
  { _id: 'p5', name: 'Eve', age: '30', tags: 'a' },
];

beforeAll(async () => {
  t = await startTestGateway({
    collections: {
      people: { indexes: [{ name: 'city', keys: { city: 1 } }, { name: 'age', keys: { age: 1 } }, { name: 'tags', keys: { tags: 1 } }, { name: 'zip', keys: { 'addr.zip': 1 } }, { name: 'joined', keys: { joined: -1 } }, { name: 'city_age', keys: { city: 1, age: -1 } }] },
    },
  });
  await t.db.createCollection('people_noindex');
  await t.db.collection('people').add(PEOPLE);
  await t.db.collection('people_noindex').add(PEOPLE);
});
afterAll(() => t.close());

async function ids(where: object): Promise<string[]> {
  const [indexed, scanned] = await Promise.all(
    ['people', 'people_noindex'].map(async (c) => (await t.db.collection(c).where(where).orderBy('_id', 'asc').get()).data.map((d: any) => d._id)),
  );
  expect(indexed).toEqual(scanned);
  return indexed;
}

describe('comparison', () => {
  it('eq: plain value and _.eq', async () => {
    const _ = t.db.command;
    expect(await ids({ city: 'Baotou' })).toEqual(['p1', 'p3']);
    expect(await ids({ city: _.eq('Baotou') })).toEqual(['p1', 'p3']);
  });
  it('neq matches documents where the field is missing', async () => {
    expect(await ids({ city: t.db.command.neq('Baotou') })).toEqual(['p2', 'p4', 'p5']);
  });
  it('gt / gte / lt / lte compare only values of the same type (string "30" never matches a number bound)', async () => {
    const _ = t.db.command;
    expect(await ids({ age: _.gt(30) })).toEqual(['p3', 'p4']);
    expect(await ids({ age: _.gte(30) })).toEqual(['p1', 'p3', 'p4']);
    expect(await ids({ age: _.lt(30) })).toEqual(['p2']);
    expect(await ids({ age: _.lte(30) })).toEqual(['p1', 'p2']);
    expect(await ids({ age: _.gt('2') })).toEqual(['p5']);
  });
  it('in / nin (null in the list matches missing fields; nin matches missing fields)', async () => {
    const _ = t.db.command;
    expect(await ids({ city: _.in(['Hohhot', 'Nowhere']) })).toEqual(['p2']);
    expect(await ids({ score: _.in([null, 70]) })).toEqual(['p2', 'p3', 'p4', 'p5']);
    expect(await ids({ city: _.nin(['Baotou']) })).toEqual(['p2', 'p4', 'p5']);
    expect(await ids({ tags: _.in(['c']) })).toEqual(['p4']);
  });
  it('equality with null matches null and missing', async () => {
    expect(await ids({ score: null })).toEqual(['p3', 'p4', 'p5']);
    expect(await ids({ score: t.db.command.eq(null) })).toEqual(['p3', 'p4', 'p5']);
  });
  it('dates compare as dates', async () => {
    expect(await ids({ joined: t.db.command.gte(new Date('2024-01-01T00:00:00Z')) })).toEqual(['p1', 'p2']);
    expect(await ids({ joined: new Date('2023-12-31T00:00:00Z') })).toEqual(['p3']);
  });
});

describe('logical', () => {
  it('and: chained on a field and as _.and([...])', async () => {
    const _ = t.db.command;
    expect(await ids({ age: _.gt(20).and(_.lt(35)) })).toEqual(['p1', 'p2']);
    expect(await ids(_.and([{ city: 'Baotou' }, { age: _.gt(30) }]))).toEqual(['p3']);
  });
  it('or: across fields and on one field', async () => {
    const _ = t.db.command;
    expect(await ids(_.or([{ city: 'Hohhot' }, { age: _.gte(40) }]))).toEqual(['p2', 'p4']);
    expect(await ids({ age: _.lt(26).or(_.gt(39)) })).toEqual(['p2', 'p4']);
  });
  it('nor', async () => {
    const _ = t.db.command;
    expect(await ids(_.nor([{ city: 'Baotou' }, { age: _.gte(40) }]))).toEqual(['p2', 'p5']);
  });
  it('not negates the operator, so values of another type match', async () => {
    expect(await ids({ age: t.db.command.not(t.db.command.gt(30)) })).toEqual(['p1', 'p2', 'p5']);
  });
});

describe('element and array', () => {
  it('exists', async () => {
    const _ = t.db.command;
    expect(await ids({ city: _.exists(true) })).toEqual(['p1', 'p2', 'p3']);
    expect(await ids({ city: _.exists(false) })).toEqual(['p4', 'p5']);
  });
  it('a scalar condition on an array field matches any element', async () => {
    expect(await ids({ tags: 'a' })).toEqual(['p1', 'p4', 'p5']);
    expect(await ids({ 'items.qty': t.db.command.gt(8) })).toEqual(['p2']);
  });
  it('size', async () => {
    const _ = t.db.command;
    expect(await ids({ tags: _.size(2) })).toEqual(['p1']);
    expect(await ids({ tags: _.size(0) })).toEqual(['p3']);
  });
  it('all', async () => {
    expect(await ids({ tags: t.db.command.all(['a', 'b']) })).toEqual(['p1', 'p4']);
  });
  it('elemMatch requires one element to satisfy every condition (unlike dotted conditions)', async () => {
    const _ = t.db.command;
    expect(await ids({ items: _.elemMatch({ sku: 'x', qty: _.gte(5) }) })).toEqual(['p2']);
    expect(await ids({ 'items.sku': 'x', 'items.qty': _.gte(5) })).toEqual(['p1', 'p2']);
  });
});

describe('nested fields and regular expressions', () => {
  it('dotted paths and nested objects (the SDK flattens them)', async () => {
    expect(await ids({ 'addr.zip': '014000' })).toEqual(['p1', 'p4']);
    expect(await ids({ addr: { district: 'qingshan' } })).toEqual(['p4']);
  });
  it('db.RegExp with options and JS regular expressions', async () => {
    expect(await ids({ name: t.db.RegExp({ regexp: '^[a-c]', options: 'i' }) })).toEqual(['p1', 'p2', 'p3']);
    expect(await ids({ name: /^[a-c]/ })).toEqual(['p2']);
    expect(await ids({ name: t.db.command.not(/^[a-c]/i) })).toEqual(['p4', 'p5']);
  });
  it('count() applies the same filter', async () => {
    const r = await t.db.collection('people').where({ city: 'Baotou' }).count();
    expect(r.total).toBe(2);
  });
  it('geo queries are not emulated and say so', async () => {
    const _ = t.db.command;
    const q = t.db.collection('people').where({ loc: _.geoNear({ geometry: new t.db.Geo.Point(110, 40), maxDistance: 100 }) }).get();
    await expect(q).rejects.toMatchObject({ code: 'DATABASE_REQUEST_FAILED' });
  });
});
