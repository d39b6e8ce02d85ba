import { Text, View } from '@tarojs/components';
import { a11y } from '../../components/a11y';
import type { AnnouncementFeedItem } from '@shared/contracts/announcements';
import { formatDay } from '../../services/dates';
import { ROUTES } from './views';
import { openPage } from '../../services/navigation';

/**
 * One announcement in the 通知 list: unread and pinned marked with words (未读 / 置顶), not colour alone. The link is
 * named by what it shows (WCAG 2.5.3: a voice user says what they see), tags first.
 * Test hooks: .feed-item (data-id, data-unread), .feed-item__unread
 */
export function FeedItem({ item }: { item: AnnouncementFeedItem }) {
  const open = () => void openPage(ROUTES.detail(item.id));
  return (
    <View
      className="list-item feed-item"
      data-id={item.id}
      data-unread={item.unread ? 'true' : 'false'}
      {...a11y({ role: 'link', tabIndex: 0 }, open)}
      onClick={open}
    >
      <View className="feed-item__tags">
        {item.unread ? <Text className="tag tag--unread feed-item__unread">未读</Text> : null}
        {item.pinned ? <Text className="tag tag--pinned">置顶</Text> : null}
        <Text className="tag">{item.categoryLabel}</Text>
      </View>
      <Text className="list-item__title">{item.title}</Text>
      <Text className="list-item__meta">{`${item.publisher} · ${formatDay(item.publishAt)}`}</Text>
      {item.excerpt ? <Text className="feed-item__excerpt">{item.excerpt}</Text> : null}
    </View>
  );
}
