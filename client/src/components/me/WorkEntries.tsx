import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import type { GrantView } from '@shared/contracts';
import { Card } from '../Card';
import { ActionButton } from '../ActionButton';

const QUEUE_ROLES = ['employer_hr', 'recommender', 'district_officer', 'city_officer', 'admin'];
const DASHBOARD_ROLES = ['district_officer', 'city_officer', 'admin'];

/**
 * 申报办理: the work queue (HR, recommenders, officers) and the statistics (officers), by the caller's roles.
 * Test hooks: #me-work, #work-entry-queue, #work-entry-dashboard
 */
export function WorkEntries({ roles }: { roles: GrantView[] }) {
  const queue = roles.some((g) => QUEUE_ROLES.includes(g.role));
  const dashboard = roles.some((g) => DASHBOARD_ROLES.includes(g.role));
  if (!queue) return null;
  const go = (page: string) => void Taro.navigateTo({ url: `/packages/work/${page}/index` });
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
    </Card>
  );
}
