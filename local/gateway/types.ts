/** Public types of the local database gateway. */
import type { GatewayCredentials } from './credentials';
import type { StorageOptions } from './cloud-storage/options';

/**
 * Same shape as `shared/db/collections.ts` (Mongo index spec: 1 ascending, -1 descending). Keys may be
 * typed as optional-undefined because TypeScript infers unions for COLLECTIONS' index arrays; undefined
 * keys are ignored.
 */
export interface IndexSpec {
  readonly name: string;
  readonly keys: { readonly [field: string]: 1 | -1 | undefined };
  readonly unique?: boolean;
}
export interface CollectionSpec {
  readonly indexes: readonly IndexSpec[];
}

export interface GatewayOptions {
  /**
   * Directory holding one nedb datafile per collection and the gateway's credentials
   * (`gateway-credentials.json`); null keeps everything in memory.
   */
  dataDir: string | null;
  /** Collections created (with their indexes) at start; pass COLLECTIONS from shared/db/collections. */
  collections: Record<string, CollectionSpec>;
  /** Listen address: 127.0.0.1 (default) or another loopback address; anything else is refused. */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** An open transaction not committed within this time is aborted (default 60 s, as MongoDB). */
  transactionTimeoutMs?: number;
  /** Cloud storage limits (upload size caps, URL lifetimes); files live in `<dataDir>/storage/`. */
  storage?: StorageOptions;
}

/** One recorded `callWxOpenApi` / `callCompatibleWxOpenApi` call. */
export interface OpenApiCall {
  id: string;
  /** `wx.api` (app.callWxOpenApi) or `wx.openApi` (app.callCompatibleWxOpenApi). */
  action: string;
  apiName: string;
  /** The request data, JSON-parsed when it was JSON. */
  requestData: unknown;
  at: Date;
}

export interface Gateway {
  /** Base URL to pass as `serviceUrl` (or TCB_CONTEXT_CNFG.URL), e.g. http://127.0.0.1:40123/ */
  url: string;
  port: number;
  /**
   * What every request must be signed with: `tcb.init({ env, serviceUrl: url, ...credentials })`. Generated
   * on the first start on a data folder and kept in `credentialsFile`; random per instance in memory.
   */
  credentials: GatewayCredentials;
  /** `<dataDir>/gateway-credentials.json` (mode 0600), or null for an in-memory gateway. */
  credentialsFile: string | null;
  close(): Promise<void>;
  outbox(): Promise<OpenApiCall[]>;
}
