/**
 * 通知列表: what reaches the signed-in person now (announcements.feed), pinned first, newest first; a category
 * filter (radio buttons) and a keyword search; 加载更多 with the feed's cursor; 全部标为已读.
 * Test hooks: #notices-category (radiogroup; #notices-category-<value>), #notices-keyword (input inside),
 *   #notices-search, #notices-feed, .feed-item, #notices-empty, #notices-more, #notices-read-all,
 *   #notices-unread, #load-error, #signin-prompt
 */
import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { a11y } from '../../components/a11y';
import type { AnnouncementFeedItem } from '@shared/contracts/announcements';
import type { OutputOf } from '@shared/contracts';
import { api } from './api';
import { useLoad } from '../../hooks/use-load';
import { useAction } from '../../hooks/use-action';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { TextField } from '../../components/TextField';
import { RadioChips } from '../../components/RadioChips';
import { FeedItem } from './FeedItem';
import { CATEGORY_FILTERS, type CategoryFilter } from './views';
import './notices.scss';

type Feed = OutputOf<'announcements', 'feed'>;

function NoticeList() {
  const [category, setCategory] = useState<CategoryFilter>('all');
  const [typed, setTyped] = useState('');
  const [keyword, setKeyword] = useState('');
  const [more, setMore] = useState<AnnouncementFeedItem[]>([]);
  const [next, setNext] = useState<Feed['next'] | undefined>(undefined);

  const load = useCallback(async () => {
    setMore([]);
    setNext(undefined);
    return api.announcements.feed({ ...(category !== 'all' ? { category } : {}), ...(keyword ? { keyword } : {}), pageSize: 20 });
  }, [category, keyword]);
  const state = useLoad(load, { refreshOnShow: true });
  const loadMore = useAction(api.announcements.feed);
  const readAll = useAction(api.announcements.read);

  const cursor = next === undefined ? state.data?.next : next;
  const fetchMore = async () => {
    if (!cursor) return;
    const res = await loadMore.run({
      ...(category !== 'all' ? { category } : {}),
      ...(keyword ? { keyword } : {}),
      after: cursor,
      pageSize: 20,
    });
    if (res?.ok) {
      setMore((m) => [...m, ...res.data.items]);
      setNext(res.data.next);
    }
  };

  return (
    <View className="page notices-list">
      <Text className="page-title" {...a11y({ role: 'heading', 'aria-level': 1 })}>
        通知公告
      </Text>
      <Card>
        <Text className="field__label" id="notices-category-label">
          类别
        </Text>
        <RadioChips id="notices-category" label="按类别筛选" options={CATEGORY_FILTERS} value={category} onChange={setCategory} />
        <View className="notices-search" {...a11y({ role: 'search' })}>
          <TextField id="notices-keyword" label="关键词" value={typed} onChange={setTyped} placeholder="标题或正文" maxlength={30} />
          <ActionButton id="notices-search" kind="primary" small onPress={() => setKeyword(typed.trim())}>
            搜索
          </ActionButton>
        </View>
        {keyword ? (
          <View className="notices-unread-row">
            <Text className="card__hint">{`正在搜索“${keyword}”`}</Text>
            <ActionButton
              id="notices-clear"
              small
              onPress={() => {
                setTyped('');
                setKeyword('');
              }}
            >
              清除搜索
            </ActionButton>
          </View>
        ) : null}
      </Card>
      <LoadState state={state}>
        {(data) => {
          const items = [...data.items, ...more.filter((m) => !data.items.some((d) => d.id === m.id))];
          return (
            <View id="notices-feed" aria-busy={state.loading ? 'true' : 'false'}>
              <View className="notices-unread-row">
                <Text id="notices-unread" className="card__text" {...a11y({ role: 'status' })}>
                  {data.unread > 0 ? `${data.unread} 条未读` : '没有未读通知'}
                </Text>
                {data.unread > 0 ? (
                  <ActionButton
                    id="notices-read-all"
                    small
                    pending={readAll.pending}
                    onPress={() => void readAll.run({ all: true }).then((r) => (r?.ok ? state.reload() : undefined))}
                  >
                    全部标为已读
                  </ActionButton>
                ) : null}
              </View>
              {readAll.error ? <Notice kind="error">{readAll.error.message}</Notice> : null}
              <Card>
                {items.length === 0 ? (
                  <Text id="notices-empty" className="card__text">
                    {keyword || category !== 'all' ? '没有符合条件的通知，换个类别或关键词试试。' : '现在没有发给您的通知。'}
                  </Text>
                ) : null}
                {items.map((it) => (
                  <FeedItem key={it.id} item={it} />
                ))}
              </Card>
              {loadMore.error ? <Notice kind="error">{loadMore.error.message}</Notice> : null}
              {cursor ? (
                <ActionButton id="notices-more" pending={loadMore.pending} onPress={() => void fetchMore()}>
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

export default NoticeList;
