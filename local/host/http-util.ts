/** Small node:http helpers: bounded body reading, JSON answers, CORS for loopback origins. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLoopbackOrigin } from '../loopback';

export const MAX_BODY_BYTES = 1024 * 1024;
/** Past this, an oversized body is no longer drained: the connection is cut after the 413. */
const MAX_DRAIN_BYTES = 16 * MAX_BODY_BYTES;

export type BodyResult = { ok: true; text: string } | { ok: false; tooLarge: true };

/** Read the body up to `limit` bytes; a larger one is drained (so the client reads our 413) and reported. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > MAX_DRAIN_BYTES) {
      resolve({ ok: false, tooLarge: true });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        if (size > MAX_DRAIN_BYTES) {
          req.destroy();
          resolve({ ok: false, tooLarge: true });
        }
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? { ok: false, tooLarge: true } : { ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', reject);
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  res.end(text);
}

/** Allow pages served from this machine (another local port, WeChat DevTools' local preview) to call us. */
export function applyCors(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  res.setHeader('Vary', 'Origin');
  if (!isLoopbackOrigin(origin)) return;
  res.setHeader('Access-Control-Allow-Origin', origin!);
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
  res.setHeader('Access-Control-Max-Age', '600');
}
