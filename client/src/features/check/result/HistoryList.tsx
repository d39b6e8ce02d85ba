import { useCallback, useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import type { EligibilityHistoryItem } from '@shared/contracts';
import { highestLikelyTitle } from '@shared/policy/headline';
import { api } from '../../../services/api';
import { useLoad } from '../../../hooks/use-load';
import { formatTime } from '../../../services/dates';
import { a11y } from '../../../components/a11y';
import { Card } from '../../../components/Card';

/** The saved check's headline: the same words the result page put at its top (shared/policy/headline). */
function headlineOf(item: EligibilityHistoryItem): string {
  return highestLikelyTitle(item).text;
}

/**
 * 历史记录: the person's saved checks (eligibility.history), newest first; tapping one opens it. Shown only
 * when signed in; each says the headline its result had. Test hooks: #check-history, .check-history-item (data-id),
 * .check-history-item__headline, #check-history-empty
 */
export function HistoryList({ refreshKey, activeId, onOpen }: { refreshKey: string; activeId?: string; onOpen: (id: string) => void }) {
  const load = useCallback(() => api.eligibility.history({ page: 1, pageSize: 10 }), []);
  const state = useLoad(load);
  const { reload } = state;
  // A check was just saved: list it.
  useEffect(() => {
    if (refreshKey) void reload();
  }, [refreshKey, reload]);
  if (!state.data) return null;
  return (
    <Card title="我的自测记录" id="check-history">
      {state.data.items.length === 0 ? (
        <Text id="check-history-empty" className="card__text">
          还没有保存的自测记录。
        </Text>
      ) : null}
      {state.data.items.map((item) => (
        <View
          key={item.id}
          className={`list-item check-history-item ${item.id === activeId ? 'check-history-item--active' : ''}`}
          data-id={item.id}
          {...a11y({ role: 'link', tabIndex: 0 }, () => onOpen(item.id))}
          onClick={() => onOpen(item.id)}
        >
          <Text className="list-item__title">{formatTime(item.at)}</Text>
          <Text className="list-item__meta check-history-item__headline">{headlineOf(item)}</Text>
        </View>
      ))}
      {state.data.total > state.data.items.length ? (
        <Text className="card__hint">
          只显示最近 {state.data.items.length} 条，共 {state.data.total} 条。
        </Text>
      ) : null}
    </Card>
  );
}
