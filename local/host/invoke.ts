/**
 * One function call as CloudBase makes it: the event the client sent with identity fields stripped and
 * `userInfo` set from the session (as WeChat injects it), the context from buildCallContext, and the
 * outcome of the instance turned into an envelope (a crash or a timeout is INTERNAL, never a stack trace).
 * Top-level cloudID markers are resolved by the local open-data path (open-data.ts), where WeChat decrypts them.
 */
import { buildCallContext, LOCAL_APPID, type Caller } from './context';
import { OpenDataStore } from './open-data';
import { hostError, requestIdFrom } from './envelope';
import type { FunctionRegistry } from './functions';

/** The open-data path of a call: the host's store and the dev clock's now (real time plus its offset). */
export interface OpenDataPath {
  store: OpenDataStore;
  now: () => Date;
}

/** Event fields that claim an identity; whatever the client put there is removed. */
const IDENTITY_FIELDS = new Set(['openid', 'appid', 'unionid', 'userinfo', 'tcbcontext', 'wx_openid', 'wx_appid', 'wx_unionid']);

const NO_OPEN_DATA = new OpenDataStore({ maxEntries: 0 });

export function callEvent(event: unknown, caller: Caller, requestId: string, openData?: OpenDataPath): Record<string, unknown> {
  const src = event && typeof event === 'object' && !Array.isArray(event) ? (event as Record<string, unknown>) : {};
  let out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(src)) if (!IDENTITY_FIELDS.has(k.toLowerCase())) out[k] = v;
  // Without a store no cloudID was ever issued: every marker resolves as invalid, a forged openData still goes.
  out = (openData?.store ?? NO_OPEN_DATA).resolveOpenData(out, caller.openid, openData?.now() ?? new Date());
  out.requestId = requestId;
  if (caller.openid) out.userInfo = { appId: LOCAL_APPID, openId: caller.openid };
  return out;
}

export interface InvokeResult {
  /** The function's answer, or a host envelope. */
  body: unknown;
  status: number;
  requestId: string;
  /** Why the host answered instead of the function (for the log; never personal data). */
  failure?: string;
}

export async function invokeFunction(
  registry: FunctionRegistry,
  name: string,
  event: unknown,
  caller: Caller,
  timeoutMs?: number,
  openData?: OpenDataPath,
): Promise<InvokeResult> {
  const requestId = requestIdFrom((event as { requestId?: unknown } | null)?.requestId);
  const pool = registry.pool(name);
  if (!pool)
    return {
      body: hostError('UNKNOWN_ACTION', requestId, `不存在的云函数：${name.slice(0, 40)}`),
      status: 404,
      requestId,
      failure: 'unknown-function',
    };
  const context = buildCallContext(name, caller, requestId);
  if (timeoutMs !== undefined) context.time_limit_in_ms = timeoutMs;
  const outcome = await pool.call(callEvent(event, caller, requestId, openData), context);
  if (outcome.ok) return { body: outcome.result, status: 200, requestId };
  if (outcome.reason === 'busy') return { body: hostError('INTERNAL', requestId), status: 503, requestId, failure: 'busy' };
  if (outcome.reason === 'rejected')
    return { body: hostError('BAD_REQUEST', requestId), status: 400, requestId, failure: `rejected:${outcome.detail ?? ''}` };
  return {
    body: hostError('INTERNAL', requestId),
    status: 200,
    requestId,
    failure: outcome.detail ? `${outcome.reason}:${outcome.detail}` : outcome.reason,
  };
}
