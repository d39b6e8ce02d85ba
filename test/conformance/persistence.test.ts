/**
 * Durability on a data directory: everything acknowledged survives a restart and a `kill -9` of the
 * gateway process right after the answer; indexes (unique) come back; an interrupted transaction commit
 * is finished or undone from the journal; a torn last line in a datafile does not stop the start.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EJSON } from 'bson';
import { readGatewayCredentials } from '../../local/gateway';
import { makeTempDir, sdkApp, startTestGateway } from '../support/gateway';

const ROOT = path.resolve(__dirname, '../..');

function startChildGateway(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'local/gateway/cli.ts', '--data-dir', dataDir, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (c) => {
      out += c;
      const m = /GATEWAY_URL (\S+)/.exec(out);
      if (m) resolve({ url: m[1], child });
    });
    child.stderr!.on('data', (c) => (err += c));
    child.on('exit', (code) => reject(new Error(`gateway child exited (${code}): ${err}`)));
  });
}

it('acknowledged writes survive kill -9 right after the answer', async () => {
  const tmp = await makeTempDir();
  try {
    const { url, child } = await startChildGateway(tmp.dir);
    const exited = new Promise((r) => child.once('exit', r));
    const app = sdkApp(url, readGatewayCredentials(tmp.dir));
    const db = app.database();
    const _ = db.command;
    await db.collection('users').add({ _id: 'u1', openid: 'o-1', n: 0 });
    await db.collection('users').add([{ _id: 'u2', openid: 'o-2' }, { _id: 'u3', openid: 'o-3' }]);
    await db.collection('users').doc('u3').remove();
    await Promise.all(Array.from({ length: 10 }, () => db.collection('users').doc('u1').update({ n: _.inc(1) })));
    await db.collection('grants').doc('g1').set({ openid: 'o-1', role: 'admin' });
    await db.runTransaction(async (tx: any) => {
      await tx.collection('audit').add({ _id: 'a1', at: new Date('2024-01-01T00:00:00Z'), action: 'x' });
      await tx.collection('users').doc('u2').update({ name: 'two' });
    });
    await db.createCollection('extra');
    await db.collection('extra').add({ _id: 'e1' });
    await app.callWxOpenApi({ apiName: '/wxa/msg_sec_check', requestData: { content: 'hello' } });
    child.kill('SIGKILL');
    await exited;

    const again = await startTestGateway({ dataDir: tmp.dir });
    try {
      const users = (await again.db.collection('users').orderBy('_id', 'asc').get()).data;
      expect(users).toEqual([
        { _id: 'u1', openid: 'o-1', n: 10 },
        { _id: 'u2', openid: 'o-2', name: 'two' },
      ]);
      expect((await again.db.collection('grants').doc('g1').get()).data[0]).toEqual({ _id: 'g1', openid: 'o-1', role: 'admin' });
      expect((await again.db.collection('audit').doc('a1').get()).data[0].at).toEqual(new Date('2024-01-01T00:00:00Z'));
      expect((await again.db.collection('extra').count()).total).toBe(1);
      await expect(again.db.collection('users').add({ openid: 'o-1' })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' });
      const outbox = await again.gateway.outbox();
      expect(outbox.map((c) => [c.apiName, c.requestData])).toEqual([['/wxa/msg_sec_check', { content: 'hello' }]]);
    } finally {
      await again.close();
    }
  } finally {
    await tmp.remove();
  }
}, 15_000);

it('a clean restart keeps data, created collections and indexes', async () => {
  const tmp = await makeTempDir();
  try {
    const first = await startTestGateway({ dataDir: tmp.dir });
    await first.db.collection('invitations').add({ _id: 'i1', codeHash: 'h1' });
    await first.db.createCollection('notes');
    await first.db.collection('notes').add({ _id: 'n1', text: 'kept' });
    await first.close();

    const second = await startTestGateway({ dataDir: tmp.dir });
    try {
      expect((await second.db.collection('notes').doc('n1').get()).data[0]).toEqual({ _id: 'n1', text: 'kept' });
      await expect(second.db.collection('invitations').add({ codeHash: 'h1' })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' });
      await expect(second.db.createCollection('notes')).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_ALREADY_EXIST' });
    } finally {
      await second.close();
    }
  } finally {
    await tmp.remove();
  }
});

describe('recovery at start', () => {
  const journal = (dir: string) => path.join(dir, '_transactions.journal');

  it('finishes a commit that was interrupted after its journal entry', async () => {
    const tmp = await makeTempDir();
    try {
      const g = await startTestGateway({ dataDir: tmp.dir });
      await g.db.collection('audit').add({ _id: 'j1', v: 1 });
      await g.close();
      const ops = [
        { c: 'audit', i: 'j1', b: { _id: 'j1', v: 1 }, a: { _id: 'j1', v: 2 } },
        { c: 'audit', i: 'j2', b: null, a: { _id: 'j2', v: 1 } },
      ];
      await writeFile(journal(tmp.dir), `${EJSON.stringify({ begin: 'T1', ops }, { relaxed: false })}\n`);
      const again = await startTestGateway({ dataDir: tmp.dir });
      try {
        const docs = (await again.db.collection('audit').orderBy('_id', 'asc').get()).data;
        expect(docs).toEqual([{ _id: 'j1', v: 2 }, { _id: 'j2', v: 1 }]);
        expect(await readFile(journal(tmp.dir), 'utf8')).toBe('');
      } finally {
        await again.close();
      }
    } finally {
      await tmp.remove();
    }
  });

  it('undoes an interrupted commit that cannot be completed (unique violation)', async () => {
    const tmp = await makeTempDir();
    try {
      const g = await startTestGateway({ dataDir: tmp.dir });
      await g.db.collection('users').add({ _id: 'x', openid: 'dup' });
      await g.db.collection('audit').add({ _id: 'k1', v: 1 });
      await g.close();
      const ops = [
        { c: 'audit', i: 'k1', b: { _id: 'k1', v: 1 }, a: { _id: 'k1', v: 2 } },
        { c: 'users', i: 'y', b: null, a: { _id: 'y', openid: 'dup' } },
      ];
      await writeFile(journal(tmp.dir), `${EJSON.stringify({ begin: 'T2', ops }, { relaxed: false })}\n`);
      const again = await startTestGateway({ dataDir: tmp.dir });
      try {
        expect((await again.db.collection('audit').doc('k1').get()).data[0]).toEqual({ _id: 'k1', v: 1 });
        expect((await again.db.collection('users').doc('y').get()).data).toEqual([]);
      } finally {
        await again.close();
      }
    } finally {
      await tmp.remove();
    }
  });

  it('leaves a foreign .db file alone and refuses a datafile corrupt in the middle', async () => {
    const tmp = await makeTempDir();
    try {
      const foreign = 'SQLite format 3\u0000 not nedb\nmore bytes\n';
      await writeFile(path.join(tmp.dir, 'notes.db'), foreign);
      const g = await startTestGateway({ dataDir: tmp.dir });
      await expect(g.db.collection('notes').count()).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' });
      await g.close();
      expect(await readFile(path.join(tmp.dir, 'notes.db'), 'utf8')).toBe(foreign);
      await writeFile(path.join(tmp.dir, 'audit.db'), '{"_id":"a"}\nGARBAGE\n{"_id":"b"}\n');
      await expect(startTestGateway({ dataDir: tmp.dir })).rejects.toThrow(/corrupt/);
    } finally {
      await tmp.remove();
    }
  });

  it('starts despite a torn last line in a datafile', async () => {
    const tmp = await makeTempDir();
    try {
      const g = await startTestGateway({ dataDir: tmp.dir });
      await g.db.collection('audit').add({ _id: 'ok1' });
      await g.close();
      await appendFile(path.join(tmp.dir, 'audit.db'), '{"_id":"torn","v":');
      const again = await startTestGateway({ dataDir: tmp.dir });
      try {
        expect((await again.db.collection('audit').get()).data).toEqual([{ _id: 'ok1' }]);
      } finally {
        await again.close();
      }
    } finally {
      await tmp.remove();
    }
  });
});
