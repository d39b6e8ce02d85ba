import type { DistrictCode } from './districts';

/**
 * Organization types. The recommending bodies are 第一条's four channels (less the district bureau itself,
 * which is an officer organization): talent-exchange centres holding archives, social organizations
 * (工商联/行业协会/商会/学会), and service points in incubators/parks.
 */
export const ORG_TYPES = [
  'employer',
  'talent_centre',
  'social_org',
  'service_point',
  'district_bureau',
  'city_bureau',
] as const;
export type OrgType = (typeof ORG_TYPES)[number];

export const ORG_TYPE_LABELS: Record<OrgType, string> = {
  employer: '非公企业',
  talent_centre: '人才交流服务机构',
  social_org: '工商联/行业协会/商会/学会',
  service_point: '职称申报受理服务点',
  district_bureau: '旗县区人社部门',
  city_bureau: '市人社局',
};

export const RECOMMENDING_ORG_TYPES: readonly OrgType[] = ['talent_centre', 'social_org', 'service_point'];

export const INDUSTRIES = [
  '稀土新材料',
  '钢铁',
  '铝业',
  '装备制造',
  '新能源',
  '硅材料及光伏',
  '化工',
  '电子信息',
  '现代服务业',
  '建筑工程',
  '农牧业',
  '其他',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

export interface Organization {
  _id: string;
  type: OrgType;
  name: string;
  district: DistrictCode;
  /** 统一社会信用代码, required for employers. */
  uscc?: string;
  industry?: Industry;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Which role a person gets when they claim an invitation for an organization of this type. */
export function staffRoleFor(type: OrgType): 'employer_hr' | 'recommender' | null {
  if (type === 'employer') return 'employer_hr';
  if (RECOMMENDING_ORG_TYPES.includes(type)) return 'recommender';
  return null;
}
