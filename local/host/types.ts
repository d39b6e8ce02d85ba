/** Shapes the function host shares with its callers (start script, seed, tests). */

import type { DevUser } from '../../shared/contracts/dev';

/** A demo account offered by the local dev sign-in. */
export type { DevUser };

/** One structured log line per request. Operational facts only: never an openid, a name or an input value. */
export interface HostLogLine {
  time: string;
  requestId: string;
  function: string;
  action: string;
  ms: number;
  ok: boolean;
  code?: string;
  status?: number;
  /** Why the host answered instead of the function: unknown-function, timeout, crashed:…, threw:<error name>. */
  failure?: string;
}

export interface HostOptions {
  /** Where @cloudbase/node-sdk in every function instance sends its requests (TCB_CONTEXT_CNFG.URL). */
  gatewayUrl: string;
  /** The gateway's secretId/secretKey (`gateway.credentials`), given to every instance to sign its requests with. */
  gatewayCredentials: { secretId: string; secretKey: string };
  /** Folder holding `<name>/index.js` per built function (cloudfunctions/dist). */
  functionsDir: string;
  /** Passed to every instance as ADMIN_OPENIDS. */
  adminOpenids: string[];
  /** The H5 build to serve at `/` (client/dist/h5). */
  h5Dir?: string;
  /** Loopback only; default 127.0.0.1. */
  host?: string;
  /** Default 0 (an ephemeral port). */
  port?: number;
  /** Where dev-session tokens persist (hashed); in memory only when absent. */
  sessionsFile?: string;
  /** The wx.openApi calls the gateway recorded (GET /dev/outbox). */
  outbox?: () => Promise<unknown[]>;
  /** The demo accounts for dev sign-in (GET /dev/users). */
  devUsers?: () => Promise<DevUser[]>;
  /** Instances per function (each serves one request at a time). Default 4. */
  maxInstances?: number;
  /** Per-call time limit in ms for every function (context.time_limit_in_ms), overriding the configured ones. */
  timeoutMs?: number;
  /** The deployment file whose `functions[].timeout` sets each function's limit (default: the repo's cloudbaserc.json; 3 s if unlisted). */
  functionConfig?: string;
  /** Extra process.env entries for every instance (e.g. FUNCTION_LOG: 'off'). */
  instanceEnv?: Record<string, string>;
  /** Where the dev clock's offset persists (GET/POST /dev/clock); in memory only when absent. */
  clockFile?: string;
  /** Where request log lines go; default one JSON line on stdout; false silences them. */
  log?: false | ((line: HostLogLine) => void);
}

export interface Host {
  url: string;
  port: number;
  /** Call a function as `caller` the way the HTTP route does (identity from `caller` only). */
  invoke(name: string, event: unknown, caller: { openid?: string; clientIp?: string; trigger?: 'timer' }): Promise<unknown>;
  /** The dev clock every call runs on (real time plus an offset). */
  clock: import('./clock').DevClock;
  close(): Promise<void>;
}
