/**
 * Valid 统一社会信用代码 for seed data (GB 32100-2015): 登记管理部门 + 机构类别, the 6-digit 区划码 of the
 * district, a 9-character 组织机构代码 (GB 11714, with its own check character), and the GB 32100 check.
 */
import { usccCheckChar } from '../../shared/org/uscc';
import type { OrgType } from '../../shared/org/organizations';

/** 登记管理部门代码 + 机构类别代码 by organization type. */
const REGISTRY: Record<OrgType, string> = {
  employer: '91', // 工商 · 企业
  talent_centre: '12', // 机构编制 · 事业单位
  social_org: '51', // 民政 · 社会团体
  service_point: '12',
  district_bureau: '11', // 机构编制 · 机关
  city_bureau: '11',
};

const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714 组织机构代码: 8 digits and a check character (0-9 or X). */
export function orgCode(serial: number): string {
  const body = String(serial % 1e8).padStart(8, '0');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(body[i]) * ORG_CODE_WEIGHTS[i];
  const c = 11 - (sum % 11);
  return body + (c === 10 ? 'X' : c === 11 ? '0' : String(c));
}

/** A valid USCC for an organization of `type` registered in `district`; `serial` makes it unique. */
export function makeUscc(type: OrgType, district: string, serial: number): string {
  const first17 = REGISTRY[type] + district + orgCode(serial);
  const check = usccCheckChar(first17);
  if (!check) throw new Error(`cannot build a USCC from ${first17}`);
  return first17 + check;
}
