import fc from 'fast-check';
import type { DistrictCode } from '../org/districts';
import { DH, GX, KDL, PEOPLE, PUBLISHERS, person } from '../../test/fixtures/announcements';
import type { PublisherIdentity } from './publishers';
import { canPublish, overseesPublisher, publisherKey, publisherScopes, reachProblem, withinReach } from './publishers';
import type { Recipient, Target } from './target';
import { personValues, reaches } from './target';

describe('publishers: who publishes in which capacity', () => {
  it('city officers and admins publish as the city; officers as their district; staff as their organization', () => {
    expect(publisherScopes(PEOPLE.cityOfficer).map(publisherKey)).toEqual(['city']);
    expect(publisherScopes(PEOPLE.admin).map(publisherKey)).toEqual(['city']);
    expect(publisherScopes(PEOPLE.kdlOfficer).map(publisherKey)).toEqual([`district:${KDL}`]);
    expect(publisherScopes(PEOPLE.gxHr).map(publisherKey)).toEqual(['employer_hr:emp-gx']);
    expect(publisherScopes(PEOPLE.bodyStaff).map(publisherKey)).toEqual(['recommender:assoc-1']);
    expect(publisherScopes(PEOPLE.gxEngineer)).toEqual([]);
  });

  it('publishers are named as the public knows them', () => {
    expect(PUBLISHERS.city.name).toBe('包头市人力资源和社会保障局');
    expect(PUBLISHERS.gx.name).toBe('稀土高新区组织人社部');
    expect(PUBLISHERS.gxHr.name).toBe('包头稀土高新材料有限公司');
    expect(PUBLISHERS.gxHr.district).toBe(GX);
  });
});

describe('a target stays inside the publisher’s reach', () => {
  it('district officers only their district; HR only their employer; bodies only their members; the city anything', () => {
    expect(reachProblem(PUBLISHERS.kdl, {})).toBe('旗县区人社部门只能发给本旗县区：发布范围的旗县区请只选“昆都仑区”');
    expect(reachProblem(PUBLISHERS.kdl, { districts: [KDL, GX] })).not.toBeNull();
    expect(reachProblem(PUBLISHERS.kdl, { districts: [KDL], industries: ['钢铁'] })).toBeNull();
    expect(reachProblem(PUBLISHERS.gxHr, { districts: [GX] })).toBe('单位人事只能发给本单位职工：发布范围的单位请只选本单位');
    expect(reachProblem(PUBLISHERS.gxHr, { employers: ['emp-gx'], roles: ['applicant'] })).toBeNull();
    expect(reachProblem(PUBLISHERS.assoc, { industries: ['稀土新材料'] })).toBe('推荐单位只能发给本单位的会员：发布范围的推荐单位请只选本单位');
    expect(reachProblem(PUBLISHERS.city, {})).toBeNull();
  });

  it('only someone holding the capacity may publish in it', () => {
    const t: Target = { districts: [KDL] };
    expect(canPublish(PEOPLE.kdlOfficer, PUBLISHERS.kdl, t)).toBe(true);
    expect(canPublish(PEOPLE.gxOfficer, PUBLISHERS.kdl, t)).toBe(false);
    expect(canPublish(PEOPLE.cityOfficer, PUBLISHERS.kdl, t)).toBe(false);
    expect(canPublish(PEOPLE.kdlOfficer, PUBLISHERS.kdl, { districts: [GX] })).toBe(false);
    expect(canPublish(PEOPLE.gxHr, PUBLISHERS.gxHr, { employers: ['emp-gx'] })).toBe(true);
    expect(canPublish(PEOPLE.kdlHr, PUBLISHERS.gxHr, { employers: ['emp-gx'] })).toBe(false);
  });

  it('the form starts from a target already inside the reach', () => {
    expect(withinReach(PUBLISHERS.kdl, { roles: ['employer_hr'] })).toEqual({ roles: ['employer_hr'], districts: [KDL] });
    expect(withinReach(PUBLISHERS.city, { roles: ['employer_hr'] })).toEqual({ roles: ['employer_hr'] });
    expect(reachProblem(PUBLISHERS.assoc, withinReach(PUBLISHERS.assoc, {}))).toBeNull();
  });

  // Everyone an accepted target reaches is inside the publisher's scope, whatever else the target and the person are.
  const districts: DistrictCode[] = [KDL, GX, DH];
  const idArb = fc.constantFrom('emp-1', 'emp-2', 'assoc-1', 'assoc-2');
  const targetArb: fc.Arbitrary<Target> = fc.record(
    {
      districts: fc.uniqueArray(fc.constantFrom(...districts), { minLength: 1, maxLength: 3 }),
      employers: fc.uniqueArray(idArb, { minLength: 1, maxLength: 2 }),
      bodies: fc.uniqueArray(idArb, { minLength: 1, maxLength: 2 }),
      industries: fc.uniqueArray(fc.constantFrom('钢铁' as const, '稀土新材料' as const), { minLength: 1 }),
    },
    { requiredKeys: [] },
  );
  const personArb: fc.Arbitrary<Recipient> = fc
    .record({
      openid: fc.constant('o-1'),
      districts: fc.uniqueArray(fc.constantFrom(...districts), { maxLength: 2 }),
      employers: fc.uniqueArray(idArb, { maxLength: 2 }),
      bodies: fc.uniqueArray(idArb, { maxLength: 2 }),
      industries: fc.uniqueArray(fc.constantFrom('钢铁' as const, '稀土新材料' as const)),
      hr: fc.option(idArb, { nil: undefined }),
      staff: fc.option(idArb, { nil: undefined }),
    })
    .map((r) =>
      person(r.openid, {
        ...r,
        grants: [
          ...(r.hr ? ([['employer_hr', { kind: 'org', orgId: r.hr }]] as const) : []),
          ...(r.staff ? ([['recommender', { kind: 'org', orgId: r.staff }]] as const) : []),
        ].map(([role, scope]) => [role, scope]),
      }),
    );
  const publisherArb: fc.Arbitrary<PublisherIdentity> = fc.oneof(
    fc.constantFrom(...districts).map((district): PublisherIdentity => ({ role: 'district_officer', scope: { kind: 'district', district } })),
    idArb.map((orgId): PublisherIdentity => ({ role: 'employer_hr', scope: { kind: 'org', orgId } })),
    idArb.map((orgId): PublisherIdentity => ({ role: 'recommender', scope: { kind: 'org', orgId } })),
  );
  it('property: whoever an accepted target reaches is inside the publisher’s scope', () => {
    fc.assert(
      fc.property(publisherArb, targetArb, personArb, (p, t, who) => {
        fc.pre(reachProblem(p, t) === null && reaches(t, who));
        if (p.role === 'district_officer') expect(personValues('districts', who)).toContain(p.scope.district);
        if (p.role === 'employer_hr') expect(personValues('employers', who)).toContain(p.scope.orgId);
        if (p.role === 'recommender') expect(personValues('bodies', who)).toContain(p.scope.orgId);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('oversight (rule announcement-oversight)', () => {
  it('the city oversees everyone; a district its organizations; nobody oversees their own or the city', () => {
    expect(overseesPublisher(PEOPLE.cityOfficer, PUBLISHERS.kdl)).toBe(true);
    expect(overseesPublisher(PEOPLE.cityOfficer, PUBLISHERS.gxHr)).toBe(true);
    expect(overseesPublisher(PEOPLE.gxOfficer, PUBLISHERS.gxHr)).toBe(true);
    expect(overseesPublisher(PEOPLE.kdlOfficer, PUBLISHERS.gxHr)).toBe(false);
    expect(overseesPublisher(PEOPLE.kdlOfficer, PUBLISHERS.assoc)).toBe(true);
    expect(overseesPublisher(PEOPLE.kdlOfficer, PUBLISHERS.city)).toBe(false);
    expect(overseesPublisher(PEOPLE.kdlOfficer, PUBLISHERS.gx)).toBe(false);
    expect(overseesPublisher(PEOPLE.cityOfficer, PUBLISHERS.city)).toBe(false);
    expect(overseesPublisher(PEOPLE.cityOfficer, PUBLISHERS.kdl, { cityWithdrawsAny: false, districtWithdrawsOrgsInDistrict: true })).toBe(false);
  });
});
