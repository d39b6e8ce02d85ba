import { Text, View } from '@tarojs/components';
import type { ApplicationListItem } from '@shared/contracts/applications';
import { formatDate } from '../../services/dates';

export const WORKFLOW_NAMES: Record<string, string> = { socialized: '社会化评审', green_channel: '绿色通道' };

/**
 * One application in a list: title, stage, who holds it, the next expected date (red when overdue).
 * Test hooks: .app-card (data-id, data-stage; .app-card--selected in a batch), .app-card__stage, .app-card__holder, .app-card__due
 */
export function ApplicationCard({
  item,
  showApplicant,
  selected,
  onOpen,
}: {
  item: ApplicationListItem;
  showApplicant?: boolean;
  /** In a batch: ticked (true) or not (false); undefined outside a batch. */
  selected?: boolean;
  onOpen: (id: string) => void;
}) {
  const classes = ['list-item', 'app-card', item.overdue ? 'app-card--overdue' : '', selected ? 'app-card--selected' : ''];
  return (
    <View className={classes.filter(Boolean).join(' ')} data-id={item.id} data-stage={item.stage} onClick={() => onOpen(item.id)}>
      <Text className="list-item__title">
        {selected === undefined ? '' : selected ? '☑ ' : '☐ '}
        {showApplicant ? `${item.applicantName} · ${item.titleName}` : item.titleName}
      </Text>
      <Text className="list-item__meta">{`${WORKFLOW_NAMES[item.workflow] ?? item.workflow} · ${item.employer}`}</Text>
      <View className="app-card__row">
        <Text className="chip app-card__stage">{item.stageLabel}</Text>
        {item.overdue ? <Text className="chip app-card__overdue">已超期</Text> : null}
      </View>
      {item.holder ? <Text className="card__text app-card__holder">{`材料现在在：${item.holder}`}</Text> : null}
      {item.dueBy ? <Text className="card__hint app-card__due">{`预计 ${formatDate(item.dueBy)} 前办完这一步`}</Text> : null}
    </View>
  );
}
