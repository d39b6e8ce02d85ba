/**
 * WeChat open-API calls (subscribe messages, content checks, ...) are not sent anywhere locally: each
 * one is recorded in the `_openapi_outbox` datastore (same dataDir as the collections) and answered with
 * a success response shaped like WeChat's.
 */
import type Datastore from '@seald-io/nedb';
import { randomBytes } from 'node:crypto';
import { CollectionStore } from './storage/collection-store';
import { FileSyncer } from './storage/file-sync';
import type { OpenApiCall } from './types';
import path from 'node:path';

export const OUTBOX_NAME = '_openapi_outbox';

interface StoredCall {
  _id: string;
  seq: number;
  action: string;
  apiName: string;
  /** Kept as a string: nedb cannot store arbitrary keys (`$…`, dotted). */
  requestText: string;
  at: Date;
}

export class OpenApiOutbox {
  private seq: number;

  private constructor(
    private readonly ds: Datastore<Record<string, unknown>>,
    private readonly syncer: FileSyncer | null,
  ) {
    this.seq = Math.max(0, ...ds.getAllData().map((d) => Number(d.seq) || 0));
  }

  static async open(dataDir: string | null): Promise<OpenApiOutbox> {
    const ds = await CollectionStore.openInternal(dataDir, OUTBOX_NAME);
    return new OpenApiOutbox(ds, dataDir ? new FileSyncer(path.join(dataDir, `${OUTBOX_NAME}.db`)) : null);
  }

  async record(action: string, apiName: string, requestText: string): Promise<void> {
    const call: StoredCall = { _id: randomBytes(12).toString('hex'), seq: ++this.seq, action, apiName, requestText, at: new Date() };
    await this.ds.insertAsync(call as unknown as Record<string, unknown>);
    await this.syncer?.sync();
  }

  async list(): Promise<OpenApiCall[]> {
    const rows = (this.ds.getAllData() as unknown as StoredCall[]).slice().sort((a, b) => a.seq - b.seq);
    return rows.map((r) => ({ id: r._id, action: r.action, apiName: r.apiName, requestData: parseMaybeJson(r.requestText), at: new Date(r.at) }));
  }
}

function parseMaybeJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** What WeChat answers for a successful call of `apiName`. */
export function fakeWxResponse(apiName: string): Record<string, unknown> {
  const traceId = randomBytes(8).toString('hex');
  if (/msg_sec_check/.test(apiName)) {
    return {
      errcode: 0,
      errmsg: 'ok',
      result: { suggest: 'pass', label: 100 },
      detail: [{ strategy: 'content_model', errcode: 0, suggest: 'pass', label: 100, prob: 90 }],
      trace_id: traceId,
    };
  }
  if (/media_check_async/.test(apiName)) return { errcode: 0, errmsg: 'ok', trace_id: traceId };
  if (/subscribe\/send|subscribeMessage\.send/i.test(apiName)) return { errcode: 0, errmsg: 'ok', msgid: Date.now() };
  // updatableMessage.createActivityId: a fresh id that expires in 24 h, as WeChat's default.
  if (/activityid\/create|createActivityId/i.test(apiName))
    return { errcode: 0, errmsg: 'ok', activity_id: `local_${randomBytes(12).toString('hex')}`, expiration_time: Math.floor(Date.now() / 1000) + 86_400 };
  return { errcode: 0, errmsg: 'ok' };
}
