import { isCityWide, officerDistricts } from '../auth/policy';
import type { Actor } from '../auth/roles';
import { DISTRICTS, type DistrictCode } from '../org/districts';
import { ENTERPRISE_TYPE } from './roster';

/**
 * 第六条's groups are to reach the district's non-public enterprises. Coverage, once: the enterprises of a district
 * are the organizations of type 'employer' registered there; one is covered when at least one of its HR is an
 * active member of ANY liaison group (the district's, the city's or another's). Percent to one decimal.
 */

export interface CoverageCounts {
  enterprises: number;
  covered: number;
  uncovered: number;
  /** 0–100, one decimal; null when there is nothing to cover. */
  percent: number | null;
}

export function percentOf(covered: number, total: number): number | null {
  return total > 0 ? Math.round((covered * 1000) / total) / 10 : null;
}

export function countsOf(enterprises: number, covered: number): CoverageCounts {
  return { enterprises, covered, uncovered: enterprises - covered, percent: percentOf(covered, enterprises) };
}

/** Over ids: the district's enterprises and the organizations with an active member; the uncovered in the enterprises' order. */
export function coverageOf(enterpriseIds: readonly string[], coveredOrgIds: Iterable<string>): CoverageCounts & { uncoveredIds: string[] } {
  const covered = new Set(coveredOrgIds);
  const uncoveredIds = enterpriseIds.filter((id) => !covered.has(id));
  return { ...countsOf(enterpriseIds.length, enterpriseIds.length - uncoveredIds.length), uncoveredIds };
}

/** District officers see their districts' coverage; city officers and admins any. */
export function mayViewCoverage(actor: Actor, district: DistrictCode): boolean {
  return isCityWide(actor) || officerDistricts(actor).includes(district);
}

/** The rows of the city dashboard a caller gets: every district for the city, their own for district officers. */
export function coverageDistricts(actor: Actor): DistrictCode[] {
  if (isCityWide(actor)) return DISTRICTS.map((d) => d.code);
  const mine = new Set(officerDistricts(actor));
  return DISTRICTS.map((d) => d.code).filter((c) => mine.has(c));
}

/**
 * The same rule as the queries the function runs: only the fields needed, pages of at most PAGE (the gateway
 * answers at most 1,000 per query), each on an index (organizations type+district, group_members
 * orgDistrict+status).
 */
export const COVERAGE_PAGE = 1000;
export const coveragePlan = {
  /** The district's enterprises, ids only, in name order (the order the uncovered list is worked through). */
  enterprises: (district: DistrictCode) => ({ collection: 'organizations', where: { type: ENTERPRISE_TYPE, district }, order: { field: 'name', direction: 'asc' as const }, fields: { _id: true } }),
  /** Organizations of the district with an active member in any group. */
  members: (district: DistrictCode) => ({ collection: 'group_members', where: { orgDistrict: district, status: 'active' }, order: { field: '_id', direction: 'asc' as const }, fields: { orgId: true } }),
  /** City-wide, grouped: enterprises per district, and distinct covered organizations per district. */
  cityEnterprises: { collection: 'organizations', match: { type: ENTERPRISE_TYPE } },
  cityMembers: { collection: 'group_members', match: { status: 'active' } },
} as const;

export interface CoverageRowOf extends CoverageCounts {
  district: DistrictCode;
  name: string;
  groups: number;
}

export function coverageRowOf(district: DistrictCode, counts: CoverageCounts, groups: number): CoverageRowOf {
  return { district, name: DISTRICTS.find((d) => d.code === district)?.name ?? district, ...counts, groups };
}

/** The dashboard's summary over its rows. */
export function summaryOf(rows: readonly Pick<CoverageRowOf, 'enterprises' | 'covered' | 'groups'>[]): CoverageCounts & { groups: number } {
  const enterprises = rows.reduce((n, r) => n + r.enterprises, 0);
  const covered = rows.reduce((n, r) => n + r.covered, 0);
  return { ...countsOf(enterprises, covered), groups: rows.reduce((n, r) => n + r.groups, 0) };
}
