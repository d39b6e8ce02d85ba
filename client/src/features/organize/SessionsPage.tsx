/**
 * 我组织的宣讲: the sessions of the officer's bureau (briefings.list view organized), each with its state in
 * words (已安排 / 报名中 / 已满 / 进行中 / 已举办 / 已取消), seats and time; a state filter (radio chips, over the
 * loaded pages), 加载更多, 新建宣讲 and 宣讲制度. A row opens 宣讲管理.
 * Test hooks: #sessions-new, #sessions-cadence, #sessions-filter (radiogroup; #sessions-filter-<state>),
 *   #sessions-list, .session-item (data-id, data-state), .session-item__state, #sessions-empty, #sessions-more,
 *   #sessions-total, #load-error, #signin-prompt
 */
import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { BriefingListItem } from '@shared/contracts/briefings';
import { api } from './api';
import { useLoad } from '../../hooks/use-load';
import { useAction } from '../../hooks/use-action';
import { a11y } from '../../components/a11y';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { RadioChips } from '../../components/RadioChips';
import {
  ORGANIZE_ROUTES,
  ORGANIZER_STATE_LABELS,
  ORGANIZER_STATE_TAG,
  organizerState,
  SESSIONS_FILTERS,
  type SessionsFilter,
} from './views';
import '../notices/notices.scss';
import '../publish/publish.scss';
import './organize.scss';
import { openPage } from '../../services/navigation';

const PAGE_SIZE = 50;

function SessionItem({ item }: { item: BriefingListItem }) {
  const state = organizerState(item);
  const open = () => void openPage(ORGANIZE_ROUTES.session(item.id));
  return (
    <View
      className="list-item session-item"
      data-id={item.id}
      data-state={state}
      {...a11y({ role: 'link', tabIndex: 0 }, open)}
      onClick={open}
    >
      <View className="feed-item__tags">
        <Text className={`${ORGANIZER_STATE_TAG[state]} session-item__state`}>{ORGANIZER_STATE_LABELS[state]}</Text>
        <Text className="tag">{`已报 ${item.label}`}</Text>
      </View>
      <Text className="list-item__title">{item.topic}</Text>
      <Text className="list-item__meta">{`${item.timeText}（北京时间）`}</Text>
      <Text className="list-item__meta">{item.venueText}</Text>
      <Text className="list-item__meta">{`主办：${item.organizer} · 面向：${item.audienceText || '全市'}`}</Text>
    </View>
  );
}

function MySessions() {
  const [filter, setFilter] = useState<SessionsFilter>('all');
  const [more, setMore] = useState<BriefingListItem[]>([]);
  const [page, setPage] = useState(1);
  const load = useCallback(async () => {
    setMore([]);
    setPage(1);
    return api.briefings.list({ view: 'organized', page: 1, pageSize: PAGE_SIZE });
  }, []);
  const state = useLoad(load, { refreshOnShow: true });
  const loadMore = useAction(api.briefings.list);
  const fetchMore = async () => {
    const res = await loadMore.run({ view: 'organized', page: page + 1, pageSize: PAGE_SIZE });
    if (res?.ok) {
      setMore((m) => [...m, ...res.data.items]);
      setPage((p) => p + 1);
    }
  };

  return (
    <View className="page organize-sessions">
      <Text className="page-title" {...a11y({ role: 'heading', 'aria-level': 1 })}>
        我组织的宣讲
      </Text>
      <View className="btn-row">
        <ActionButton id="sessions-new" kind="primary" onPress={() => void openPage(ORGANIZE_ROUTES.edit())}>
          新建宣讲
        </ActionButton>
        <ActionButton id="sessions-cadence" onPress={() => void openPage(ORGANIZE_ROUTES.cadence)}>
          宣讲制度
        </ActionButton>
      </View>
      <Card>
        <Text className="field__label">状态</Text>
        <RadioChips id="sessions-filter" label="按状态筛选" options={SESSIONS_FILTERS} value={filter} onChange={setFilter} />
      </Card>
      <LoadState state={state}>
        {(data) => {
          const all = [...data.items, ...more.filter((m) => !data.items.some((d) => d.id === m.id))];
          const items = filter === 'all' ? all : all.filter((it) => organizerState(it) === filter);
          return (
            <View id="sessions-list" aria-busy={state.loading ? 'true' : 'false'}>
              <Text id="sessions-total" className="card__hint" {...a11y({ role: 'status' })}>
                {filter === 'all'
                  ? `共 ${data.total} 场`
                  : `已加载的 ${all.length} 场中，${ORGANIZER_STATE_LABELS[filter]} ${items.length} 场`}
              </Text>
              <Card>
                {items.length === 0 ? (
                  <Text id="sessions-empty" className="card__text">
                    {filter === 'all' ? '还没有安排过宣讲。点“新建宣讲”安排第一场。' : `没有${ORGANIZER_STATE_LABELS[filter]}的宣讲。`}
                  </Text>
                ) : null}
                {items.map((it) => (
                  <SessionItem key={it.id} item={it} />
                ))}
              </Card>
              {loadMore.error ? <Notice kind="error">{loadMore.error.message}</Notice> : null}
              {all.length < data.total ? (
                <ActionButton id="sessions-more" pending={loadMore.pending} onPress={() => void fetchMore()}>
                  加载更多
                </ActionButton>
              ) : null}
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}

export default MySessions;
