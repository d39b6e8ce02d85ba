import { Text, View } from '@tarojs/components';
import type { OutputOf } from '@shared/contracts';
import { formatTime } from '../../services/dates';
import { Card } from '../Card';
import { ActionButton } from '../ActionButton';

type Inbox = OutputOf<'applications', 'inbox.list'>;

/**
 * 消息: the person's notifications, unread ones marked; tapping one marks it read (and opens its application, announcement or briefing).
 * Test hooks: #inbox, #inbox-unread (count), .inbox-item (data-id; .inbox-item--unread), #inbox-read-all, #inbox-empty
 */
export function InboxCard({ inbox, onOpen, onReadAll, pending }: { inbox: Inbox; onOpen: (item: Inbox['items'][number]) => void; onReadAll: () => void; pending: boolean }) {
  return (
    <Card id="inbox" title="消息">
      <Text id="inbox-unread" className="card__text" data-count={inbox.unread}>
        {inbox.unread ? `${inbox.unread} 条未读` : '没有未读消息'}
      </Text>
      {inbox.items.length === 0 ? (
        <Text id="inbox-empty" className="card__hint">
          还没有消息。申报有进展、有发给您的通知或宣讲时会在这里告诉您。
        </Text>
      ) : null}
      {inbox.items.map((m) => (
        <View key={m.id} className={`list-item inbox-item ${m.read ? '' : 'inbox-item--unread'}`} data-id={m.id} onClick={() => onOpen(m)}>
          <Text className="list-item__title">{`${m.read ? '' : '● '}${m.title}`}</Text>
          {Object.values(m.data).length ? <Text className="list-item__meta">{Object.values(m.data).join(' · ')}</Text> : null}
          <Text className="list-item__meta">{formatTime(m.at)}</Text>
        </View>
      ))}
      {inbox.unread ? (
        <ActionButton id="inbox-read-all" small pending={pending} onPress={onReadAll}>
          全部标为已读
        </ActionButton>
      ) : null}
    </Card>
  );
}
