import { isCityWide, officerDistricts, staffOrgIds } from '../auth/policy';
import type { Actor, Scope } from '../auth/roles';
import type { DistrictCode } from '../org/districts';
import { DISTRICTS, districtName } from '../org/districts';
import { DOCUMENT } from '../policy/clauses';
import { ANNOUNCEMENT_RULES } from './rules';
import type { Target } from './target';
import { targetValues } from './target';

/**
 * Publishers and their reach (rule `announcement-publisher-reach`): city officers city-wide, district
 * officers their district, recommending bodies their members, employer HR their own staff. A target stays
 * inside the reach when it restricts the publisher's own kind to the publisher's own value — since kinds
 * combine with AND, nothing else in the target can widen it again.
 */
export type PublisherRole = 'city_officer' | 'district_officer' | 'recommender' | 'employer_hr';

/** The capacity someone publishes in: a role and the scope it is held in. */
export type PublisherIdentity =
  | { role: 'city_officer'; scope: Extract<Scope, { kind: 'city' }> }
  | { role: 'district_officer'; scope: Extract<Scope, { kind: 'district' }> }
  | { role: 'recommender' | 'employer_hr'; scope: Extract<Scope, { kind: 'org' }> };

/** As stored on an announcement or a briefing: the identity, its name, and its district (null for the city). */
export type Publisher = PublisherIdentity & { name: string; district: DistrictCode | null };

export const PUBLISHER_ROLE_LABELS: Record<PublisherRole, string> = {
  city_officer: '市人社局',
  district_officer: '旗县区人社部门',
  recommender: '推荐单位',
  employer_hr: '单位人事',
};

/** The capacities `actor` may publish in (admins publish as the city). */
export function publisherScopes(actor: Actor): PublisherIdentity[] {
  const out: PublisherIdentity[] = [];
  if (isCityWide(actor)) out.push({ role: 'city_officer', scope: { kind: 'city' } });
  for (const district of [...new Set(officerDistricts(actor))]) out.push({ role: 'district_officer', scope: { kind: 'district', district } });
  for (const orgId of [...new Set(staffOrgIds(actor, 'recommender'))]) out.push({ role: 'recommender', scope: { kind: 'org', orgId } });
  for (const orgId of [...new Set(staffOrgIds(actor, 'employer_hr'))]) out.push({ role: 'employer_hr', scope: { kind: 'org', orgId } });
  return out;
}

/** A publisher as one string, stored on its announcements and compared with a viewer's own keys. */
export function publisherKey(p: PublisherIdentity): string {
  if (p.scope.kind === 'city') return 'city';
  if (p.scope.kind === 'district') return `district:${p.scope.district}`;
  return `${p.role}:${p.scope.orgId}`;
}

/** The publisher keys of the capacities an actor holds (their "staff" keys). */
export function publisherKeysOf(actor: Actor): string[] {
  return publisherScopes(actor).map(publisherKey);
}

export function holdsPublisher(actor: Actor, p: PublisherIdentity): boolean {
  return publisherKeysOf(actor).includes(publisherKey(p));
}

/** The name shown as the announcement's source; organizations are named by the caller. */
export function publisherName(p: PublisherIdentity, orgName?: string): string {
  if (p.scope.kind === 'city') return DOCUMENT.issuer;
  if (p.scope.kind === 'district') {
    const d = p.scope.district;
    return DISTRICTS.find((x) => x.code === d)?.bureau ?? `${districtName(d)}人社部门`;
  }
  return orgName ?? PUBLISHER_ROLE_LABELS[p.role];
}

/** A stored publisher for an identity (`orgDistrict`: the organization's district, for org publishers). */
export function publisherOf(p: PublisherIdentity, names: { orgName?: string; orgDistrict?: DistrictCode } = {}): Publisher {
  const district = p.scope.kind === 'district' ? p.scope.district : p.scope.kind === 'org' ? (names.orgDistrict ?? null) : null;
  return { ...p, name: publisherName(p, names.orgName), district } as Publisher;
}

/** Which kind of target holds a publisher inside its reach, and the one value it may name. */
function reachKind(p: PublisherIdentity): { kind: 'districts' | 'employers' | 'bodies'; value: string } | null {
  const kind = ANNOUNCEMENT_RULES.publisherReach.parameters.boundBy[p.role];
  if (!kind) return null;
  return { kind, value: p.scope.kind === 'district' ? p.scope.district : p.scope.kind === 'org' ? p.scope.orgId : '' };
}

const OUTSIDE: Record<'districts' | 'employers' | 'bodies', (value: string) => string> = {
  districts: (d) => `旗县区人社部门只能发给本旗县区：发布范围的旗县区请只选“${districtName(d)}”`,
  employers: () => '单位人事只能发给本单位职工：发布范围的单位请只选本单位',
  bodies: () => '推荐单位只能发给本单位的会员：发布范围的推荐单位请只选本单位',
};

/** Why the target leaves the publisher's reach, or null when it stays inside. */
export function reachProblem(p: PublisherIdentity, t: Target): string | null {
  const bound = reachKind(p);
  if (!bound) return null;
  const values = targetValues(bound.kind, t);
  if (values === null || values.some((v) => v !== bound.value)) return OUTSIDE[bound.kind](bound.value);
  return null;
}

/** May `actor` publish as `publisher` to `target`? They hold that capacity and the target stays in its reach. */
export function canPublish(actor: Actor, publisher: PublisherIdentity, target: Target): boolean {
  return holdsPublisher(actor, publisher) && reachProblem(publisher, target) === null;
}

/** The target with the publisher's own kind filled in when it was left open (what the form starts from). */
export function withinReach(p: PublisherIdentity, t: Target): Target {
  const bound = reachKind(p);
  if (!bound || targetValues(bound.kind, t) !== null) return t;
  return { ...t, [bound.kind]: [bound.value] };
}

/**
 * Rule `announcement-oversight`: who may withdraw (never edit) what another publisher published — the city
 * anything; a district's officers what organizations of their district published.
 */
export function overseesPublisher(actor: Actor, p: Publisher, params = ANNOUNCEMENT_RULES.oversight.parameters): boolean {
  if (holdsPublisher(actor, p)) return false;
  if (params.cityWithdrawsAny && isCityWide(actor)) return true;
  return params.districtWithdrawsOrgsInDistrict && p.scope.kind === 'org' && p.district !== null && officerDistricts(actor).includes(p.district);
}
