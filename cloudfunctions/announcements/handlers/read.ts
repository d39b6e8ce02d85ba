import { AppError } from '../../../shared/contracts/errors';
import {
  allOf,
  anyOf,
  canSeeAnnouncement,
  displayStatus,
  FEED_ORDER,
  feedAfter,
  feedCondition,
  feedItem,
  holdsPublisher,
  isUnread,
  overseenCondition,
  publishedByCondition,
  publisherListItem,
  reachProblem,
  readId,
  readMark,
  seesHistory,
  targetSummary,
  visibleAnnouncements,
  type Announcement,
  type ReadMark,
} from '../../../shared/announcements';
import type { Database } from '../../kit/cloud';
import type { Handler } from '../../kit/dispatch';
import { putDoc, readDoc } from '../../kit/docs';
import { toWhere } from '../../kit/where';
import { countReach, detailOf } from '../act';
import { fromDoc, loadAnn, notFound, orgNames, viewerOf, type AnnDoc } from '../store';
import { countsFor } from './receipts';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const getAnnouncement: Handler<'announcements', 'get'> = async (input, ctx) => {
  const a = await loadAnn(ctx.db, input.id);
  if (!a) throw notFound();
  const viewer = await viewerOf(ctx.db, ctx.actor);
  if (!canSeeAnnouncement(viewer, a, ctx.now)) throw notFound();
  const mark = await readDoc<ReadMark>(ctx.db, 'announcement_reads', readId(a.id, ctx.actor.openid));
  const detail = await detailOf(ctx, a, mark);
  // Opening it marks it read (the audience only; a notice told again is unread again).
  if (!seesHistory(a, ctx.actor) && displayStatus(a, ctx.now) === 'published' && isUnread(a, mark)) {
    await putDoc(ctx.db, 'announcement_reads', { _id: readId(a.id, ctx.actor.openid), ...readMark(a, ctx.actor.openid, ctx.now) });
  }
  return detail;
};

/** Unread among what reaches the person now (bounded: the 200 newest). */
async function unreadCount(db: Database, ids: { _id: string; notifyVersion: number }[], openid: string): Promise<number> {
  if (!ids.length) return 0;
  const _ = db.command;
  const reads = await db
    .collection('announcement_reads')
    .where({ _id: _.in(ids.map((a) => readId(a._id, openid))) })
    .field({ announcementId: true, version: true })
    .limit(1000)
    .get();
  const by = new Map((reads.data as ReadMark[]).map((r) => [r.announcementId, r]));
  return ids.filter((a) => isUnread(a, by.get(a._id))).length;
}

export const feed: Handler<'announcements', 'feed'> = async (input, ctx) => {
  const { db, now, actor } = ctx;
  const _ = db.command;
  const viewer = await viewerOf(db, actor);
  const base: object[] = [toWhere(db, feedCondition(viewer, now))];
  if (input.category) base.push({ 'content.category': input.category });
  if (input.keyword) base.push({ 'content.title': db.RegExp({ regexp: escapeRegExp(input.keyword), options: 'i' }) });
  const where = [...base];
  if (input.after) where.push(toWhere(db, feedAfter(input.after)));
  let q = db.collection('announcements').where(_.and(where as never));
  for (const o of FEED_ORDER) q = q.orderBy(o.key, o.direction);
  const fetch = input.unreadOnly ? 200 : input.pageSize + 1;
  const docs = (await q.limit(fetch).get()).data as AnnDoc[];
  const anns = docs.map(fromDoc);
  const reads = anns.length
    ? ((await db.collection('announcement_reads').where({ _id: _.in(anns.map((a) => readId(a.id, actor.openid))) }).limit(1000).get()).data as ReadMark[])
    : [];
  const byId = new Map(reads.map((r) => [r.announcementId, r]));
  let items = anns.map((a) => feedItem(a, byId.get(a.id), now));
  if (input.unreadOnly) items = items.filter((i) => i.unread);
  const more = items.length > input.pageSize;
  items = items.slice(0, input.pageSize);
  const last = items[items.length - 1];
  const live = (await db.collection('announcements').where(_.and(base as never)).field({ _id: true, notifyVersion: true }).limit(200).get()).data as {
    _id: string;
    notifyVersion: number;
  }[];
  return {
    items,
    next: more && last ? { pinned: last.pinned, publishAt: last.publishAt, id: last.id } : null,
    unread: await unreadCount(db, live, actor.openid),
  };
};

function statusWhere(db: Database, status: string, at: string): object {
  const _ = db.command;
  switch (status) {
    case 'draft':
    case 'withdrawn':
      return { status };
    case 'scheduled':
      return { status: 'published', publishAt: _.gt(at) };
    case 'expired':
      return { status: 'published', expiresAt: _.lte(at) };
    default:
      return { status: 'published', publishAt: _.lte(at), expiresAt: _.gt(at) };
  }
}

export const list: Handler<'announcements', 'list'> = async (input, ctx) => {
  const { db, now, actor } = ctx;
  const _ = db.command;
  const mine = publishedByCondition(actor);
  const over = input.overseen ? overseenCondition(actor) : null;
  const scope = [mine, over].filter((c): c is NonNullable<typeof c> => c !== null);
  if (!scope.length) throw new AppError('FORBIDDEN', '只有发布单位（人社部门、推荐单位、单位人事）可以查看发布列表');
  const viewer = await viewerOf(db, actor);
  const where: object[] = [toWhere(db, allOf([visibleAnnouncements(viewer, now), anyOf(scope)]))];
  if (input.status) where.push(statusWhere(db, input.status, now.toISOString()));
  if (input.category) where.push({ 'content.category': input.category });
  if (input.keyword) where.push({ 'content.title': db.RegExp({ regexp: escapeRegExp(input.keyword), options: 'i' }) });
  const coll = db.collection('announcements');
  const w = _.and(where as never);
  const [count, res] = await Promise.all([
    coll.where(w).count(),
    coll.where(w).orderBy('updatedAt', 'desc').skip((input.page - 1) * input.pageSize).limit(input.pageSize).get(),
  ]);
  const anns = (res.data as AnnDoc[]).map(fromDoc);
  const counts = await countsFor(db, anns);
  const names = await orgNames(db, anns.flatMap((a) => [...(a.content.target.employers ?? []), ...(a.content.target.bodies ?? [])]));
  return { items: anns.map((a: Announcement) => publisherListItem(a, now, counts.get(a.id), names)), total: count.total };
};

export const reach: Handler<'announcements', 'reach'> = async (input, ctx) => {
  const { db, actor } = ctx;
  if (!holdsPublisher(actor, input.publisher)) throw new AppError('FORBIDDEN', '您不能以这个身份发布公告');
  const names = await orgNames(db, [...(input.target.employers ?? []), ...(input.target.bodies ?? [])]);
  const summary = targetSummary(input.target, names);
  const problem = reachProblem(input.publisher, input.target);
  if (problem) return { count: 0, summary, problem };
  const count = await countReach(db, input.target, actor.openid);
  return { count, summary, ...(count === 0 ? { problem: '发布范围内目前没有人，请放宽发布范围' } : {}) };
};
