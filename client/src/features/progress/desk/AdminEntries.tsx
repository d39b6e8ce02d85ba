import { openPage } from '../../../services/navigation';
import { Text } from '@tarojs/components';
import type { OutputOf } from '@shared/contracts';
import { Card } from '../../../components/Card';
import { ActionButton } from '../../../components/ActionButton';

type Capabilities = OutputOf<'identity', 'whoami'>['capabilities'];

/** Work entries, shown only for what the caller may do (capabilities computed by the shared policy). */
export function AdminEntries({ capabilities }: { capabilities: Capabilities }) {
  const { issueInvitations, grantRoles, manageOrganizations, publishRounds } = capabilities;
  if (!issueInvitations && !grantRoles && !manageOrganizations && !publishRounds) return null;
  const go = (page: string) => void openPage(`/packages/admin/${page}/index`);
  return (
    <Card title="管理工作" id="me-admin">
      <Text className="card__text">以下功能按您的身份开放。</Text>
      {manageOrganizations ? (
        <ActionButton id="admin-entry-orgs" onPress={() => go('orgs')}>
          单位管理
        </ActionButton>
      ) : null}
      {issueInvitations ? (
        <ActionButton id="admin-entry-invite" onPress={() => go('invite')}>
          发放单位邀请码
        </ActionButton>
      ) : null}
      {publishRounds ? (
        <ActionButton id="admin-entry-rounds" onPress={() => go('rounds')}>
          发布评审轮次
        </ActionButton>
      ) : null}
      {grantRoles ? (
        <ActionButton id="admin-entry-roles" onPress={() => go('roles')}>
          授予 / 撤销角色
        </ActionButton>
      ) : null}
    </Card>
  );
}
