/** A small, fixed world for the integration tests: two districts, their officers, employers, HR, applicants. */
import { usccCheckChar } from '../../shared/org/uscc';
import type { Cloud } from './cloud';

export const KDL = '150203'; // 昆都仑区
export const GX = '150271'; // 稀土高新区

export const uscc = (district: string, serial: string) => {
  const body = `9115${district.slice(2)}${serial.padStart(9, '0')}`.slice(0, 17);
  return body + usccCheckChar(body);
};

export const U = {
  city: 'city-officer-01',
  kdl: 'kdl-officer-01',
  gx: 'gx-officer-001',
  hrKdl: 'hr-kdl-000001',
  hrGx: 'hr-gx-0000001',
  assoc: 'assoc-staff-01',
  alice: 'applicant-alice',
  bob: 'applicant-bob-1',
  carol: 'applicant-carol',
} as const;

const now = '2026-11-01T00:00:00.000Z';
const org = (id: string, type: string, name: string, district: string, extra: object = {}) => ({
  _id: id,
  type,
  name,
  district,
  version: 1,
  createdAt: now,
  updatedAt: now,
  ...extra,
});

export const ORGS = [
  org('city-bureau', 'city_bureau', '包头市人力资源和社会保障局', '150202'),
  org('emp-kdl', 'employer', '包头北辰稀土新材料有限公司', KDL, { uscc: uscc(KDL, '100000001'), industry: '稀土新材料' }),
  org('emp-kdl-2', 'employer', '包头昆仑特钢制品有限公司', KDL, { uscc: uscc(KDL, '100000002'), industry: '钢铁' }),
  org('emp-gx', 'employer', '包头高新光伏硅材料有限公司', GX, { uscc: uscc(GX, '200000001'), industry: '硅材料及光伏' }),
  org('assoc-kdl', 'social_org', '包头市稀土行业协会', KDL),
];

export async function arrange(cloud: Cloud): Promise<void> {
  const { db } = cloud;
  for (const o of ORGS) {
    const { _id, ...body } = o;
    await db.collection('organizations').doc(_id).set(body);
  }
  for (const openid of Object.values(U)) {
    await db.collection('users').doc(openid).set({ openid, name: '测试用户', version: 1, createdAt: now, updatedAt: now });
  }
  const grant = (id: string, openid: string, role: string, scope: object) =>
    db.collection('grants').doc(id).set({ openid, role, scope, grantedBy: 'seed', grantedAt: now });
  await grant('g-city', U.city, 'city_officer', { kind: 'city' });
  await grant('g-kdl', U.kdl, 'district_officer', { kind: 'district', district: KDL });
  await grant('g-gx', U.gx, 'district_officer', { kind: 'district', district: GX });
  await grant('g-hr-kdl', U.hrKdl, 'employer_hr', { kind: 'org', orgId: 'emp-kdl' });
  await grant('g-hr-gx', U.hrGx, 'employer_hr', { kind: 'org', orgId: 'emp-gx' });
  await grant('g-assoc', U.assoc, 'recommender', { kind: 'org', orgId: 'assoc-kdl' });
}
