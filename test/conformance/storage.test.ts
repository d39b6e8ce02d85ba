/**
 * Cloud storage through the real node-sdk: uploadFile (Buffer and ReadStream: storage.getUploadMetadata, then a
 * PUT of the bytes to the URL it returns), getTempFileURL / downloadFile / getFileInfo (storage.batchGetDownloadUrl
 * and a GET or HEAD of the signed URL), deleteFile (storage.batchDeleteFile). Files are private: only a signed,
 * unexpired URL for exactly that file reads it; an upload URL writes once, to its own path, up to its size cap.
 * Paths that climb, are absolute or hold NUL are refused; files persist on the data folder across restarts.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import tcb from '@cloudbase/node-sdk';
import { makeTempDir, sdkApp, startTestGateway, type TcbApp, type TestGateway } from '../support/gateway';

const BUCKET = 'local.6c6f-local-1250000000';
const fileIdOf = (cloudPath: string) => `cloud://${BUCKET}/${cloudPath}`;

/** What the storage clock is ahead of real time (moved by tests to expire URLs). */
let skewMs = 0;
const storageClock = { now: () => Date.now() + skewMs };

let t: TestGateway;
let tmp: { dir: string; remove(): Promise<void> };
beforeAll(async () => {
  tmp = await makeTempDir('storage-test-');
  t = await startTestGateway({ storage: storageClock });
});
afterAll(async () => {
  await t?.close();
  await tmp?.remove();
});
afterEach(() => {
  skewMs = 0;
});

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  text: string;
}

/** node:http, because fetch will not send a Host header other than the URL's. */
function request(method: string, url: string, headers: Record<string, string> = {}, body?: Buffer): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const all = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: all, text: all.toString('utf8') });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The headers node-sdk's uploadFile sends with its PUT (storage/index.js). */
function sdkPutHeaders(meta: { token: string; authorization: string; cosFileId: string }, cloudPath: string): Record<string, string> {
  return {
    Signature: meta.authorization,
    'x-cos-security-token': meta.token,
    'x-cos-meta-fileid': meta.cosFileId,
    authorization: meta.authorization,
    key: encodeURIComponent(cloudPath),
  };
}

const cosCode = (text: string) => /<Code>([^<]*)<\/Code>/.exec(text)?.[1];

async function tempUrl(app: TcbApp, fileID: string, maxAge?: number): Promise<string> {
  const r = await app.getTempFileURL({ fileList: [maxAge === undefined ? fileID : { fileID, maxAge }] });
  expect(r.fileList[0]).toMatchObject({ fileID, code: 'SUCCESS' });
  return r.fileList[0].tempFileURL;
}

async function uploadMetadata(app: TcbApp, cloudPath: string) {
  return (await app.getUploadMetadata({ cloudPath })).data;
}

/** Every file below `dir` (relative paths). */
async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out.push(path.relative(dir, p));
    }
  };
  await walk(dir);
  return out.sort();
}

describe('upload and read back', () => {
  it('a Buffer: fileID as CloudBase spells it, bytes, Content-Type and Content-Length from the temporary URL', async () => {
    const bytes = Buffer.from('%PDF-1.4 职称证书 ' + 'x'.repeat(1000));
    const up = await t.app.uploadFile({ cloudPath: 'materials/app-1/职称 证书.pdf', fileContent: bytes });
    expect(up.fileID).toBe(fileIdOf('materials/app-1/职称 证书.pdf'));

    const url = await tempUrl(t.app, up.fileID);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/__storage\/file\/.+\?sign=[0-9a-f]{64}&t=\d+$/);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-length')).toBe(String(bytes.length));
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);

    // node-sdk's own readers of the same URL
    const dl = await t.app.downloadFile({ fileID: up.fileID });
    expect(Buffer.isBuffer(dl.fileContent) && dl.fileContent.equals(bytes)).toBe(true);
    const info = await t.app.getFileInfo({ fileList: [up.fileID] });
    expect(info.fileList[0]).toMatchObject({ code: 'SUCCESS', fileName: '职称 证书.pdf', mime: 'application/pdf', size: bytes.length });
  });

  it('a ReadStream of a file larger than one chunk arrives byte for byte', async () => {
    const bytes = randomBytes(700 * 1024 + 13);
    const local = path.join(tmp.dir, 'scan.jpg');
    await writeFile(local, bytes);
    const up = await t.app.uploadFile({ cloudPath: 'materials/app-1/scan.jpg', fileContent: createReadStream(local) });
    expect(up.fileID).toBe(fileIdOf('materials/app-1/scan.jpg'));
    const res = await fetch(await tempUrl(t.app, up.fileID));
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
    const dl = await t.app.downloadFile({ fileID: up.fileID });
    expect((dl.fileContent as Buffer).equals(bytes)).toBe(true);
  });

  it('an empty file, an unknown extension (octet-stream), and a second upload to a path replaces the first', async () => {
    const empty = await t.app.uploadFile({ cloudPath: 'misc/empty.bin', fileContent: Buffer.alloc(0) });
    const r0 = await fetch(await tempUrl(t.app, empty.fileID));
    expect(r0.headers.get('content-length')).toBe('0');
    expect(r0.headers.get('content-type')).toBe('application/octet-stream');

    await t.app.uploadFile({ cloudPath: 'misc/note.txt', fileContent: Buffer.from('first') });
    const up = await t.app.uploadFile({ cloudPath: 'misc/note.txt', fileContent: Buffer.from('second, longer') });
    expect(await (await fetch(await tempUrl(t.app, up.fileID))).text()).toBe('second, longer');
  });

  it('getTempFileURL answers per file: SUCCESS, STORAGE_FILE_NONEXIST, INVALID_PARAM for what is not a fileID here', async () => {
    const up = await t.app.uploadFile({ cloudPath: 'misc/a.txt', fileContent: Buffer.from('a') });
    const r = await t.app.getTempFileURL({
      fileList: [up.fileID, fileIdOf('misc/missing.txt'), 'cloud://other.7a7a-other-1/misc/a.txt', 'https://x/a.txt'],
    });
    expect(r.fileList.map((f) => f.code)).toEqual(['SUCCESS', 'STORAGE_FILE_NONEXIST', 'INVALID_PARAM', 'INVALID_PARAM']);
    expect(r.fileList[1]).toMatchObject({ fileID: fileIdOf('misc/missing.txt'), tempFileURL: '' });
    await expect(t.app.downloadFile({ fileID: fileIdOf('misc/missing.txt') })).rejects.toMatchObject({ code: 'STORAGE_FILE_NONEXIST' });
    await expect(t.app.getTempFileURL({ fileList: Array.from({ length: 51 }, () => up.fileID) })).rejects.toMatchObject({
      code: 'INVALID_PARAM',
    });
  });

  it('files of another environment are apart from this one’s', async () => {
    const other = tcb.init({ env: 'other-env', serviceUrl: t.url, ...t.credentials });
    const up = await other.uploadFile({ cloudPath: 'misc/a.txt', fileContent: Buffer.from('other') });
    expect(up.fileID).toBe('cloud://other-env.6f74-other-env-1250000000/misc/a.txt');
    expect(await (await fetch(await tempUrl(t.app, up.fileID))).text()).toBe('other');
    expect(await (await fetch(await tempUrl(t.app, fileIdOf('misc/a.txt')))).text()).toBe('a');
  });
});

describe('files are private: only a signed, unexpired URL for that file reads it', () => {
  let fileID: string;
  let url: string;
  beforeAll(async () => {
    fileID = (await t.app.uploadFile({ cloudPath: 'private/a.pdf', fileContent: Buffer.from('secret A') })).fileID;
    await t.app.uploadFile({ cloudPath: 'private/b.pdf', fileContent: Buffer.from('secret B') });
    url = await tempUrl(t.app, fileID);
  });

  it('the unsigned address (getUploadMetadata’s download_url) is refused', async () => {
    const meta = await uploadMetadata(t.app, 'private/a.pdf');
    const res = await request('GET', meta.download_url);
    expect(res.status).toBe(403);
    expect(cosCode(res.text)).toBe('AccessDenied');
    expect(res.text).not.toContain('secret');
    expect((await request('GET', url.split('?')[0])).status).toBe(403);
  });

  it('a forged signature, a lengthened expiry or a signature for another file is refused', async () => {
    const u = new URL(url);
    const sign = u.searchParams.get('sign')!;
    const forged = url.replace(sign, (sign[0] === 'a' ? 'b' : 'a') + sign.slice(1));
    const later = url.replace(/t=(\d+)$/, (_, n) => `t=${Number(n) + 3600}`);
    const otherFile = url.replace('/private/a.pdf', '/private/b.pdf');
    for (const bad of [forged, later, otherFile]) {
      const res = await request('GET', bad);
      expect(res.status).toBe(403);
      expect(cosCode(res.text)).toBe('SignatureDoesNotMatch');
      expect(res.text).not.toContain('secret');
    }
    expect((await request('GET', url)).text).toBe('secret A');
  });

  it('a URL expires after its maxAge (default 600 s; at most a day)', async () => {
    const short = await tempUrl(t.app, fileID, 60);
    expect((await request('GET', short)).status).toBe(200);
    skewMs = 61_000;
    const res = await request('GET', short);
    expect(res.status).toBe(403);
    expect(cosCode(res.text)).toBe('AccessDenied');
    expect(res.text).toContain('expired');
    skewMs = 601_000;
    expect((await request('GET', url)).status).toBe(403);
    skewMs = 0;
    const long = await tempUrl(t.app, fileID, 10 * 86_400);
    expect(Number(new URL(long).searchParams.get('t')) - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(86_400);
  });

  it('an SDK app with wrong credentials gets neither upload metadata nor temporary URLs, and deletes nothing', async () => {
    for (const creds of [
      { secretId: t.credentials.secretId, secretKey: 'bogus-secret-key-0000' },
      { secretId: 'AKIDlocal-not-this-gateway', secretKey: t.credentials.secretKey },
    ]) {
      const evil = sdkApp(t.url, creds);
      await expect(evil.getUploadMetadata({ cloudPath: 'private/evil.pdf' })).rejects.toMatchObject({ code: 'SIGN_PARAM_INVALID' });
      await expect(evil.uploadFile({ cloudPath: 'private/evil.pdf', fileContent: Buffer.from('evil') })).rejects.toMatchObject({
        code: 'SIGN_PARAM_INVALID',
      });
      await expect(evil.getTempFileURL({ fileList: [fileID] })).rejects.toMatchObject({ code: 'SIGN_PARAM_INVALID' });
      await expect(evil.downloadFile({ fileID })).rejects.toMatchObject({ code: 'SIGN_PARAM_INVALID' });
      await expect(evil.deleteFile({ fileList: [fileID] })).rejects.toMatchObject({ code: 'SIGN_PARAM_INVALID' });
    }
    expect((await t.app.getTempFileURL({ fileList: [fileIdOf('private/evil.pdf')] })).fileList[0].code).toBe('STORAGE_FILE_NONEXIST');
    expect((await request('GET', url)).text).toBe('secret A');
  });

  it('the storage paths keep the gateway’s caller rules: loopback Host, no foreign Origin, no cross-site request', async () => {
    const meta = await uploadMetadata(t.app, 'private/guarded.txt');
    const put = sdkPutHeaders(meta, 'private/guarded.txt');
    const refusedCallers: Record<string, string>[] = [
      { host: 'evil.example:80' },
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of refusedCallers) {
      const get = await request('GET', url, headers);
      expect(get.status).toBe(403);
      expect(get.text).not.toContain('secret');
      const res = await request('PUT', meta.url, { ...put, ...headers }, Buffer.from('x'));
      expect(res.status).toBe(403);
      expect(cosCode(res.text)).toBe('AccessDenied');
    }
    expect((await request('GET', url, { origin: 'http://127.0.0.1:10086' })).status).toBe(200);
    expect((await t.app.getTempFileURL({ fileList: [fileIdOf('private/guarded.txt')] })).fileList[0].code).toBe('STORAGE_FILE_NONEXIST');
    expect((await request('POST', url, {}, Buffer.from('{}'))).status).toBe(405);
    expect((await request('GET', meta.url)).status).toBe(405);
  });
});

describe('upload URLs: signed for one path, short-lived, used once', () => {
  it('node-sdk’s own PUT with the metadata works (the SDK protocol, step by step)', async () => {
    const meta = await uploadMetadata(t.app, 'uploads/step.txt');
    expect(meta).toMatchObject({ fileId: fileIdOf('uploads/step.txt') });
    expect(meta.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/__storage\/upload\//);
    const res = await request('PUT', meta.url, sdkPutHeaders(meta, 'uploads/step.txt'), Buffer.from('step'));
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(await (await fetch(await tempUrl(t.app, meta.fileId))).text()).toBe('step');
    // used once: a replay is refused and the file keeps its bytes
    const again = await request('PUT', meta.url, sdkPutHeaders(meta, 'uploads/step.txt'), Buffer.from('replayed'));
    expect(again.status).toBe(403);
    expect(cosCode(again.text)).toBe('AccessDenied');
    expect(await (await fetch(await tempUrl(t.app, meta.fileId))).text()).toBe('step');
  });

  it('another path, a forged authorization or a swapped token is refused and writes nothing', async () => {
    const meta = await uploadMetadata(t.app, 'uploads/mine.txt');
    const headers = sdkPutHeaders(meta, 'uploads/mine.txt');
    const elsewhere = meta.url.replace('/uploads/mine.txt', '/uploads/theirs.txt');
    const sig = /q-signature=([0-9a-f]+)/.exec(meta.authorization)![1];
    const forgedAuth = meta.authorization.replace(sig, (sig[0] === 'a' ? 'b' : 'a') + sig.slice(1));
    const biggerCap = meta.authorization.replace(/q-max-size=\d+/, 'q-max-size=999999999999');
    const cases: Array<[string, Record<string, string>, string]> = [
      [elsewhere, { ...headers, key: encodeURIComponent('uploads/theirs.txt') }, 'SignatureDoesNotMatch'],
      [meta.url, { ...headers, authorization: forgedAuth }, 'SignatureDoesNotMatch'],
      [meta.url, { ...headers, authorization: biggerCap }, 'SignatureDoesNotMatch'],
      [meta.url, { ...headers, 'x-cos-security-token': 'another-token' }, 'SignatureDoesNotMatch'],
      [meta.url, { ...headers, 'x-cos-meta-fileid': 'another-cos-file-id' }, 'SignatureDoesNotMatch'],
      [meta.url, { key: headers.key }, 'AccessDenied'],
    ];
    for (const [url, h, code] of cases) {
      const res = await request('PUT', url, h, Buffer.from('intruder'));
      expect([res.status, cosCode(res.text)]).toEqual([403, code]);
    }
    const r = await t.app.getTempFileURL({ fileList: [fileIdOf('uploads/mine.txt'), fileIdOf('uploads/theirs.txt')] });
    expect(r.fileList.map((f) => f.code)).toEqual(['STORAGE_FILE_NONEXIST', 'STORAGE_FILE_NONEXIST']);
    // the genuine upload still works after the refusals
    expect((await request('PUT', meta.url, headers, Buffer.from('mine'))).status).toBe(200);
  });

  it('an upload URL expires (default 600 s)', async () => {
    const meta = await uploadMetadata(t.app, 'uploads/late.txt');
    skewMs = 601_000;
    const res = await request('PUT', meta.url, sdkPutHeaders(meta, 'uploads/late.txt'), Buffer.from('late'));
    expect(res.status).toBe(403);
    expect(cosCode(res.text)).toBe('AccessDenied');
    expect(res.text).toContain('expired');
    skewMs = 0;
    expect((await t.app.getTempFileURL({ fileList: [meta.fileId] })).fileList[0].code).toBe('STORAGE_FILE_NONEXIST');
  });
});

describe('paths that climb, are absolute or hold NUL are refused', () => {
  const bad = [
    '../etc/passwd',
    'a/../../b',
    'a/./b',
    '/abs/file.txt',
    'C:/windows/x',
    'a\\..\\b',
    'nul\u0000byte.txt',
    'a//b',
    'dir/',
    'q?x=1',
    'frag#x',
    '%2e%2e/x',
    '',
  ];

  it('uploadFile and getUploadMetadata answer INVALID_PARAM', async () => {
    for (const cloudPath of bad) {
      await expect(t.app.uploadFile({ cloudPath, fileContent: Buffer.from('x') })).rejects.toMatchObject({ code: 'INVALID_PARAM' });
    }
    await expect(t.app.getUploadMetadata({ cloudPath: '../x' })).rejects.toMatchObject({ code: 'INVALID_PARAM' });
    await expect(t.app.uploadFile({ cloudPath: 'x'.repeat(851), fileContent: Buffer.from('x') })).rejects.toMatchObject({
      code: 'INVALID_PARAM',
    });
  });

  it('getTempFileURL and deleteFile answer INVALID_PARAM for such fileIDs', async () => {
    const ids = ['../etc/passwd', 'a/../b', '/abs', 'nul\u0000'].map((p) => `cloud://${BUCKET}/${p}`);
    const urls = await t.app.getTempFileURL({ fileList: ids });
    expect(urls.fileList.map((f) => f.code)).toEqual(ids.map(() => 'INVALID_PARAM'));
    const del = await t.app.deleteFile({ fileList: ids });
    expect(del.fileList.map((f) => f.code)).toEqual(ids.map(() => 'INVALID_PARAM'));
  });

  it('the PUT and GET paths refuse encoded traversal with COS XML', async () => {
    const meta = await uploadMetadata(t.app, 'uploads/ok.txt');
    const base = meta.url.slice(0, meta.url.indexOf('/__storage/'));
    for (const p of [
      `/__storage/upload/${BUCKET}/..%2F..%2Fescape.txt`,
      `/__storage/upload/${BUCKET}/%2E%2E/escape.txt`,
      `/__storage/upload/${BUCKET}/a%00b`,
      `/__storage/upload/${BUCKET}/%E0%A4%A`,
    ]) {
      const res = await request('PUT', base + p, sdkPutHeaders(meta, 'uploads/ok.txt'), Buffer.from('x'));
      expect(res.status).toBe(400);
      expect(['InvalidArgument', 'InvalidURI']).toContain(cosCode(res.text));
    }
    const get = await request(
      'GET',
      `${base}/__storage/file/${BUCKET}/..%2F..%2Fgateway-credentials.json?sign=${'0'.repeat(64)}&t=9999999999`,
    );
    expect(get.status).toBe(400);
    expect(get.text).not.toContain('secretKey');
  });
});

describe('delete', () => {
  it('deleteFile reports per file; afterwards the URL 404s and a second delete reports not found', async () => {
    const a = await t.app.uploadFile({ cloudPath: 'trash/a.txt', fileContent: Buffer.from('a') });
    const b = await t.app.uploadFile({ cloudPath: 'trash/b.txt', fileContent: Buffer.from('b') });
    const url = await tempUrl(t.app, a.fileID);
    const del = await t.app.deleteFile({ fileList: [a.fileID, fileIdOf('trash/never.txt')] });
    expect(del.fileList).toEqual([
      { fileID: a.fileID, code: 'SUCCESS' },
      { fileID: fileIdOf('trash/never.txt'), code: 'STORAGE_FILE_NONEXIST', message: expect.any(String) },
    ]);
    const gone = await request('GET', url);
    expect(gone.status).toBe(404);
    expect(cosCode(gone.text)).toBe('NoSuchKey');
    expect((await request('HEAD', url)).status).toBe(404);
    expect((await t.app.deleteFile({ fileList: [a.fileID] })).fileList[0]).toMatchObject({
      fileID: a.fileID,
      code: 'STORAGE_FILE_NONEXIST',
    });
    expect((await t.app.getTempFileURL({ fileList: [a.fileID] })).fileList[0].code).toBe('STORAGE_FILE_NONEXIST');
    await expect(t.app.downloadFile({ fileID: a.fileID })).rejects.toMatchObject({ code: 'STORAGE_FILE_NONEXIST' });
    expect(await (await fetch(await tempUrl(t.app, b.fileID))).text()).toBe('b');
    await expect(t.app.deleteFile({ fileList: Array.from({ length: 51 }, () => b.fileID) })).rejects.toMatchObject({
      code: 'INVALID_PARAM',
    });
  });
});

describe('on a data folder', () => {
  it('size caps (gateway-wide and per prefix) refuse oversized uploads, streamed, and leave nothing on disk', async () => {
    const data = await makeTempDir('storage-cap-');
    const g = await startTestGateway({
      dataDir: data.dir,
      storage: { maxUploadBytes: 64 * 1024, maxUploadBytesByPrefix: { 'avatars/': 1024 } },
    });
    try {
      const storageDir = path.join(data.dir, 'storage');
      await g.app.uploadFile({ cloudPath: 'materials/fits.pdf', fileContent: randomBytes(64 * 1024) });
      const before = await filesUnder(storageDir);
      expect(before.filter((f) => f.endsWith('.bin'))).toHaveLength(1);

      const big = path.join(data.dir, 'big.pdf');
      await writeFile(big, randomBytes(300 * 1024));
      for (const fileContent of [randomBytes(64 * 1024 + 1), createReadStream(big)]) {
        const err = await g.app.uploadFile({ cloudPath: 'materials/too-big.pdf', fileContent }).catch((e) => e);
        expect(err).toMatchObject({ code: 'STORAGE_REQUEST_FAIL' });
        expect(err.message).toContain('EntityTooLarge');
      }
      await expect(g.app.uploadFile({ cloudPath: 'avatars/me.png', fileContent: randomBytes(1025) })).rejects.toMatchObject({
        code: 'STORAGE_REQUEST_FAIL',
      });
      await g.app.uploadFile({ cloudPath: 'avatars/small.png', fileContent: randomBytes(1024) });
      // a declared Content-Length over the cap is refused before any byte is stored
      const meta = (await g.app.getUploadMetadata({ cloudPath: 'avatars/declared.png' })).data;
      const declared = await request(
        'PUT',
        meta.url,
        { ...sdkPutHeaders(meta, 'avatars/declared.png'), 'content-length': '2048' },
        randomBytes(2048),
      );
      expect([declared.status, cosCode(declared.text)]).toEqual([400, 'EntityTooLarge']);

      const r = await g.app.getTempFileURL({
        fileList: ['materials/too-big.pdf', 'avatars/me.png', 'avatars/declared.png', 'avatars/small.png'].map(fileIdOf),
      });
      expect(r.fileList.map((f) => f.code)).toEqual(['STORAGE_FILE_NONEXIST', 'STORAGE_FILE_NONEXIST', 'STORAGE_FILE_NONEXIST', 'SUCCESS']);
      const after = await filesUnder(storageDir);
      expect(after.filter((f) => f.endsWith('.bin'))).toHaveLength(2);
      expect(after.filter((f) => f.endsWith('.json'))).toHaveLength(2);
      expect(after.filter((f) => f.startsWith('.tmp'))).toEqual([]);
    } finally {
      await g.close();
      await data.remove();
    }
  });

  it('an upload broken off midway keeps nothing, and its URL can be used again', async () => {
    const data = await makeTempDir('storage-abort-');
    const g = await startTestGateway({ dataDir: data.dir });
    try {
      const meta = (await g.app.getUploadMetadata({ cloudPath: 'materials/broken.pdf' })).data;
      const headers = sdkPutHeaders(meta, 'materials/broken.pdf');
      await new Promise<void>((resolve) => {
        const req = http.request(meta.url, { method: 'PUT', headers });
        req.on('error', () => resolve());
        req.write(randomBytes(256 * 1024), () => setTimeout(() => req.destroy(), 50));
      });
      const storageDir = path.join(data.dir, 'storage');
      for (let i = 0; i < 100 && (await filesUnder(storageDir)).length > 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(await filesUnder(storageDir)).toEqual([]);
      expect((await g.app.getTempFileURL({ fileList: [meta.fileId] })).fileList[0].code).toBe('STORAGE_FILE_NONEXIST');
      const retry = await request('PUT', meta.url, headers, Buffer.from('whole'));
      expect(retry.status).toBe(200);
      expect(await (await fetch(await tempUrl(g.app, meta.fileId))).text()).toBe('whole');
    } finally {
      await g.close();
      await data.remove();
    }
  });

  it('files persist across a restart on the same folder; crash leftovers are swept at start', async () => {
    const data = await makeTempDir('storage-restart-');
    try {
      const bytes = randomBytes(50_000);
      const first = await startTestGateway({ dataDir: data.dir });
      const kept = await first.app.uploadFile({ cloudPath: 'materials/kept.pdf', fileContent: bytes });
      const dropped = await first.app.uploadFile({ cloudPath: 'materials/dropped.pdf', fileContent: Buffer.from('bye') });
      await first.app.deleteFile({ fileList: [dropped.fileID] });
      await first.close();

      // what a crash mid-upload or mid-replace leaves: a partial upload and a .bin no record names
      const storageDir = path.join(data.dir, 'storage');
      const binDir = path.dirname(
        path.join(
          storageDir,
          (await filesUnder(storageDir)).find((f) => f.endsWith('.bin'))!,
        ),
      );
      await writeFile(path.join(storageDir, '.tmp', 'crashed.part'), 'partial');
      await writeFile(path.join(binDir, 'orphan.bin'), 'orphan');

      const second = await startTestGateway({ dataDir: data.dir });
      try {
        expect(second.credentials).toEqual(first.credentials);
        const res = await fetch(await tempUrl(second.app, kept.fileID));
        expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
        expect((await second.app.getTempFileURL({ fileList: [dropped.fileID] })).fileList[0].code).toBe('STORAGE_FILE_NONEXIST');
        const files = await filesUnder(storageDir);
        expect(files.filter((f) => f.endsWith('.bin') || f.endsWith('.part'))).toHaveLength(1);
        expect((await second.app.deleteFile({ fileList: [kept.fileID] })).fileList[0].code).toBe('SUCCESS');
        expect(await filesUnder(storageDir)).toEqual([]);
      } finally {
        await second.close();
      }
    } finally {
      await data.remove();
    }
  });
});
