/**
 * Starts a local database gateway (in memory, or on a data directory) on an ephemeral 127.0.0.1 port and
 * hands back the real @cloudbase/node-sdk pointed at it. TENCENTCLOUD=true keeps the SDK from probing
 * the cloud metadata service during init, so nothing leaves the machine.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tcb from '@cloudbase/node-sdk';
import { createGateway, type CollectionSpec, type Gateway } from '../../local/gateway';
import { COLLECTIONS } from '../../shared/db/collections';

process.env.TENCENTCLOUD = 'true';

export type TcbApp = ReturnType<typeof tcb.init>;
export type TcbDb = ReturnType<TcbApp['database']>;

export interface TestGateway {
  gateway: Gateway;
  url: string;
  app: TcbApp;
  db: TcbDb;
  close(): Promise<void>;
}

export interface TestGatewayOptions {
  /** Default null (in memory). */
  dataDir?: string | null;
  /** Default: COLLECTIONS from shared/db/collections. */
  collections?: Record<string, CollectionSpec>;
  transactionTimeoutMs?: number;
}

export async function startTestGateway(opts: TestGatewayOptions = {}): Promise<TestGateway> {
  process.env.TENCENTCLOUD = 'true';
  const gateway = await createGateway({
    dataDir: opts.dataDir ?? null,
    collections: opts.collections ?? COLLECTIONS,
    host: '127.0.0.1',
    port: 0,
    transactionTimeoutMs: opts.transactionTimeoutMs,
  });
  const app = sdkApp(gateway.url);
  return { gateway, url: gateway.url, app, db: app.database(), close: () => gateway.close() };
}

/** An initialized SDK app talking to the gateway at `url`. */
export function sdkApp(url: string): TcbApp {
  process.env.TENCENTCLOUD = 'true';
  return tcb.init({ env: 'local', serviceUrl: url, secretId: 'local', secretKey: 'local' });
}

export async function makeTempDir(prefix = 'gateway-test-'): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Raw POST to the gateway (for what the SDK never sends: malformed JSON, oversize bodies, ...). */
export async function rawPost(url: string, body: string | Buffer, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, json };
}
