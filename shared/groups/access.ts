import type { Actor } from '../auth/roles';
import { governsDistrict, isCityWide, staffOrgIds } from '../auth/policy';
import type { DistrictCode } from '../org/districts';
import type { GroupMemberDoc, GroupQuestionDoc, LiaisonGroupDoc } from './model';

/**
 * Who may do what with a liaison group (第六条: each city and district HR title department keeps its own groups
 * with the enterprises' HR). One rule per kind of record, used by get, lists, counts and exports alike.
 */

/** A district officer creates groups for their district; the city (and admins) for the city or any district. */
export function mayCreateGroup(actor: Actor, district: DistrictCode | null): boolean {
  return district === null ? isCityWide(actor) : governsDistrict(actor, district);
}

/** Listed as one of the officers who run the group (they bind it and answer in it). */
export function runsGroup(actor: Actor, group: Pick<LiaisonGroupDoc, 'officers'>): boolean {
  return !!actor.openid && group.officers.includes(actor.openid);
}

/** The bureau the group belongs to: its district's officers, or the city's for the city's group; the city oversees all. */
export function overseesGroup(actor: Actor, group: Pick<LiaisonGroupDoc, 'district'>): boolean {
  return group.district === null ? isCityWide(actor) : governsDistrict(actor, group.district);
}

/** Runs or oversees: sees the roster with contacts, answers, promotes to the FAQ, sends tasks, removes members. */
export function managesGroup(actor: Actor, group: Pick<LiaisonGroupDoc, 'officers' | 'district'>): boolean {
  return runsGroup(actor, group) || overseesGroup(actor, group);
}

/** May an HR join with this organization? Only as employer HR of it (the grant's scope). */
export function mayJoinAs(actor: Actor, orgId: string): boolean {
  return staffOrgIds(actor, 'employer_hr').includes(orgId);
}

export type RosterView = 'contacts' | 'enterprises' | null;

/** Officers see the enterprises and their HR contacts; an active member sees the enterprises only; others nothing. */
export function rosterViewFor(actor: Actor, group: LiaisonGroupDoc, membership: Pick<GroupMemberDoc, 'status'> | null): RosterView {
  if (managesGroup(actor, group)) return 'contacts';
  if (membership?.status === 'active') return 'enterprises';
  return null;
}

/**
 * A question: the asker, the group's officers; a non-private question once answered also the group's active
 * members. The same predicate as the query shape `questionVisibleWhere`.
 */
export function questionVisible(
  actor: Actor,
  q: Pick<GroupQuestionDoc, 'askedBy' | 'private' | 'status'>,
  group: Pick<LiaisonGroupDoc, 'officers' | 'district'>,
  membership: Pick<GroupMemberDoc, 'status'> | null,
): boolean {
  if (actor.openid && q.askedBy === actor.openid) return true;
  if (managesGroup(actor, group)) return true;
  return !q.private && q.status === 'answered' && membership?.status === 'active';
}

/**
 * The same rule as a query over one group's questions: everything for those who manage it; for a member, their
 * own plus the public answered ones; for anyone else, their own.
 */
export function questionVisibleWhere(
  actor: Actor,
  group: Pick<LiaisonGroupDoc, 'officers' | 'district'>,
  membership: Pick<GroupMemberDoc, 'status'> | null,
): { all: true } | { all: false; own: string; publicAnswered: boolean } {
  if (managesGroup(actor, group)) return { all: true };
  return { all: false, own: actor.openid, publicAnswered: membership?.status === 'active' };
}
