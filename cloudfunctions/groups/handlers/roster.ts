import { AppError } from '../../../shared/errors/app-error';
import { rosterViewFor } from '../../../shared/groups/access';
import type { GroupMemberDoc } from '../../../shared/groups/model';
import { removedMember, removeMemberRefusal, rosterRows } from '../../../shared/groups/roster';
import { auditEntry } from '../../kit/audit';
import type { Handler } from '../../kit/dispatch';
import { putDoc, readDoc } from '../../kit/docs';
import { inTransaction } from '../../kit/transaction';
import { GC, managedGroup, readAll, visibleGroup } from '../store';

/** A WeChat group holds at most 500 people: a roster is read whole, grouped by enterprise, then paged. */
const ROSTER_MAX = 2000;

export const groupRoster: Handler<'groups', 'roster'> = async (input, ctx) => {
  const { group, membership } = await visibleGroup(ctx, input.id);
  const view = rosterViewFor(ctx.actor, group, membership);
  if (!view) throw new AppError('NOT_FOUND', '联络群不存在');
  const where = view === 'contacts' ? { groupId: group._id } : { groupId: group._id, status: 'active' };
  const fields: Record<string, boolean> =
    view === 'contacts'
      ? { _id: true, orgId: true, orgName: true, orgDistrict: true, name: true, phone: true, status: true, joinedAt: true }
      : { _id: true, orgId: true, orgName: true, orgDistrict: true, status: true, joinedAt: true };
  const members = await readAll<GroupMemberDoc>(ctx.db, GC.members, where, { field: 'joinedAt', direction: 'asc' }, fields, ROSTER_MAX);
  const rows = rosterRows(members, view);
  const start = (input.page - 1) * input.pageSize;
  return { view, items: rows.slice(start, start + input.pageSize), total: rows.length };
};

export const removeMember: Handler<'groups', 'roster.remove'> = async (input, ctx) => {
  const group = await managedGroup(ctx, input.id);
  const member = await readDoc<GroupMemberDoc>(ctx.db, GC.members, input.memberId);
  if (!member || member.groupId !== group._id) throw new AppError('NOT_FOUND', '名册中没有这位成员');
  const r = removeMemberRefusal(member);
  if (r) throw new AppError(r.code, r.message);
  const next = removedMember({ ...member, _id: input.memberId }, ctx.actor.openid, input.reason, ctx.now);
  await inTransaction(ctx.db, async (tx) => {
    const fresh = await readDoc<GroupMemberDoc>(tx, GC.members, input.memberId);
    if (!fresh || fresh.status !== 'active') throw new AppError('CONFLICT', '名册已被他人修改，请刷新后重试');
    await putDoc(tx, GC.members, { ...next });
    await putDoc(tx, 'audit', {
      ...auditEntry({ at: ctx.now.toISOString(), actor: ctx.actor.openid, action: 'groups.remove', target: `${GC.members}/${input.memberId}`, from: { status: 'active' }, to: { status: 'removed' }, requestId: ctx.requestId }),
    });
  });
  return { removed: true as const };
};
