import type { Actor, Grant } from '../auth/roles';
import { DISTRICTS, type DistrictCode } from '../org/districts';
import { refuse, type Refusal } from '../workflow/refusal';
import { runsGroup } from './access';
import type { LiaisonGroupDoc } from './model';

/**
 * 第六条: every city and district HR title department keeps its own 微信交流群 with the enterprises' HR. A liaison
 * group belongs to one bureau (a district's, or the city's when district is null) and is run by that bureau's
 * officers; the first of them to open the binding card from the real WeChat group ties the two (its opengid).
 */

export const MAX_GROUP_OFFICERS = 10;
export const CITY_BUREAU = '包头市人社局';

export function bureauOf(district: DistrictCode | null): string {
  return district === null ? CITY_BUREAU : (DISTRICTS.find((d) => d.code === district)?.bureau ?? CITY_BUREAU);
}

/** May this person run a group of that bureau? Its district's officers or the city's; the city's group only the city's. */
export function mayRunGroupOf(grants: readonly Pick<Grant, 'role' | 'scope'>[], district: DistrictCode | null): boolean {
  return grants.some(
    (g) => g.role === 'city_officer' || (district !== null && g.role === 'district_officer' && g.scope.kind === 'district' && g.scope.district === district),
  );
}

/** The creator first, then the others named, each once. */
export function officerList(creator: string, others: readonly string[]): string[] {
  return [...new Set([creator, ...others])];
}

/**
 * The officers of a group as asked (create or update): at most 10, each an officer of that bureau (their grants
 * as stored, keyed by openid). Names the first who is not.
 */
export function officersRefusal(officers: readonly string[], grantsOf: ReadonlyMap<string, readonly Pick<Grant, 'role' | 'scope'>[]>, district: DistrictCode | null): Refusal | null {
  if (officers.length === 0) return refuse('VALIDATION', '至少 1 名工作人员', [{ path: 'officers', message: '至少 1 名工作人员' }]);
  if (officers.length > MAX_GROUP_OFFICERS) return refuse('VALIDATION', `最多 ${MAX_GROUP_OFFICERS} 名工作人员`, [{ path: 'officers', message: `最多 ${MAX_GROUP_OFFICERS} 名工作人员` }]);
  const i = officers.findIndex((o) => !mayRunGroupOf(grantsOf.get(o) ?? [], district));
  if (i >= 0) {
    const message = `第 ${i + 1} 位不是${bureauOf(district)}的工作人员`;
    return refuse('VALIDATION', message, [{ path: `officers.${i}`, message }]);
  }
  return null;
}

/**
 * Before the open data is even read: only an officer listed in the group binds it, while it is active and not
 * yet bound. (Whether the caller may learn the group exists at all is the store's `visibleGroup`.)
 */
export function bindRefusal(actor: Actor, group: Pick<LiaisonGroupDoc, 'officers' | 'status' | 'opengid'>): Refusal | null {
  if (!runsGroup(actor, group)) return refuse('FORBIDDEN', '只有本群的工作人员可以绑定微信群');
  if (group.status !== 'active') return refuse('NOT_ALLOWED_NOW', '该联络群已停用，不能绑定微信群');
  if (group.opengid) return refuse('NOT_ALLOWED_NOW', '该联络群已绑定微信群，无需重复绑定');
  return null;
}

/** One WeChat group binds to one liaison group: the other one is named so the officer knows where it went. */
export function boundElsewhere(otherName: string): Refusal {
  return refuse('CONFLICT', `该微信群已绑定联络群「${otherName}」`);
}

/** The group once bound (the caller writes it with a compare-and-set on `version`). */
export function bound(group: LiaisonGroupDoc, opengid: string, by: string, now: Date): LiaisonGroupDoc {
  const at = now.toISOString();
  return { ...group, opengid, boundAt: at, boundBy: by, updatedAt: at, version: group.version + 1 };
}
