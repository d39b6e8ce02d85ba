import type { Actor, Role, Scope } from './roles';
import { canGrant, canIssueInvitation, canUpsertOrganization, capabilities, governedScope, governsDistrict } from './policy';
import { maskName, maskOpenid, maskPhone } from './mask';

const KDL = '150203' as const; // 昆都仑区
const GX = '150271' as const; // 稀土高新区
const actor = (...grants: [Role, Scope][]): Actor => ({
  openid: 'o-actor',
  grants: [{ role: 'applicant', scope: { kind: 'self' } }, ...grants.map(([role, scope]) => ({ role, scope }))],
});
const applicant = actor();
const admin = actor(['admin', { kind: 'city' }]);
const city = actor(['city_officer', { kind: 'city' }]);
const kdlOfficer = actor(['district_officer', { kind: 'district', district: KDL }]);
const hr = actor(['employer_hr', { kind: 'org', orgId: 'emp-1' }]);
const kdlEmployer = { district: KDL, type: 'employer' as const };
const gxEmployer = { district: GX, type: 'employer' as const };

describe('granting roles', () => {
  it('lets only admins grant admin', () => {
    expect(canGrant(admin, { role: 'admin', scope: { kind: 'city' } })).toBe(true);
    expect(canGrant(city, { role: 'admin', scope: { kind: 'city' } })).toBe(false);
  });

  it('lets admins and city officers grant officer roles, not district officers', () => {
    const target = { role: 'district_officer' as const, scope: { kind: 'district' as const, district: GX } };
    expect(canGrant(admin, target)).toBe(true);
    expect(canGrant(city, target)).toBe(true);
    expect(canGrant(kdlOfficer, target)).toBe(false);
    expect(canGrant(hr, target)).toBe(false);
  });

  it('lets a district officer grant staff roles only for organizations in their district', () => {
    expect(canGrant(kdlOfficer, { role: 'employer_hr', scope: { kind: 'org', orgId: 'e' }, org: kdlEmployer })).toBe(true);
    expect(canGrant(kdlOfficer, { role: 'employer_hr', scope: { kind: 'org', orgId: 'e' }, org: gxEmployer })).toBe(false);
  });

  it('refuses a scope that does not fit the role, and the role the wrong kind of organization', () => {
    expect(canGrant(admin, { role: 'district_officer', scope: { kind: 'city' } })).toBe(false);
    expect(canGrant(admin, { role: 'employer_hr', scope: { kind: 'district', district: KDL } })).toBe(false);
    expect(canGrant(city, { role: 'recommender', scope: { kind: 'org', orgId: 'e' }, org: kdlEmployer })).toBe(false);
    // admins too: an employer takes HR staff, not recommenders (and a body not HR)
    expect(canGrant(admin, { role: 'recommender', scope: { kind: 'org', orgId: 'e' }, org: kdlEmployer })).toBe(false);
    expect(canGrant(admin, { role: 'employer_hr', scope: { kind: 'org', orgId: 'a' }, org: { district: KDL, type: 'social_org' } })).toBe(
      false,
    );
    expect(canGrant(admin, { role: 'employer_hr', scope: { kind: 'org', orgId: 'x' } })).toBe(false);
    expect(canGrant(admin, { role: 'employer_hr', scope: { kind: 'org', orgId: 'e' }, org: gxEmployer })).toBe(true);
    expect(canGrant(city, { role: 'recommender', scope: { kind: 'org', orgId: 'a' }, org: { district: KDL, type: 'social_org' } })).toBe(
      true,
    );
  });

  it('never lets anyone grant the implicit applicant role, and applicants grant nothing', () => {
    expect(canGrant(admin, { role: 'applicant', scope: { kind: 'self' } })).toBe(false);
    expect(canGrant(applicant, { role: 'employer_hr', scope: { kind: 'org', orgId: 'e' }, org: kdlEmployer })).toBe(false);
  });
});

describe('invitations and organizations by district', () => {
  it('an officer issues invitations inside their area only', () => {
    expect(canIssueInvitation(kdlOfficer, kdlEmployer)).toBe(true);
    expect(canIssueInvitation(kdlOfficer, gxEmployer)).toBe(false);
    expect(canIssueInvitation(city, gxEmployer)).toBe(true);
    expect(canIssueInvitation(hr, kdlEmployer)).toBe(false);
    expect(canIssueInvitation(city, { district: KDL, type: 'city_bureau' })).toBe(false);
  });

  it('a district officer cannot move an organization out of their district', () => {
    const existing = { _id: 'e', ...kdlEmployer };
    expect(canUpsertOrganization(kdlOfficer, kdlEmployer, existing)).toBe(true);
    expect(canUpsertOrganization(kdlOfficer, gxEmployer, existing)).toBe(false);
    expect(canUpsertOrganization(kdlOfficer, gxEmployer)).toBe(false);
  });

  it("an employer's HR edits their own employer but not its district, and not another employer", () => {
    expect(canUpsertOrganization(hr, kdlEmployer, { _id: 'emp-1', ...kdlEmployer })).toBe(true);
    expect(canUpsertOrganization(hr, gxEmployer, { _id: 'emp-1', ...kdlEmployer })).toBe(false);
    expect(canUpsertOrganization(hr, kdlEmployer, { _id: 'emp-2', ...kdlEmployer })).toBe(false);
    expect(canUpsertOrganization(hr, kdlEmployer)).toBe(false);
  });

  it('only the city creates bureaus', () => {
    expect(canUpsertOrganization(kdlOfficer, { district: KDL, type: 'district_bureau' })).toBe(false);
    expect(canUpsertOrganization(city, { district: KDL, type: 'district_bureau' })).toBe(true);
  });

  it('city-wide roles govern every district', () => {
    expect(governsDistrict(admin, GX)).toBe(true);
    expect(governsDistrict(kdlOfficer, GX)).toBe(false);
  });

  it('the governed scope is the city, the districts, or the own organizations', () => {
    expect(governedScope(city)).toEqual({ all: true });
    expect(governedScope(kdlOfficer)).toEqual({ all: false, districts: [KDL], orgIds: [] });
    expect(governedScope(hr)).toEqual({ all: false, districts: [], orgIds: ['emp-1'] });
    expect(governedScope(applicant)).toEqual({ all: false, districts: [], orgIds: [] });
  });

  it('capabilities hide what a plain applicant cannot do', () => {
    expect(capabilities(applicant)).toEqual({
      grantRoles: false,
      issueInvitations: false,
      manageOrganizations: false,
      claimInvitation: true,
      publishRounds: false,
    });
    expect(capabilities(kdlOfficer).issueInvitations).toBe(true);
  });

  it('offers the invitation form only to people with no work role yet (我的 shows what fits the roles)', () => {
    expect(capabilities(hr).claimInvitation).toBe(false);
    expect(capabilities(kdlOfficer).claimInvitation).toBe(false);
    expect(capabilities(city).claimInvitation).toBe(false);
  });
});

describe('masking personal data', () => {
  it.each([
    ['张三', '张*'],
    ['李小明', '李*明'],
    ['欧阳娜娜', '欧**娜'],
  ])('masks the name %s as %s', (n, m) => expect(maskName(n)).toBe(m));
  it('masks phones and openids', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('abc')).toBe('***');
    expect(maskOpenid('oABCDEFGHIJKLMNOP')).toBe('oABC…MNOP');
  });
});
