/**
 * A local CloudBase for host tests: a gateway on a temp data folder and the function host, both on
 * ephemeral loopback ports, plus small HTTP helpers. Functions come from the fixtures folder by default;
 * `bundleFunctions` builds real ones from cloudfunctions/ into a temp folder (so a test never depends on
 * what happens to be in cloudfunctions/dist).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are inspected loosely in tests */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFunctions } from '../../cloudfunctions/build';
import { createGateway, type GatewayCredentials } from '../../local/gateway';
import { createHost, type Host, type HostOptions } from '../../local/host';
import { COLLECTIONS } from '../../shared/db/collections';

export const FIXTURE_FUNCTIONS = join(__dirname, '..', 'fixtures', 'functions');

export interface HostStack {
  host: Host;
  url: string;
  gatewayUrl: string;
  /** What a direct SDK client of the stack's gateway signs with (gatewayDatabase(gatewayUrl, gatewayCredentials)). */
  gatewayCredentials: GatewayCredentials;
  dataDir: string;
  outbox(): Promise<unknown[]>;
  close(): Promise<void>;
}

export async function startHostStack(opts: Partial<HostOptions> = {}): Promise<HostStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'zct-host-'));
  const gateway = await createGateway({
    dataDir: join(dataDir, 'db'),
    collections: COLLECTIONS,
    host: '127.0.0.1',
    port: 0,
  });
  const outbox = async () => gateway.outbox() as unknown as unknown[];
  let host: Host;
  try {
    host = await createHost({
      gatewayUrl: gateway.url,
      gatewayCredentials: gateway.credentials,
      functionsDir: FIXTURE_FUNCTIONS,
      adminOpenids: ['test-admin-0001'],
      sessionsFile: join(dataDir, 'sessions.json'),
      outbox,
      instanceEnv: { FUNCTION_LOG: 'off' },
      log: false,
      ...opts,
    });
  } catch (err) {
    await gateway.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  return {
    host,
    url: host.url,
    gatewayUrl: gateway.url,
    gatewayCredentials: gateway.credentials,
    dataDir,
    outbox,
    async close() {
      await host.close();
      await gateway.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Bundle cloudfunctions/<name>/index.ts into `<outDir>/<name>/index.js` the way build:functions does. */
export async function bundleFunctions(names: string[], outDir = mkdtempSync(join(tmpdir(), 'zct-fns-'))): Promise<string> {
  await buildFunctions({ names, outDir, minify: false });
  return outDir;
}

export interface HttpAnswer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export async function postJson<T = any>(url: string, body: unknown, token?: string, raw?: string): Promise<HttpAnswer<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: raw ?? JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

/** Call `POST /api/fn/:name` as the session of `token`. */
export function callFn<T = any>(
  url: string,
  name: string,
  action: string,
  input: unknown = {},
  token?: string,
  extra: Record<string, unknown> = {},
) {
  return postJson<T>(`${url}/api/fn/${name}`, { ...extra, action, input }, token);
}

export async function signIn(url: string, openid: string): Promise<string> {
  const r = await postJson<{ token: string }>(`${url}/dev/signin`, { openid });
  if (r.status !== 200) throw new Error(`sign-in as ${openid} failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.token;
}
