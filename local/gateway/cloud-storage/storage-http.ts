/**
 * The two storage requests node-sdk makes outside tcb-api, answered the way COS answers them:
 *
 *   PUT  /__storage/upload/<env>.<bucket>/<cloudPath, segments percent-encoded>
 *        headers authorization / x-cos-security-token / x-cos-meta-fileid from storage.getUploadMetadata
 *        → 200 with an empty body (node-sdk parses the body as XML and treats "nothing" as success)
 *   GET  /__storage/file/<env>.<bucket>/<cloudPath>?sign=..&t=..     (HEAD too: node-sdk's getFileInfo)
 *        → the bytes with their Content-Type and Content-Length
 *
 * Failures are COS's XML `<Error><Code/><Message/><Resource/><RequestId/><TraceId/></Error>` (node-sdk reads all
 * five; `SignatureDoesNotMatch` becomes SYS_ERR, any other code STORAGE_REQUEST_FAIL with `[Code]: message`):
 * 403 AccessDenied (not a loopback caller, no or expired authorization, an upload URL already used),
 * 403 SignatureDoesNotMatch (not signed by this gateway for this path), 400 InvalidArgument (bad path),
 * 400 EntityTooLarge (over the upload's cap), 404 NoSuchKey, 405 MethodNotAllowed.
 *
 * The caller rules are the database gateway's (loopback Host, no foreign Origin, no cross-site request). The PUT
 * is authorized by its signed upload grant, not by a TC3 signature (node-sdk does not sign it); its body is
 * streamed to the store and cut off at the grant's size cap. Before an error answer the rest of the body is
 * read and dropped (up to DRAIN_LIMIT_BYTES), so the SDK, still sending, receives the XML instead of a reset.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { checkCaller } from '../http/request-guard';
import { logRequest } from '../request-log';
import { parseFileID, type CloudFile } from './cloud-path';
import { contentTypeFor } from './content-type';
import type { ObjectStore, ObjectWriter } from './object-store';
import type { StorageConfig } from './options';
import type { UploadGrant, UrlSigner } from './url-tokens';

export const STORAGE_PATH_PREFIX = '/__storage/';
export const UPLOAD_PATH = `${STORAGE_PATH_PREFIX}upload/`;
export const FILE_PATH = `${STORAGE_PATH_PREFIX}file/`;
/** Bytes of a refused PUT's body read (and dropped) before answering; past it the connection is cut. */
export const DRAIN_LIMIT_BYTES = 32 * 1024 * 1024;

export function isStorageRequest(url: string | undefined): boolean {
  return (url ?? '').startsWith(STORAGE_PATH_PREFIX);
}

/** Upload grants in flight or used, so one upload URL writes once (kept until the grant expires). */
export class UploadLedger {
  private readonly ids = new Map<string, number>();

  claim(grant: UploadGrant, nowS: number): boolean {
    for (const [id, exp] of this.ids) if (exp < nowS) this.ids.delete(id);
    if (this.ids.has(grant.cosFileId)) return false;
    this.ids.set(grant.cosFileId, grant.expiresS);
    return true;
  }

  release(grant: UploadGrant): void {
    this.ids.delete(grant.cosFileId);
  }
}

export interface StorageHttpDeps {
  store: ObjectStore;
  signer: UrlSigner;
  config: StorageConfig;
  ledger: UploadLedger;
}

class CosError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function createStorageHttpHandler(deps: StorageHttpDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const requestId = randomUUID();
    const started = performance.now();
    const done = (status: number, code: string) =>
      logRequest({
        requestId,
        action: req.method === 'PUT' ? 'storage.put' : 'storage.get',
        status,
        code,
        ms: performance.now() - started,
      });
    serve(deps, req, res, requestId)
      .then(() => done(res.statusCode, res.statusCode < 300 ? 'OK' : 'REFUSED'))
      .catch((e) => {
        const err = e instanceof CosError ? e : new CosError(500, 'InternalError', 'internal error in local gateway storage');
        if (!(e instanceof CosError) && process.env.GATEWAY_LOG)
          process.stderr.write(`[gateway] ${requestId} storage internal error ${(e as Error)?.name}\n`);
        done(err.status, err.code);
        void answerError(req, res, err, requestId);
      });
  };
}

async function serve(deps: StorageHttpDeps, req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
  const refused = checkCaller(req.headers);
  if (refused) {
    // As the database gateway: a web page or a rebound DNS name gets nothing, and its body is not read.
    res.setHeader('connection', 'close');
    throw new CosError(403, 'AccessDenied', refused.message);
  }
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const pathname = q < 0 ? url : url.slice(0, q);
  const query = new URLSearchParams(q < 0 ? '' : url.slice(q + 1));
  if (pathname.startsWith(UPLOAD_PATH)) {
    if (req.method !== 'PUT') throw new CosError(405, 'MethodNotAllowed', 'upload URLs take PUT only');
    return put(deps, req, res, fileAt(pathname, UPLOAD_PATH), requestId);
  }
  if (pathname.startsWith(FILE_PATH)) {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new CosError(405, 'MethodNotAllowed', 'temporary URLs take GET or HEAD only');
    return get(deps, req, res, fileAt(pathname, FILE_PATH), query, requestId);
  }
  throw new CosError(404, 'NoSuchKey', 'The specified key does not exist.');
}

function fileAt(pathname: string, prefix: string): CloudFile {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    throw new CosError(400, 'InvalidURI', 'the object path is not valid percent-encoding');
  }
  const file = parseFileID(`cloud://${decoded}`);
  if (typeof file === 'string') throw new CosError(400, 'InvalidArgument', file);
  return file;
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
};

async function put(deps: StorageHttpDeps, req: IncomingMessage, res: ServerResponse, file: CloudFile, requestId: string): Promise<void> {
  const { store, signer, config, ledger } = deps;
  const nowS = config.nowS();
  const grant = signer.verifyUpload(
    file.fileID,
    {
      authorization: header(req, 'authorization'),
      token: header(req, 'x-cos-security-token'),
      cosFileId: header(req, 'x-cos-meta-fileid'),
    },
    nowS,
  );
  if (grant === 'missing')
    throw new CosError(403, 'AccessDenied', 'the upload carries no valid authorization: ask storage.getUploadMetadata for one');
  if (grant === 'mismatch')
    throw new CosError(403, 'SignatureDoesNotMatch', 'the upload authorization was not issued by this gateway for this path');
  if (grant === 'expired') throw new CosError(403, 'AccessDenied', 'Request has expired');
  const key = header(req, 'key');
  if (key !== undefined && safeDecode(key) !== file.cloudPath)
    throw new CosError(400, 'InvalidArgument', 'the key header names another path');
  const declared = Number(header(req, 'content-length'));
  if (Number.isFinite(declared) && declared > grant.maxBytes) throw tooLarge(grant.maxBytes);
  if (!ledger.claim(grant, nowS) || (await store.stat(file.fileID))?.cosFileId === grant.cosFileId) {
    throw new CosError(403, 'AccessDenied', 'this upload URL was already used: ask storage.getUploadMetadata for a new one');
  }
  let writer: ObjectWriter | null = null;
  try {
    writer = await store.beginWrite();
    const outcome = await pump(req, writer, grant.maxBytes);
    if (outcome === 'aborted') {
      // The caller went away mid-upload: nothing is kept, and the URL may be used again.
      ledger.release(grant);
      res.destroy();
      return;
    }
    if (outcome === 'too-large') throw tooLarge(grant.maxBytes);
    const object = await writer.commit({
      fileID: file.fileID,
      cloudPath: file.cloudPath,
      cosFileId: grant.cosFileId,
      contentType: contentTypeFor(file.cloudPath, header(req, 'content-type')),
      created: new Date(config.nowS() * 1000).toISOString(),
    });
    writer = null;
    res.writeHead(200, { etag: `"${object.sha256}"`, 'x-cos-request-id': requestId, 'content-length': 0 });
    res.end();
  } catch (e) {
    ledger.release(grant);
    throw e;
  } finally {
    await writer?.abort();
  }
}

const tooLarge = (max: number) =>
  new CosError(400, 'EntityTooLarge', `Your proposed upload exceeds the maximum allowed object size (${max} bytes).`);

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** Streams the request body into `writer`, one chunk at a time, stopping at `max` bytes. */
function pump(req: IncomingMessage, writer: ObjectWriter, max: number): Promise<'ok' | 'too-large' | 'aborted'> {
  return new Promise((resolve, reject) => {
    let received = 0;
    let settled = false;
    let writing: Promise<void> = Promise.resolve();
    const finish = (outcome: 'ok' | 'too-large' | 'aborted' | Error) => {
      if (settled) return;
      settled = true;
      req.off('data', onData).off('end', onEnd).off('close', onClose).off('error', onClose);
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > max) {
        req.pause();
        finish('too-large');
        return;
      }
      req.pause();
      writing = writer.write(chunk).then(
        () => {
          if (!settled) req.resume();
        },
        (e) => finish(e instanceof Error ? e : new Error(String(e))),
      );
    };
    const onEnd = () => void writing.then(() => finish('ok'));
    const onClose = () => {
      if (!req.complete) finish('aborted');
    };
    req.on('data', onData).on('end', onEnd).on('close', onClose).on('error', onClose);
    req.resume();
  });
}

/** Reads and drops the rest of a request body; false when it went on past `limit` or broke off. */
function drain(req: IncomingMessage, limit: number): Promise<boolean> {
  if (req.complete) return Promise.resolve(true);
  return new Promise((resolve) => {
    let n = 0;
    let settled = false;
    const finish = (v: boolean) => {
      if (settled) return;
      settled = true;
      req.off('data', onData).off('end', onEnd).off('close', onClose).off('error', onError);
      resolve(v);
    };
    const onData = (c: Buffer) => {
      n += c.length;
      if (n > limit) {
        req.pause();
        finish(false);
      }
    };
    const onEnd = () => finish(true);
    const onClose = () => finish(req.complete);
    const onError = () => finish(false);
    req.on('data', onData).on('end', onEnd).on('close', onClose).on('error', onError);
    req.resume();
  });
}

async function get(
  deps: StorageHttpDeps,
  req: IncomingMessage,
  res: ServerResponse,
  file: CloudFile,
  query: URLSearchParams,
  requestId: string,
): Promise<void> {
  const verdict = deps.signer.verifyDownload(file.fileID, query, deps.config.nowS());
  if (verdict === 'missing') throw new CosError(403, 'AccessDenied', 'the file is private: ask getTempFileURL for a signed URL');
  if (verdict === 'mismatch') throw new CosError(403, 'SignatureDoesNotMatch', 'the URL was not signed by this gateway for this file');
  if (verdict === 'expired') throw new CosError(403, 'AccessDenied', 'Request has expired');
  const hit = await deps.store.read(file.fileID);
  if (!hit) throw new CosError(404, 'NoSuchKey', 'The specified key does not exist.');
  const { object, body } = hit;
  const headers: Record<string, string | number> = {
    'content-type': object.contentType,
    'content-length': object.size,
    etag: `"${object.sha256}"`,
    'last-modified': new Date(object.created).toUTCString(),
    'cache-control': 'private, no-cache',
    'x-content-type-options': 'nosniff',
    'x-cos-request-id': requestId,
  };
  // Markup served from the gateway's origin must not run script there.
  if (/html|xml|svg|javascript/i.test(object.contentType)) headers['content-security-policy'] = 'sandbox';
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    body.destroy();
    res.end();
    return;
  }
  try {
    await pipeline(body, res);
  } catch {
    res.destroy();
  }
}

async function answerError(req: IncomingMessage, res: ServerResponse, err: CosError, requestId: string): Promise<void> {
  if (res.headersSent || res.destroyed) {
    res.destroy();
    return;
  }
  let finished = true;
  if (res.getHeader('connection') !== 'close') finished = await drain(req, DRAIN_LIMIT_BYTES);
  if (!finished) res.setHeader('connection', 'close');
  const resource = (req.url ?? '').split('?')[0].slice(0, 512);
  const xml =
    "<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n" +
    `  <Code>${escapeXml(err.code)}</Code>\n  <Message>${escapeXml(err.message)}</Message>\n` +
    `  <Resource>${escapeXml(resource)}</Resource>\n  <RequestId>${requestId}</RequestId>\n  <TraceId>${requestId}</TraceId>\n</Error>\n`;
  const payload = Buffer.from(xml, 'utf8');
  res.writeHead(err.status, { 'content-type': 'application/xml', 'content-length': payload.length, 'x-cos-request-id': requestId });
  res.end(req.method === 'HEAD' ? undefined : payload);
}

function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}
