import type { DistrictCode } from '../org/districts';
import type { OrgType } from '../org/organizations';
import { staffRoleFor } from '../org/organizations';
import type { Actor, Role, Scope } from './roles';
import { ROLE_SCOPE_KIND } from './roles';

/**
 * Authorization as a pure policy. The client uses it to hide what a person may not do; the functions
 * enforce it. Every decision is by role *and* scope: own record, own organization, own district, the city.
 */

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.grants.some((g) => g.role === role);
}

export function isAdmin(actor: Actor): boolean {
  return hasRole(actor, 'admin');
}

export function isCityWide(actor: Actor): boolean {
  return hasRole(actor, 'admin') || hasRole(actor, 'city_officer');
}

export function officerDistricts(actor: Actor): DistrictCode[] {
  return actor.grants.flatMap((g) => (g.role === 'district_officer' && g.scope.kind === 'district' ? [g.scope.district] : []));
}

export function staffOrgIds(actor: Actor, role: 'employer_hr' | 'recommender'): string[] {
  return actor.grants.flatMap((g) => (g.role === role && g.scope.kind === 'org' ? [g.scope.orgId] : []));
}

/**
 * The organizations an actor may act on, as a filter: everything for city-wide roles, otherwise the
 * officer's districts plus the organizations they are staff of.
 */
export function governedScope(actor: Actor): { all: true } | { all: false; districts: DistrictCode[]; orgIds: string[] } {
  if (isCityWide(actor)) return { all: true };
  return {
    all: false,
    districts: officerDistricts(actor),
    orgIds: [...staffOrgIds(actor, 'employer_hr'), ...staffOrgIds(actor, 'recommender')],
  };
}

/** Can the actor act as an officer over this district? */
export function governsDistrict(actor: Actor, district: DistrictCode): boolean {
  return isCityWide(actor) || officerDistricts(actor).includes(district);
}

export function isOfficer(actor: Actor): boolean {
  return isCityWide(actor) || officerDistricts(actor).length > 0;
}

/** The scope's shape must match the role. */
export function scopeFitsRole(role: Role, scope: Scope): boolean {
  return ROLE_SCOPE_KIND[role] === scope.kind;
}

export interface GrantTarget {
  role: Role;
  scope: Scope;
  /** For org-scoped grants: the organization's district and type, loaded by the caller. */
  org?: { district: DistrictCode; type: OrgType };
}

/**
 * Who may grant (or revoke) what. Admins grant any role; city officers grant officer roles and staff of
 * any organization; district officers grant staff roles only for organizations in their district.
 * The admin role itself comes from the environment (ADMIN_OPENIDS), never from a grant by a city officer.
 */
export function canGrant(actor: Actor, target: GrantTarget): boolean {
  if (!scopeFitsRole(target.role, target.scope)) return false;
  if (target.role === 'applicant') return false;
  // employer_hr / recommender: the organization must accept that role (for admins too), and lie in the actor's area.
  if (target.role === 'employer_hr' || target.role === 'recommender') {
    if (!target.org || staffRoleFor(target.org.type) !== target.role) return false;
    return isAdmin(actor) || governsDistrict(actor, target.org.district);
  }
  if (isAdmin(actor)) return true;
  if (target.role === 'admin') return false;
  return hasRole(actor, 'city_officer');
}

/** Socialized rounds are the city's annual arrangement (附件2 第二项): city officers and admins publish them. */
export function canPublishRound(actor: Actor): boolean {
  return isCityWide(actor);
}

/** Issuing an invitation code for an organization: officers over the organization's district. */
export function canIssueInvitation(actor: Actor, org: { district: DistrictCode; type: OrgType }): boolean {
  return staffRoleFor(org.type) !== null && governsDistrict(actor, org.district);
}

/**
 * Creating or editing an organization. Officers within their area (a district officer can neither create
 * outside nor move an organization out of their district); an organization's own staff may edit its
 * details but not move it or change its type.
 */
export function canUpsertOrganization(
  actor: Actor,
  next: { district: DistrictCode; type: OrgType },
  existing?: { _id: string; district: DistrictCode; type: OrgType },
): boolean {
  if (next.type === 'city_bureau' || next.type === 'district_bureau') return isCityWide(actor);
  if (!existing) return governsDistrict(actor, next.district);
  if (governsDistrict(actor, existing.district) && governsDistrict(actor, next.district)) return true;
  const staffRole = staffRoleFor(existing.type);
  return (
    staffRole !== null &&
    staffOrgIds(actor, staffRole).includes(existing._id) &&
    existing.district === next.district &&
    existing.type === next.type
  );
}

/** What the 我的 page offers: derived from the same policy, so the client never shows a dead button. */
export function capabilities(actor: Actor) {
  return {
    grantRoles: isAdmin(actor) || hasRole(actor, 'city_officer') || officerDistricts(actor).length > 0,
    issueInvitations: isOfficer(actor),
    manageOrganizations: isOfficer(actor) || staffOrgIds(actor, 'employer_hr').length > 0 || staffOrgIds(actor, 'recommender').length > 0,
    // An invitation makes one an organization's HR or body staff: the form is for people with no work role yet (an
    // officer grants a second organization's role to someone already staff of one: 授予角色).
    claimInvitation: !isOfficer(actor) && !staffOrgIds(actor, 'employer_hr').length && !staffOrgIds(actor, 'recommender').length,
    publishRounds: canPublishRound(actor),
  };
}
export type Capabilities = ReturnType<typeof capabilities>;
