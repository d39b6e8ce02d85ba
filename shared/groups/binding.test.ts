import type { Actor, Grant } from '../auth/roles';
import { bindRefusal, bound, boundElsewhere, bureauOf, mayRunGroupOf, officerList, officersRefusal } from './binding';
import type { LiaisonGroupDoc } from './model';

const KDL = '150203';
const GX = '150271';
const grants = {
  kdl: [{ role: 'district_officer' as const, scope: { kind: 'district' as const, district: KDL as typeof KDL } }],
  gx: [{ role: 'district_officer' as const, scope: { kind: 'district' as const, district: GX as typeof GX } }],
  city: [{ role: 'city_officer' as const, scope: { kind: 'city' as const } }],
  hr: [{ role: 'employer_hr' as const, scope: { kind: 'org' as const, orgId: 'emp-kdl' } }],
};
const actor = (openid: string, g: Actor['grants'] = []): Actor => ({ openid, grants: g });
const group = (over: Partial<LiaisonGroupDoc> = {}): LiaisonGroupDoc => ({
  _id: 'g1',
  name: '昆都仑区职称联络群',
  district: KDL,
  officers: ['kdl-1', 'kdl-2'],
  opengid: null,
  boundAt: null,
  boundBy: null,
  status: 'active',
  createdBy: 'kdl-1',
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  version: 3,
  ...over,
});

describe('who runs a group', () => {
  it("a district's group: that district's officers or the city's; the city's group: the city's only", () => {
    expect(mayRunGroupOf(grants.kdl, KDL)).toBe(true);
    expect(mayRunGroupOf(grants.city, KDL)).toBe(true);
    expect(mayRunGroupOf(grants.gx, KDL)).toBe(false);
    expect(mayRunGroupOf(grants.hr, KDL)).toBe(false);
    expect(mayRunGroupOf(grants.kdl, null)).toBe(false);
    expect(mayRunGroupOf(grants.city, null)).toBe(true);
    expect(mayRunGroupOf([], null)).toBe(false);
  });

  it('the creator first, each once; at most 10, every one of the bureau, the first stranger named', () => {
    expect(officerList('kdl-1', ['kdl-2', 'kdl-1', 'kdl-3'])).toEqual(['kdl-1', 'kdl-2', 'kdl-3']);
    const of = new Map<string, Pick<Grant, 'role' | 'scope'>[]>([['kdl-1', grants.kdl], ['gx-1', grants.gx], ['city-1', grants.city], ['hr-1', grants.hr]]);
    expect(officersRefusal(['kdl-1', 'city-1'], of, KDL)).toBeNull();
    expect(officersRefusal(['kdl-1', 'gx-1'], of, KDL)).toMatchObject({ code: 'VALIDATION', message: '第 2 位不是昆都仑区人社局的工作人员', issues: [{ path: 'officers.1' }] });
    expect(officersRefusal(['kdl-1', 'hr-1'], of, KDL)).toMatchObject({ code: 'VALIDATION' });
    expect(officersRefusal(['unknown'], of, KDL)).toMatchObject({ code: 'VALIDATION', message: '第 1 位不是昆都仑区人社局的工作人员' });
    expect(officersRefusal(['kdl-1'], of, null)).toMatchObject({ message: '第 1 位不是包头市人社局的工作人员' });
    expect(officersRefusal([], of, KDL)).toMatchObject({ code: 'VALIDATION', message: '至少 1 名工作人员' });
    const eleven = Array.from({ length: 11 }, (_, i) => `city-${i}`);
    expect(officersRefusal(eleven, new Map(eleven.map((o) => [o, grants.city] as const)), KDL)).toMatchObject({ message: '最多 10 名工作人员' });
  });

  it('bureau names', () => {
    expect(bureauOf(KDL)).toBe('昆都仑区人社局');
    expect(bureauOf(GX)).toBe('稀土高新区组织人社部');
    expect(bureauOf(null)).toBe('包头市人社局');
  });
});

describe('binding', () => {
  it('only an officer listed in the group, while active and unbound', () => {
    expect(bindRefusal(actor('kdl-2', grants.kdl), group())).toBeNull();
    // Overseeing is not running: the city, or another officer of the district, does not bind.
    expect(bindRefusal(actor('city-1', grants.city), group())).toMatchObject({ code: 'FORBIDDEN', message: '只有本群的工作人员可以绑定微信群' });
    expect(bindRefusal(actor('kdl-9', grants.kdl), group())).toMatchObject({ code: 'FORBIDDEN' });
    expect(bindRefusal(actor('hr-1', grants.hr), group())).toMatchObject({ code: 'FORBIDDEN' });
    expect(bindRefusal(actor('', []), group({ officers: [''] }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(bindRefusal(actor('kdl-1', grants.kdl), group({ status: 'closed' }))).toMatchObject({ code: 'NOT_ALLOWED_NOW' });
    expect(bindRefusal(actor('kdl-1', grants.kdl), group({ opengid: 'G1' }))).toMatchObject({ code: 'NOT_ALLOWED_NOW', message: '该联络群已绑定微信群，无需重复绑定' });
  });

  it('a WeChat group bound elsewhere names that group; binding sets opengid, who, when and the next version', () => {
    expect(boundElsewhere('青山区联络群')).toEqual({ ok: false, code: 'CONFLICT', message: '该微信群已绑定联络群「青山区联络群」' });
    const now = new Date('2026-12-02T02:00:00.000Z');
    expect(bound(group(), 'G1', 'kdl-2', now)).toMatchObject({ opengid: 'G1', boundBy: 'kdl-2', boundAt: now.toISOString(), updatedAt: now.toISOString(), version: 4, name: '昆都仑区职称联络群' });
  });
});
