import { AppError } from '../../../shared/errors/app-error';
import { isCityWide, isOfficer, officerDistricts } from '../../../shared/auth/policy';
import type { Grant } from '../../../shared/auth/roles';
import { mayCreateGroup } from '../../../shared/groups/access';
import { bindRefusal, bound, boundElsewhere, officerList, officersRefusal } from '../../../shared/groups/binding';
import type { GroupBindingDoc, GroupMemberDoc, LiaisonGroupDoc } from '../../../shared/groups/model';
import { ENTER_MESSAGES, enterDecision, joinMember, type JoiningOrg } from '../../../shared/groups/roster';
import type { Refusal } from '../../../shared/workflow/refusal';
import { auditEntry } from '../../kit/audit';
import type { Handler, HandlerContext } from '../../kit/dispatch';
import { putDoc, readDoc } from '../../kit/docs';
import { newId } from '../../kit/ids';
import { pageOf } from '../../kit/paging';
import { inTransaction, type Tx } from '../../kit/transaction';
import { openedFrom, useOnce } from '../open-data';
import { GC, groupView, groupViews, loadGroup, managedGroup, memberId, membershipOf, visibleGroup } from '../store';

/** 第六条's 微信交流群: creating and running liaison groups, binding one to its WeChat group, joining its roster. */

const refused = (r: Refusal) => new AppError(r.code, r.message, r.issues);

const audit = (ctx: HandlerContext, action: string, target: string, from?: unknown, to?: unknown) =>
  auditEntry({ at: ctx.now.toISOString(), actor: ctx.actor.openid, action: `groups.${action}`, target, from, to, requestId: ctx.requestId });

const body = ({ _id, ...rest }: LiaisonGroupDoc) => {
  void _id;
  return rest;
};

/** The stored grants of the officers named (the creator's own are the actor's, admins' included). */
async function grantsOf(ctx: HandlerContext, openids: readonly string[]): Promise<Map<string, Pick<Grant, 'role' | 'scope'>[]>> {
  const _ = ctx.db.command;
  const out = new Map<string, Pick<Grant, 'role' | 'scope'>[]>([[ctx.actor.openid, ctx.actor.grants]]);
  const others = [...new Set(openids)].filter((o) => o !== ctx.actor.openid);
  if (others.length) {
    const res = await ctx.db.collection('grants').where({ openid: _.in(others) }).field({ openid: true, role: true, scope: true }).limit(1000).get();
    for (const g of res.data as Grant[]) out.set(g.openid, [...(out.get(g.openid) ?? []), g]);
  }
  return out;
}

export const createGroup: Handler<'groups', 'create'> = async (input, ctx) => {
  if (!mayCreateGroup(ctx.actor, input.district)) throw new AppError('FORBIDDEN', input.district === null ? '只有市人社局可以创建市级联络群' : '您只能为本辖区创建联络群');
  if (input.officers.length) {
    const r = officersRefusal(input.officers, await grantsOf(ctx, input.officers), input.district);
    if (r) throw refused(r);
  }
  const at = ctx.now.toISOString();
  const group: LiaisonGroupDoc = {
    _id: newId(),
    name: input.name,
    district: input.district,
    officers: officerList(ctx.actor.openid, input.officers),
    opengid: null,
    boundAt: null,
    boundBy: null,
    status: 'active',
    createdBy: ctx.actor.openid,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await inTransaction(ctx.db, async (tx) => {
    await putDoc(tx, GC.groups, { ...group });
    await putDoc(tx, 'audit', { ...audit(ctx, 'create', `${GC.groups}/${group._id}`, undefined, { name: group.name, district: group.district, officers: group.officers.length }) });
  });
  return groupView(ctx, group);
};

export const updateGroup: Handler<'groups', 'update'> = async (input, ctx) => {
  const group = await managedGroup(ctx, input.id);
  if (group.version !== input.expectedVersion) throw new AppError('CONFLICT');
  if (input.officers) {
    const r = officersRefusal(input.officers, await grantsOf(ctx, input.officers), group.district);
    if (r) throw refused(r);
  }
  const next: LiaisonGroupDoc = {
    ...group,
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.officers ? { officers: [...new Set(input.officers)] } : {}),
    ...(input.status ? { status: input.status } : {}),
    updatedAt: ctx.now.toISOString(),
    version: group.version + 1,
  };
  await inTransaction(ctx.db, async (tx) => {
    const fresh = await loadGroup(tx, group._id);
    if (!fresh || fresh.version !== input.expectedVersion) throw new AppError('CONFLICT');
    await tx.collection(GC.groups).doc(group._id).set(body(next));
    await putDoc(tx, 'audit', {
      ...audit(ctx, 'update', `${GC.groups}/${group._id}`, { version: group.version, status: group.status }, { version: next.version, status: next.status, officers: next.officers.length }),
    });
  });
  return groupView(ctx, next);
};

export const listGroups: Handler<'groups', 'list'> = async (input, ctx) => {
  const { db, actor } = ctx;
  const _ = db.command;
  let where: object;
  if (input.view === 'managed') {
    if (!isOfficer(actor)) throw new AppError('FORBIDDEN', '只有人社部门工作人员可以查看所管理的联络群');
    if (isCityWide(actor)) where = input.district ? { district: input.district } : {};
    else {
      const mine = officerDistricts(actor);
      if (input.district && !mine.includes(input.district)) throw new AppError('FORBIDDEN', '您只能查看本辖区的联络群');
      where = input.district ? { district: input.district } : _.or([{ district: _.in(mine) }, { officers: actor.openid }]);
    }
  } else {
    const memberOf = (await db.collection(GC.members).where({ openid: actor.openid, status: 'active' }).field({ groupId: true }).limit(1000).get()).data as Pick<GroupMemberDoc, 'groupId'>[];
    where = memberOf.length ? _.or([{ officers: actor.openid }, { _id: _.in(memberOf.map((m) => m.groupId)) }]) : { officers: actor.openid };
  }
  const { items, total } = await pageOf<LiaisonGroupDoc>(db.collection(GC.groups), where, { field: 'createdAt', direction: 'desc' }, input);
  return { items: await groupViews(ctx, items), total };
};

export const getGroup: Handler<'groups', 'get'> = async (input, ctx) => {
  const { group } = await visibleGroup(ctx, input.id);
  return groupView(ctx, group);
};

/**
 * The binding card opened from the WeChat group: a listed officer of an active, unbound group (checked before the
 * open data is read), open data fresh and ours, the WeChat group bound nowhere yet, the cloudID used once; then
 * the binding and the group (compare-and-set on version) and the audit entry in one transaction.
 */
export const bindGroup: Handler<'groups', 'bind'> = async (input, ctx) => {
  const { group } = await visibleGroup(ctx, input.id);
  const refusal = bindRefusal(ctx.actor, group);
  if (refusal) throw refused(refusal);
  const { opengid, cloudID } = await openedFrom(ctx);
  const elsewhere = async (src: Tx): Promise<Refusal | null> => {
    const b = await readDoc<GroupBindingDoc>(src, GC.bindings, opengid);
    if (!b) return null;
    const other = await loadGroup(ctx.db, b.groupId);
    return boundElsewhere(other?.name ?? '其他联络群');
  };
  const early = await elsewhere(ctx.db);
  if (early) throw refused(early);
  await useOnce(ctx, cloudID, 'bind');
  const next = bound(group, opengid, ctx.actor.openid, ctx.now);
  await inTransaction(ctx.db, async (tx) => {
    const fresh = await loadGroup(tx, group._id);
    if (!fresh || fresh.version !== group.version || fresh.opengid) throw new AppError('CONFLICT', '联络群已被他人修改或绑定，请刷新后重试');
    const taken = await elsewhere(tx);
    if (taken) throw refused(taken);
    await putDoc(tx, GC.bindings, { _id: opengid, groupId: group._id, at: ctx.now.toISOString(), by: ctx.actor.openid });
    await tx.collection(GC.groups).doc(group._id).set(body(next));
    await putDoc(tx, 'audit', { ...audit(ctx, 'bind', `${GC.groups}/${group._id}`, { bound: false, version: group.version }, { bound: true, version: next.version }) });
  });
  return groupView(ctx, next);
};

/**
 * Any card opened from a WeChat group: which liaison group that is (group_bindings), and what it means for the
 * caller (shared/groups/roster enterDecision). Only a join writes (after the cloudID's one use is recorded).
 */
export const enterGroup: Handler<'groups', 'enter'> = async (input, ctx) => {
  const { opengid, cloudID } = await openedFrom(ctx);
  const binding = await readDoc<GroupBindingDoc>(ctx.db, GC.bindings, opengid);
  const group = binding ? await loadGroup(ctx.db, binding.groupId) : null;
  if (!group) return { outcome: 'not_bound' as const, group: null, message: ENTER_MESSAGES.not_bound };
  const membership = await membershipOf(ctx.db, group._id, ctx.actor.openid);
  const d = enterDecision(ctx.actor, group, membership, input.orgId);
  if (!d.ok) throw refused(d);
  if (d.outcome !== 'join') {
    // Those who may not see the group (needs_employer, guest) learn only that they cannot join.
    const visible = d.outcome === 'officer' || d.outcome === 'member' || d.outcome === 'removed';
    const message =
      d.outcome === 'officer' ? ENTER_MESSAGES.officer(group.name) : d.outcome === 'member' ? ENTER_MESSAGES.member(group.name) : d.outcome === 'guest' ? ENTER_MESSAGES.guest(group.name) : ENTER_MESSAGES[d.outcome];
    return { outcome: d.outcome, group: visible ? await groupView(ctx, group) : null, message };
  }
  const [org, profile] = await Promise.all([readDoc<JoiningOrg>(ctx.db, 'organizations', d.orgId), readDoc<{ name?: string; phone?: string }>(ctx.db, 'users', ctx.actor.openid)]);
  const joined = joinMember(group, ctx.actor.openid, org ? { ...org, _id: d.orgId } : null, profile, ctx.now);
  if (!joined.ok) throw refused(joined);
  const { member } = joined;
  await useOnce(ctx, cloudID, 'enter');
  const outcome = await inTransaction(ctx.db, async (tx) => {
    const existing = await readDoc<GroupMemberDoc>(tx, GC.members, member._id);
    if (existing) return existing.status === 'removed' ? ('removed' as const) : ('member' as const);
    await putDoc(tx, GC.members, { ...member });
    await putDoc(tx, 'audit', { ...audit(ctx, 'join', `${GC.members}/${memberId(group._id, ctx.actor.openid)}`, undefined, { groupId: group._id, orgId: member.orgId }) });
    return 'joined' as const;
  });
  const message = outcome === 'joined' ? ENTER_MESSAGES.joined(group.name, member.orgName) : outcome === 'member' ? ENTER_MESSAGES.member(group.name) : ENTER_MESSAGES.removed;
  return { outcome, group: await groupView(ctx, group), message };
};

