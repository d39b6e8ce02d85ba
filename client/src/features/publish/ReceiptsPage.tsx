/**
 * 送达回执 (`?id=`): the announcement's title and status, the counts (targeted / delivered / read / refused,
 * and the in-app-only and pending ones), the masked list of people by page with a read filter, and 导出 Excel
 * (receipts.export → the work package's saveXlsx: a download on H5, the document viewer on weapp).
 * Test hooks: #receipts-page (data-id), #receipts-title, #receipts-status, #receipts-counts,
 *   #receipts-count-<targeted|delivered|read|refused|noQuota|pending> (data-n), #receipts-filter (radiogroup),
 *   #receipts-list, .receipt-row (data-read), #receipts-empty, #receipts-prev, #receipts-next, #receipts-page-no,
 *   #receipts-export, #receipts-export-done, #receipts-export-error, #receipts-edit, #load-error, #signin-prompt
 */
import { useCallback, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { api } from './api';
import { useLoad } from '../../hooks/use-load';
import { useAction } from '../../hooks/use-action';
import { a11y } from '../../components/a11y';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { RadioChips } from '../../components/RadioChips';
import { saveXlsx } from '../../services/download';
import { formatDay } from '../../services/dates';
import { PUBLISH_ROUTES } from './views';
import '../notices/notices.scss';
import './publish.scss';
import { openPage } from '../../services/navigation';

const PAGE_SIZE = 20;
type ReadFilter = 'all' | 'read' | 'unread';
const READ_FILTERS: { value: ReadFilter; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'read', label: '已读' },
  { value: 'unread', label: '未读' },
];
const COUNT_LABELS = [
  { key: 'targeted', label: '目标人数' },
  { key: 'delivered', label: '消息已送达' },
  { key: 'read', label: '已读' },
  { key: 'refused', label: '拒收' },
  { key: 'noQuota', label: '仅站内通知' },
  { key: 'pending', label: '待发送' },
] as const;

function Receipts() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const [filter, setFilter] = useState<ReadFilter>('all');
  const [page, setPage] = useState(1);
  const detail = useLoad(useCallback(() => api.announcements.get({ id }), [id]));
  const load = useCallback(
    () => api.announcements.receipts({ id, page, pageSize: PAGE_SIZE, ...(filter !== 'all' ? { read: filter === 'read' } : {}) }),
    [id, page, filter],
  );
  const state = useLoad(load, { refreshOnShow: true });
  const exporting = useAction(api.announcements['receipts.export']);
  const [exported, setExported] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  const onExport = async () => {
    setExported(null);
    setSaveError(null);
    const res = await exporting.run({ id });
    if (!res?.ok) return;
    try {
      await saveXlsx(res.data.filename, res.data.base64);
      setExported(`已导出 ${res.data.rows} 行：${res.data.filename}`);
    } catch {
      setSaveError('文件没有保存成功，请重试');
    }
  };

  const a = detail.data?.announcement;
  return (
    <View className="page receipts-page" id="receipts-page" data-id={id}>
      <Text className="page-title" {...a11y({ role: 'heading', 'aria-level': 1 })}>
        送达回执
      </Text>
      {a ? (
        <Card>
          <Text id="receipts-title" className="list-item__title">
            {a.content.title}
          </Text>
          <Text id="receipts-status" className="list-item__meta">
            {`${a.displayStatusLabel}${a.content.publishAt ? ` · ${formatDay(a.content.publishAt)} 发布` : ''}${a.edition > 1 ? ` · 第 ${a.edition} 版` : ''}`}
          </Text>
          <Text className="list-item__meta">{`范围：${a.targetSummary}`}</Text>
          <ActionButton id="receipts-edit" small onPress={() => void openPage(PUBLISH_ROUTES.compose(id))}>
            {a.status === 'published' ? '查看、修改或撤回' : '查看内容'}
          </ActionButton>
        </Card>
      ) : null}
      <LoadState state={state}>
        {(data) => {
          const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
          return (
            <View>
              <Card id="receipts-counts" title="送达情况">
                <View className="receipt-counts">
                  {COUNT_LABELS.map((c) => (
                    <View key={c.key} id={`receipts-count-${c.key}`} className="receipt-count" data-n={String(data.counts[c.key])}>
                      <Text className="receipt-count__n">{data.counts[c.key]}</Text>
                      <Text className="receipt-count__label">{c.label}</Text>
                    </View>
                  ))}
                </View>
                <Text className="card__hint">“仅站内通知”是没有订阅消息的人：他们在首页和通知列表里仍能看到。</Text>
              </Card>
              <Card title="名单（姓名已脱敏）">
                <RadioChips
                  id="receipts-filter"
                  label="按是否已读筛选"
                  options={READ_FILTERS}
                  value={filter}
                  onChange={(v) => {
                    setFilter(v);
                    setPage(1);
                  }}
                />
                {data.items.length === 0 ? (
                  <Text id="receipts-empty" className="card__text">
                    {filter === 'all' ? '还没有送达记录（发布后会分批发送）。' : '没有符合条件的人。'}
                  </Text>
                ) : null}
                {/* A list holds list items only: the empty note stands before it. */}
                <View id="receipts-list" aria-busy={state.loading ? 'true' : 'false'} {...a11y({ role: 'list' })}>
                  {data.items.map((r, i) => (
                    <View
                      key={`${page}-${i}`}
                      className="list-item receipt-row"
                      data-read={r.read ? 'true' : 'false'}
                      {...a11y({ role: 'listitem' })}
                    >
                      <View className="receipt-row__head">
                        <Text className="list-item__title">{r.name}</Text>
                        <Text className={`tag ${r.read ? 'tag--ok' : 'tag--wait'}`}>{r.read ? `已读 ${r.readAt}` : '未读'}</Text>
                      </View>
                      {r.employer ? <Text className="list-item__meta">{r.employer}</Text> : null}
                      <Text className="list-item__meta">{`消息：${r.status}`}</Text>
                    </View>
                  ))}
                </View>
                {pages > 1 ? (
                  <View className="btn-row pager">
                    <ActionButton id="receipts-prev" small disabled={page <= 1} onPress={() => setPage((p) => Math.max(1, p - 1))}>
                      上一页
                    </ActionButton>
                    <Text id="receipts-page-no" className="card__text">{`第 ${page} / ${pages} 页（共 ${data.total} 人）`}</Text>
                    <ActionButton id="receipts-next" small disabled={page >= pages} onPress={() => setPage((p) => p + 1)}>
                      下一页
                    </ActionButton>
                  </View>
                ) : (
                  <Text className="card__hint">{`共 ${data.total} 人`}</Text>
                )}
              </Card>
              <ActionButton id="receipts-export" kind="primary" pending={exporting.pending} onPress={() => void onExport()}>
                导出 Excel
              </ActionButton>
              {exported ? (
                <Notice kind="ok" id="receipts-export-done">
                  {exported}
                </Notice>
              ) : null}
              {exporting.error || saveError ? (
                <Notice kind="error" id="receipts-export-error">
                  {exporting.error?.message ?? saveError}
                </Notice>
              ) : null}
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}

export default Receipts;
