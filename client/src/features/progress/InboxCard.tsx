import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { OutputOf } from '@shared/contracts';
import { formatTime } from '../../services/dates';
import { Card } from '../../components/Card';
import { ActionButton } from '../../components/ActionButton';
import { a11y } from '../../components/a11y';
import { inboxSummary } from './inbox-summary';
import './InboxCard.scss';

type Inbox = OutputOf<'applications', 'inbox.list'>;

/**
 * 消息: the person's notifications, unread ones marked; tapping one marks it read (and opens its application, announcement or briefing).
 * Each shows a summary of about two lines; a longer one (a 500-character objection) has 查看全文 / 收起 beside it.
 * Test hooks: #inbox, #inbox-unread (count), .inbox-item (data-id; .inbox-item--unread), .inbox-item__text,
 *   .inbox-item__more (查看全文 / 收起), #inbox-read-all, #inbox-empty
 */
export function InboxCard({ inbox, onOpen, onReadAll, pending }: { inbox: Inbox; onOpen: (item: Inbox['items'][number]) => void; onReadAll: () => void; pending: boolean }) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setExpanded((was) => {
      const next = new Set(was);
      if (!next.delete(id)) next.add(id);
      return next;
    });
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
      {inbox.items.map((m) => {
        const text = inboxSummary(m.template, m.data);
        const open = expanded.has(m.id);
        const more = () => toggle(m.id);
        return (
          <View key={m.id} className={`list-item inbox-item ${m.read ? '' : 'inbox-item--unread'}`} data-id={m.id} onClick={() => onOpen(m)}>
            <Text className="list-item__title">{`${m.read ? '' : '● '}${m.title}`}</Text>
            {text.full ? <Text className="inbox-item__text">{open ? text.full : text.short}</Text> : null}
            <View className="inbox-item__foot">
              <Text className="list-item__meta">{formatTime(m.at)}</Text>
              {text.clipped ? (
                <Text
                  className="inbox-item__more"
                  {...a11y({ role: 'button', tabIndex: 0, 'aria-expanded': open, 'aria-label': `${open ? '收起' : '查看全文'}：${m.title}` }, more)}
                  onClick={(e) => {
                    // Only the text opens or closes; the message itself is not opened.
                    e.stopPropagation();
                    more();
                  }}
                >
                  {open ? '收起' : '查看全文'}
                </Text>
              ) : null}
            </View>
          </View>
        );
      })}
      {inbox.unread ? (
        <ActionButton id="inbox-read-all" small pending={pending} onPress={onReadAll}>
          全部标为已读
        </ActionButton>
      ) : null}
    </Card>
  );
}
