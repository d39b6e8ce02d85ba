import { AppError } from '../../shared/errors/app-error';
import type { Actor } from '../../shared/auth/roles';
import type { Announcement, AnnouncementEffect, AnnouncementKeys, ContentCheckEffect, Recipient } from '../../shared/announcements';
import { ANNOUNCEMENT_TEMPLATES, announcementKeys, cancelFanout, fanoutJobId, newFanoutJob, restartFanout, type FanoutJob } from '../../shared/announcements';
import type { Database } from '../kit/cloud';
import { cloud } from '../kit/cloud';
import { auditDocOf } from '../kit/audit';
import { putDoc, readDoc } from '../kit/docs';
import { newId } from '../kit/ids';
import { freshProfiles } from '../kit/recipients';
import type { Tx } from '../kit/transaction';
import { resolveRecipient } from '../applications/effects';

/** How an announcement is stored: the domain's Announcement, `_id` = id, and `announcementKeys` at the top level. */
export type AnnDoc = Omit<Announcement, 'id'> & Omit<AnnouncementKeys, 'status'> & { _id: string };

const KEY_FIELDS = Object.keys(
  announcementKeys({
    id: 'x',
    publisher: { role: 'city_officer', scope: { kind: 'city' }, name: '', district: null },
    status: 'draft',
    content: { title: '', category: 'other', body: [], attachments: [], target: {}, publishAt: null, expiresAt: null, pinned: false },
    version: 1,
    edition: 0,
    notifyVersion: 0,
    history: [],
    createdBy: { openid: '', role: 'city_officer' },
    createdAt: '',
    updatedAt: '',
  }),
).filter((k) => k !== 'status');

export function toDoc(a: Announcement): Omit<AnnDoc, '_id'> {
  const { id: _id, ...body } = a;
  void _id;
  return { ...body, ...announcementKeys(a), status: a.status };
}

export function fromDoc(doc: AnnDoc): Announcement {
  const out = { ...doc, id: doc._id } as Record<string, unknown>;
  delete out._id;
  for (const k of KEY_FIELDS) delete out[k];
  return out as unknown as Announcement;
}

export async function loadAnn(src: Pick<Database, 'collection'>, id: string): Promise<Announcement | null> {
  const doc = await readDoc<AnnDoc>(src, 'announcements', id);
  return doc ? fromDoc(doc) : null;
}

export function notFound(): AppError {
  return new AppError('NOT_FOUND', '这条公告不存在或您无权查看');
}

/** The caller as targeting sees them, built fresh (the visibility rule needs the person, not only the actor). */
export async function viewerOf(db: Database, actor: Actor): Promise<Recipient> {
  if (!actor.openid) return { openid: '', grants: [], districts: [], industries: [], employerOrgIds: [], bodyOrgIds: [], latestCheck: [] };
  const stored = await readDoc<{ latestCheck?: Recipient['latestCheck'] }>(db, 'recipients', actor.openid);
  const checks = stored?.latestCheck ? new Map([[actor.openid, stored.latestCheck]]) : undefined;
  const [p] = await freshProfiles(db, [actor.openid], checks);
  // The actor's own grants (admins from the environment included) are the authority.
  return { ...p, grants: actor.grants };
}

/** A refusal of the pure machine as the error envelope. */
export function refused(r: { code: string; message: string; issues?: { path: string; message: string }[] }): AppError {
  return new AppError(r.code as never, r.message, r.issues);
}

// ---------------------------------------------------------------- content check (effects first)

export type ContentChecker = (text: string, openid: string) => Promise<boolean>;

/** WeChat msg_sec_check (v2); anything but a pass is a refusal. Replaceable in-process by tests. */
export const checker: { check: ContentChecker } = {
  async check(text, openid) {
    const r = (await cloud().callWxOpenApi({ apiName: '/wxa/msg_sec_check', requestData: { content: text, version: 2, scene: 2, openid } })) as {
      result?: { errcode?: number; result?: { suggest?: string } };
    };
    return r?.result?.errcode === 0 && r?.result?.result?.suggest === 'pass';
  },
};

/** Run every content_check effect; on the first failure nothing has been written and nothing will be. */
export async function runContentChecks(effects: readonly AnnouncementEffect[]): Promise<void> {
  for (const e of effects.filter((x): x is ContentCheckEffect => x.kind === 'content_check')) {
    for (const chunk of e.chunks) {
      if (!(await checker.check(chunk, e.openid))) {
        throw new AppError('VALIDATION', '公告内容未通过安全检查，请修改后再发布', [{ path: e.path, message: '内容含有不适宜发布的信息' }]);
      }
    }
  }
}

// ---------------------------------------------------------------- the writes (inside the transaction)

/**
 * The writes of a transition, in one transaction: the announcement (compare-and-set on the version read),
 * audit entries, fan-out jobs (created, or restarted when widened), cancellation, direct messages.
 * Returns the fan-out jobs to run now.
 */
export async function writeAnnouncement(
  tx: Tx,
  db: Database,
  before: Announcement | null,
  next: Announcement,
  effects: readonly AnnouncementEffect[],
  meta: { requestId: string; now: Date },
): Promise<string[]> {
  const current = await readDoc<AnnDoc>(tx, 'announcements', next.id);
  if ((current?.version ?? null) !== (before?.version ?? null)) throw new AppError('CONFLICT', '这条公告已被他人修改，请刷新后重试');
  if (!before && current) throw new AppError('CONFLICT', '这条公告已存在');
  await tx.collection('announcements').doc(next.id).set(toDoc(next));
  const at = meta.now.toISOString();
  const jobs: string[] = [];
  for (const e of effects) {
    if (e.kind === 'audit') {
      await putDoc(tx, 'audit', auditDocOf(e, meta.requestId));
    } else if (e.kind === 'fanout') {
      const id = fanoutJobId(e.announcementId, e.version);
      const existing = await readDoc<FanoutJob & { _id: string }>(tx, 'fanout_jobs', id);
      const job = existing ? restartFanout({ ...existing, id }, meta.now) : newFanoutJob(e, meta.now);
      const { id: _id, ...body } = job;
      void _id;
      await tx.collection('fanout_jobs').doc(id).set({ ...body, notBefore: e.notBefore });
      jobs.push(id);
    } else if (e.kind === 'fanout_cancel') {
      for (let v = 1; v <= next.edition; v++) {
        const id = fanoutJobId(e.announcementId, v);
        const job = await readDoc<FanoutJob & { _id: string }>(tx, 'fanout_jobs', id);
        if (job && !job.done) {
          const { id: _i, ...body } = cancelFanout({ ...job, id }, meta.now);
          void _i;
          await tx.collection('fanout_jobs').doc(id).set(body);
        }
      }
    } else if (e.kind === 'notify') {
      for (const openid of await resolveRecipient(db, e.to)) {
        await putDoc(tx, 'inbox', { _id: newId(), openid, at, template: e.template, title: ANNOUNCEMENT_TEMPLATES[e.template].title, data: e.data, announcementId: e.announcementId, read: false });
        await putDoc(tx, 'outbox', {
          _id: newId(),
          kind: 'announcement',
          touser: openid,
          template: e.template,
          data: e.data,
          announcementId: e.announcementId,
          status: 'pending',
          attempts: 0,
          nextAttemptAt: at,
          createdAt: at,
        });
      }
    }
  }
  return jobs;
}

/** After a withdrawal: queued messages of the announcement are not sent (bounded; the rest by the next call). */
export async function cancelQueued(db: Database, announcementId: string): Promise<void> {
  await db.collection('outbox').where({ announcementId, kind: 'announcement', status: 'pending' }).update({ status: 'skipped', lastError: 'withdrawn' });
  await db.collection('announcement_deliveries').where({ announcementId, status: 'queued' }).update({ status: 'cancelled' });
}

/** Organization names for target summaries and publishers. */
export async function orgNames(db: Database, ids: readonly string[]): Promise<Record<string, string>> {
  if (!ids.length) return {};
  const _ = db.command;
  const res = await db.collection('organizations').where({ _id: _.in([...new Set(ids)].slice(0, 100)) }).field({ _id: true, name: true }).limit(100).get();
  return Object.fromEntries((res.data as { _id: string; name: string }[]).map((o) => [o._id, o.name]));
}

export function targetOrgIds(a: Announcement): string[] {
  return [...(a.content.target.employers ?? []), ...(a.content.target.bodies ?? [])];
}

/** Temporary download URLs of the attachments (only called for those who may open them). */
export async function attachmentUrls(a: Announcement): Promise<Record<string, string>> {
  if (!a.content.attachments.length) return {};
  try {
    const r = (await cloud().getTempFileURL({ fileList: a.content.attachments.map((f) => ({ fileID: f.fileID, maxAge: 600 })) })) as {
      fileList?: { fileID: string; tempFileURL?: string; code?: string }[];
    };
    return Object.fromEntries((r.fileList ?? []).filter((f) => f.tempFileURL && (!f.code || f.code === 'SUCCESS')).map((f) => [f.fileID, f.tempFileURL!]));
  } catch {
    return {};
  }
}
