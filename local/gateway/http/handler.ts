/**
 * HTTP front of the gateway: every call is a POST whose JSON body carries `action` (node-sdk appends
 * `?env=..&seqId=..` to serviceUrl; path and query are signed but otherwise ignored). Answers are HTTP 200
 * with JSON; failures are `{ code, message, requestId }`, which node-sdk raises as an error with that `code`.
 *
 * Before any action runs: POST only (405); a loopback Host, no foreign Origin, no cross-site browser request
 * (403 PERMISSION_DENIED); a JSON body, or multipart for wx.openApi (415 INVALID_CONTENT_TYPE); the node-sdk
 * signature made with this gateway's secretId/secretKey (SIGN_PARAM_INVALID, HTTP 200 as tcb-api answers it,
 * so the SDK throws that code). Headers are checked before the body is read; nothing is parsed for an action
 * until the signature over the body matched.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { GatewayError, invalidParam, toErrorBody } from '../errors';
import { logRequest } from '../request-log';
import type { ActionHandler, ActionResult, Params } from '../actions/action-types';
import type { GatewayCredentials } from '../credentials';
import { readBody } from './request-body';
import { multipartFields, parseMultipartParts } from './multipart';
import { bodyKind, checkCaller, MULTIPART_ACTIONS } from './request-guard';
import { checkAuthorizationHeaders, jsonPayload, multipartPayload, verifySignature, type SignedPayload } from './signature';

export const MAX_BODY_BYTES = 1024 * 1024;

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface HttpHandlerOptions {
  /** The secret every request must be signed with. */
  credentials: GatewayCredentials;
  maxBodyBytes?: number;
}

export function createHttpHandler(actions: Record<string, ActionHandler>, opts: HttpHandlerOptions): RequestHandler {
  const maxBodyBytes = opts.maxBodyBytes ?? MAX_BODY_BYTES;
  return (req, res) => {
    handle(actions, opts.credentials, maxBodyBytes, req, res).catch(() => {
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  };
}

const signatureRefused = (message: string) => new GatewayError('SIGN_PARAM_INVALID', message);

async function handle(
  actions: Record<string, ActionHandler>,
  credentials: GatewayCredentials,
  maxBodyBytes: number,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const started = performance.now();
  const requestId = randomUUID();
  let action = '';
  let collection: string | undefined;
  let status = 200;
  let code = 'OK';
  try {
    if (req.method !== 'POST') {
      status = 405;
      throw invalidParam('only POST is supported');
    }
    // Refusals before the body is read close the connection, so the unread body cannot be taken for a request.
    const refusedCaller = checkCaller(req.headers);
    if (refusedCaller) {
      status = 403;
      res.setHeader('connection', 'close');
      throw refusedCaller;
    }
    const kind = bodyKind(req.headers['content-type']);
    if (kind instanceof GatewayError) {
      status = 415;
      res.setHeader('connection', 'close');
      throw kind;
    }
    const signed = checkAuthorizationHeaders(req.headers, credentials);
    if ('refused' in signed) {
      res.setHeader('connection', 'close');
      throw signatureRefused(signed.refused);
    }
    const body = await readBody(req, maxBodyBytes);
    if (!body.ok) {
      if (body.reason === 'aborted') {
        code = 'ABORTED';
        res.destroy();
        return;
      }
      res.setHeader('connection', 'close');
      throw new GatewayError('EXCEED_REQUEST_SIZE_LIMIT', `request body exceeds ${maxBodyBytes} bytes`);
    }
    const decoded = decodeBody(body.body, kind, String(req.headers['content-type']));
    const mismatch = verifySignature(req, signed.auth, decoded.payload, credentials);
    if (mismatch) throw signatureRefused(mismatch);

    const params = decoded.params();
    action = typeof params.action === 'string' ? params.action : '';
    collection = typeof params.collectionName === 'string' ? params.collectionName.slice(0, 64) : undefined;
    if (kind === 'multipart' && !MULTIPART_ACTIONS.has(action)) {
      status = 415;
      throw new GatewayError('INVALID_CONTENT_TYPE', 'only wx.openApi is sent as multipart/form-data; use application/json');
    }
    const handler = Object.prototype.hasOwnProperty.call(actions, action) ? actions[action] : undefined;
    if (!handler) throw new GatewayError('INVALID_ACTION', `unknown action ${JSON.stringify(action.slice(0, 64))}`);
    send(res, status, await handler(params, { host: String(req.headers.host) }), requestId);
  } catch (e) {
    const err = toErrorBody(e, requestId);
    code = err.code;
    if (err.code === 'SYS_ERR' && process.env.GATEWAY_LOG) {
      const where = ((e as Error)?.stack ?? '').split('\n')[1]?.trim() ?? '';
      process.stderr.write(`[gateway] ${requestId} internal error ${(e as Error)?.name ?? typeof e} ${where}\n`);
    }
    send(res, status, { json: err as unknown as Record<string, unknown> }, requestId);
  } finally {
    logRequest({ requestId, action, collection, status, code, ms: performance.now() - started });
  }
}

/** The body as the signature covers it, and (only asked for once the signature matched) as action params. */
function decodeBody(body: Buffer, kind: 'json' | 'multipart', contentType: string): { payload: SignedPayload; params(): Params } {
  if (kind === 'multipart') {
    const parts = parseMultipartParts(body, contentType);
    return {
      payload: multipartPayload(body, parts),
      params: () => {
        if (!parts) throw invalidParam('malformed multipart body');
        return multipartFields(parts);
      },
    };
  }
  let parsed: unknown;
  let valid = true;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    valid = false;
  }
  return {
    payload: valid ? jsonPayload(body, parsed) : { kind: 'raw', body },
    params: () => {
      if (!valid) throw invalidParam('request body is not valid JSON');
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalidParam('request body must be a JSON object');
      return parsed as Params;
    },
  };
}

function send(res: ServerResponse, status: number, result: ActionResult, requestId: string): void {
  if (res.headersSent || res.destroyed) return;
  if ('raw' in result) {
    res.writeHead(status, { 'content-type': result.contentType, 'content-length': result.raw.length });
    res.end(result.raw);
    return;
  }
  const payload = Buffer.from(JSON.stringify({ ...result.json, requestId }));
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': payload.length });
  res.end(payload);
}
