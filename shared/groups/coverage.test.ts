import fc from 'fast-check';
import type { Actor } from '../auth/roles';
import { DISTRICTS } from '../org/districts';
import { countsOf, coverageDistricts, coverageOf, coveragePlan, coverageRowOf, mayViewCoverage, percentOf, summaryOf } from './coverage';

const KDL = '150203';
const GX = '150271';
const city: Actor = { openid: 'c', grants: [{ role: 'city_officer', scope: { kind: 'city' } }] };
const kdl: Actor = { openid: 'k', grants: [{ role: 'district_officer', scope: { kind: 'district', district: KDL } }] };
const hr: Actor = { openid: 'h', grants: [{ role: 'employer_hr', scope: { kind: 'org', orgId: 'emp' } }] };

describe('coverage over ids', () => {
  it('covered = enterprises of the district with an active member anywhere; others are not counted', () => {
    const r = coverageOf(['a', 'b', 'c', 'd'], ['b', 'd', 'zz-other-district']);
    expect(r).toEqual({ enterprises: 4, covered: 2, uncovered: 2, percent: 50, uncoveredIds: ['a', 'c'] });
    expect(coverageOf(['a', 'b', 'c'], ['a', 'a', 'a'])).toMatchObject({ covered: 1, uncovered: 2, percent: 33.3 });
    expect(coverageOf([], ['a'])).toEqual({ enterprises: 0, covered: 0, uncovered: 0, percent: null, uncoveredIds: [] });
  });

  it('percent to one decimal, null with nothing to cover', () => {
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(1, 8)).toBe(12.5);
    expect(percentOf(4999, 5000)).toBe(100);
    expect(percentOf(0, 5000)).toBe(0);
    expect(percentOf(0, 0)).toBeNull();
  });

  it('for any ids: covered + uncovered = enterprises, the uncovered keep their order and never hold a covered one', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 4 }), { maxLength: 60 }), fc.array(fc.string({ maxLength: 4 }), { maxLength: 60 }), (ids, members) => {
        const r = coverageOf(ids, members);
        expect(r.covered + r.uncovered).toBe(ids.length);
        expect(r.uncoveredIds).toEqual(ids.filter((i) => !members.includes(i)));
        expect(r.percent === null ? ids.length === 0 : r.percent >= 0 && r.percent <= 100).toBe(true);
      }),
    );
  });
});

describe('who sees coverage', () => {
  it('district officers their district; the city any; HR none', () => {
    expect(mayViewCoverage(kdl, KDL)).toBe(true);
    expect(mayViewCoverage(kdl, GX)).toBe(false);
    expect(mayViewCoverage(city, GX)).toBe(true);
    expect(mayViewCoverage(hr, KDL)).toBe(false);
    expect(coverageDistricts(city)).toEqual(DISTRICTS.map((d) => d.code));
    expect(coverageDistricts(kdl)).toEqual([KDL]);
    expect(coverageDistricts(hr)).toEqual([]);
  });
});

describe('rows, summary, query plan', () => {
  it('a row names its district; the summary adds rows up and computes its own percent', () => {
    const a = coverageRowOf(KDL, countsOf(10, 3), 2);
    const b = coverageRowOf(GX, countsOf(0, 0), 0);
    expect(a).toEqual({ district: KDL, name: '昆都仑区', enterprises: 10, covered: 3, uncovered: 7, percent: 30, groups: 2 });
    expect(b.percent).toBeNull();
    expect(summaryOf([a, b, coverageRowOf('150204', countsOf(5, 5), 1)])).toEqual({ enterprises: 15, covered: 8, uncovered: 7, percent: 53.3, groups: 3 });
  });
  it('the queries read ids only, of employers, of active members', () => {
    expect(coveragePlan.enterprises(KDL)).toMatchObject({ collection: 'organizations', where: { type: 'employer', district: KDL }, fields: { _id: true } });
    expect(coveragePlan.members(KDL)).toMatchObject({ collection: 'group_members', where: { orgDistrict: KDL, status: 'active' }, fields: { orgId: true } });
  });
});
