import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { a11y } from '../../components/a11y';
import type { BriefingListItem } from '@shared/contracts/briefings';
import { MINE_LABELS, ROUTES } from './views';

/** One briefing in a list. Test hooks: .briefing-item (data-id, data-mine), .briefing-item__seats */
export function BriefingItem({ item }: { item: BriefingListItem }) {
  const open = () => void Taro.navigateTo({ url: ROUTES.briefing(item.id) });
  const mine = item.mine ? MINE_LABELS[item.mine] : '';
  const label = `${item.topic}，${item.timeText}（北京时间），${item.venueText}，${item.phaseLabel}，已报 ${item.label}${item.full ? '，已满' : ''}${mine ? `，${mine}` : ''}`;
  return (
    <View
      className="list-item feed-item briefing-item"
      data-id={item.id}
      data-mine={item.mine ?? ''}
      {...a11y({ role: 'link', tabIndex: 0, 'aria-label': label }, open)}
      onClick={open}
    >
      <View className="feed-item__tags" aria-hidden="true">
        <Text className="tag">{item.phaseLabel}</Text>
        {item.full ? <Text className="tag tag--wait">已满</Text> : null}
        {item.mine ? <Text className={`tag ${item.mine === 'confirmed' ? 'tag--ok' : 'tag--wait'}`}>{mine}</Text> : null}
      </View>
      <Text className="list-item__title" aria-hidden="true">
        {item.topic}
      </Text>
      <Text className="list-item__meta" aria-hidden="true">{`${item.timeText}（北京时间）· ${item.venueText}`}</Text>
      <Text className="list-item__meta briefing-item__seats" aria-hidden="true">{`${item.organizer} · 已报 ${item.label}`}</Text>
    </View>
  );
}
