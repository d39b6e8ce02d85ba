/**
 * 我发布的通知: what the person's capacities published (announcements.list) — drafts, scheduled, published,
 * withdrawn, expired — with the status in words on each row, a status filter (radio chips), 加载更多 by page,
 * and 新建通知. A draft opens in 编写通知; anything else opens its 送达回执.
 * Test hooks: #mine-new, #mine-status (radiogroup; #mine-status-<value>), #mine-list, .mine-item (data-id,
 *   data-status), .mine-item__status, #mine-empty, #mine-more, #mine-total, #load-error, #signin-prompt
 */
import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { OutputOf } from '@shared/contracts';
import { DISPLAY_STATUS_LABELS, type DisplayStatus } from '@shared/announcements/model';
import { api } from './api';
import { useLoad } from '../../hooks/use-load';
import { useAction } from '../../hooks/use-action';
import { a11y } from '../../components/a11y';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { RadioChips } from '../../components/RadioChips';
import { formatDay } from '../../services/dates';
import { PUBLISH_ROUTES } from './views';
import '../notices/notices.scss';
import './publish.scss';
import { openPage } from '../../services/navigation';

type Item = OutputOf<'announcements', 'list'>['items'][number];
type Filter = DisplayStatus | 'all';
const FILTERS: { value: Filter; label: string }[] = [
  { value: 'all', label: '全部' },
  ...(['draft', 'scheduled', 'published', 'withdrawn', 'expired'] as const).map((s) => ({
    value: s as Filter,
    label: DISPLAY_STATUS_LABELS[s],
  })),
];
const PAGE_SIZE = 20;
const STATUS_TAG: Record<DisplayStatus, string> = {
  draft: 'tag',
  scheduled: 'tag tag--wait',
  published: 'tag tag--ok',
  withdrawn: 'tag tag--off',
  expired: 'tag tag--off',
};

function MineItem({ item }: { item: Item }) {
  const open = () => void openPage(item.displayStatus === 'draft' ? PUBLISH_ROUTES.compose(item.id) : PUBLISH_ROUTES.receipts(item.id));
  const when =
    item.displayStatus === 'draft'
      ? `更新于 ${formatDay(item.updatedAt)}`
      : `${item.displayStatus === 'scheduled' ? '定于' : ''}${formatDay(item.publishAt)} 发布${item.expiresAt ? ` · 有效期至 ${formatDay(item.expiresAt)}` : ''}`;
  const counts = item.counts ? `送达 ${item.counts.targeted} 人 · 已读 ${item.counts.read} 人` : '';
  return (
    <View
      className="list-item mine-item"
      data-id={item.id}
      data-status={item.displayStatus}
      {...a11y({ role: 'link', tabIndex: 0 }, open)}
      onClick={open}
    >
      <View className="feed-item__tags">
        <Text className={`${STATUS_TAG[item.displayStatus]} mine-item__status`}>{item.displayStatusLabel}</Text>
        {item.pinned ? <Text className="tag tag--pinned">置顶</Text> : null}
        <Text className="tag">{item.categoryLabel}</Text>
        {item.edition > 1 ? <Text className="tag">{`第 ${item.edition} 版`}</Text> : null}
      </View>
      <Text className="list-item__title">{item.title}</Text>
      <Text className="list-item__meta">{when}</Text>
      <Text className="list-item__meta">{`范围：${item.targetSummary}`}</Text>
      {counts ? <Text className="list-item__meta">{counts}</Text> : null}
    </View>
  );
}

function MyAnnouncements() {
  const [status, setStatus] = useState<Filter>('all');
  const [more, setMore] = useState<Item[]>([]);
  const [page, setPage] = useState(1);
  const load = useCallback(async () => {
    setMore([]);
    setPage(1);
    return api.announcements.list({ ...(status !== 'all' ? { status } : {}), page: 1, pageSize: PAGE_SIZE });
  }, [status]);
  const state = useLoad(load, { refreshOnShow: true });
  const loadMore = useAction(api.announcements.list);
  const fetchMore = async () => {
    const res = await loadMore.run({ ...(status !== 'all' ? { status } : {}), page: page + 1, pageSize: PAGE_SIZE });
    if (res?.ok) {
      setMore((m) => [...m, ...res.data.items]);
      setPage((p) => p + 1);
    }
  };

  return (
    <View className="page publish-mine">
      <Text className="page-title" {...a11y({ role: 'heading', 'aria-level': 1 })}>
        我发布的通知
      </Text>
      <ActionButton id="mine-new" kind="primary" onPress={() => void openPage(PUBLISH_ROUTES.compose())}>
        新建通知
      </ActionButton>
      <Card>
        <Text className="field__label">状态</Text>
        <RadioChips id="mine-status" label="按状态筛选" options={FILTERS} value={status} onChange={setStatus} />
      </Card>
      <LoadState state={state}>
        {(data) => {
          const items = [...data.items, ...more.filter((m) => !data.items.some((d) => d.id === m.id))];
          return (
            <View id="mine-list" aria-busy={state.loading ? 'true' : 'false'}>
              <Text id="mine-total" className="card__hint" {...a11y({ role: 'status' })}>
                {`共 ${data.total} 条`}
              </Text>
              <Card>
                {items.length === 0 ? (
                  <Text id="mine-empty" className="card__text">
                    {status === 'all' ? '还没有发布过通知。点“新建通知”写第一条。' : `没有${DISPLAY_STATUS_LABELS[status]}的通知。`}
                  </Text>
                ) : null}
                {items.map((it) => (
                  <MineItem key={it.id} item={it} />
                ))}
              </Card>
              {loadMore.error ? <Notice kind="error">{loadMore.error.message}</Notice> : null}
              {items.length < data.total ? (
                <ActionButton id="mine-more" pending={loadMore.pending} onPress={() => void fetchMore()}>
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

export default MyAnnouncements;
