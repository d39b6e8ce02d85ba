import type { DistrictCode } from '../org/districts';

export const ROLES = ['applicant', 'employer_hr', 'recommender', 'district_officer', 'city_officer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  applicant: '申报人',
  employer_hr: '单位人事',
  recommender: '推荐单位',
  district_officer: '旗县区人社部门',
  city_officer: '市人社局',
  admin: '系统管理员',
};

/** A grant's scope: the part of the world a role applies to. */
export type Scope = { kind: 'self' } | { kind: 'org'; orgId: string } | { kind: 'district'; district: DistrictCode } | { kind: 'city' };

/** The only scope kind each role may carry. */
export const ROLE_SCOPE_KIND: Record<Role, Scope['kind']> = {
  applicant: 'self',
  employer_hr: 'org',
  recommender: 'org',
  district_officer: 'district',
  city_officer: 'city',
  admin: 'city',
};

export interface Grant {
  _id: string;
  openid: string;
  role: Role;
  scope: Scope;
  grantedBy: string;
  grantedAt: string;
}

/**
 * Who is acting: identity from the CloudBase context, grants from the database, plus the implicit
 * applicant role every signed-in person has and the admin role from the environment.
 */
export interface Actor {
  openid: string;
  grants: Pick<Grant, 'role' | 'scope'>[];
}

export const OFFICER_ROLES: readonly Role[] = ['district_officer', 'city_officer'];
