/**
 * The identity function (and later ones) run in-process, unchanged, against a fresh local gateway through the
 * real @cloudbase/node-sdk. The call context is built exactly as the local host builds it.
 */
import tcb from '@cloudbase/node-sdk';
import { createGateway } from '../../local/gateway';
import { COLLECTIONS } from '../../shared/db/collections';
import { buildCallContext, instanceEnv, LOCAL_ENV_ID } from '../../local/host/context';
import type { Envelope } from '../../shared/contracts';
import { OpenDataStore, type ChatKind } from '../../local/host/open-data';

export const ADMIN = 'test-admin-0001';

export interface Cloud {
  gatewayUrl: string;
  /** A direct database handle for arranging and inspecting data. */
  db: ReturnType<ReturnType<typeof tcb.init>['database']>;
  /**
   * Top-level cloudID markers in `extraEvent` (`{ openData: { $cloudID: id } }`) are resolved by the local host's
   * open-data path before `main`, on this harness's clock; a top-level `openData` that is not a marker is removed.
   */
  call<T = any>(fn: string, action: string, input: unknown, openid?: string, extraEvent?: Record<string, unknown>): Promise<Envelope<T>>;
  /** What wx.getGroupEnterInfo gives `openid` opened from a card in the simulated chat `chat`: a cloudID (5 minutes). */
  openFromGroup(openid: string, chat: string, opts?: { kind?: ChatKind }): string;
  close(): Promise<void>;
  /** The dev clock's offset (ms) sent with every call, as the local host does. */
  clockOffsetMs: number;
  /** The WeChat open-API calls recorded by the gateway. */
  outbox(): Promise<{ apiName: string; requestData: any; at: Date }[]>;
}

type Main = (event: unknown, context: unknown) => Promise<Envelope<unknown>>;
const mains: Record<string, () => Promise<Main>> = {
  identity: async () => (await import('../../cloudfunctions/identity')).main as Main,
  eligibility: async () => (await import('../../cloudfunctions/eligibility')).main as Main,
  applications: async () => (await import('../../cloudfunctions/applications')).main as Main,
  announcements: async () => (await import('../../cloudfunctions/announcements')).main as Main,
  briefings: async () => (await import('../../cloudfunctions/briefings')).main as Main,
  groups: async () => (await import('../../cloudfunctions/groups')).main as Main,
};

export async function startCloud(): Promise<Cloud> {
  const gw = await createGateway({ dataDir: null, collections: COLLECTIONS, host: '127.0.0.1', port: 0 });
  Object.assign(process.env, instanceEnv(gw.url, gw.credentials, { ADMIN_OPENIDS: ADMIN, FUNCTION_LOG: 'off' }));
  const db = tcb.init({ env: LOCAL_ENV_ID, serviceUrl: gw.url, ...gw.credentials }).database();
  const openData = new OpenDataStore();
  const now = () => new Date(Date.now() + cloud.clockOffsetMs);
  const cloud: Cloud = {
    clockOffsetMs: 0,
    gatewayUrl: gw.url,
    db,
    async call(fn, action, input, openid, extraEvent = {}) {
      const main = await mains[fn]();
      const event = openData.resolveOpenData({ ...extraEvent, action, input }, openid, now());
      return (await main(event, buildCallContext(fn, { openid, clockOffsetMs: cloud.clockOffsetMs }))) as never;
    },
    openFromGroup: (openid, chat, opts = {}) => openData.issueGroupEnter({ openid, chat, kind: opts.kind, now: now() }),
    close: () => gw.close(),
    outbox: () => gw.outbox() as never,
  };
  return cloud;
}

/** Unwrap a successful envelope or fail the test with the error it carried. */
export function ok<T>(env: Envelope<T>): T {
  if (!env.ok) throw new Error(`expected ok, got ${env.code}: ${env.message}`);
  return env.data;
}
