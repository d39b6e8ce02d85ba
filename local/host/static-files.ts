/**
 * The H5 build at `/`: files with their content types, and index.html for any other path without an
 * extension (the app's routes). Paths never leave the folder.
 *
 * For a weak phone: text files go out compressed (brotli or gzip, as the request's Accept-Encoding allows),
 * each file compressed once and kept in memory until it changes on disk. Hashed build files
 * (`name.0123abcd.js`) are cached by the browser for a year; index.html and anything unhashed is revalidated
 * every time (no-cache) with an ETag, which a rebuild changes, so a 304 costs one round trip and no body.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompress, brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** Worth compressing: text and the binary formats that are not compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.txt', '.svg', '.ico', '.ttf', '.wasm']);
/** Below this a compressed body saves less than its headers cost. */
const MIN_COMPRESS_BYTES = 1024;
/** Files above this are streamed as they are, not held in memory. */
const MAX_CACHED_FILE_BYTES = 8 * 1024 * 1024;
/** All cached bodies together (raw and compressed); the oldest entries go first past it. */
const MAX_CACHE_BYTES = 128 * 1024 * 1024;

export const IMMUTABLE = 'public, max-age=31536000, immutable';

export function contentType(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** A build file whose name carries its content hash (webpack's `[name].[contenthash:8].ext`): it never changes. */
export function isHashedName(file: string): boolean {
  return /\.[0-9a-f]{8,}\.[a-z0-9]+$/i.test(file);
}

export type Encoding = 'br' | 'gzip' | 'identity';

/**
 * The encoding to send (RFC 9110 §12.5.3, with q-values and `*`): whichever of brotli and gzip the request
 * accepts with the higher q, brotli on a tie; the file as it is only when it accepts neither (every server
 * compresses what the client accepts, whatever q it gives `identity`).
 */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return 'identity';
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(token === 'x-gzip' ? 'gzip' : token, Number.isFinite(value) ? value : 0);
  }
  const weight = (e: 'br' | 'gzip') => q.get(e) ?? q.get('*') ?? 0;
  if (weight('br') <= 0 && weight('gzip') <= 0) return 'identity';
  return weight('br') >= weight('gzip') ? 'br' : 'gzip';
}

interface Entry {
  key: string;
  raw: Buffer;
  hash: string;
  gzip?: Buffer;
  br?: Buffer;
  /** The quality-11 brotli copy being made in the background (the first answer used a quick one). */
  brBest?: Promise<void>;
  bytes: number;
}

const cache = new Map<string, Entry>();
let cachedBytes = 0;

function remember(file: string, entry: Entry): void {
  const old = cache.get(file);
  if (old) {
    cachedBytes -= old.bytes;
    cache.delete(file);
  }
  cache.set(file, entry);
  cachedBytes += entry.bytes;
  for (const [f, e] of cache) {
    if (cachedBytes <= MAX_CACHE_BYTES || f === file) break;
    cache.delete(f);
    cachedBytes -= e.bytes;
  }
}

function grow(file: string, entry: Entry, by: number): void {
  entry.bytes += by;
  if (cache.get(file) === entry) cachedBytes += by;
}

const statKey = (st: Stats) => `${st.ino}:${st.size}:${st.mtimeMs}`;

function cachedFile(file: string, st: Stats): Entry {
  const key = statKey(st);
  const hit = cache.get(file);
  if (hit?.key === key) return hit;
  const raw = readFileSync(file);
  const entry: Entry = { key, raw, hash: createHash('sha1').update(raw).digest('base64url').slice(0, 20), bytes: raw.length };
  remember(file, entry);
  return entry;
}

const brotliOptions = (quality: number, size: number) => ({
  params: { [zlib.BROTLI_PARAM_QUALITY]: quality, [zlib.BROTLI_PARAM_SIZE_HINT]: size, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT },
});

/**
 * The compressed body. gzip at level 9 takes a few milliseconds even for the largest bundle; brotli's best
 * quality (11) takes half a second for it, so the first answer uses quality 5 (about as fast as gzip, still
 * smaller) and quality 11 replaces it in the background for everyone after.
 */
function encoded(file: string, entry: Entry, encoding: 'br' | 'gzip'): Buffer {
  if (encoding === 'gzip') {
    if (!entry.gzip) {
      entry.gzip = gzipSync(entry.raw, { level: 9 });
      grow(file, entry, entry.gzip.length);
    }
    return entry.gzip;
  }
  if (!entry.br) {
    entry.br = brotliCompressSync(entry.raw, brotliOptions(5, entry.raw.length));
    grow(file, entry, entry.br.length);
    entry.brBest = new Promise<void>((done) =>
      brotliCompress(entry.raw, brotliOptions(11, entry.raw.length), (err, best) => {
        if (!err && best.length < entry.br!.length) {
          grow(file, entry, best.length - entry.br!.length);
          entry.br = best;
        }
        done();
      }),
    );
  }
  return entry.br;
}

/** Wait for the background brotli copies of the files served so far (tests, benches). */
export async function compressionSettled(): Promise<void> {
  await Promise.all([...cache.values()].map((e) => e.brBest));
}

/** If-None-Match against an ETag, by the weak comparison GET uses (RFC 9110 §13.1.2). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => bare(t) === bare(etag));
}

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>职称通（本地）</title>
<p>H5 客户端尚未构建。请运行 <code>npm run build:h5</code>，或直接 <code>npm start</code>（会自动构建）。</p>`;

/** Answer a GET/HEAD for a static file; false when the request is not for us (caller answers 404). */
export function serveStatic(req: IncomingMessage, res: ServerResponse, root: string | undefined, pathname: string): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (!root || !existsSync(join(root, 'index.html'))) {
    if (pathname !== '/' && pathname !== '/index.html') return false;
    res.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : NOT_BUILT);
    return true;
  }
  const base = resolve(root);
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  if (rel.includes('\0')) return false;
  let file = resolve(base, normalize(`.${sep}${rel}`));
  if (file !== base && !file.startsWith(base + sep)) return false;
  let found = isFile(file) ? file : isFile(join(file, 'index.html')) ? join(file, 'index.html') : null;
  if (!found && extname(rel) === '') found = join(base, 'index.html');
  if (!found) return false;
  file = found;
  const st = statSync(file);
  const ext = extname(file).toLowerCase();
  const headers: OutgoingHttpHeaders = {
    'Content-Type': contentType(file),
    'Cache-Control': ext !== '.html' && isHashedName(file) ? IMMUTABLE : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  };

  if (st.size > MAX_CACHED_FILE_BYTES) {
    headers.ETag = `W/"${st.size.toString(36)}-${Math.floor(st.mtimeMs).toString(36)}"`;
    if (matches(req.headers['if-none-match'], headers.ETag)) return notModified(res, headers);
    res.writeHead(200, { ...headers, 'Content-Length': st.size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
    return true;
  }

  const entry = cachedFile(file, st);
  const compressible = COMPRESSIBLE.has(ext) && entry.raw.length >= MIN_COMPRESS_BYTES;
  const encoding = compressible ? chooseEncoding(req.headers['accept-encoding']) : 'identity';
  if (compressible) {
    const vary = res.getHeader('Vary');
    headers.Vary = vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding';
  }
  // One ETag per representation: a cache must not answer a gzip request with the brotli bytes' validator.
  headers.ETag = encoding === 'identity' ? `"${entry.hash}"` : `W/"${entry.hash}-${encoding}"`;
  if (matches(req.headers['if-none-match'], headers.ETag)) return notModified(res, headers);
  const body = encoding === 'identity' ? entry.raw : encoded(file, entry, encoding);
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
  res.writeHead(200, { ...headers, 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

function notModified(res: ServerResponse, headers: OutgoingHttpHeaders): true {
  delete headers['Content-Type'];
  res.writeHead(304, headers).end();
  return true;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
