/**
 * The H5 build at `/`: files with their content types, and index.html for any other path without an
 * extension (the app's routes). Paths never leave the folder.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

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

export function contentType(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
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
  const size = statSync(file).size;
  const isHtml = extname(file) === '.html';
  res.writeHead(200, {
    'Content-Type': contentType(file),
    'Content-Length': size,
    'Cache-Control': isHtml ? 'no-cache' : 'public, max-age=300',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
  return true;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
