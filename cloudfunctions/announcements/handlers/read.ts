import { AppError } from '../../../shared/errors/app-error';
import {
  allOf,
  anyOf,
  canSeeAnnouncement,
  compareFeed,
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

/** The newest announcements that reach a person, read once per feed call: the unread count and (usually) the page come from them. */
const LIVE_WINDOW = 200;

type LiveKey = { _id: string; notifyVersion: number; pinned: boolean; publishAt: string };

/**
 * The feed in one scan of the announcements: the newest LIVE_WINDOW that reach the caller (in FEED_ORDER, only
 * the keys), their read marks in one query, the unread count over them, and the page taken from them after the
 * cursor; only a page beyond that window (a deep cursor) is queried on its own. Then the page's documents by id.
 */
export const feed: Handler<'announcements', 'feed'> = async (input, ctx) => {
  const { db, now, actor } = ctx;
  const _ = db.command;
  const viewer = await viewerOf(db, actor);
  const base: object[] = [toWhere(db, feedCondition(viewer, now))];
  if (input.category) base.push({ 'content.category': input.category });
  if (input.keyword) base.push({ 'content.title': db.RegExp({ regexp: escapeRegExp(input.keyword), options: 'i' }) });
  const coll = db.collection('announcements');
  const ordered = (where: object[]) => {
    let q = coll.where(_.and(where as never));
    for (const o of FEED_ORDER) q = q.orderBy(o.key, o.direction);
    return q;
  };
  const live = (await ordered(base).limit(LIVE_WINDOW).field({ _id: true, notifyVersion: true, pinned: true, publishAt: true }).get()).data as LiveKey[];
  const reads = live.length
    ? ((await db.collection('announcement_reads').where({ _id: _.in(live.map((a) => readId(a._id, actor.openid))) }).limit(1000).get()).data as ReadMark[])
    : [];
  const byId = new Map(reads.map((r) => [r.announcementId, r]));
  const key = (a: LiveKey) => ({ pinned: a.pinned, publishAt: a.publishAt, id: a._id });
  const after = input.after;
  let rest = after ? live.filter((a) => compareFeed(key(a), after) > 0) : live;
  if (input.unreadOnly) rest = rest.filter((a) => isUnread(a, byId.get(a._id)));
  const want = input.pageSize + 1;
  let ids: string[];
  if (input.unreadOnly || rest.length >= want || live.length < LIVE_WINDOW) {
    ids = rest.slice(0, want).map((a) => a._id);
  } else {
    // The cursor is past the window: this page on its own (keyset after the cursor), and its read marks.
    const page = (await ordered([...base, toWhere(db, feedAfter(after!))]).limit(want).field({ _id: true }).get()).data as { _id: string }[];
    ids = page.map((a) => a._id);
    const missing = ids.filter((id) => !byId.has(id));
    if (missing.length) {
      const more = (await db.collection('announcement_reads').where({ _id: _.in(missing.map((id) => readId(id, actor.openid))) }).limit(1000).get()).data as ReadMark[];
      for (const r of more) byId.set(r.announcementId, r);
    }
  }
  const docs = ids.length ? ((await coll.where({ _id: _.in(ids) }).limit(ids.length).get()).data as AnnDoc[]) : [];
  const docById = new Map(docs.map((d) => [d._id, d]));
  const anns = ids.flatMap((id) => (docById.has(id) ? [fromDoc(docById.get(id)!)] : []));
  let items = anns.map((a) => feedItem(a, byId.get(a.id), now));
  const more = items.length > input.pageSize;
  items = items.slice(0, input.pageSize);
  const last = items[items.length - 1];
  return {
    items,
    next: more && last ? { pinned: last.pinned, publishAt: last.publishAt, id: last.id } : null,
    unread: live.filter((a) => isUnread(a, byId.get(a._id))).length,
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
