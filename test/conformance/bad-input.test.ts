/**
 * Input the SDK would never send, through raw HTTP: malformed JSON, non-object bodies, unknown actions,
 * bodies over 1 MB, broken EJSON. Each gets an error body the SDK understands (HTTP 200,
 * `{ code, message, requestId }`), nothing is written, and the gateway keeps serving.
 */
import { startTestGateway, type TestGateway } from '../support/gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
  await t.db.createCollection('safe');
  await t.db.collection('safe').add({ _id: 'keep', v: 1 });
});
afterAll(() => t.close());

async function expectUntouched(): Promise<void> {
  const r = await t.db.collection('safe').get();
  expect(r.data).toEqual([{ _id: 'keep', v: 1 }]);
}

it('malformed JSON -> INVALID_PARAM', async () => {
  const r = await t.rawPost('{"action":"database.insertDocument","collectionName":"safe","data":[');
  expect(r.status).toBe(200);
  expect(r.json).toMatchObject({ code: 'INVALID_PARAM' });
  expect(typeof r.json.requestId).toBe('string');
  await expectUntouched();
});

it('a JSON body that is not an object -> INVALID_PARAM', async () => {
  for (const body of ['[]', '"x"', 'null', '42']) expect((await t.rawPost(body)).json.code).toBe('INVALID_PARAM');
});

it('unknown or missing action -> INVALID_ACTION', async () => {
  expect((await t.rawPost(JSON.stringify({ action: 'database.dropEverything', collectionName: 'safe' }))).json.code).toBe('INVALID_ACTION');
  expect((await t.rawPost(JSON.stringify({ action: 'toString' }))).json.code).toBe('INVALID_ACTION');
  expect((await t.rawPost(JSON.stringify({ collectionName: 'safe' }))).json.code).toBe('INVALID_ACTION');
  await expectUntouched();
});

it('a body over 1 MB -> EXCEED_REQUEST_SIZE_LIMIT, nothing written', async () => {
  const big = JSON.stringify({ action: 'database.insertDocument', collectionName: 'safe', data: [JSON.stringify({ _id: 'big', blob: 'x'.repeat(1024 * 1024) })] });
  const r = await t.rawPost(big);
  expect(r.json).toMatchObject({ code: 'EXCEED_REQUEST_SIZE_LIMIT' });
  await expectUntouched();
});

it('the SDK surfaces an oversize write as an error with that code', async () => {
  await expect(t.db.collection('safe').add({ blob: 'y'.repeat(1100 * 1024) })).rejects.toMatchObject({ code: 'EXCEED_REQUEST_SIZE_LIMIT' });
  await expectUntouched();
});

it('bad EJSON in query or data -> INVALID_PARAM, nothing written', async () => {
  const query = await t.rawPost(JSON.stringify({ action: 'database.getDocument', collectionName: 'safe', query: '{"a":', limit: 10 }));
  expect(query.json.code).toBe('INVALID_PARAM');
  const data = await t.rawPost(JSON.stringify({ action: 'database.insertDocument', collectionName: 'safe', data: ['{"_id":"n1"}', '{"_id": {"$numberInt": "oops"}}'] }));
  expect(data.json.code).toBe('INVALID_PARAM');
  const update = await t.rawPost(JSON.stringify({ action: 'database.modifyDocument', collectionName: 'safe', query: '{"_id":"keep"}', data: '{"$set":', merge: true }));
  expect(update.json.code).toBe('INVALID_PARAM');
  const wrongType = await t.rawPost(JSON.stringify({ action: 'database.modifyDocument', collectionName: 'safe', query: { _id: 'keep' }, data: '{"$set":{"v":2}}', merge: true }));
  expect(wrongType.json.code).toBe('INVALID_PARAM');
  await expectUntouched();
});

it('unknown query and update operators -> INVALID_PARAM', async () => {
  const q = await t.rawPost(JSON.stringify({ action: 'database.getDocument', collectionName: 'safe', query: '{"v":{"$frobnicate":1}}' }));
  expect(q.json.code).toBe('INVALID_PARAM');
  const u = await t.rawPost(JSON.stringify({ action: 'database.modifyDocument', collectionName: 'safe', query: '{"_id":"keep"}', data: '{"$explode":{"v":1}}', merge: true }));
  expect(u.json.code).toBe('INVALID_PARAM');
  const where = await t.rawPost(JSON.stringify({ action: 'database.getDocument', collectionName: 'safe', query: '{"$where":"while(true){}"}' }));
  expect(where.json.code).toBe('DATABASE_REQUEST_FAILED');
  await expectUntouched();
});

it('only POST is accepted', async () => {
  const res = await fetch(t.url, { method: 'GET' });
  expect(res.status).toBe(405);
  expect(await res.json()).toMatchObject({ code: 'INVALID_PARAM' });
});

it('keeps serving after all of the above', async () => {
  await t.db.collection('safe').add({ _id: 'after', v: 2 });
  expect((await t.db.collection('safe').count()).total).toBe(2);
});
