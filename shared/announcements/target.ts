import { z } from 'zod';
import type { Role, Scope } from '../auth/roles';
import type { DistrictCode } from '../org/districts';
import { DISTRICT_CODES, districtName } from '../org/districts';
import type { Industry, OrgType } from '../org/organizations';
import { INDUSTRIES } from '../org/organizations';
import type { SeriesId } from '../policy/series';
import { SERIES_CATALOGUE, SERIES_IDS } from '../policy/series';
import type { Verdict } from '../policy/types';
import { VERDICT_LABELS, VERDICT_RANK } from '../policy/types';
import type { TitleLevel } from '../policy/vocabulary';
import { TITLE_LEVEL_LABELS, TITLE_LEVELS } from '../policy/vocabulary';
import type { Condition } from './condition';
import { allOf } from './condition';
import { ANNOUNCEMENT_RULES } from './rules';

/**
 * Targeting: who an announcement (or a briefing's audience) is for. A target is a set of kinds, each a list
 * of values; kinds combine with AND, values within a kind with OR; an absent kind restricts nothing
 * (rule `target-flat-attributes`). A person is a flat `Recipient` profile; `reaches(target, person)` is the
 * one predicate. The same per-kind encoding (`personValues` / `targetValues`) gives the two queries the
 * functions need: recipients a target reaches (fan-out, reach counts) and announcements a person is
 * reached by (the feed). Both are tested against `reaches` and against the database's own semantics.
 */

export const AUDIENCE_ROLES = ['applicant', 'employer_hr', 'recommender'] as const;
export type AudienceRole = (typeof AUDIENCE_ROLES)[number];
export const AUDIENCE_ROLE_LABELS: Record<AudienceRole, string> = { applicant: '申报人', employer_hr: '单位人事', recommender: '推荐单位' };

export const ELIGIBILITY_VERDICTS = ANNOUNCEMENT_RULES.checkTargets.parameters.verdicts;
export type EligibilityVerdict = (typeof ELIGIBILITY_VERDICTS)[number];

/** A series, and optionally one of its levels (absent = any level of the series). */
export interface TitleRef {
  series: SeriesId;
  level?: TitleLevel;
}
export interface EligibilityRef extends TitleRef {
  verdicts: EligibilityVerdict[];
}

export interface Target {
  roles?: AudienceRole[];
  districts?: DistrictCode[];
  industries?: Industry[];
  /** Employer organization ids. */
  employers?: string[];
  /** Recommending bodies (organization ids): their members. */
  bodies?: string[];
  /** People whose latest saved self-check looked at this series (and level). */
  titles?: TitleRef[];
  /** People whose latest saved self-check says likely / not yet for this series (and level). */
  eligibility?: EligibilityRef[];
}

export const TARGET_KINDS = ['roles', 'districts', 'industries', 'employers', 'bodies', 'titles', 'eligibility'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];
export const TARGET_KIND_LABELS: Record<TargetKind, string> = {
  roles: '角色',
  districts: '旗县区',
  industries: '行业',
  employers: '单位',
  bodies: '推荐单位会员',
  titles: '系列和级别',
  eligibility: '自测结果',
};

/** One line of a person's latest saved self-check: a title considered and the verdict for it. */
export interface CheckSummaryItem {
  series: SeriesId;
  level: TitleLevel;
  verdict: Verdict;
}

/**
 * A person as targeting sees them. The function builds it (see `recipientProfile` and rule `recipient-ties`)
 * and keeps it, flattened by `recipientKeys`, in one document per person for the candidate queries.
 */
export interface Recipient {
  openid: string;
  /** Roles with scopes, as in `Actor`. */
  grants: { role: Role; scope: Scope }[];
  districts: DistrictCode[];
  industries: Industry[];
  /** Employers the person belongs to (HR of them, or applied through them). */
  employerOrgIds: string[];
  /** Recommending bodies the person is a member of. */
  bodyOrgIds: string[];
  /** The latest saved self-check, one line per title (see `checkSummary`). */
  latestCheck: CheckSummaryItem[];
}

// ---------------------------------------------------------------- the per-kind encoding (the rule, once)

/** A target kind left open is stored as this value, so that "any" is a value a query can ask for. */
export const ANY = '*';

const titleKey = (series: string, level: string | undefined) => `${series}:${level ?? ANY}`;
const uniq = <T>(xs: readonly T[]) => [...new Set(xs)];

function grantOrgs(p: Pick<Recipient, 'grants'>, role: 'employer_hr' | 'recommender'): string[] {
  return p.grants.flatMap((g) => (g.role === role && g.scope.kind === 'org' ? [g.scope.orgId] : []));
}

/** What a person "is" for one kind of target: the values a target of that kind may name to include them. */
export function personValues(kind: TargetKind, p: Recipient): string[] {
  switch (kind) {
    case 'roles': {
      const roles: AudienceRole[] = [];
      if (grantOrgs(p, 'employer_hr').length) roles.push('employer_hr');
      if (grantOrgs(p, 'recommender').length) roles.push('recommender');
      // Rule `target-applicant-role`: everyone signed in is an applicant (or, the alternative, only those with no staff role).
      if (ANNOUNCEMENT_RULES.applicantRole.parameters.applicantIsEveryone || !roles.length) roles.unshift('applicant');
      return roles;
    }
    case 'districts':
      return uniq(p.districts);
    case 'industries':
      return uniq(p.industries);
    case 'employers':
      return uniq([...p.employerOrgIds, ...grantOrgs(p, 'employer_hr')]);
    case 'bodies':
      return uniq([...p.bodyOrgIds, ...grantOrgs(p, 'recommender')]);
    case 'titles':
      return uniq(p.latestCheck.flatMap((c) => [titleKey(c.series, c.level), titleKey(c.series, undefined)]));
    case 'eligibility':
      return uniq(
        checkSummary(p.latestCheck)
          .filter((c) => (ELIGIBILITY_VERDICTS as readonly string[]).includes(c.verdict))
          .flatMap((c) => [`${c.verdict}:${titleKey(c.series, c.level)}`, `${c.verdict}:${titleKey(c.series, undefined)}`]),
      );
  }
}

/** The values a target names for one kind; null when the kind is left open. */
export function targetValues(kind: TargetKind, t: Target): string[] | null {
  switch (kind) {
    case 'titles':
      return t.titles?.length ? uniq(t.titles.map((x) => titleKey(x.series, x.level))) : null;
    case 'eligibility':
      return t.eligibility?.length ? uniq(t.eligibility.flatMap((e) => e.verdicts.map((v) => `${v}:${titleKey(e.series, e.level)}`))) : null;
    default: {
      const list = t[kind] as readonly string[] | undefined;
      return list?.length ? uniq(list) : null;
    }
  }
}

/** The kinds a target restricts. */
export function restrictedKinds(t: Target): TargetKind[] {
  return TARGET_KINDS.filter((k) => targetValues(k, t) !== null);
}

/** THE predicate: does the target reach the person? */
export function reaches(t: Target, p: Recipient): boolean {
  return TARGET_KINDS.every((kind) => {
    const wanted = targetValues(kind, t);
    if (wanted === null) return true;
    const has = personValues(kind, p);
    return wanted.some((v) => has.includes(v));
  });
}

/** Best verdict per title of a check (several routes can look at one title). */
export function checkSummary(items: readonly CheckSummaryItem[]): CheckSummaryItem[] {
  const best = new Map<string, CheckSummaryItem>();
  for (const c of items) {
    const k = titleKey(c.series, c.level);
    const was = best.get(k);
    if (!was || VERDICT_RANK[c.verdict] > VERDICT_RANK[was.verdict]) best.set(k, { series: c.series, level: c.level, verdict: c.verdict });
  }
  return [...best.values()];
}

// ---------------------------------------------------------------- query 1: the recipients a target reaches

/** A person as stored for targeting (one document per openid): one array per kind. */
export type RecipientKeys = { openid: string } & Record<TargetKind, string[]>;
export type RecipientKeyName = keyof RecipientKeys;

export function recipientKeys(p: Recipient): RecipientKeys {
  const keys = { openid: p.openid } as RecipientKeys;
  for (const kind of TARGET_KINDS) keys[kind] = personValues(kind, p);
  return keys;
}

/** The recipients a target reaches, as a condition over `RecipientKeys` (array fields: `in` = shares a value). */
export function recipientCondition(t: Target): Condition<RecipientKeyName> {
  const parts: Condition<RecipientKeyName>[] = restrictedKinds(t).map((kind) => ({ key: kind, in: targetValues(kind, t)! }));
  // Every person is an applicant: the condition for "everyone".
  return parts.length ? allOf(parts) : { key: 'roles', eq: 'applicant' };
}

/** The kinds in the order they usually narrow the most: the first restricted one leads the index. */
const SELECTIVITY: readonly TargetKind[] = ['employers', 'bodies', 'eligibility', 'titles', 'industries', 'districts', 'roles'];

export const RECIPIENTS_COLLECTION = 'recipients';

/**
 * How the function finds the people a target reaches, in bounded pages: the `recipients` collection (one
 * document per person, `recipientKeys` of their profile, refreshed whenever a grant, an application's
 * employer or body, an organization's district or industry, or a saved self-check changes), filtered by
 * `recipientCondition`, ordered by openid, resumed after the last openid of the previous page. Each page is
 * then filtered again with `reaches` over the freshly built profiles (the same rule; it drops a document
 * that went stale between its refresh and the page). Indexes: `RECIPIENT_INDEXES`.
 */
export interface CandidatePlan {
  collection: typeof RECIPIENTS_COLLECTION;
  where: Condition<RecipientKeyName>;
  /** The kind whose index leads (`<kind>_openid`); null for "everyone" (the openid index). */
  lead: TargetKind | null;
  orderBy: { key: 'openid'; direction: 'asc' };
}

export function candidatePlan(t: Target): CandidatePlan {
  const kinds = restrictedKinds(t);
  return {
    collection: RECIPIENTS_COLLECTION,
    where: recipientCondition(t),
    lead: SELECTIVITY.find((k) => kinds.includes(k)) ?? null,
    orderBy: { key: 'openid', direction: 'asc' },
  };
}

/** One page of candidates after `afterOpenid` (exclusive; null = from the start). */
export function candidatePage(t: Target, afterOpenid: string | null): Condition<RecipientKeyName> {
  const where = recipientCondition(t);
  return afterOpenid === null ? where : allOf([where, { key: 'openid', gt: afterOpenid }]);
}

/** Index specs for the recipients collection (for the collections manifest). */
export const RECIPIENT_INDEXES = [
  { name: 'openid_unique', keys: { openid: 1 }, unique: true },
  ...SELECTIVITY.map((k) => ({ name: `${k}_openid`, keys: { [k]: 1, openid: 1 } as Record<string, 1 | -1> })),
] as const;

// ---------------------------------------------------------------- query 2: the announcements that reach a person

export const REACH_KEYS: Record<TargetKind, `reach${Capitalize<TargetKind>}`> = {
  roles: 'reachRoles',
  districts: 'reachDistricts',
  industries: 'reachIndustries',
  employers: 'reachEmployers',
  bodies: 'reachBodies',
  titles: 'reachTitles',
  eligibility: 'reachEligibility',
};
export type ReachKeyName = (typeof REACH_KEYS)[TargetKind];
export type ReachKeys = Record<ReachKeyName, string[]>;

/** A target as stored on the announcement: one array per kind, `[ANY]` for a kind left open. */
export function reachKeys(t: Target): ReachKeys {
  const keys = {} as ReachKeys;
  for (const kind of TARGET_KINDS) keys[REACH_KEYS[kind]] = targetValues(kind, t) ?? [ANY];
  return keys;
}

/** The stored targets that reach this person: for each kind, open or naming one of the person's values. */
export function reachedByCondition(p: Recipient): Condition<ReachKeyName> {
  return allOf(TARGET_KINDS.map((kind) => ({ key: REACH_KEYS[kind], in: [...personValues(kind, p), ANY] })));
}

// ---------------------------------------------------------------- building a profile (rule `recipient-ties`)

export interface OrgFacts {
  type: OrgType;
  district: DistrictCode;
  industry?: Industry;
}

/**
 * The profile of a person from what the database holds: their grants, the employer and body of each of
 * their applications, the organizations involved, and their latest saved self-check (routes' titles and
 * verdicts). Employers: those they are HR of and those they applied through; districts: of those employers
 * and of the bodies they are staff of; industries: of the employers; bodies: those they are staff of and
 * those that recommended their applications.
 */
export function recipientProfile(input: {
  openid: string;
  grants: { role: Role; scope: Scope }[];
  applications: { employerOrgId: string; bodyOrgId?: string | null }[];
  orgs: Readonly<Record<string, OrgFacts>>;
  latestCheck: readonly CheckSummaryItem[];
}): Recipient {
  const base = { openid: input.openid, grants: input.grants };
  const from = ANNOUNCEMENT_RULES.recipientTies.parameters;
  const viaApplications = (list: readonly string[]) => list.includes('applications');
  const hrOrgs = (from.employersFrom as readonly string[]).includes('employer_hr_grants') ? grantOrgs(base, 'employer_hr') : [];
  const employers = uniq([...hrOrgs, ...(viaApplications(from.employersFrom) ? input.applications.map((a) => a.employerOrgId) : [])]);
  const staffBodies = (from.bodiesFrom as readonly string[]).includes('recommender_grants') ? grantOrgs(base, 'recommender') : [];
  const bodies = uniq([...staffBodies, ...(viaApplications(from.bodiesFrom) ? input.applications.flatMap((a) => (a.bodyOrgId ? [a.bodyOrgId] : [])) : [])]);
  const known = (id: string) => input.orgs[id];
  return {
    ...base,
    employerOrgIds: employers,
    bodyOrgIds: bodies,
    districts: uniq([...employers, ...staffBodies].flatMap((id) => (known(id) ? [known(id).district] : []))),
    industries: uniq(employers.flatMap((id) => (known(id)?.industry ? [known(id).industry!] : []))),
    latestCheck: checkSummary(input.latestCheck),
  };
}

// ---------------------------------------------------------------- words

export function titleRefLabel(t: TitleRef): string {
  const s = SERIES_CATALOGUE[t.series];
  if (!t.level) return `${s.name}系列`;
  const name = s.levels[t.level]?.titleName;
  return `${s.name}${TITLE_LEVEL_LABELS[t.level].replace(/（.*）/, '')}${name ? `（${name}）` : ''}`;
}

/**
 * A target in one line of Chinese: “稀土高新区 · 稀土新材料行业 · 单位人事”. Organization names come from
 * `names` (ids the caller could not name are counted: “3 家单位”).
 */
export function targetSummary(t: Target, names: Readonly<Record<string, string>> = {}): string {
  const orgs = (ids: readonly string[], unit: string) => {
    const named = ids.filter((id) => names[id]).map((id) => names[id]);
    const rest = ids.length - named.length;
    return [...named, ...(rest ? [`${named.length ? '另 ' : ''}${rest} 家${unit}`] : [])].join('、');
  };
  const parts: string[] = [];
  if (t.districts?.length) parts.push(t.districts.map(districtName).join('、'));
  if (t.industries?.length) parts.push(`${t.industries.join('、')}行业`);
  if (t.employers?.length) parts.push(orgs(t.employers, '单位'));
  if (t.bodies?.length) parts.push(`${orgs(t.bodies, '推荐单位')}的会员`);
  if (t.titles?.length) parts.push(`自测过${t.titles.map(titleRefLabel).join('、')}`);
  if (t.eligibility?.length)
    parts.push(t.eligibility.map((e) => `自测${e.verdicts.map((v) => VERDICT_LABELS[v]).join('或')}${titleRefLabel(e)}`).join('、'));
  const roles = t.roles?.length ? t.roles.map((r) => AUDIENCE_ROLE_LABELS[r]).join('、') : '';
  if (roles) parts.push(roles);
  if (!parts.length) return '全市所有人';
  return parts.join(' · ');
}

// ---------------------------------------------------------------- schema

export const TARGET_LIMITS = { employers: 50, bodies: 20, titles: 20, eligibility: 20 } as const;
const ORG_ID = /^[A-Za-z0-9_-]{1,64}$/;

function list<T extends z.ZodType>(item: T, label: string, max: number) {
  return z
    .array(item, { error: `${label}应为列表` })
    .min(1, `请至少选择一个${label}，或者不限${label}`)
    .max(max, `${label}最多选 ${max} 个`)
    .refine((xs) => new Set(xs.map((x) => JSON.stringify(x))).size === xs.length, `${label}不要重复选择`);
}

const orgId = (label: string) => z.string({ error: `请选择${label}` }).regex(ORG_ID, `${label}编号不正确`);

function levelInSeries(t: { series: SeriesId; level?: TitleLevel }, ctx: z.RefinementCtx) {
  if (t.level && !SERIES_CATALOGUE[t.series].levels[t.level]) {
    ctx.addIssue({ code: 'custom', path: ['level'], message: `${SERIES_CATALOGUE[t.series].name}系列没有${TITLE_LEVEL_LABELS[t.level]}` });
  }
}
const titleRefShape = {
  series: z.enum(SERIES_IDS, { error: '请选择职称系列' }),
  level: z.enum(TITLE_LEVELS, { error: '职称级别不正确' }).optional(),
};
export const titleRefSchema = z.strictObject(titleRefShape, { error: '系列和级别格式不正确' }).superRefine(levelInSeries);
export const eligibilityRefSchema = z
  .strictObject(
    {
      ...titleRefShape,
      verdicts: list(z.enum(ELIGIBILITY_VERDICTS, { error: '自测结果只能选“很可能符合”或“暂未满足年限”' }), '自测结果', ELIGIBILITY_VERDICTS.length),
    },
    { error: '自测结果条件格式不正确' },
  )
  .superRefine(levelInSeries);

export const targetSchema = z.strictObject(
  {
    roles: list(z.enum(AUDIENCE_ROLES, { error: '角色只能选申报人、单位人事或推荐单位' }), '角色', AUDIENCE_ROLES.length).optional(),
    districts: list(z.enum(DISTRICT_CODES, { error: '请从列表中选择旗县区' }), '旗县区', DISTRICT_CODES.length).optional(),
    industries: list(z.enum(INDUSTRIES, { error: '请从列表中选择行业' }), '行业', INDUSTRIES.length).optional(),
    employers: list(orgId('单位'), '单位', TARGET_LIMITS.employers).optional(),
    bodies: list(orgId('推荐单位'), '推荐单位', TARGET_LIMITS.bodies).optional(),
    titles: list(titleRefSchema, '系列和级别', TARGET_LIMITS.titles).optional(),
    eligibility: list(eligibilityRefSchema, '自测结果条件', TARGET_LIMITS.eligibility).optional(),
  },
  { error: '发布范围格式不正确' },
);

/** A briefing's audience: districts, industries and roles only (issue 8). */
export const audienceSchema = targetSchema.pick({ roles: true, districts: true, industries: true });
