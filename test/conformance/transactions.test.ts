/**
 * db.runTransaction and db.startTransaction: commit, abort (throw / rollback), read-your-writes, isolation
 * from outside readers, write-write conflicts (DATABASE_TRANSACTION_CONFLICT, which runTransaction
 * retries), atomic failure on a unique-index violation at commit, and transaction timeout.
 */
import { startTestGateway, type TestGateway } from '../support/gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
  await t.db.createCollection('acct');
});
afterAll(() => t.close());

const acct = () => t.db.collection('acct');
const getDoc = async (coll: string, id: string) => (await t.db.collection(coll).doc(id).get()).data[0];

describe('runTransaction', () => {
  it('commits get / set / update / add / remove together and returns the callback value', async () => {
    await acct().doc('a').set({ balance: 100 });
    await acct().doc('b').set({ balance: 0 });
    await acct().doc('gone').set({ x: 1 });
    const result = await t.db.runTransaction(async (tx: any) => {
      const a = (await tx.collection('acct').doc('a').get()).data;
      expect(a).toEqual({ _id: 'a', balance: 100 }); // inside a transaction doc().get() gives the document itself
      await tx.collection('acct').doc('a').update({ balance: a.balance - 30 });
      await tx.collection('acct').doc('b').update({ balance: t.db.command.inc(30) });
      await tx.collection('acct').doc('c').set({ balance: 1 });
      const added = await tx.collection('acct').add({ memo: 'transfer' });
      await tx.collection('acct').doc('gone').remove();
      return added.id;
    });
    expect(typeof result).toBe('string');
    expect((await getDoc('acct', 'a')).balance).toBe(70);
    expect((await getDoc('acct', 'b')).balance).toBe(30);
    expect((await getDoc('acct', 'c')).balance).toBe(1);
    expect((await getDoc('acct', result)).memo).toBe('transfer');
    expect(await getDoc('acct', 'gone')).toBeUndefined();
  });

  it('a throwing callback aborts: nothing is written and the error propagates', async () => {
    await acct().doc('t1').set({ v: 1 });
    const boom = new Error('boom');
    await expect(
      t.db.runTransaction(async (tx: any) => {
        await tx.collection('acct').doc('t1').update({ v: 2 });
        await tx.collection('acct').add({ orphan: true });
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect((await getDoc('acct', 't1')).v).toBe(1);
    expect((await acct().where({ orphan: true }).count()).total).toBe(0);
  });

  it('transaction.rollback(reason) aborts and rejects with the reason', async () => {
    await acct().doc('t2').set({ v: 1 });
    await expect(
      t.db.runTransaction(async (tx: any) => {
        await tx.collection('acct').doc('t2').update({ v: 5 });
        await tx.rollback('not today');
      }),
    ).rejects.toBe('not today');
    expect((await getDoc('acct', 't2')).v).toBe(1);
  });

  it('retries on a conflict and then succeeds', async () => {
    await acct().doc('hot').set({ n: 0 });
    let attempts = 0;
    await t.db.runTransaction(async (tx: any) => {
      attempts++;
      const doc = (await tx.collection('acct').doc('hot').get()).data;
      if (attempts === 1) await acct().doc('hot').update({ n: t.db.command.inc(100) }); // someone else writes meanwhile
      await tx.collection('acct').doc('hot').update({ n: doc.n + 1 });
    });
    expect(attempts).toBe(2);
    expect((await getDoc('acct', 'hot')).n).toBe(101);
  });

  it('concurrent read-modify-write transactions never lose an update', async () => {
    await acct().doc('ctr').set({ n: 0 });
    const runs = await Promise.allSettled(
      Array.from({ length: 6 }, () =>
        t.db.runTransaction(async (tx: any) => {
          const doc = (await tx.collection('acct').doc('ctr').get()).data;
          await new Promise((r) => setTimeout(r, 5));
          await tx.collection('acct').doc('ctr').update({ n: doc.n + 1 });
        }),
      ),
    );
    const ok = runs.filter((r) => r.status === 'fulfilled').length;
    for (const r of runs) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
    expect(ok).toBeGreaterThan(0);
    expect((await getDoc('acct', 'ctr')).n).toBe(ok);
  });
});

describe('startTransaction', () => {
  it('writes are invisible outside until commit, visible inside (read your writes)', async () => {
    const tx = await t.db.startTransaction();
    await tx.collection('acct').doc('iso').set({ v: 'staged' });
    expect((await tx.collection('acct').doc('iso').get()).data).toEqual({ _id: 'iso', v: 'staged' });
    expect(await getDoc('acct', 'iso')).toBeUndefined();
    expect((await tx.collection('acct').where({ v: 'staged' }).get()).data).toHaveLength(1);
    await tx.commit();
    expect(await getDoc('acct', 'iso')).toEqual({ _id: 'iso', v: 'staged' });
  });

  it('rollback discards; the finished transaction cannot commit', async () => {
    const tx = await t.db.startTransaction();
    await tx.collection('acct').doc('rb').set({ v: 1 });
    await tx.rollback();
    expect(await getDoc('acct', 'rb')).toBeUndefined();
    await expect(tx.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' });
  });

  it('two transactions writing the same document: the second gets DATABASE_TRANSACTION_CONFLICT', async () => {
    await acct().doc('shared').set({ v: 0 });
    const a = await t.db.startTransaction();
    const b = await t.db.startTransaction();
    await a.collection('acct').doc('shared').update({ v: 'a' });
    await expect(b.collection('acct').doc('shared').update({ v: 'b' })).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
    await a.commit();
    await expect(b.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
    expect((await getDoc('acct', 'shared')).v).toBe('a');
  });

  it('a document changed outside after the transaction started conflicts', async () => {
    await acct().doc('moved').set({ v: 0 });
    const tx = await t.db.startTransaction();
    await acct().doc('moved').update({ v: 1 });
    await expect(tx.collection('acct').doc('moved').update({ v: 2 })).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
    expect((await getDoc('acct', 'moved')).v).toBe(1);
  });

  it('a unique-index violation at commit fails the whole transaction', async () => {
    await t.db.collection('users').add({ _id: 'taken', openid: 'dup-openid' });
    const tx = await t.db.startTransaction();
    await tx.collection('audit').add({ _id: 'audit-1', at: 'now' });
    await tx.collection('users').doc('newcomer').set({ openid: 'dup-openid' });
    await expect(tx.commit()).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' });
    expect(await getDoc('audit', 'audit-1')).toBeUndefined();
    expect(await getDoc('users', 'newcomer')).toBeUndefined();
  });

  it('adding an _id that already exists fails inside the transaction', async () => {
    await acct().doc('exists').set({ v: 1 });
    const tx = await t.db.startTransaction();
    await expect(tx.collection('acct').add({ _id: 'exists' })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' });
    await tx.rollback();
  });

  it('a transaction on a missing collection fails like any write', async () => {
    const tx = await t.db.startTransaction();
    await expect(tx.collection('nowhere').add({ a: 1 })).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' });
    await tx.rollback();
  });

  it('an open transaction times out and can no longer commit', async () => {
    const short = await startTestGateway({ transactionTimeoutMs: 150 });
    try {
      const tx = await short.db.startTransaction();
      await tx.collection('audit').add({ late: true });
      await new Promise((r) => setTimeout(r, 250));
      await expect(tx.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' });
      expect((await short.db.collection('audit').count()).total).toBe(0);
    } finally {
      await short.close();
    }
  });
});
