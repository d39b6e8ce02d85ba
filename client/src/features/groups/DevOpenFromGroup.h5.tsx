import { Text, View } from '@tarojs/components';
import { DEV_CHATS, devChatPath } from '@shared/groups/dev-chats';
import { ActionButton } from '../../components/ActionButton';
import { a11y } from '../../components/a11y';
import { openPage } from '../../services/navigation';

interface Props {
  /** The card's page (shared/groups/cards.ts cardPath). */
  path: string;
  /** Distinguishes several on one page (test hooks). */
  id?: string;
}

/**
 * Dev builds on H5 only: open a card's page as if from a card in a WeChat chat — the local CloudBase issues a
 * cloudID for the simulated chat (features/groups/services/enter). Test hooks: #<id>, #<id>-<chat key> per chat.
 */
export function DevOpenFromGroup({ path, id = 'dev-open-from-group' }: Props) {
  if (process.env.TARO_APP_DEV_LOGIN !== 'true') return null;
  return (
    <View id={id} className="dev-open-from-group" {...a11y({ role: 'group', 'aria-label': '本地演示：从模拟微信群打开卡片' })}>
      <Text className="card__hint">本地演示：以当前账号从模拟的微信聊天中打开这张卡片</Text>
      {DEV_CHATS.map((chat) => (
        <ActionButton key={chat.key} id={`${id}-${chat.key}`} small onPress={() => void openPage(devChatPath(path, chat))}>
          {chat.kind === 'single' ? '在私聊中打开' : `在模拟微信群「${chat.label}」中打开`}
        </ActionButton>
      ))}
    </View>
  );
}
