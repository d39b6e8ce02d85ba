import type { DistrictCode } from '../org/districts';
import { maskName, maskOpenid, maskPhone } from './mask';
import { hasRole, isAdmin, officerDistricts } from './policy';
import type { Actor, Role } from './roles';

/**
 * Finding the person to grant a role to (identity.people.search) and the grants an officer manages
 * (identity.grants.list). Both follow canGrant: whoever may grant some role may look people up; a list shows
 * only the grants the caller could revoke.
 *
 * How far a search reaches:
 * - admins and city officers: part of a name (2 characters or more) or the last 4+ digits of a phone;
 * - district officers: only a person's full name or full 11-digit phone — they grant HR of their own district's
 *   employers, whose people they know by name, and never browse the city's users by fragments.
 * What a result shows: the name masked (王*明) unless the keyword was exactly that name (the officer already
 * knew it); the phone always masked (139****0001); the openid masked; the person's roles only where canGrant
 * lets the caller manage them. The result carries a reference for granting, never the openid.
 */

export const PEOPLE_PAGE = 10;

export type SearchReach = 'partial' | 'exact';

export function searchReach(actor: Actor): SearchReach | null {
  if (isAdmin(actor) || hasRole(actor, 'city_officer')) return 'partial';
  return officerDistricts(actor).length > 0 ? 'exact' : null;
}

export type PeopleQuery = { kind: 'name'; name: string; exact: boolean } | { kind: 'phone'; digits: string; exact: boolean };

const DIGITS = /^\d+$/;

/**
 * The keyword (already trimmed and bounded by the contract) as a query for this reach, or the message saying
 * what to type instead.
 */
export function peopleQuery(keyword: string, reach: SearchReach): { ok: true; query: PeopleQuery } | { ok: false; message: string } {
  const k = keyword.replace(/\s+/g, '');
  if (DIGITS.test(k)) {
    if (k.length === 11) return { ok: true, query: { kind: 'phone', digits: k, exact: true } };
    if (reach === 'exact') return { ok: false, message: '请输入对方完整的 11 位手机号或完整姓名' };
    if (k.length < 4 || k.length > 11) return { ok: false, message: '请输入手机号后 4 位及以上，或完整的 11 位手机号' };
    return { ok: true, query: { kind: 'phone', digits: k, exact: false } };
  }
  if (/\d/.test(k)) return { ok: false, message: '请只输入姓名或只输入手机号' };
  if (Array.from(k).length < 2) return { ok: false, message: '请输入至少 2 个字的姓名' };
  return { ok: true, query: { kind: 'name', name: k, exact: reach === 'exact' } };
}

/** Does a stored person match the query? (The database query says the same; this is the predicate.) */
export function personMatches(person: { name?: string; phone?: string }, q: PeopleQuery): boolean {
  if (q.kind === 'phone') return !!person.phone && (q.exact ? person.phone === q.digits : person.phone.endsWith(q.digits));
  return !!person.name && (q.exact ? person.name === q.name : person.name.includes(q.name));
}

/** How a found person is shown to the officer. */
export function personLabel(person: { openid: string; name?: string; phone?: string }, q?: PeopleQuery) {
  const name = person.name ?? '';
  const known = q?.kind === 'name' && name === q.name;
  return {
    name: name ? (known ? name : maskName(name)) : '（未填姓名）',
    nameMasked: !known,
    phone: person.phone ? maskPhone(person.phone) : '未留电话',
    openidMasked: maskOpenid(person.openid),
  };
}

/**
 * The grants an actor may manage, as a query shape: everything (admins); officer and staff roles anywhere
 * (city officers); staff of the organizations in their districts (district officers); null for anyone else.
 * Each listed grant is also checked with canGrant, so the shape can only be narrower than the rule, never wider.
 */
export type ManageableGrants = { all: true } | { all: false; roles: Role[]; orgDistricts?: DistrictCode[] };

export function manageableGrants(actor: Actor): ManageableGrants | null {
  if (isAdmin(actor)) return { all: true };
  if (hasRole(actor, 'city_officer')) return { all: false, roles: ['employer_hr', 'recommender', 'district_officer', 'city_officer'] };
  const districts = officerDistricts(actor);
  return districts.length ? { all: false, roles: ['employer_hr', 'recommender'], orgDistricts: districts } : null;
}

/** The roles an actor may grant at all (for some scope): what the roles page offers in its role picker. */
export function grantableRoles(actor: Actor): Role[] {
  const m = manageableGrants(actor);
  if (!m) return [];
  return m.all ? ['employer_hr', 'recommender', 'district_officer', 'city_officer', 'admin'] : m.roles;
}

/** 「单位人事（包头北辰稀土新材料有限公司）」: a grant as the roles page's messages name it. */
export function grantText(g: { roleLabel: string; scopeLabel: string }): string {
  return g.scopeLabel ? `${g.roleLabel}（${g.scopeLabel}）` : g.roleLabel;
}
