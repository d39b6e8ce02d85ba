/**
 * HTTP front of the gateway: every call is a POST whose JSON body carries `action` (node-sdk appends
 * `?env=..&seqId=..` to serviceUrl; path and query are ignored). Answers are HTTP 200 with JSON; failures
 * are `{ code, message, requestId }`, which node-sdk raises as an error with that `code`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { GatewayError, invalidParam, toErrorBody } from '../errors';
import { logRequest } from '../request-log';
import type { ActionHandler, ActionResult, Params } from '../actions/action-types';
import { readBody } from './request-body';
import { parseMultipart } from './multipart';

export const MAX_BODY_BYTES = 1024 * 1024;

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

export function createHttpHandler(actions: Record<string, ActionHandler>, maxBodyBytes = MAX_BODY_BYTES): RequestHandler {
  return (req, res) => {
    handle(actions, maxBodyBytes, req, res).catch(() => {
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  };
}

async function handle(actions: Record<string, ActionHandler>, maxBodyBytes: number, req: IncomingMessage, res: ServerResponse): Promise<void> {
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
    const params = parseParams(body.body, String(req.headers['content-type'] ?? ''));
    action = typeof params.action === 'string' ? params.action : '';
    collection = typeof params.collectionName === 'string' ? params.collectionName.slice(0, 64) : undefined;
    const handler = Object.prototype.hasOwnProperty.call(actions, action) ? actions[action] : undefined;
    if (!handler) throw new GatewayError('INVALID_ACTION', `unknown action ${JSON.stringify(action.slice(0, 64))}`);
    send(res, status, await handler(params), requestId);
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

function parseParams(body: Buffer, contentType: string): Params {
  if (/^multipart\/form-data/i.test(contentType)) {
    const fields = parseMultipart(body, contentType);
    if (!fields) throw invalidParam('malformed multipart body');
    return fields;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw invalidParam('request body is not valid JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalidParam('request body must be a JSON object');
  return parsed as Params;
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
