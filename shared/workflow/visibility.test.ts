import fc from 'fast-check';
import { Query } from 'mingo';
import type { Actor, Role, Scope } from '../auth/roles';
import { DISTRICTS } from '../org/districts';
import { WORKFLOW_STAGES } from './stages';
import {
  matches,
  NOTICE_AUDIENCE,
  visibleApplications,
  visibleNotices,
  type ApplicationKeys,
  type Condition,
  type NoticeAudienceParameters,
} from './visibility';

/** The condition as the database receives it (Mongo operators), written independently of `matches`. */
function mongo(c: Condition): Record<string, unknown> {
  if ('and' in c) return { $and: c.and.map(mongo) };
  if ('or' in c) return { $or: c.or.map(mongo) };
  if ('eq' in c) return { [c.key]: { $eq: c.eq } };
  if ('in' in c) return { [c.key]: { $in: [...c.in] } };
  return { [c.key]: { $ne: c.ne } };
}
const dbSays = (c: Condition, keys: ApplicationKeys) => new Query(mongo(c)).test(keys);

const openids = ['o-1', 'o-2', 'o-3', 'o-4'];
const orgs = ['emp-1', 'emp-2', 'centre-1', 'assoc-1'];
const districts = DISTRICTS.slice(0, 3).map((d) => d.code);
const stages = [...new Set([...WORKFLOW_STAGES.socialized, ...WORKFLOW_STAGES.green_channel])];

const keysArb: fc.Arbitrary<ApplicationKeys> = fc.record({
  applicantOpenid: fc.constantFrom(...openids),
  employerOrgId: fc.constantFrom(...orgs),
  district: fc.constantFrom(...districts),
  bodyOrgId: fc.option(fc.constantFrom(...orgs), { nil: null }),
  stage: fc.constantFrom(...stages),
});

const grantArb: fc.Arbitrary<{ role: Role; scope: Scope }> = fc.oneof(
  fc.constantFrom(...orgs).map((orgId) => ({ role: 'employer_hr' as const, scope: { kind: 'org' as const, orgId } })),
  fc.constantFrom(...orgs).map((orgId) => ({ role: 'recommender' as const, scope: { kind: 'org' as const, orgId } })),
  fc.constantFrom(...districts).map((district) => ({ role: 'district_officer' as const, scope: { kind: 'district' as const, district } })),
  fc.constant({ role: 'city_officer' as const, scope: { kind: 'city' as const } }),
  fc.constant({ role: 'admin' as const, scope: { kind: 'city' as const } }),
);
const actorArb: fc.Arbitrary<Actor> = fc.record({
  openid: fc.constantFrom(...openids),
  grants: fc.array(grantArb, { maxLength: 3 }).map((gs) => [{ role: 'applicant' as const, scope: { kind: 'self' as const } }, ...gs]),
});

/** The rule as 附件1/附件2 and the roles describe it, written out on its own. */
function oracle(actor: Actor, k: ApplicationKeys): boolean {
  if (k.applicantOpenid === actor.openid) return true;
  if (k.stage === 'draft') return false;
  return actor.grants.some(({ role, scope: s }) => {
    if (role === 'employer_hr') return s.kind === 'org' && s.orgId === k.employerOrgId;
    if (role === 'recommender') return s.kind === 'org' && s.orgId === k.bodyOrgId;
    if (role === 'district_officer') return s.kind === 'district' && s.district === k.district;
    return role === 'city_officer' || role === 'admin';
  });
}

describe('one visibility rule for applications: the predicate, the query and the rule agree', () => {
  it('for random applications × random actors', () => {
    fc.assert(
      fc.property(actorArb, keysArb, (actor, keys) => {
        const c = visibleApplications(actor);
        const predicate = matches(c, keys);
        expect(predicate).toBe(dbSays(c, keys));
        expect(predicate).toBe(oracle(actor, keys));
      }),
      { numRuns: 5000 },
    );
  });

  it('a draft is seen by its applicant only, whatever roles anyone holds', () => {
    fc.assert(
      fc.property(actorArb, keysArb, (actor, k) => {
        const keys = { ...k, stage: 'draft' };
        expect(matches(visibleApplications(actor), keys)).toBe(keys.applicantOpenid === actor.openid);
      }),
    );
  });
});

describe('the public notice audience (NOTICE_AUDIENCE, 附件1/附件2 “在本单位公示”)', () => {
  const viewerArb = fc.record({ actor: actorArb, employerOrgIds: fc.uniqueArray(fc.constantFrom(...orgs), { maxLength: 2 }) });
  const paramsArb: fc.Arbitrary<NoticeAudienceParameters> = fc.record({
    employerHr: fc.boolean(),
    employerApplicants: fc.boolean(),
    districtOfficers: fc.boolean(),
    cityOfficers: fc.boolean(),
    everyone: fc.boolean(),
  });

  function noticeOracle(v: { actor: Actor; employerOrgIds: string[] }, k: ApplicationKeys, p: NoticeAudienceParameters): boolean {
    if (k.stage !== 'public_notice') return false;
    if (p.everyone || k.applicantOpenid === v.actor.openid) return true;
    if (p.employerApplicants && v.employerOrgIds.includes(k.employerOrgId)) return true;
    return v.actor.grants.some(({ role, scope: s }) => {
      if (role === 'employer_hr') return p.employerHr && s.kind === 'org' && s.orgId === k.employerOrgId;
      if (role === 'district_officer') return p.districtOfficers && s.kind === 'district' && s.district === k.district;
      if (role === 'city_officer' || role === 'admin') return p.cityOfficers;
      return false;
    });
  }

  it('predicate, query and rule agree for random viewers, notices and settings', () => {
    fc.assert(
      fc.property(viewerArb, keysArb, paramsArb, (viewer, keys, p) => {
        const c = visibleNotices(viewer, p);
        const predicate = matches(c, keys);
        expect(predicate).toBe(dbSays(c, keys));
        expect(predicate).toBe(noticeOracle(viewer, keys, p));
      }),
      { numRuns: 3000 },
    );
  });

  it('by default another employer’s staff and a stranger do not see the notice; its HR, its district and the city do', () => {
    const keys: ApplicationKeys = { applicantOpenid: 'o-1', employerOrgId: 'emp-1', district: districts[0], bodyOrgId: null, stage: 'public_notice' };
    const person = (openid: string, ...grants: { role: Role; scope: Scope }[]): Actor => ({ openid, grants: [{ role: 'applicant', scope: { kind: 'self' } }, ...grants] });
    const sees = (actor: Actor, employerOrgIds: string[] = []) => matches(visibleNotices({ actor, employerOrgIds }), keys);
    expect(NOTICE_AUDIENCE.parameters.everyone).toBe(false);
    expect(sees(person('o-2'))).toBe(false);
    expect(sees(person('o-2'), ['emp-2'])).toBe(false);
    expect(sees(person('o-2', { role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-2' } }))).toBe(false);
    expect(sees(person('o-2', { role: 'district_officer', scope: { kind: 'district', district: districts[1] } }))).toBe(false);
    expect(sees(person('o-2'), ['emp-1'])).toBe(true);
    expect(sees(person('o-2', { role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-1' } }))).toBe(true);
    expect(sees(person('o-2', { role: 'district_officer', scope: { kind: 'district', district: districts[0] } }))).toBe(true);
    expect(sees(person('o-2', { role: 'city_officer', scope: { kind: 'city' } }))).toBe(true);
  });
});
