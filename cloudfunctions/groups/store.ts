import { AppError } from '../../shared/errors/app-error';
import { managesGroup, runsGroup } from '../../shared/groups/access';
import { bureauOf } from '../../shared/groups/binding';
import type { GroupView } from '../../shared/contracts/groups';
import type { GroupMemberDoc, LiaisonGroupDoc } from '../../shared/groups/model';
import type { Database } from '../kit/cloud';
import type { HandlerContext } from '../kit/dispatch';
import { readDoc } from '../kit/docs';

/** Loading a liaison group and the caller's standing in it: the one place handlers of both halves ask. */

export const memberId = (groupId: string, openid: string) => `${groupId}:${openid}`;

export async function loadGroup(db: Pick<Database, 'collection'>, id: string): Promise<LiaisonGroupDoc | null> {
  const g = await readDoc<LiaisonGroupDoc>(db, 'liaison_groups', id);
  return g ? { ...g, _id: id } : null;
}

export async function membershipOf(db: Database, groupId: string, openid: string): Promise<GroupMemberDoc | null> {
  if (!openid) return null;
  return readDoc<GroupMemberDoc>(db, 'group_members', memberId(groupId, openid));
}

/**
 * The group as the caller may see it: those who manage it, and its members (active or removed, so a removed HR
 * learns why). Anyone else gets NOT_FOUND: whether a group exists is not theirs to learn.
 */
export async function visibleGroup(ctx: HandlerContext, id: string): Promise<{ group: LiaisonGroupDoc; membership: GroupMemberDoc | null; manages: boolean }> {
  const group = await loadGroup(ctx.db, id);
  if (!group) throw new AppError('NOT_FOUND', '联络群不存在');
  const manages = managesGroup(ctx.actor, group);
  const membership = await membershipOf(ctx.db, id, ctx.actor.openid);
  if (!manages && !membership) throw new AppError('NOT_FOUND', '联络群不存在');
  return { group, membership, manages };
}

/** Only those who manage the group (its officers, its bureau, the city) — others learn nothing. */
export async function managedGroup(ctx: HandlerContext, id: string): Promise<LiaisonGroupDoc> {
  const { group, manages } = await visibleGroup(ctx, id);
  if (!manages) throw new AppError('FORBIDDEN', '只有本群的工作人员可以进行此操作');
  return group;
}

// ---------------------------------------------------------------- the groups half (binding, rosters, views)

export const GC = { groups: 'liaison_groups', bindings: 'group_bindings', members: 'group_members', uses: 'open_data_uses', questions: 'group_questions' } as const;

/** Names from the `users` profiles (officers in groupView); an openid without a name shows as 工作人员. */
export async function namesOf(db: Database, openids: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(openids)].filter(Boolean).slice(0, 1000);
  const out = new Map<string, string>();
  const _ = db.command;
  for (let i = 0; i < ids.length; i += 100) {
    const res = await db.collection('users').where({ openid: _.in(ids.slice(i, i + 100)) }).field({ openid: true, name: true }).limit(100).get();
    for (const u of res.data as { openid: string; name?: string }[]) if (u.name) out.set(u.openid, u.name);
  }
  return out;
}

/**
 * Groups as the caller sees them (contract groupView), for one or a page of groups, in a few batched queries:
 * officers' names, the caller's memberships, active members and enterprises per group (one aggregate), and for
 * the groups the caller manages the open and overdue questions (one aggregate).
 */
export async function groupViews(ctx: Pick<HandlerContext, 'db' | 'actor' | 'now'>, groups: readonly LiaisonGroupDoc[]): Promise<GroupView[]> {
  if (groups.length === 0) return [];
  const { db, actor } = ctx;
  const _ = db.command;
  const $ = db.command.aggregate;
  const ids = groups.map((g) => g._id);
  const managed = groups.filter((g) => managesGroup(actor, g)).map((g) => g._id);
  const [names, mine, counts, questions] = await Promise.all([
    namesOf(db, groups.flatMap((g) => g.officers)),
    actor.openid
      ? db.collection(GC.members).where({ _id: _.in(ids.map((id) => memberId(id, actor.openid))) }).field({ groupId: true, status: true }).limit(ids.length).get()
      : Promise.resolve({ data: [] }),
    db.collection(GC.members).aggregate().match({ groupId: _.in(ids), status: 'active' }).group({ _id: '$groupId', n: $.sum(1), orgs: $.addToSet('$orgId') }).limit(1000).end(),
    managed.length
      ? db
          .collection(GC.questions)
          .aggregate()
          .match({ groupId: _.in(managed), status: 'open' })
          .group({ _id: '$groupId', open: $.sum(1), overdue: $.sum($.cond([$.lt(['$dueAt', ctx.now.toISOString()]), 1, 0])) })
          .limit(1000)
          .end()
      : Promise.resolve({ data: [] }),
  ]);
  const membership = new Map((mine.data as { groupId: string; status: GroupMemberDoc['status'] }[]).map((m) => [m.groupId, m.status]));
  const count = new Map((counts.data as { _id: string; n: number; orgs: string[] }[]).map((r) => [r._id, r]));
  const q = new Map((questions.data as { _id: string; open: number; overdue: number }[]).map((r) => [r._id, r]));
  return groups.map((g) => {
    const manages = managed.includes(g._id);
    const c = count.get(g._id);
    return {
      id: g._id,
      name: g.name,
      district: g.district,
      bureau: bureauOf(g.district),
      officers: g.officers.map((openid) => ({ openid, name: names.get(openid) ?? '工作人员' })),
      bound: !!g.opengid,
      boundAt: g.boundAt,
      status: g.status,
      memberCount: c?.n ?? 0,
      enterpriseCount: c?.orgs.length ?? 0,
      openQuestions: manages ? (q.get(g._id)?.open ?? 0) : 0,
      overdueQuestions: manages ? (q.get(g._id)?.overdue ?? 0) : 0,
      me: { runs: runsGroup(actor, g), manages, membership: membership.get(g._id) ?? null },
      version: g.version,
    };
  });
}

export async function groupView(ctx: Pick<HandlerContext, 'db' | 'actor' | 'now'>, group: LiaisonGroupDoc): Promise<GroupView> {
  return (await groupViews(ctx, [group]))[0];
}

/** Every document of a query, in pages of `PAGE` sent together after one count (the gateway answers at most 1,000 per query). */
export async function readAll<T>(
  db: Database,
  collection: string,
  where: object,
  order: { field: string; direction: 'asc' | 'desc' },
  fields: Record<string, boolean>,
  max = 50_000,
): Promise<T[]> {
  const PAGE = 1000;
  const total = Math.min((await db.collection(collection).where(where).count()).total, max);
  const pages = Array.from({ length: Math.ceil(total / PAGE) }, (_, i) =>
    db.collection(collection).where(where).orderBy(order.field, order.direction).skip(i * PAGE).limit(PAGE).field(fields).get(),
  );
  return (await Promise.all(pages)).flatMap((r) => r.data as T[]);
}
