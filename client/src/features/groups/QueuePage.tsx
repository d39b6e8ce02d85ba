/**
 * 群内问答: `?groupId=` one group's questions (members: their own and the group's public answers; officers:
 * all); without it an officer's queue over the groups they manage (overdue first), or a member's own questions;
 * `?view=overdue` (or the 全市已超时 choice for city officers) the city's overdue questions across districts.
 * Filters 待答复 / 已超时 / 已答复 / 全部 as a radio group (counts from the list); each row: the summary, the
 * enterprise, the clock in words — overdue rows say “已超时 N 个工作日” with a mark and a red edge, not colour
 * alone. 加载更多 pages on.
 * Test hooks: #queue-page (data-view, data-filter), #queue-scope (radio; #queue-scope-queue, #queue-scope-overdue),
 *   #queue-filter (radio; #queue-filter-open|overdue|answered|all), #queue-list, .qa-row (data-id, data-clock,
 *   data-overdue), .qa-row__clock, #queue-total, #queue-empty, #queue-more, #queue-ask, #load-error, #signin-prompt
 */
import { useCallback, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { QuestionItem } from '@shared/contracts/groups';
import { api } from './api';
import { useLoad } from '../../hooks/use-load';
import { useAction } from '../../hooks/use-action';
import { useWhoami } from '../../hooks/use-whoami';
import { a11y } from '../../components/a11y';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { RadioChips } from '../../components/RadioChips';
import {
  CLOCK_TAG,
  clockText,
  isCityOfficer,
  isOfficer,
  listInput,
  QA_ROUTES,
  queueFilters,
  queueViewFor,
  type QueueFilter,
  type QueueView,
} from './qa-views';
import '../notices/notices.scss';
import './qa.scss';
import { openPage } from '../../services/navigation';

const PAGE_SIZE = 20;

export function QuestionRow({ item }: { item: QuestionItem }) {
  const open = () => void openPage(QA_ROUTES.question(item.id));
  const late = item.clock.state === 'overdue';
  return (
    <View
      className={`list-item qa-row ${late ? 'qa-row--overdue' : ''}`}
      data-id={item.id}
      data-clock={item.clock.state}
      data-overdue={late ? 'true' : 'false'}
      {...a11y({ role: 'link', tabIndex: 0 }, open)}
      onClick={open}
    >
      <View className="feed-item__tags">
        <Text className={`${CLOCK_TAG[item.clock.state]} qa-row__clock`}>{`${late ? '⚠ ' : ''}${clockText(item.status, item.clock)}`}</Text>
        {item.private ? <Text className="tag">仅工作人员可见</Text> : null}
        {item.faqId ? <Text className="tag tag--ok">常见问题</Text> : null}
      </View>
      <Text className="list-item__title qa-row__summary">{item.summary}</Text>
      <Text className="list-item__meta">{`${item.orgName} · ${item.groupName}`}</Text>
      <Text className="list-item__meta">{`提问：${item.askedAtText}`}</Text>
    </View>
  );
}

function QueuePage() {
  const { params } = useRouter();
  const groupId = params.groupId || undefined;
  const who = useWhoami();
  const me = who.data;
  const city = isCityOfficer(me);
  const [scope, setScope] = useState<'queue' | 'overdue' | null>(null);
  const [chosen, setChosen] = useState<QueueFilter | null>(null);
  // The view waits for whoami (officer or member decides it), unless a group is given.
  const known = !!groupId || !!me || !!who.error;
  const view: QueueView = scope && !groupId ? scope : queueViewFor({ groupId, view: params.view }, me);
  const filter: QueueFilter = chosen ?? (isOfficer(me) && view !== 'mine' ? 'open' : 'all');

  const [more, setMore] = useState<QuestionItem[]>([]);
  const [page, setPage] = useState(1);
  const load = useCallback(async () => {
    setMore([]);
    setPage(1);
    if (!known) return new Promise<never>(() => undefined);
    return api.groups['questions.list'](listInput(view, filter, groupId, 1, PAGE_SIZE));
  }, [known, view, filter, groupId]);
  const state = useLoad(load, { refreshOnShow: true });
  const loadMore = useAction(api.groups['questions.list']);
  const fetchMore = async () => {
    const r = await loadMore.run(listInput(view, filter, groupId, page + 1, PAGE_SIZE));
    if (r?.ok) {
      setMore((m) => [...m, ...r.data.items]);
      setPage((p) => p + 1);
    }
  };

  const title = view === 'overdue' ? '已超时的问题' : view === 'mine' ? '我的提问' : '群内问答';
  return (
    <View className="page qa-page">
      <Text className="page-title" {...a11y({ role: 'heading', 'aria-level': 1 })}>
        {title}
      </Text>
      {city && !groupId ? (
        <Card>
          <Text className="field__label">范围</Text>
          <RadioChips
            id="queue-scope"
            label="范围"
            options={[
              { value: 'queue', label: '我管理的群' },
              { value: 'overdue', label: '全市已超时' },
            ]}
            value={view === 'overdue' ? 'overdue' : 'queue'}
            onChange={(v) => {
              setScope(v);
              setChosen(null);
            }}
          />
        </Card>
      ) : null}
      {view !== 'overdue' ? (
        <Card>
          <Text className="field__label">状态</Text>
          <RadioChips
            id="queue-filter"
            label="按答复状态筛选"
            options={queueFilters(state.data?.counts ?? null)}
            value={filter}
            onChange={setChosen}
          />
        </Card>
      ) : null}
      <LoadState state={state}>
        {(data) => {
          const items = [...data.items, ...more.filter((m) => !data.items.some((d) => d.id === m.id))];
          return (
            <View id="queue-page" data-view={view} data-filter={filter} aria-busy={state.loading ? 'true' : 'false'}>
              <Text id="queue-total" className="card__hint" {...a11y({ role: 'status' })}>
                {`共 ${data.total} 个问题${data.counts.overdue ? `，其中已超时 ${data.counts.overdue} 个` : ''}`}
              </Text>
              <Card>
                <View id="queue-list">
                  {items.length === 0 ? (
                    <Text id="queue-empty" className="card__text">
                      {view === 'overdue' ? '没有超时未答复的问题。' : filter === 'open' ? '没有待答复的问题。' : '还没有问题。'}
                    </Text>
                  ) : null}
                  {items.map((it) => (
                    <QuestionRow key={it.id} item={it} />
                  ))}
                </View>
              </Card>
              {loadMore.error ? <Notice kind="error">{loadMore.error.message}</Notice> : null}
              {items.length < data.total ? (
                <ActionButton id="queue-more" pending={loadMore.pending} onPress={() => void fetchMore()}>
                  加载更多
                </ActionButton>
              ) : null}
              {!isOfficer(me) && me ? (
                <ActionButton id="queue-ask" kind="primary" onPress={() => void openPage(QA_ROUTES.ask(groupId))}>
                  我要提问
                </ActionButton>
              ) : null}
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}

export default QueuePage;
