import fc from 'fast-check';
import { Query } from 'mingo';
import type { Role, Scope } from '../auth/roles';
import type { DistrictCode } from '../org/districts';
import type { Industry } from '../org/organizations';
import type { SeriesId } from '../policy/series';
import type { Verdict } from '../policy/types';
import type { TitleLevel } from '../policy/vocabulary';
import { matches } from './condition';
import { DH, GX, KDL, PEOPLE, mongo, person } from '../../test/fixtures/announcements';
import type { CheckSummaryItem, Recipient, Target } from './target';
import {
  candidatePage,
  candidatePlan,
  checkSummary,
  reachedByCondition,
  reaches,
  reachKeys,
  recipientCondition,
  recipientKeys,
  recipientProfile,
  targetSchema,
  targetSummary,
} from './target';

const districts: DistrictCode[] = [KDL, GX, DH];
const industries: Industry[] = ['稀土新材料', '钢铁', '装备制造'];
const orgs = ['emp-1', 'emp-2', 'emp-3'];
const bodies = ['assoc-1', 'centre-1'];
const series: SeriesId[] = ['engineering', 'accounting'];
const levels: TitleLevel[] = ['assistant', 'intermediate', 'deputy_senior'];
const verdicts: Verdict[] = ['likely', 'not_yet', 'confirm', 'not_eligible'];

const sub = <T>(xs: readonly T[]) => fc.uniqueArray(fc.constantFrom(...xs), { minLength: 1, maxLength: xs.length });
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const targetArb: fc.Arbitrary<Target> = fc
  .record({
    roles: maybe(sub(['applicant', 'employer_hr', 'recommender'] as const)),
    districts: maybe(sub(districts)),
    industries: maybe(sub(industries)),
    employers: maybe(sub(orgs)),
    bodies: maybe(sub(bodies)),
    titles: maybe(fc.array(fc.record({ series: fc.constantFrom(...series), level: maybe(fc.constantFrom(...levels)) }), { minLength: 1, maxLength: 3 })),
    eligibility: maybe(
      fc.array(
        fc.record({ series: fc.constantFrom(...series), level: maybe(fc.constantFrom(...levels)), verdicts: sub(['likely', 'not_yet'] as const) }),
        { minLength: 1, maxLength: 2 },
      ),
    ),
  })
  .map((t) => Object.fromEntries(Object.entries(t).filter(([, v]) => v !== undefined)) as Target);

const grantArb: fc.Arbitrary<[Role, Scope]> = fc.oneof(
  fc.constantFrom(...orgs).map((orgId): [Role, Scope] => ['employer_hr', { kind: 'org', orgId }]),
  fc.constantFrom(...bodies).map((orgId): [Role, Scope] => ['recommender', { kind: 'org', orgId }]),
  fc.constantFrom(...districts).map((district): [Role, Scope] => ['district_officer', { kind: 'district', district }]),
);
const checkArb: fc.Arbitrary<CheckSummaryItem> = fc.record({
  series: fc.constantFrom(...series),
  level: fc.constantFrom(...levels),
  verdict: fc.constantFrom(...verdicts),
});
const recipientArb: fc.Arbitrary<Recipient> = fc
  .record({
    openid: fc.constantFrom('o-1', 'o-2', 'o-3', 'o-4'),
    grants: fc.array(grantArb, { maxLength: 2 }),
    districts: fc.uniqueArray(fc.constantFrom(...districts), { maxLength: 2 }),
    industries: fc.uniqueArray(fc.constantFrom(...industries), { maxLength: 2 }),
    employers: fc.uniqueArray(fc.constantFrom(...orgs), { maxLength: 2 }),
    bodies: fc.uniqueArray(fc.constantFrom(...bodies), { maxLength: 1 }),
    check: fc.array(checkArb, { maxLength: 3 }),
  })
  .map((r) => person(r.openid, r));

/** The targeting rule written out on its own, from issue 8's words. */
function oracle(t: Target, p: Recipient): boolean {
  const hr = p.grants.filter((g) => g.role === 'employer_hr').map((g) => (g.scope as { orgId: string }).orgId);
  const staff = p.grants.filter((g) => g.role === 'recommender').map((g) => (g.scope as { orgId: string }).orgId);
  const roleOk =
    !t.roles || t.roles.some((r) => r === 'applicant' || (r === 'employer_hr' && hr.length > 0) || (r === 'recommender' && staff.length > 0));
  const districtOk = !t.districts || t.districts.some((d) => p.districts.includes(d));
  const industryOk = !t.industries || t.industries.some((i) => p.industries.includes(i));
  const employerOk = !t.employers || t.employers.some((e) => p.employerOrgIds.includes(e) || hr.includes(e));
  const bodyOk = !t.bodies || t.bodies.some((b) => p.bodyOrgIds.includes(b) || staff.includes(b));
  const titleOk = !t.titles || t.titles.some((x) => p.latestCheck.some((c) => c.series === x.series && (!x.level || c.level === x.level)));
  const eligOk =
    !t.eligibility ||
    t.eligibility.some((e) =>
      p.latestCheck.some((c) => {
        if (c.series !== e.series || (e.level && c.level !== e.level)) return false;
        // the best verdict for that exact title
        const rank = { not_eligible: 0, not_yet: 1, confirm: 2, likely: 3 };
        const best = p.latestCheck.filter((x) => x.series === c.series && x.level === c.level).reduce((a, b) => (rank[b.verdict] > rank[a.verdict] ? b : a));
        return (e.verdicts as string[]).includes(best.verdict);
      }),
    );
  return roleOk && districtOk && industryOk && employerOk && bodyOk && titleOk && eligOk;
}

const dbSays = (c: Parameters<typeof mongo>[0], doc: object) => new Query(mongo(c)).test(doc);

describe('one targeting rule: the predicate, both queries, the database and the words agree', () => {
  it('reaches = the rule written out = recipients query = announcements query (for random targets × people)', () => {
    fc.assert(
      fc.property(targetArb, recipientArb, (t, p) => {
        const r = reaches(t, p);
        expect(r).toBe(oracle(t, p));
        const toPeople = recipientCondition(t);
        expect(matches(toPeople, recipientKeys(p))).toBe(r);
        expect(dbSays(toPeople, recipientKeys(p))).toBe(r);
        const toAnnouncements = reachedByCondition(p);
        expect(matches(toAnnouncements, reachKeys(t))).toBe(r);
        expect(dbSays(toAnnouncements, reachKeys(t))).toBe(r);
      }),
      { numRuns: 2000 },
    );
  });

  it('an open target reaches everyone, also in the database', () => {
    fc.assert(
      fc.property(recipientArb, (p) => {
        expect(reaches({}, p)).toBe(true);
        expect(dbSays(recipientCondition({}), recipientKeys(p))).toBe(true);
      }),
    );
  });

  it('adding a kind never widens a target (AND across kinds); adding a value never narrows it (OR within)', () => {
    fc.assert(
      fc.property(targetArb, recipientArb, fc.constantFrom(...districts), (t, p, d) => {
        const withDistrict: Target = { ...t, districts: [...new Set([...(t.districts ?? []), d])] };
        if (!t.districts && reaches(withDistrict, p)) expect(reaches(t, p)).toBe(true);
        if (t.districts && reaches(t, p)) expect(reaches(withDistrict, p)).toBe(true);
      }),
    );
  });
});

describe('each kind of target, on the cast', () => {
  const { gxHr, kdlHr, kdlEngineer, bodyStaff, stranger } = PEOPLE;
  const who = (t: Target) => Object.entries(PEOPLE).filter(([, p]) => reaches(t, p)).map(([k]) => k);

  it('role: applicants are everyone; HR and bodies only those who hold the role', () => {
    expect(who({ roles: ['applicant'] })).toHaveLength(Object.keys(PEOPLE).length);
    expect(who({ roles: ['employer_hr'] })).toEqual(['gxHr', 'kdlHr']);
    expect(who({ roles: ['recommender'] })).toEqual(['bodyStaff']);
    expect(who({ roles: ['employer_hr', 'recommender'] })).toEqual(['gxHr', 'kdlHr', 'bodyStaff']);
  });

  it('district, industry, employer, body', () => {
    expect(who({ districts: [GX] })).toEqual(['gxHr', 'gxEngineer']);
    expect(who({ industries: ['钢铁'] })).toEqual(['kdlHr', 'kdlEngineer']);
    expect(who({ employers: ['emp-gx'] })).toEqual(['gxHr', 'gxEngineer']);
    expect(who({ bodies: ['assoc-1'] })).toEqual(['kdlEngineer', 'bodyStaff']);
  });

  it('series and level, and eligibility, from the latest saved check', () => {
    expect(who({ titles: [{ series: 'engineering' }] })).toEqual(['gxEngineer', 'kdlEngineer']);
    expect(who({ titles: [{ series: 'engineering', level: 'deputy_senior' }] })).toEqual([]);
    expect(who({ eligibility: [{ series: 'engineering', level: 'intermediate', verdicts: ['likely'] }] })).toEqual(['gxEngineer']);
    expect(who({ eligibility: [{ series: 'engineering', verdicts: ['not_yet'] }] })).toEqual(['kdlEngineer']);
    expect(who({ eligibility: [{ series: 'engineering', verdicts: ['likely', 'not_yet'] }] })).toEqual(['gxEngineer', 'kdlEngineer']);
    expect(reaches({ titles: [{ series: 'engineering' }] }, stranger)).toBe(false);
  });

  it('combinations: “稀土高新区 · 稀土新材料行业 · 单位人事” reaches that HR only', () => {
    const t: Target = { districts: [GX], industries: ['稀土新材料'], roles: ['employer_hr'] };
    expect(who(t)).toEqual(['gxHr']);
    expect(targetSummary(t)).toBe('稀土高新区 · 稀土新材料行业 · 单位人事');
    expect(reaches({ districts: [GX, KDL], roles: ['employer_hr'] }, kdlHr)).toBe(true);
    expect(reaches({ districts: [GX], industries: ['钢铁'] }, gxHr)).toBe(false);
    expect(reaches({ districts: [KDL], eligibility: [{ series: 'engineering', verdicts: ['likely'] }] }, kdlEngineer)).toBe(false);
    expect(reaches({ employers: ['emp-kdl'], bodies: ['assoc-1'] }, bodyStaff)).toBe(false);
  });

  it('one title counts with its best verdict (several routes can look at one title)', () => {
    const p = person('o-x', {
      check: [
        { series: 'engineering', level: 'intermediate', verdict: 'not_yet' },
        { series: 'engineering', level: 'intermediate', verdict: 'likely' },
      ],
    });
    expect(checkSummary(p.latestCheck)).toEqual([{ series: 'engineering', level: 'intermediate', verdict: 'likely' }]);
    expect(reaches({ eligibility: [{ series: 'engineering', verdicts: ['not_yet'] }] }, p)).toBe(false);
    expect(reaches({ eligibility: [{ series: 'engineering', verdicts: ['likely'] }] }, p)).toBe(true);
  });
});

describe('the words of a target', () => {
  it('names every kind, organizations by name or by count', () => {
    expect(targetSummary({})).toBe('全市所有人');
    expect(targetSummary({ employers: ['emp-1', 'emp-2'] }, { 'emp-1': '包头某稀土公司' })).toBe('包头某稀土公司、另 1 家单位');
    expect(targetSummary({ bodies: ['assoc-1'] }, { 'assoc-1': '包头市稀土行业协会' })).toBe('包头市稀土行业协会的会员');
    expect(targetSummary({ titles: [{ series: 'engineering', level: 'intermediate' }] })).toBe('自测过工程技术中级（工程师）');
    expect(targetSummary({ eligibility: [{ series: 'engineering', level: 'intermediate', verdicts: ['likely', 'not_yet'] }], roles: ['applicant'] })).toBe(
      '自测很可能符合或暂未满足年限工程技术中级（工程师） · 申报人',
    );
  });
});

describe('the schema bounds a target and speaks Chinese', () => {
  const issue = (v: unknown) => {
    const r = targetSchema.safeParse(v);
    return r.success ? null : r.error.issues[0].message;
  };
  it('accepts a full target', () => {
    expect(issue({ roles: ['employer_hr'], districts: [GX], industries: ['稀土新材料'], employers: ['emp-1'], titles: [{ series: 'engineering', level: 'intermediate' }] })).toBeNull();
  });
  it('refuses empty lists, repeats, unknown values, levels a series lacks, and unknown kinds', () => {
    expect(issue({ districts: [] })).toBe('请至少选择一个旗县区，或者不限旗县区');
    expect(issue({ districts: [GX, GX] })).toBe('旗县区不要重复选择');
    expect(issue({ districts: ['110101'] })).toBe('请从列表中选择旗县区');
    expect(issue({ roles: ['city_officer'] })).toBe('角色只能选申报人、单位人事或推荐单位');
    expect(issue({ titles: [{ series: 'publishing', level: 'junior_staff' }] })).toBe('出版系列没有员级（初级）');
    expect(issue({ eligibility: [{ series: 'engineering', verdicts: ['not_eligible'] }] })).toBe('自测结果只能选“很可能符合”或“暂未满足年限”');
    expect(issue({ employers: Array.from({ length: 51 }, (_, i) => `e-${i}`) })).toBe('单位最多选 50 个');
    expect(issue({ people: ['o-1'] })).not.toBeNull();
  });
});

describe('finding candidates in bounded pages', () => {
  it('leads with the most selective kind and pages by openid', () => {
    const t: Target = { districts: [GX], employers: ['emp-1'], roles: ['employer_hr'] };
    const plan = candidatePlan(t);
    expect(plan.collection).toBe('recipients');
    expect(plan.lead).toBe('employers');
    expect(candidatePlan({}).lead).toBeNull();
    const page = candidatePage(t, 'o-2');
    expect(matches(page, recipientKeys(person('o-3', { grants: [['employer_hr', { kind: 'org', orgId: 'emp-1' }]], districts: [GX] })))).toBe(true);
    expect(matches(page, recipientKeys(person('o-1', { grants: [['employer_hr', { kind: 'org', orgId: 'emp-1' }]], districts: [GX] })))).toBe(false);
  });

  it('paging through everyone with the page condition visits each reached person once, in order', () => {
    fc.assert(
      fc.property(targetArb, fc.uniqueArray(recipientArb, { selector: (p) => p.openid, maxLength: 4 }), fc.integer({ min: 1, max: 3 }), (t, people, size) => {
        const sorted = [...people].sort((a, b) => (a.openid < b.openid ? -1 : 1));
        const seen: string[] = [];
        let after: string | null = null;
        for (let guard = 0; guard < 10; guard++) {
          const c = candidatePage(t, after);
          const page = sorted.filter((p) => matches(c, recipientKeys(p))).slice(0, size);
          seen.push(...page.map((p) => p.openid));
          if (page.length < size) break;
          after = page[page.length - 1].openid;
        }
        expect(seen).toEqual(sorted.filter((p) => reaches(t, p)).map((p) => p.openid));
      }),
    );
  });
});

describe('a person’s profile from stored ties (rule recipient-ties)', () => {
  it('employers from HR grants and applications; districts from employers and staffed bodies; industries from employers', () => {
    const p = recipientProfile({
      openid: 'o-1',
      grants: [
        { role: 'applicant', scope: { kind: 'self' } },
        { role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-1' } },
        { role: 'recommender', scope: { kind: 'org', orgId: 'assoc-1' } },
      ],
      applications: [{ employerOrgId: 'emp-2', bodyOrgId: 'centre-1' }],
      orgs: {
        'emp-1': { type: 'employer', district: GX, industry: '稀土新材料' },
        'emp-2': { type: 'employer', district: KDL, industry: '钢铁' },
        'assoc-1': { type: 'social_org', district: DH },
      },
      latestCheck: [{ series: 'engineering', level: 'intermediate', verdict: 'likely' }],
    });
    expect(p.employerOrgIds).toEqual(['emp-1', 'emp-2']);
    expect(p.bodyOrgIds).toEqual(['assoc-1', 'centre-1']);
    expect(p.districts).toEqual([GX, KDL, DH]);
    expect(p.industries).toEqual(['稀土新材料', '钢铁']);
  });
});
