/**
 * How CloudBase hands a function its caller: `main(event, context)` where `context.environment` is a JSON
 * string of WX_* and TCB_* variables, and the instance's process.env carries the runtime settings.
 * The local host and the integration tests both build calls here, so the function code runs unchanged.
 */
import { randomUUID } from 'node:crypto';
import type { GatewayCredentials } from '../gateway/credentials';

export const LOCAL_ENV_ID = 'zhichengtong-local';
export const LOCAL_APPID = 'wx0000000000local';

export interface Caller {
  /** Absent for an anonymous call (H5 without sign-in): the function answers UNAUTHENTICATED. */
  openid?: string;
  clientIp?: string;
  /** A call made by a trigger (the host's own timer), never by a client: no openid, its own source. */
  trigger?: 'timer';
  /** The local dev clock's offset from real time (ms); put in context.environment, never set in CloudBase. */
  clockOffsetMs?: number;
}

export interface CallContext {
  request_id: string;
  function_name: string;
  function_version: string;
  namespace: string;
  memory_limit_in_mb: number;
  time_limit_in_ms: number;
  environment: string;
}

export function buildCallContext(functionName: string, caller: Caller, requestId: string = randomUUID()): CallContext {
  const wx: Record<string, string> = caller.openid
    ? { WX_OPENID: caller.openid, WX_APPID: LOCAL_APPID, WX_UNIONID: '', WX_CLIENTIP: caller.clientIp ?? '127.0.0.1' }
    : {};
  const tcb = { TCB_ENV: LOCAL_ENV_ID, TCB_SEQID: requestId, TCB_SOURCE: caller.trigger ? 'timer' : caller.openid ? 'wx_client' : 'local_http' };
  return {
    request_id: requestId,
    function_name: functionName,
    function_version: '$LATEST',
    namespace: LOCAL_ENV_ID,
    memory_limit_in_mb: 256,
    time_limit_in_ms: 20000,
    environment: JSON.stringify({
      ...wx,
      ...tcb,
      ...(caller.clockOffsetMs ? { LOCAL_CLOCK_OFFSET_MS: String(caller.clockOffsetMs) } : {}),
      WX_CONTEXT_KEYS: Object.keys(wx).join(','),
      TCB_CONTEXT_KEYS: Object.keys(tcb).join(','),
    }),
  };
}

/**
 * The process environment of a function instance, as SCF sets it: the SDK signs its requests with
 * TENCENTCLOUD_SECRETID/SECRETKEY, here the local gateway's own credentials.
 */
export function instanceEnv(
  gatewayUrl: string,
  credentials: GatewayCredentials,
  extra: Record<string, string | undefined> = {},
): Record<string, string> {
  const env: Record<string, string> = {
    TENCENTCLOUD_RUNENV: 'SCF',
    SCF_NAMESPACE: LOCAL_ENV_ID,
    TENCENTCLOUD_REGION: 'ap-shanghai',
    TENCENTCLOUD_SECRETID: credentials.secretId,
    TENCENTCLOUD_SECRETKEY: credentials.secretKey,
    TCB_ENV: LOCAL_ENV_ID,
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: gatewayUrl }),
    /** Marks an instance started locally: only such an instance honours the dev clock. */
    ZCT_LOCAL: '1',
  };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}
