import { isCityWide, officerDistricts, staffOrgIds } from '../auth/policy';
import type { Actor } from '../auth/roles';
import type { Application } from './application';

/**
 * Who may see which record, written once per kind of record as a condition over the record's stored keys.
 * The same condition is both the predicate (`matches`) and the database query (the function turns it into
 * a `where`), so get, lists, exports, counts and notifications cannot disagree.
 */

/** The flat keys an application is stored and queried by (the function's document carries them). */
export interface ApplicationKeys {
  applicantOpenid: string;
  employerOrgId: string;
  district: string;
  bodyOrgId: string | null;
  stage: string;
}

export type KeyName = keyof ApplicationKeys;

/** A condition as data: no database and no platform, so it can be evaluated here and sent as a query there. */
export type Condition =
  | { key: KeyName; eq: string }
  | { key: KeyName; in: readonly string[] }
  | { key: KeyName; ne: string }
  | { and: readonly Condition[] }
  | { or: readonly Condition[] };

export function applicationKeys(app: Application): ApplicationKeys {
  return {
    applicantOpenid: app.applicant.openid,
    employerOrgId: app.employer.orgId,
    district: app.employer.district,
    bodyOrgId: app.recommendingBody?.orgId ?? null,
    stage: app.stage,
  };
}

/** Evaluate a condition with the database's semantics (a missing or null key equals nothing and differs from everything). */
export function matches(c: Condition, keys: ApplicationKeys): boolean {
  if ('and' in c) return c.and.every((x) => matches(x, keys));
  if ('or' in c) return c.or.some((x) => matches(x, keys));
  const v = keys[c.key];
  if ('eq' in c) return v === c.eq;
  if ('in' in c) return v !== null && c.in.includes(v);
  return v !== c.ne;
}

const notDraft: Condition = { key: 'stage', ne: 'draft' };

/**
 * The applications `actor` may see. A draft is the applicant's own business; once submitted, a file is seen
 * by the HR of its employer, the recommending body it was sent to, the officers of its employer's district
 * and the city's officers.
 */
export function visibleApplications(actor: Actor): Condition {
  const parts: Condition[] = [{ key: 'applicantOpenid', eq: actor.openid }];
  if (isCityWide(actor)) parts.push(notDraft);
  else {
    const hr = staffOrgIds(actor, 'employer_hr');
    if (hr.length) parts.push({ and: [{ key: 'employerOrgId', in: hr }, notDraft] });
    const bodies = staffOrgIds(actor, 'recommender');
    if (bodies.length) parts.push({ and: [{ key: 'bodyOrgId', in: bodies }, notDraft] });
    const districts = officerDistricts(actor);
    if (districts.length) parts.push({ and: [{ key: 'district', in: districts }, notDraft] });
  }
  return parts.length === 1 ? parts[0] : { or: parts };
}

export function canSeeApplication(actor: Actor, app: Application): boolean {
  return matches(visibleApplications(actor), applicationKeys(app));
}

/** Whether the actor works on other people's files at all (queues, exports): HR, bodies, officers. */
export function worksOnApplications(actor: Actor): boolean {
  return (
    isCityWide(actor) ||
    officerDistricts(actor).length > 0 ||
    staffOrgIds(actor, 'employer_hr').length > 0 ||
    staffOrgIds(actor, 'recommender').length > 0
  );
}

/** The statistics an actor may see: officers only, over what they may see. */
export function seesStatistics(actor: Actor): boolean {
  return isCityWide(actor) || officerDistricts(actor).length > 0;
}

/**
 * Names in a list: the applicant's own files in full, everyone else's masked. A file opened one at a time,
 * and the rosters an employer or a bureau submits, carry the full name to those who may see the file.
 */
export function listShowsFullName(actor: Actor, app: Application): boolean {
  return app.applicant.openid === actor.openid;
}

/** In a file's audit trail, officers (district, city, admin) see names in full; everyone else sees others masked. */
export function auditShowsFullNames(actor: Actor): boolean {
  return actor.grants.some((g) => g.role === 'district_officer' || g.role === 'city_officer' || g.role === 'admin');
}

// ---------------------------------------------------------------- the employer's public notice

/**
 * **Interpretation (who sees the 公示), a named and editable rule.** Both attachments put the public notice
 * inside the employer (附件1 第三项 3 “经公示无异议后”; 附件2 第三项 2 “在本单位公示”). By default the notice
 * is shown to the employer's own people (its HR, and people who applied through it) and the officers whose
 * scope covers the employer; of these, those who decide objections (HR, officers) do not file them.
 */
export const NOTICE_AUDIENCE = {
  id: 'notice-audience',
  title: '单位内公示谁能看到、谁能提出异议',
  clauses: ['附件1 第三项', '附件2 第三项'],
  quote: '单位对申报材料审核，并将所有申报人员的《专业技术资格送审表》在本单位公示，公示无异议后上报。',
  reading:
    '公示只在本单位内进行：在本单位申报的职工可以看到公示并提出异议；本单位人事、单位所在旗县区的人社部门和市人社局工作人员看到公示并处理异议；其他单位的人看不到。',
  alternatives: ['全市公开公示（任何登录的人都可以看到并提出异议）'],
  editable: true,
  lastReviewed: '2026-12-01',
  parameters: { employerHr: true, employerApplicants: true, districtOfficers: true, cityOfficers: true, everyone: false },
} as const;

export interface NoticeAudienceParameters {
  employerHr: boolean;
  employerApplicants: boolean;
  districtOfficers: boolean;
  cityOfficers: boolean;
  everyone: boolean;
}

/** The person looking at notices: who they are, and the employers they applied through (their declared staff ties). */
export interface NoticeViewer {
  actor: Actor;
  employerOrgIds: readonly string[];
}

/** The files on public notice that `viewer` may see (and object to). */
export function visibleNotices(viewer: NoticeViewer, p: NoticeAudienceParameters = NOTICE_AUDIENCE.parameters): Condition {
  const onNotice: Condition = { key: 'stage', eq: 'public_notice' };
  const { actor } = viewer;
  const city = isCityWide(actor);
  if (p.everyone || (p.cityOfficers && city)) return onNotice;
  const employers = [...(p.employerHr ? staffOrgIds(actor, 'employer_hr') : []), ...(p.employerApplicants ? viewer.employerOrgIds : [])];
  const parts: Condition[] = [{ key: 'applicantOpenid', eq: actor.openid }];
  if (employers.length) parts.push({ key: 'employerOrgId', in: [...new Set(employers)] });
  const districts = p.districtOfficers ? officerDistricts(actor) : [];
  if (districts.length) parts.push({ key: 'district', in: districts });
  return { and: [onNotice, parts.length === 1 ? parts[0] : { or: parts }] };
}

export function canSeeNotice(viewer: NoticeViewer, app: Application, p?: NoticeAudienceParameters): boolean {
  return matches(visibleNotices(viewer, p), applicationKeys(app));
}
