import type { Role, Scope } from '../auth/roles';
import type { DistrictCode } from '../org/districts';
import type { Industry } from '../org/organizations';
import type { Condition } from './condition';
import type { Block } from './body';
import type { AnnouncementContent } from './model';
import type { Publisher } from './publishers';
import { publisherOf } from './publishers';
import type { CheckSummaryItem, Recipient } from './target';

/** Test fixtures for announcements and briefings: people, publishers, content, and conditions as Mongo queries. */

export const KDL: DistrictCode = '150203';
export const GX: DistrictCode = '150271';
export const DH: DistrictCode = '150202';

export function person(
  openid: string,
  p: {
    grants?: [Role, Scope][];
    districts?: DistrictCode[];
    industries?: Industry[];
    employers?: string[];
    bodies?: string[];
    check?: CheckSummaryItem[];
  } = {},
): Recipient {
  return {
    openid,
    grants: [{ role: 'applicant', scope: { kind: 'self' } }, ...(p.grants ?? []).map(([role, scope]) => ({ role, scope }))],
    districts: p.districts ?? [],
    industries: p.industries ?? [],
    employerOrgIds: p.employers ?? [],
    bodyOrgIds: p.bodies ?? [],
    latestCheck: p.check ?? [],
  };
}

export const org = (orgId: string): Extract<Scope, { kind: 'org' }> => ({ kind: 'org', orgId });

export const PEOPLE = {
  cityOfficer: person('o-city', { grants: [['city_officer', { kind: 'city' }]] }),
  admin: person('o-admin', { grants: [['admin', { kind: 'city' }]] }),
  kdlOfficer: person('o-kdl', { grants: [['district_officer', { kind: 'district', district: KDL }]] }),
  gxOfficer: person('o-gx', { grants: [['district_officer', { kind: 'district', district: GX }]] }),
  /** HR of a rare-earth company in 稀土高新区. */
  gxHr: person('o-gx-hr', { grants: [['employer_hr', org('emp-gx')]], districts: [GX], industries: ['稀土新材料'] }),
  /** HR of a steel company in 昆都仑区. */
  kdlHr: person('o-kdl-hr', { grants: [['employer_hr', org('emp-kdl')]], districts: [KDL], industries: ['钢铁'] }),
  /** An engineer of the 稀土高新区 company, likely eligible for 工程师. */
  gxEngineer: person('o-gx-eng', {
    districts: [GX],
    industries: ['稀土新材料'],
    employers: ['emp-gx'],
    check: [{ series: 'engineering', level: 'intermediate', verdict: 'likely' }],
  }),
  kdlEngineer: person('o-kdl-eng', {
    districts: [KDL],
    industries: ['钢铁'],
    employers: ['emp-kdl'],
    bodies: ['assoc-1'],
    check: [{ series: 'engineering', level: 'intermediate', verdict: 'not_yet' }],
  }),
  bodyStaff: person('o-assoc', { grants: [['recommender', org('assoc-1')]], districts: [KDL] }),
  stranger: person('o-stranger'),
} satisfies Record<string, Recipient>;

export const PUBLISHERS = {
  city: publisherOf({ role: 'city_officer', scope: { kind: 'city' } }),
  kdl: publisherOf({ role: 'district_officer', scope: { kind: 'district', district: KDL } }),
  gx: publisherOf({ role: 'district_officer', scope: { kind: 'district', district: GX } }),
  gxHr: publisherOf({ role: 'employer_hr', scope: org('emp-gx') }, { orgName: '包头稀土高新材料有限公司', orgDistrict: GX }),
  assoc: publisherOf({ role: 'recommender', scope: org('assoc-1') }, { orgName: '包头市稀土行业协会', orgDistrict: KDL }),
} satisfies Record<string, Publisher>;

export const BODY: Block[] = [
  { type: 'heading', level: 1, text: '申报须知' },
  { type: 'paragraph', content: [{ text: '2026 年度社会化职称评审开始申报，' }, { text: '直接申报中级', link: { kind: 'clause', clause: '第二条' } }, { text: '的条件见政策。' }] },
  {
    type: 'list',
    style: 'numbered',
    items: [{ content: [{ text: '网上注册' }] }, { content: [{ text: '单位审核公示' }], children: { style: 'bulleted', items: [{ content: [{ text: '公示 5 个工作日' }] }] } }],
  },
];

export function content(extra: Partial<AnnouncementContent> = {}): AnnouncementContent {
  return {
    title: '2026年度职称申报通知',
    category: 'application_notice',
    body: BODY,
    attachments: [],
    target: {},
    publishAt: null,
    expiresAt: null,
    pinned: false,
    ...extra,
  };
}

/** China wall-clock time: china('2026-12-01T10:00'). */
export function china(local: string): Date {
  return new Date(`${local}:00+08:00`);
}

/** A condition as the database receives it (Mongo operators), written independently of `matches`. */
export function mongo(c: Condition): Record<string, unknown> {
  if ('and' in c) return { $and: c.and.map(mongo) };
  if ('or' in c) return { $or: c.or.map(mongo) };
  const op = (['eq', 'in', 'ne', 'lt', 'lte', 'gt', 'gte'] as const).find((k) => k in c)!;
  const value = (c as Record<string, unknown>)[op];
  return { [c.key]: { [`$${op}`]: Array.isArray(value) ? [...value] : value } };
}
