import { AppError } from '../../shared/contracts/errors';
import { managesGroup } from '../../shared/groups/access';
import type { GroupMemberDoc, LiaisonGroupDoc } from '../../shared/groups/model';
import type { Database } from '../kit/cloud';
import type { HandlerContext } from '../kit/dispatch';
import { readDoc } from '../kit/docs';

/** Loading a liaison group and the caller's standing in it: the one place handlers of both halves ask. */

export const memberId = (groupId: string, openid: string) => `${groupId}:${openid}`;

export async function loadGroup(db: Database, id: string): Promise<LiaisonGroupDoc | null> {
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
