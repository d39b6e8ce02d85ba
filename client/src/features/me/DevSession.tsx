import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { clearDevToken, getDevToken } from '../../services/api';
import { Card } from '../../components/Card';
import { ActionButton } from '../../components/ActionButton';
import { openPage } from '../../services/navigation';

/**
 * Dev sign-in session controls (local host only). Rendered only when TARO_APP_DEV_LOGIN is 'true';
 * the caller guards with the same constant so production builds drop this code.
 */
export function DevSession({ onSignedOut }: { onSignedOut: () => void }) {
  if (process.env.TARO_APP_DEV_LOGIN !== 'true') return null;
  return (
    <Card title="开发调试" id="me-dev">
      <Text className="card__text">本地演示环境：可切换演示账号或退出。</Text>
      <ActionButton id="dev-switch-user" onPress={() => void openPage('/packages/dev/signin/index')}>
        切换演示账号
      </ActionButton>
      <ActionButton
        id="dev-signout"
        kind="danger"
        onPress={() => {
          const token = getDevToken();
          clearDevToken();
          onSignedOut();
          // Also end the session on the local host (best effort).
          void Taro.request({
            url: `${process.env.TARO_APP_API_BASE ?? ''}/dev/signout`,
            method: 'POST',
            header: { Authorization: `Bearer ${token}` },
          }).catch(() => undefined);
        }}
      >
        退出登录
      </ActionButton>
    </Card>
  );
}
