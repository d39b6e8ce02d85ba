/**
 * The H5 build as the local host serves it to a phone: text compressed by what the browser accepts
 * (brotli, gzip, q-values), one ETag per representation and 304 on a match, a year of caching for
 * content-hashed files and revalidation for index.html and the app's routes, a rebuilt file served fresh.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { compressionSettled, IMMUTABLE } from '../../local/host/static-files';
import { startHostStack, type HostStack } from '../support/host';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A raw GET/HEAD: no automatic decompression, so the test sees the bytes on the wire. */
function get(url: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const decoded = (a: Answer) =>
  a.headers['content-encoding'] === 'br' ? brotliDecompressSync(a.body) : a.headers['content-encoding'] === 'gzip' ? gunzipSync(a.body) : a.body;

const CHROME = 'gzip, deflate, br, zstd';
const APP_JS = `/js/app.0123abcd.js`;
const appSource = (n: number) =>
  Array.from({ length: 400 }, (_, i) => `export function page${i}(){return "职称通 第${i}页 ${n}".repeat(3)}`).join('\n');

jest.setTimeout(20_000);

describe('host static files for a weak phone', () => {
  let stack: HostStack;
  let h5: string;

  beforeAll(async () => {
    h5 = mkdtempSync(join(tmpdir(), 'zct-h5-static-'));
    mkdirSync(join(h5, 'js'));
    mkdirSync(join(h5, 'css'));
    mkdirSync(join(h5, 'static'));
    writeFileSync(join(h5, 'index.html'), `<!doctype html><title>职称通</title><div id="app"></div>${'<!-- shell -->'.repeat(100)}`);
    writeFileSync(join(h5, APP_JS), appSource(1));
    writeFileSync(join(h5, 'css', 'app.89abcdef.css'), '.page{display:block}\n'.repeat(200));
    writeFileSync(join(h5, 'js', 'tiny.1234abcd.js'), 'console.log(1)');
    writeFileSync(join(h5, 'static', 'logo.fedcba98.png'), Buffer.alloc(4096, 7));
    writeFileSync(join(h5, 'notes.txt'), 'not hashed\n'.repeat(200));
    stack = await startHostStack({ h5Dir: h5 });
  });
  afterAll(async () => {
    await stack.close();
    rmSync(h5, { recursive: true, force: true });
  });

  test('a hashed bundle goes out as brotli to a browser that accepts it, cached for a year, the same bytes once decoded', async () => {
    const a = await get(stack.url, APP_JS, { 'Accept-Encoding': CHROME });
    expect(a.status).toBe(200);
    expect(a.headers['content-encoding']).toBe('br');
    expect(a.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(a.headers.vary).toBe('Origin, Accept-Encoding');
    expect(a.headers['cache-control']).toBe(IMMUTABLE);
    expect(a.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(a.headers['content-length'])).toBe(a.body.length);
    expect(a.body.length).toBeLessThan(Buffer.byteLength(appSource(1)) / 4);
    expect(decoded(a).toString()).toBe(appSource(1));
  });

  test('gzip when brotli is refused or preferred less; the file as it is when nothing else is acceptable', async () => {
    const cases: [string | undefined, string | undefined][] = [
      ['gzip, deflate', 'gzip'],
      ['br;q=0.5, gzip', 'gzip'],
      ['gzip;q=0.8, br;q=0.9', 'br'],
      ['*', 'br'],
      ['br;q=0, *;q=0.1', 'gzip'],
      ['identity', undefined],
      ['gzip;q=0, br;q=0', undefined],
      [undefined, undefined],
    ];
    for (const [accept, encoding] of cases) {
      const a = await get(stack.url, APP_JS, accept === undefined ? {} : { 'Accept-Encoding': accept });
      expect([accept, a.status, a.headers['content-encoding']]).toEqual([accept, 200, encoding]);
      expect(a.headers.vary).toBe('Origin, Accept-Encoding');
      expect(decoded(a).toString()).toBe(appSource(1));
    }
  });

  test('index.html and the app routes are revalidated every time (no-cache), and compressed too', async () => {
    for (const path of ['/', '/index.html', '/pages/progress/index']) {
      const a = await get(stack.url, path, { 'Accept-Encoding': CHROME });
      expect([path, a.status, a.headers['cache-control'], a.headers['content-encoding']]).toEqual([path, 200, 'no-cache', 'br']);
      expect(decoded(a).toString()).toContain('<div id="app">');
    }
    const notes = await get(stack.url, '/notes.txt', { 'Accept-Encoding': CHROME });
    expect(notes.headers['cache-control']).toBe('no-cache');
  });

  test('ETag per representation: a matching If-None-Match gets 304 without a body; another encoding\'s tag does not match', async () => {
    const br = await get(stack.url, APP_JS, { 'Accept-Encoding': 'br' });
    const gz = await get(stack.url, APP_JS, { 'Accept-Encoding': 'gzip' });
    const plain = await get(stack.url, APP_JS);
    const tags = [br, gz, plain].map((a) => a.headers.etag);
    expect(new Set(tags).size).toBe(3);
    tags.forEach((t) => expect(t).toMatch(/^(W\/)?"[^"]+"$/));

    const again = await get(stack.url, APP_JS, { 'Accept-Encoding': 'br', 'If-None-Match': br.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(br.headers.etag);
    expect(again.headers.vary).toBe('Origin, Accept-Encoding');
    expect(again.headers['cache-control']).toBe(IMMUTABLE);
    expect((await get(stack.url, APP_JS, { 'Accept-Encoding': 'br', 'If-None-Match': `"other", ${br.headers.etag}` })).status).toBe(304);
    expect((await get(stack.url, APP_JS, { 'Accept-Encoding': 'br', 'If-None-Match': gz.headers.etag! })).status).toBe(200);

    const index = await get(stack.url, '/', { 'Accept-Encoding': CHROME });
    const revalidated = await get(stack.url, '/', { 'Accept-Encoding': CHROME, 'If-None-Match': index.headers.etag! });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers['cache-control']).toBe('no-cache');
  });

  test('the best brotli copy replaces the quick first one: same ETag, same bytes once decoded', async () => {
    const first = await get(stack.url, '/css/app.89abcdef.css', { 'Accept-Encoding': 'br' });
    await compressionSettled();
    const later = await get(stack.url, '/css/app.89abcdef.css', { 'Accept-Encoding': 'br' });
    expect(later.headers.etag).toBe(first.headers.etag);
    expect(later.body.length).toBeLessThanOrEqual(first.body.length);
    expect(decoded(later).toString()).toBe(decoded(first).toString());
  });

  test('HEAD answers the headers of the GET it stands for, without the body', async () => {
    const full = await get(stack.url, APP_JS, { 'Accept-Encoding': 'gzip' });
    const head = await get(stack.url, APP_JS, { 'Accept-Encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-encoding']).toBe('gzip');
    expect(head.headers['content-length']).toBe(full.headers['content-length']);
    expect(head.headers.etag).toBe(full.headers.etag);
  });

  test('images and files too small to gain are sent as they are, without Vary on the encoding', async () => {
    for (const path of ['/static/logo.fedcba98.png', '/js/tiny.1234abcd.js']) {
      const a = await get(stack.url, path, { 'Accept-Encoding': CHROME });
      expect([path, a.status, a.headers['content-encoding']]).toEqual([path, 200, undefined]);
      expect(a.headers.vary ?? '').not.toContain('Accept-Encoding');
      expect(a.headers['cache-control']).toBe(IMMUTABLE);
    }
  });

  test('a file rebuilt on disk is served fresh: new bytes, new ETag, the old tag no longer answers 304', async () => {
    const before = await get(stack.url, '/notes.txt', { 'Accept-Encoding': 'br' });
    writeFileSync(join(h5, 'notes.txt'), 'rebuilt\n'.repeat(300));
    const later = new Date(Date.now() + 5000);
    utimesSync(join(h5, 'notes.txt'), later, later);
    const after = await get(stack.url, '/notes.txt', { 'Accept-Encoding': 'br', 'If-None-Match': before.headers.etag! });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(decoded(after).toString()).toBe('rebuilt\n'.repeat(300));
  });
});
