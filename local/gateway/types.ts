/** Public types of the local database gateway. */

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
  /** Directory holding one nedb datafile per collection; null keeps everything in memory. */
  dataDir: string | null;
  /** Collections created (with their indexes) at start; pass COLLECTIONS from shared/db/collections. */
  collections: Record<string, CollectionSpec>;
  /** Listen address; only 127.0.0.1 (default) or another loopback address makes sense. */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** An open transaction not committed within this time is aborted (default 60 s, as MongoDB). */
  transactionTimeoutMs?: number;
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
  close(): Promise<void>;
  outbox(): Promise<OpenApiCall[]>;
}
