import { Text, View } from '@tarojs/components';
import { a11y } from '../../components/a11y';
import type { BriefingListItem } from '@shared/contracts/briefings';
import { MINE_LABELS, ROUTES } from './views';
import { openPage } from '../../services/navigation';

/** One briefing in a list. Test hooks: .briefing-item (data-id, data-mine), .briefing-item__seats */
export function BriefingItem({ item }: { item: BriefingListItem }) {
  const open = () => void openPage(ROUTES.briefing(item.id));
  const mine = item.mine ? MINE_LABELS[item.mine] : '';
  return (
    <View
      className="list-item feed-item briefing-item"
      data-id={item.id}
      data-mine={item.mine ?? ''}
      {...a11y({ role: 'link', tabIndex: 0 }, open)}
      onClick={open}
    >
      <View className="feed-item__tags">
        <Text className="tag">{item.phaseLabel}</Text>
        {item.full ? <Text className="tag tag--wait">已满</Text> : null}
        {item.mine ? <Text className={`tag ${item.mine === 'confirmed' ? 'tag--ok' : 'tag--wait'}`}>{mine}</Text> : null}
      </View>
      <Text className="list-item__title">{item.topic}</Text>
      <Text className="list-item__meta">{`${item.timeText}（北京时间）· ${item.venueText}`}</Text>
      <Text className="list-item__meta briefing-item__seats">{`${item.organizer} · 已报 ${item.label}`}</Text>
    </View>
  );
}
