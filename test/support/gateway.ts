/**
 * Starts a local database gateway (in memory, or on a data directory) on an ephemeral 127.0.0.1 port and
 * hands back the real @cloudbase/node-sdk pointed at it, with the gateway's own credentials. TENCENTCLOUD=true
 * keeps the SDK from probing the cloud metadata service during init, so nothing leaves the machine.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tcb from '@cloudbase/node-sdk';
import {
  createGateway,
  signRequest,
  type CollectionSpec,
  type Gateway,
  type GatewayCredentials,
  type StorageOptions,
} from '../../local/gateway';
import { COLLECTIONS } from '../../shared/db/collections';

process.env.TENCENTCLOUD = 'true';

export type TcbApp = ReturnType<typeof tcb.init>;
export type TcbDb = ReturnType<TcbApp['database']>;

export interface TestGateway {
  gateway: Gateway;
  url: string;
  credentials: GatewayCredentials;
  app: TcbApp;
  db: TcbDb;
  /** A raw POST signed with the gateway's credentials (for what the SDK never sends). */
  rawPost(body: string | Buffer, headers?: Record<string, string>): Promise<{ status: number; json: any }>;
  close(): Promise<void>;
}

export interface TestGatewayOptions {
  /** Default null (in memory). */
  dataDir?: string | null;
  /** Default: COLLECTIONS from shared/db/collections. */
  collections?: Record<string, CollectionSpec>;
  transactionTimeoutMs?: number;
  /** Cloud storage limits and clock (default: the gateway's defaults). */
  storage?: StorageOptions;
}

export async function startTestGateway(opts: TestGatewayOptions = {}): Promise<TestGateway> {
  process.env.TENCENTCLOUD = 'true';
  const gateway = await createGateway({
    dataDir: opts.dataDir ?? null,
    collections: opts.collections ?? COLLECTIONS,
    host: '127.0.0.1',
    port: 0,
    transactionTimeoutMs: opts.transactionTimeoutMs,
    storage: opts.storage,
  });
  const app = sdkApp(gateway.url, gateway.credentials);
  return {
    gateway,
    url: gateway.url,
    credentials: gateway.credentials,
    app,
    db: app.database(),
    rawPost: (body, headers) => rawPost(gateway.url, body, headers, gateway.credentials),
    close: () => gateway.close(),
  };
}

/** An initialized SDK app talking to the gateway at `url` with these credentials. */
export function sdkApp(url: string, credentials: GatewayCredentials): TcbApp {
  process.env.TENCENTCLOUD = 'true';
  return tcb.init({ env: 'local', serviceUrl: url, secretId: credentials.secretId, secretKey: credentials.secretKey });
}

export async function makeTempDir(prefix = 'gateway-test-'): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Raw POST to the gateway (for what the SDK never sends: malformed JSON, oversize bodies, ...), signed with
 * `credentials` when given (the signature covers the body as sent), unsigned otherwise.
 */
export async function rawPost(
  url: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
  credentials?: GatewayCredentials,
): Promise<{ status: number; json: any }> {
  const contentType = headers['content-type'] ?? 'application/json';
  const signature = credentials ? signRequest({ url, body, contentType, credentials }) : {};
  const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': contentType, ...signature, ...headers } });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, json };
}
