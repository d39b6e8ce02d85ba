import { Text } from '@tarojs/components';
import { Card } from './Card';
import { ActionButton } from './ActionButton';
import { openPage } from '../services/navigation';

/**
 * Shown when a call answers UNAUTHENTICATED. With dev sign-in compiled in (local host), it links there;
 * otherwise it asks the person to open (or reopen) the mini-program in WeChat.
 */
export function SignInPrompt({ message }: { message?: string }) {
  return (
    <Card title="请先登录" id="signin-prompt">
      <Text className="card__text">{message || '登录后才能查看您的信息。'}</Text>
      {process.env.TARO_APP_DEV_LOGIN === 'true' ? (
        <ActionButton id="signin-prompt-go" kind="primary" onPress={() => void openPage('/packages/dev/signin/index')}>
          选择演示账号登录
        </ActionButton>
      ) : (
        <Text className="card__text">请在微信中打开「职称通」小程序使用；如已在小程序中，请退出后重新进入。</Text>
      )}
    </Card>
  );
}
