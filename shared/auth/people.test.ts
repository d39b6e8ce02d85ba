import { identity } from '../contracts/identity';
import { grantableRoles, grantText, manageableGrants, peopleQuery, personLabel, personMatches, searchReach } from './people';
import type { Actor } from './roles';

const actor = (grants: Actor['grants']): Actor => ({ openid: 'o-1', grants });
const ADMIN = actor([{ role: 'admin', scope: { kind: 'city' } }]);
const CITY = actor([{ role: 'city_officer', scope: { kind: 'city' } }]);
const KDL = actor([{ role: 'district_officer', scope: { kind: 'district', district: '150203' } }]);
const HR = actor([{ role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-1' } }]);

describe('how far a people search reaches', () => {
  it('fragments for the city, whole names or numbers for a district, nothing for the rest', () => {
    expect([ADMIN, CITY, KDL, HR, actor([])].map(searchReach)).toEqual(['partial', 'partial', 'exact', null, null]);
  });

  it('reads the keyword as a name or a phone, and says what to type otherwise', () => {
    expect(peopleQuery('王建', 'partial')).toEqual({ ok: true, query: { kind: 'name', name: '王建', exact: false } });
    expect(peopleQuery('王建', 'exact')).toEqual({ ok: true, query: { kind: 'name', name: '王建', exact: true } });
    expect(peopleQuery('139 0472 0001', 'exact')).toEqual({ ok: true, query: { kind: 'phone', digits: '13904720001', exact: true } });
    expect(peopleQuery('0001', 'partial')).toEqual({ ok: true, query: { kind: 'phone', digits: '0001', exact: false } });
    expect(peopleQuery('0001', 'exact')).toEqual({ ok: false, message: '请输入对方完整的 11 位手机号或完整姓名' });
    expect(peopleQuery('001', 'partial')).toMatchObject({ ok: false });
    expect(peopleQuery('王', 'partial')).toEqual({ ok: false, message: '请输入至少 2 个字的姓名' });
    expect(peopleQuery('王1', 'partial')).toEqual({ ok: false, message: '请只输入姓名或只输入手机号' });
  });

  it('matches as the query says', () => {
    const p = { name: '王建国', phone: '13904720001' };
    expect(personMatches(p, { kind: 'name', name: '建国', exact: false })).toBe(true);
    expect(personMatches(p, { kind: 'name', name: '建国', exact: true })).toBe(false);
    expect(personMatches(p, { kind: 'phone', digits: '0001', exact: false })).toBe(true);
    expect(personMatches(p, { kind: 'phone', digits: '1390', exact: false })).toBe(false);
    expect(personMatches({ name: '王建国' }, { kind: 'phone', digits: '0001', exact: false })).toBe(false);
  });
});

describe('what a found person shows', () => {
  const p = { openid: 'applicant-alice', name: '王建国', phone: '13904720001' };
  it('the name in full only when typed exactly; phone and openid always masked', () => {
    expect(personLabel(p, { kind: 'name', name: '王建国', exact: true })).toEqual({
      name: '王建国',
      nameMasked: false,
      phone: '139****0001',
      openidMasked: 'appl…lice',
    });
    expect(personLabel(p, { kind: 'name', name: '王建', exact: false })).toMatchObject({ name: '王*国', nameMasked: true });
    expect(personLabel(p, { kind: 'phone', digits: '13904720001', exact: true })).toMatchObject({ name: '王*国', nameMasked: true });
    expect(personLabel({ openid: 'x-123456789' })).toMatchObject({ name: '（未填姓名）', phone: '未留电话' });
  });
});

describe('what an actor manages and may grant', () => {
  it('follows canGrant', () => {
    expect(manageableGrants(ADMIN)).toEqual({ all: true });
    expect(manageableGrants(CITY)).toEqual({ all: false, roles: ['employer_hr', 'recommender', 'district_officer', 'city_officer'] });
    expect(manageableGrants(KDL)).toEqual({ all: false, roles: ['employer_hr', 'recommender'], orgDistricts: ['150203'] });
    expect(manageableGrants(HR)).toBeNull();
    expect(grantableRoles(ADMIN)).toContain('admin');
    expect(grantableRoles(CITY)).not.toContain('admin');
    expect(grantableRoles(KDL)).toEqual(['employer_hr', 'recommender']);
    expect(grantableRoles(HR)).toEqual([]);
    expect(grantText({ roleLabel: '单位人事', scopeLabel: '包头北辰精密装备制造有限公司' })).toBe(
      '单位人事（包头北辰精密装备制造有限公司）',
    );
  });
});

describe('grantRole names one person', () => {
  const scope = { kind: 'district', district: '150203' };
  it('by the reference a search gave, or by openid as before — not both, not neither', () => {
    expect(identity.grantRole.input.safeParse({ person: 'a'.repeat(24), role: 'district_officer', scope }).success).toBe(true);
    expect(identity.grantRole.input.safeParse({ openid: 'applicant-alice', role: 'district_officer', scope }).success).toBe(true);
    expect(identity.grantRole.input.safeParse({ role: 'district_officer', scope }).error?.issues[0].message).toBe(
      '请先搜索并选择要授权的人',
    );
    expect(
      identity.grantRole.input.safeParse({ openid: 'applicant-alice', person: 'a'.repeat(24), role: 'district_officer', scope }).success,
    ).toBe(false);
    expect(identity.grantRole.input.safeParse({ person: 'applicant-alice', role: 'district_officer', scope }).success).toBe(false);
  });
});
