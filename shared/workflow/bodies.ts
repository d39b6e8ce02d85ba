import type { DistrictCode } from '../org/districts';
import type { OrgType } from '../org/organizations';
import type { SubmissionBodyId } from '../policy/clauses';
import type { Application } from './application';
import type { FieldIssue } from '../errors/app-error';

/**
 * The recommending body a file is sent to (第一条's channels (1), (3), (4)) must be a registered organization of
 * that kind. A service point is set up by a district (“有条件的旗县区可以……设立职称申报受理服务点”) and, by the
 * 属地就近 principle of the same clause, takes the files of employers in its own district.
 */
export const BODY_KIND_ORG_TYPE: Record<Exclude<SubmissionBodyId, 'district_bureau'>, OrgType> = {
  talent_centre: 'talent_centre',
  social_org: 'social_org',
  service_point: 'service_point',
};

export interface BodyOrg {
  type: OrgType;
  district: DistrictCode;
  name: string;
}

const issue = (message: string): { message: string; issues: FieldIssue[] } => ({ message, issues: [{ path: 'body.orgId', message }] });

/** Why this organization cannot take the file as a body of `kind`, or null when it can. */
export function bodyRefusal(
  kind: keyof typeof BODY_KIND_ORG_TYPE,
  org: BodyOrg | null,
  app: Application,
): { message: string; issues: FieldIssue[] } | null {
  if (!org) return issue('所选推荐单位不存在或已撤销，请重新选择');
  if (org.type !== BODY_KIND_ORG_TYPE[kind]) return issue('所选单位不是这一类推荐报送渠道，请重新选择');
  if (kind === 'service_point' && org.district !== app.employer.district)
    return issue('职称申报受理服务点只受理本旗县区单位的申报（第一条），请选择单位所在旗县区的服务点');
  return null;
}

/** Whether the body a file was sent to still stands (an officer may reassign the file only when it does not). */
export function bodyStillStands(app: Application, org: BodyOrg | null): boolean {
  const body = app.recommendingBody;
  if (!body || body.kind === 'district_bureau') return true;
  return !!org && org.type === BODY_KIND_ORG_TYPE[body.kind];
}
