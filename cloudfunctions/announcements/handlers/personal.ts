import {
  feedCondition,
  isUnread,
  quotaId,
  quotaViews,
  readId,
  readMark,
  recordAnswer,
  subscribeAsk,
  SUBSCRIBE_TEMPLATES,
  visibleAnnouncements,
  allOf,
  type QuotaDoc,
  type ReadMark,
  type SubscribeTemplateKey,
} from '../../../shared/announcements';
import type { Database } from '../../kit/cloud';
import type { Handler } from '../../kit/dispatch';
import { putDoc } from '../../kit/docs';
import { toWhere } from '../../kit/where';
import { viewerOf } from '../store';

/** WeChat template ids per template key, from SUBSCRIBE_TEMPLATES (JSON); locally the key itself. */
export function wxTemplateId(key: SubscribeTemplateKey): string {
  try {
    const map = JSON.parse(process.env.SUBSCRIBE_TEMPLATES ?? '{}') as Record<string, string>;
    return map[key] ?? key;
  } catch {
    return key;
  }
}

async function quotasOf(db: Database, openid: string): Promise<QuotaDoc[]> {
  return (await db.collection('subscription_quotas').where({ openid }).limit(20).get()).data as QuotaDoc[];
}

export const markRead: Handler<'announcements', 'read'> = async (input, ctx) => {
  const { db, now, actor } = ctx;
  const _ = db.command;
  const viewer = await viewerOf(db, actor);
  const cond = input.ids ? toWhere(db, allOf<string>([visibleAnnouncements(viewer, now), { key: '_id', in: input.ids }])) : toWhere(db, feedCondition(viewer, now));
  const anns = (await db.collection('announcements').where(cond).field({ _id: true, notifyVersion: true }).limit(200).get()).data as { _id: string; notifyVersion: number }[];
  const reads = anns.length
    ? ((await db.collection('announcement_reads').where({ _id: _.in(anns.map((a) => readId(a._id, actor.openid))) }).limit(1000).get()).data as ReadMark[])
    : [];
  const by = new Map(reads.map((r) => [r.announcementId, r]));
  const todo = anns.filter((a) => isUnread(a, by.get(a._id)));
  for (const a of todo) await putDoc(db, 'announcement_reads', { _id: readId(a._id, actor.openid), ...readMark({ id: a._id, notifyVersion: a.notifyVersion }, actor.openid, now) });
  const live = (await db.collection('announcements').where(toWhere(db, feedCondition(viewer, now))).field({ _id: true, notifyVersion: true }).limit(200).get()).data as {
    _id: string;
    notifyVersion: number;
  }[];
  const after = live.length
    ? ((await db.collection('announcement_reads').where({ _id: _.in(live.map((a) => readId(a._id, actor.openid))) }).limit(1000).get()).data as ReadMark[])
    : [];
  const afterBy = new Map(after.map((r) => [r.announcementId, r]));
  return { updated: todo.length, unread: live.filter((a) => isUnread(a, afterBy.get(a._id))).length };
};

export const askSubscriptions: Handler<'announcements', 'subscriptions.ask'> = async (input, ctx) => {
  const ask = subscribeAsk(input.moment, await quotasOf(ctx.db, ctx.actor.openid));
  return { kind: ask.kind, templates: ask.templates.map((key) => ({ key, title: SUBSCRIBE_TEMPLATES[key].title, templateId: wxTemplateId(key) })) };
};

export const recordSubscriptions: Handler<'announcements', 'subscriptions.record'> = async (input, ctx) => {
  const { db, actor, now } = ctx;
  const quotas = await quotasOf(db, actor.openid);
  for (const a of input.answers) {
    const doc = quotas.find((q) => q.template === a.template) ?? null;
    const next = recordAnswer(doc, actor.openid, a.template, a.answer, now);
    await putDoc(db, 'subscription_quotas', { _id: quotaId(actor.openid, a.template), ...next });
  }
  return { quotas: quotaViews(await quotasOf(db, actor.openid)) };
};

export const quota: Handler<'announcements', 'subscriptions.quota'> = async (_input, ctx) => ({ quotas: quotaViews(await quotasOf(ctx.db, ctx.actor.openid)) });
