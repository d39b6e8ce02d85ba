/**
 * `POST /api/fn/:name` — the H5 client's stand-in for wx.cloud.callFunction. Body `{ action, input, requestId }`
 * plus any top-level cloudID markers `{ $cloudID }` (e.g. `openData`, resolved by the host's open-data path),
 * identity from the dev session of the bearer token only (none → the function answers UNAUTHENTICATED).
 * Always a JSON envelope: 200 for the function's answer, 400/413/404 for a request the host refuses.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONTRACTS, type FunctionName } from '../../shared/contracts';
import { BREACH_MESSAGES, checkBounds, INPUT_LIMITS, jsonTextDepth } from '../../shared/contracts/bounds';
import { hostError, outcomeOf, requestIdFrom } from './envelope';
import { readBody, sendJson } from './http-util';
import type { InvokeResult } from './invoke';
import { bearerToken, type SessionStore } from './sessions';
import type { Caller } from './context';
import type { HostLogLine } from './types';
import { isCloudIdMarker } from './open-data';

export interface ApiRouteDeps {
  sessions: SessionStore;
  invoke: (name: string, event: unknown, caller: Caller) => Promise<InvokeResult>;
  log: (line: HostLogLine) => void;
}

/**
 * Only names that exist reach the log: an action of a function with a contract must be one of its actions;
 * any other function (a trigger-only one, a test fixture) gets a bounded identifier that starts with a letter,
 * so whatever else a caller typed (a name, a phone number) never does.
 */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_.-]{0,39}$/;
const fnLabel = (fn: string) => (IDENTIFIER.test(fn) ? fn : '?');
const actionLabel = (fn: string, v: unknown) => {
  if (typeof v !== 'string') return '?';
  if (Object.prototype.hasOwnProperty.call(CONTRACTS, fn)) return Object.prototype.hasOwnProperty.call(CONTRACTS[fn as FunctionName], v) ? v : '?';
  return IDENTIFIER.test(v) ? v : '?';
};

export async function handleFunctionCall(req: IncomingMessage, res: ServerResponse, name: string, deps: ApiRouteDeps): Promise<void> {
  const started = Date.now();
  const answer = (status: number, body: unknown, requestId: string, action: unknown, failure?: string) => {
    sendJson(res, status, body);
    const line: HostLogLine = {
      time: new Date().toISOString(),
      requestId,
      function: fnLabel(name),
      action: actionLabel(name, action),
      ms: Date.now() - started,
      ...outcomeOf(body),
      status,
    };
    if (failure) line.failure = failure;
    deps.log(line);
  };

  const body = await readBody(req);
  if (!body.ok) {
    const requestId = requestIdFrom(undefined);
    return answer(413, hostError('PAYLOAD_TOO_LARGE', requestId), requestId, undefined);
  }
  // Depth first, on the text: parsing, cloning to the instance and validating all recurse.
  if (jsonTextDepth(body.text) > INPUT_LIMITS.maxDepth) {
    const requestId = requestIdFrom(undefined);
    return answer(400, hostError('BAD_REQUEST', requestId, BREACH_MESSAGES.too_deep), requestId, undefined);
  }
  let event: unknown;
  try {
    event = JSON.parse(body.text);
  } catch {
    const requestId = requestIdFrom(undefined);
    return answer(400, hostError('BAD_REQUEST', requestId), requestId, undefined);
  }
  const ev = event && typeof event === 'object' && !Array.isArray(event) ? (event as Record<string, unknown>) : null;
  if (!ev || typeof ev.action !== 'string') {
    const requestId = requestIdFrom(ev?.requestId);
    return answer(400, hostError('BAD_REQUEST', requestId, '请求格式不正确：缺少 action'), requestId, undefined);
  }
  // A top-level cloudID marker's `$cloudID` key is no database operator: bound the event with each in its place.
  const breach = checkBounds(Object.fromEntries(Object.entries(ev).map(([k, v]) => [k, isCloudIdMarker(v) ? v.$cloudID : v])));
  if (breach) {
    const requestId = requestIdFrom(ev.requestId);
    const code = breach === 'too_large' ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
    return answer(code === 'BAD_REQUEST' ? 400 : 413, hostError(code, requestId, BREACH_MESSAGES[breach]), requestId, ev.action);
  }
  const caller: Caller = { openid: deps.sessions.openidOf(bearerToken(req.headers.authorization)), clientIp: clientIp(req) };
  // Top-level cloudID markers (wx.cloud.CloudID over HTTP) go on to the open-data path; nothing else does.
  const markers = Object.fromEntries(Object.entries(ev).filter(([, v]) => isCloudIdMarker(v)));
  const result = await deps.invoke(name, { ...markers, action: ev.action, input: ev.input, requestId: ev.requestId }, caller);
  answer(result.status, result.body, result.requestId, ev.action, result.failure);
}

function clientIp(req: IncomingMessage): string {
  const a = req.socket.remoteAddress ?? '127.0.0.1';
  return a.startsWith('::ffff:') ? a.slice(7) : a;
}
