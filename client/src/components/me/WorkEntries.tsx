import { open, openPage } from '../../services/navigation';
import { Text } from '@tarojs/components';
import type { GrantView } from '@shared/contracts';
import { Card } from '../Card';
import { ActionButton } from '../ActionButton';

const QUEUE_ROLES = ['employer_hr', 'recommender', 'district_officer', 'city_officer', 'admin'];
const DASHBOARD_ROLES = ['district_officer', 'city_officer', 'admin'];
/** Who publishes 通知公告 (shared/announcements/publishers: publisherScopes — officers and admins, employer HR, recommending bodies). */
const PUBLISH_ROLES = ['employer_hr', 'recommender', 'district_officer', 'city_officer', 'admin'];
/** 联络群 (packages/groups, 第六条): officers manage them, employer HR are in their rosters. */
const GROUP_ROLES = ['employer_hr', 'district_officer', 'city_officer', 'admin'];

/**
 * 申报办理: the work queue (HR, recommenders, officers) and the statistics (officers), by the caller's roles.
 * 发布通知 (packages/publish) for those who publish announcements; 组织宣讲 (packages/organize) for officers.
 * Test hooks: #me-work, #work-entry-queue, #work-entry-dashboard, #work-entry-organize, #work-entry-publish, #work-entry-staff (HR: 职工自测统计), #work-entry-groups (联络群)
 */
export function WorkEntries({ roles }: { roles: GrantView[] }) {
  const queue = roles.some((g) => QUEUE_ROLES.includes(g.role));
  const dashboard = roles.some((g) => DASHBOARD_ROLES.includes(g.role));
  if (!queue) return null;
  const go = (page: string) => void openPage(`/packages/work/${page}/index`);
  return (
    <Card title="申报办理" id="me-work">
      <Text className="card__text">审核、推荐、受理职称申报。</Text>
      <ActionButton id="work-entry-queue" kind="primary" onPress={() => go('queue')}>
        待办申报
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
