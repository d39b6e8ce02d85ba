import type { Handler } from '../../kit/dispatch';

interface InboxDoc {
  _id: string;
  openid: string;
  at: string;
  template: string;
  title: string;
  data: Record<string, string>;
  applicationId?: string;
  announcementId?: string;
  briefingId?: string;
  read: boolean;
}

export const listInbox: Handler<'applications', 'inbox.list'> = async (input, { actor, db }) => {
  const coll = db.collection('inbox');
  const where: Record<string, unknown> = { openid: actor.openid };
  if (input.unreadOnly) where.read = false;
  const [count, unread, res] = await Promise.all([
    coll.where(where).count(),
    coll.where({ openid: actor.openid, read: false }).count(),
    coll.where(where).orderBy('at', 'desc').skip((input.page - 1) * input.pageSize).limit(input.pageSize).get(),
  ]);
  const items = (res.data as InboxDoc[]).map((d) => ({
    id: d._id,
    at: d.at,
    template: d.template,
    title: d.title,
    data: d.data,
    ...(d.applicationId ? { applicationId: d.applicationId } : {}),
    ...(d.announcementId ? { announcementId: d.announcementId } : {}),
    ...(d.briefingId ? { briefingId: d.briefingId } : {}),
    read: d.read,
  }));
  return { items, total: count.total, unread: unread.total };
};

/** Mark the caller's own messages read (others' ids simply match nothing). */
export const readInbox: Handler<'applications', 'inbox.read'> = async (input, { actor, db }) => {
  const _ = db.command;
  if (!input.all && !input.ids?.length) return { updated: 0 };
  const where: Record<string, unknown> = { openid: actor.openid, read: false };
  if (!input.all) where._id = _.in(input.ids!);
  const res = await db.collection('inbox').where(where).update({ read: true });
  return { updated: res.updated ?? 0 };
};
