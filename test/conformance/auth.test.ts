/**
 * The gateway serves only this machine's programs that hold its secret: node-sdk's TC3 signature is
 * recomputed from the gateway's secretKey (wrong secretId, wrong secretKey, no signature, an altered body or
 * an old signature are refused with SIGN_PARAM_INVALID, which the SDK throws); a non-loopback Host, a foreign
 * Origin, a cross-site browser request and non-JSON bodies are refused before the body is read. A refused
 * request touches no data. The secret is generated per data folder and kept there.
 */
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CREDENTIALS_FILE, createGateway, readGatewayCredentials, signRequest } from '../../local/gateway';
import { makeTempDir, rawPost, sdkApp, startTestGateway, type TestGateway } from '../support/gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
  await t.db.collection('users').add({ _id: 'u1', openid: 'o-1', name: '张三', phone: '13800000000' });
});
afterAll(() => t.close());

const grantsFor = async (openid: string) => (await t.db.collection('grants').where({ openid }).count()).total;
const insertGrant = (openid: string) =>
  JSON.stringify({ action: 'database.insertDocument', collectionName: 'grants', data: [JSON.stringify({ openid, role: 'city_officer' })] });

/** node:http, because fetch will not send a Host header other than the URL's. */
function post(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('credentials', () => {
  it('the gateway’s own credentials read and write through the SDK', async () => {
    expect(t.credentials.secretId).toMatch(/^AKIDlocal[0-9a-f]{24}$/);
    expect(t.credentials.secretKey.length).toBeGreaterThanOrEqual(40);
    expect((await t.db.collection('users').doc('u1').get()).data[0]).toMatchObject({ name: '张三' });
    await t.db.collection('grants').add({ openid: 'o-ok', role: 'applicant' });
    expect(await grantsFor('o-ok')).toBe(1);
  });

  it('a wrong secretKey is refused with SIGN_PARAM_INVALID and nothing is read or written', async () => {
    const db = sdkApp(t.url, { secretId: t.credentials.secretId, secretKey: 'bogus' }).database();
    await expect(db.collection('users').get()).rejects.toMatchObject({ code: 'SIGN_PARAM_INVALID' });
    await expect(db.collection('grants').add({ openid: 'o-evil-key', role: 'city_officer' })).rejects.toMatchObject({
      code: 'SIGN_PARAM_INVALID',
    });
    expect(await grantsFor('o-evil-key')).toBe(0);
  });

  it('a wrong secretId (with the right secretKey) is refused and nothing is written', async () => {
    const db = sdkApp(t.url, { secretId: 'local', secretKey: t.credentials.secretKey }).database();
    await expect(db.collection('grants').add({ openid: 'o-evil-id', role: 'city_officer' })).rejects.toMatchObject({
      code: 'SIGN_PARAM_INVALID',
    });
    await expect(db.collection('users').get()).rejects.toMatchObject({ code: 'SIGN_PARAM_INVALID' });
    expect(await grantsFor('o-evil-id')).toBe(0);
  });

  it('the old dummy credentials (local/local) no longer work', async () => {
    const db = sdkApp(t.url, { secretId: 'local', secretKey: 'local' }).database();
    await expect(db.collection('users').get()).rejects.toMatchObject({ code: 'SIGN_PARAM_INVALID' });
  });

  it('a hand-made request without a signature is refused and writes nothing', async () => {
    const r = await rawPost(t.url, insertGrant('o-unsigned'));
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ code: 'SIGN_PARAM_INVALID' });
    expect(typeof r.json.message).toBe('string');
    const read = await rawPost(t.url, JSON.stringify({ action: 'database.getDocument', collectionName: 'users' }));
    expect(read.json.code).toBe('SIGN_PARAM_INVALID');
    expect(read.json.data).toBeUndefined();
    expect(await grantsFor('o-unsigned')).toBe(0);
  });

  it('a signed request is accepted by hand too; an altered body, an old signature or an accessKey is refused', async () => {
    expect((await t.rawPost(insertGrant('o-raw'))).json.data.insertedIds).toHaveLength(1);
    expect(await grantsFor('o-raw')).toBe(1);

    const headers = signRequest({ url: t.url, body: insertGrant('o-signed-for'), credentials: t.credentials });
    expect((await rawPost(t.url, insertGrant('o-altered'), headers)).json.code).toBe('SIGN_PARAM_INVALID');
    // An unsigned extra parameter is as much an alteration.
    const extra = JSON.stringify({ ...JSON.parse(insertGrant('o-signed-for')), transactionId: 'x' });
    expect((await rawPost(t.url, extra, headers)).json.code).toBe('SIGN_PARAM_INVALID');

    const old = signRequest({
      url: t.url,
      body: insertGrant('o-old'),
      credentials: t.credentials,
      timestamp: Math.floor(Date.now() / 1000) - 700,
    });
    expect((await rawPost(t.url, insertGrant('o-old'), old)).json.code).toBe('SIGN_PARAM_INVALID');

    expect((await rawPost(t.url, insertGrant('o-bearer'), { authorization: `Bearer ${t.credentials.secretKey}` })).json.code).toBe(
      'SIGN_PARAM_INVALID',
    );
    expect(await grantsFor('o-signed-for')).toBe(0);
    expect(await grantsFor('o-altered')).toBe(0);
    expect(await grantsFor('o-old')).toBe(0);
    expect(await grantsFor('o-bearer')).toBe(0);
  });

  it('an unsigned oversize body is refused without being read', async () => {
    const r = await rawPost(
      t.url,
      JSON.stringify({ action: 'database.insertDocument', collectionName: 'grants', data: ['x'.repeat(2 * 1024 * 1024)] }),
    );
    expect(r.json.code).toBe('SIGN_PARAM_INVALID');
  });
});

describe('callers from elsewhere', () => {
  it('text/plain with Origin: http://evil.example (a web page’s simple request) is refused and writes nothing', async () => {
    const body = insertGrant('o-csrf');
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'text/plain', origin: 'http://evil.example' }, body });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'PERMISSION_DENIED' });
    // Even signed, and even as JSON, a foreign origin is refused.
    const signed = signRequest({ url: t.url, body, credentials: t.credentials });
    const r = await rawPost(t.url, body, { ...signed, origin: 'http://evil.example' });
    expect(r).toMatchObject({ status: 403, json: { code: 'PERMISSION_DENIED' } });
    expect((await rawPost(t.url, body, { ...signed, origin: 'null' })).status).toBe(403);
    expect(await grantsFor('o-csrf')).toBe(0);
  });

  it('a cross-site browser request is refused; a loopback origin with a valid signature is served', async () => {
    const body = insertGrant('o-fetch-site');
    const signed = () => signRequest({ url: t.url, body, credentials: t.credentials });
    expect((await rawPost(t.url, body, { ...signed(), 'sec-fetch-site': 'cross-site' })).json.code).toBe('PERMISSION_DENIED');
    expect(await grantsFor('o-fetch-site')).toBe(0);
    expect((await rawPost(t.url, body, { ...signed(), origin: 'http://127.0.0.1:5180' })).status).toBe(200);
    expect(await grantsFor('o-fetch-site')).toBe(1);
  });

  it('a body that is not JSON is refused with INVALID_CONTENT_TYPE, even signed', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'application/jsonx']) {
      const body = insertGrant('o-ctype');
      const headers = signRequest({ url: t.url, body, contentType, credentials: t.credentials });
      const r = await rawPost(t.url, body, headers);
      expect(r).toMatchObject({ status: 415, json: { code: 'INVALID_CONTENT_TYPE' } });
    }
    const noType = await fetch(t.url, { method: 'POST', body: new Uint8Array(Buffer.from(insertGrant('o-ctype'))) });
    expect(noType.status).toBe(415);
    expect(await grantsFor('o-ctype')).toBe(0);
  });

  it('multipart is only for wx.openApi', async () => {
    const boundary = 'x-boundary';
    const part = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    const body = `${part('action', 'database.insertDocument')}${part('collectionName', 'grants')}${part('data', '["{\\"openid\\":\\"o-multi\\"}"]')}--${boundary}--\r\n`;
    const contentType = `multipart/form-data; boundary=${boundary}`;
    expect((await rawPost(t.url, body, { 'content-type': contentType })).json.code).toBe('SIGN_PARAM_INVALID');
    const signed = await rawPost(t.url, body, signRequest({ url: t.url, body, contentType, credentials: t.credentials }));
    expect(signed).toMatchObject({ status: 415, json: { code: 'INVALID_CONTENT_TYPE' } });
    expect(await grantsFor('o-multi')).toBe(0);
  });

  it('a Host header that is not loopback (DNS rebinding) is refused; loopback names are served', async () => {
    const port = new URL(t.url).port;
    const read = JSON.stringify({ action: 'database.getDocument', collectionName: 'users' });
    for (const host of [`evil.example:${port}`, `192.168.1.10:${port}`, `127.0.0.1.evil.example:${port}`, `[::2]:${port}`]) {
      const url = `http://${host}/`;
      const headers = { ...signRequest({ url, body: read, credentials: t.credentials }), host };
      const r = await post(t.url, read, headers);
      expect(r).toMatchObject({ status: 403, json: { code: 'PERMISSION_DENIED' } });
      expect(r.json.data).toBeUndefined();
    }
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, 'localhost']) {
      const headers = { ...signRequest({ url: `http://${host}/`, body: read, credentials: t.credentials }), host };
      const r = await post(t.url, read, headers);
      expect(r.status).toBe(200);
      expect(r.json.data.list).toHaveLength(1);
    }
  });

  it('a gateway never binds a non-loopback address', async () => {
    await expect(createGateway({ dataDir: null, collections: {}, host: '0.0.0.0', port: 0 })).rejects.toThrow(/loopback/);
  });
});

describe('the secret per data folder', () => {
  it('is generated on first start, kept in the folder (0600) across restarts, and differs between folders', async () => {
    const a = await makeTempDir();
    const b = await makeTempDir();
    try {
      const first = await startTestGateway({ dataDir: a.dir });
      const file = path.join(a.dir, CREDENTIALS_FILE);
      expect(first.gateway.credentialsFile).toBe(file);
      expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject(first.credentials);
      if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
      await first.db.collection('grants').add({ _id: 'g-a', openid: 'o-a' });
      await first.close();

      const again = await startTestGateway({ dataDir: a.dir });
      expect(again.credentials).toEqual(first.credentials);
      expect(readGatewayCredentials(a.dir)).toEqual(first.credentials);
      // A client holding the folder's credentials keeps working across the restart.
      expect((await sdkApp(again.url, readGatewayCredentials(a.dir)).database().collection('grants').doc('g-a').get()).data).toHaveLength(
        1,
      );

      const other = await startTestGateway({ dataDir: b.dir });
      try {
        expect(other.credentials.secretId).not.toBe(first.credentials.secretId);
        expect(other.credentials.secretKey).not.toBe(first.credentials.secretKey);
        await expect(sdkApp(other.url, first.credentials).database().collection('grants').get()).rejects.toMatchObject({
          code: 'SIGN_PARAM_INVALID',
        });
      } finally {
        await other.close();
        await again.close();
      }
    } finally {
      await a.remove();
      await b.remove();
    }
  });

  it('an in-memory gateway gets its own random secret', async () => {
    const other = await startTestGateway();
    try {
      expect(other.gateway.credentialsFile).toBeNull();
      expect(other.credentials.secretKey).not.toBe(t.credentials.secretKey);
      await expect(sdkApp(other.url, t.credentials).database().collection('users').get()).rejects.toMatchObject({
        code: 'SIGN_PARAM_INVALID',
      });
    } finally {
      await other.close();
    }
  });

  it('a damaged credentials file stops the start with a clear message', async () => {
    const dir = await makeTempDir();
    try {
      await (await startTestGateway({ dataDir: dir.dir })).close();
      const { writeFile } = await import('node:fs/promises');
      await writeFile(path.join(dir.dir, CREDENTIALS_FILE), '{"secretId":');
      await expect(startTestGateway({ dataDir: dir.dir })).rejects.toThrow(/gateway-credentials\.json.*delete it/);
    } finally {
      await dir.remove();
    }
  });
});
