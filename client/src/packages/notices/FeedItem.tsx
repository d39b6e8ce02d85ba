import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { a11y } from '../../components/a11y';
import type { AnnouncementFeedItem } from '@shared/contracts/announcements';
import { chinaDay, ROUTES } from './views';

/**
 * One announcement in the 通知 list: unread and pinned marked with words (未读 / 置顶), not colour alone.
 * Test hooks: .feed-item (data-id, data-unread), .feed-item__unread
 */
export function FeedItem({ item }: { item: AnnouncementFeedItem }) {
  const open = () => void Taro.navigateTo({ url: ROUTES.detail(item.id) });
  const label = `${item.unread ? '未读，' : ''}${item.pinned ? '置顶，' : ''}${item.categoryLabel}：${item.title}，${item.publisher}，${chinaDay(item.publishAt)} 发布`;
  return (
    <View
      className="list-item feed-item"
      data-id={item.id}
      data-unread={item.unread ? 'true' : 'false'}
      {...a11y({ role: 'link', tabIndex: 0, 'aria-label': label }, open)}
      onClick={open}
    >
      <View className="feed-item__tags" aria-hidden="true">
        {item.unread ? <Text className="tag tag--unread feed-item__unread">未读</Text> : null}
        {item.pinned ? <Text className="tag tag--pinned">置顶</Text> : null}
        <Text className="tag">{item.categoryLabel}</Text>
      </View>
      <Text className="list-item__title" aria-hidden="true">
        {item.title}
      </Text>
      <Text className="list-item__meta" aria-hidden="true">{`${item.publisher} · ${chinaDay(item.publishAt)}`}</Text>
      {item.excerpt ? (
        <Text className="feed-item__excerpt" aria-hidden="true">
          {item.excerpt}
        </Text>
      ) : null}
    </View>
  );
}
