import { open, openPage } from '../../../services/navigation';
import type { GrantView } from '@shared/contracts';
import { Card } from '../../../components/Card';
import { ActionButton } from '../../../components/ActionButton';

const QUEUE_ROLES = ['employer_hr', 'recommender', 'district_officer', 'city_officer', 'admin'];
const DASHBOARD_ROLES = ['district_officer', 'city_officer', 'admin'];
/** Who publishes 通知公告 (shared/announcements/publishers: publisherScopes — officers and admins, employer HR, recommending bodies). */
const PUBLISH_ROLES = ['employer_hr', 'recommender', 'district_officer', 'city_officer', 'admin'];
/** 联络群 (packages/groups, 第六条): officers manage them, employer HR are in their rosters. */
const GROUP_ROLES = ['employer_hr', 'district_officer', 'city_officer', 'admin'];

/**
 * 其他工作 on the 工作台: every file in scope (the unfiltered queue), the statistics (officers), 职工自测统计 (HR),
 * 组织宣讲 (officers), 联络群, 发布通知 — by the caller's roles.
 * Test hooks: #me-work, #work-entry-queue, #work-entry-dashboard, #work-entry-organize, #work-entry-publish, #work-entry-staff (HR: 职工自测统计), #work-entry-groups (联络群)
 */
export function WorkEntries({ roles }: { roles: GrantView[] }) {
  const queue = roles.some((g) => QUEUE_ROLES.includes(g.role));
  const dashboard = roles.some((g) => DASHBOARD_ROLES.includes(g.role));
  if (!queue) return null;
  const go = (page: string) => void openPage(`/packages/work/${page}/index`);
  return (
    <Card title="其他工作" id="me-work">
      <ActionButton id="work-entry-queue" onPress={() => go('queue')}>
        全部申报（查询、导出）
      </ActionButton>
      {dashboard ? (
        <ActionButton id="work-entry-dashboard" onPress={() => go('dashboard')}>
          申报统计
        </ActionButton>
      ) : null}
      {roles.some((g) => g.role === 'employer_hr') ? (
        <ActionButton id="work-entry-staff" onPress={() => go('staff')}>
          职工自测统计
        </ActionButton>
      ) : null}
      {dashboard ? (
        <ActionButton id="work-entry-organize" onPress={open('/packages/organize/sessions/index')}>
          组织宣讲
        </ActionButton>
      ) : null}
      {roles.some((g) => GROUP_ROLES.includes(g.role)) ? (
        <ActionButton id="work-entry-groups" onPress={open('/packages/groups/list/index')}>
          联络群
        </ActionButton>
      ) : null}
      {roles.some((g) => PUBLISH_ROLES.includes(g.role)) ? (
        <ActionButton id="work-entry-publish" onPress={open('/packages/publish/mine/index')}>
          发布通知
        </ActionButton>
      ) : null}
    </Card>
  );
}
