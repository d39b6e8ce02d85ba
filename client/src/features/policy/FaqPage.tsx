/**
 * 常见问题 (public: visitors read and search too): `?q=` a search over questions and answers, `?clause=` the
 * entries citing a clause (its slug, art2), `?id=` one entry. A search box; results with the question, the
 * answer folded to a few lines, the clauses it cites (links to each clause's page), 有帮助; 加载更多.
 * Answers come from the liaison groups' officers (微信交流群, 第六条), promoted from real questions.
 * Test hooks: #faq-page (data-id), #faq-list (data-q, data-clause), #faq-search-input, #faq-search, #faq-clear,
 *   #faq-clause-filter, #faq-results, .faq-item (data-id; see FaqItem), #faq-total, #faq-empty, #faq-more,
 *   #faq-one, #faq-all, #load-error
 */
import { useCallback, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { FaqItem } from '@shared/contracts/groups';
import { CLAUSES, type ClauseId } from '@shared/policy/clauses';
import { api } from './api';
import { useLoad } from '../../hooks/use-load';
import { useAction } from '../../hooks/use-action';
import { a11y } from '../../components/a11y';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { TextField } from '../../components/TextField';
import { clauseFromSlug, faqUrl } from '../../services/policy/links';
import { FaqEntry } from './FaqItem';
import './faq.scss';

const PAGE_SIZE = 20;

function decode(v: string | undefined): string {
  if (!v) return '';
  try {
    return decodeURIComponent(v).trim();
  } catch {
    return v.trim();
  }
}

function OneEntry({ id }: { id: string }) {
  const state = useLoad(useCallback(() => api.groups['faq.get']({ id }), [id]));
  return (
    <LoadState state={state}>
      {(f) => (
        <View id="faq-one">
          <Card>
            <FaqEntry item={f} open marked={f.markedHelpful} />
          </Card>
          <ActionButton id="faq-all" onPress={() => void Taro.redirectTo({ url: faqUrl() })}>
            查看全部常见问题
          </ActionButton>
        </View>
      )}
    </LoadState>
  );
}

function Search({ initial, clause: initialClause }: { initial: string; clause: ClauseId | null }) {
  const [typed, setTyped] = useState(initial);
  const [keyword, setKeyword] = useState(initial);
  const [clause, setClause] = useState<ClauseId | null>(initialClause);
  const [more, setMore] = useState<FaqItem[]>([]);
  const [page, setPage] = useState(1);
  const input = useCallback(
    (p: number) => ({ ...(keyword ? { keyword } : {}), ...(clause ? { clause } : {}), page: p, pageSize: PAGE_SIZE }),
    [keyword, clause],
  );
  const load = useCallback(async () => {
    setMore([]);
    setPage(1);
    return api.groups['faq.search'](input(1));
  }, [input]);
  const state = useLoad(load);
  const loadMore = useAction(api.groups['faq.search']);
  const fetchMore = async () => {
    const r = await loadMore.run(input(page + 1));
    if (r?.ok) {
      setMore((m) => [...m, ...r.data.items]);
      setPage((p) => p + 1);
    }
  };
  const search = () => setKeyword(typed.trim());

  return (
    <View id="faq-list" data-q={keyword} data-clause={clause ?? ''}>
      <Card>
        <View className="faq-search" {...a11y({ role: 'search' })}>
          <TextField id="faq-search-input" label="搜索常见问题" value={typed} onChange={setTyped} placeholder="例如：中级 论文 年限" maxlength={30} />
          <ActionButton id="faq-search" kind="primary" small onPress={search}>
            搜索
          </ActionButton>
        </View>
        {clause ? (
          <View id="faq-clause-filter" className="faq-filter">
            <Text className="card__hint">{`只看引用${clause}（${CLAUSES[clause].heading}）的问题`}</Text>
            <ActionButton small onPress={() => setClause(null)}>
              看全部
            </ActionButton>
          </View>
        ) : null}
        {keyword ? (
          <View className="faq-filter">
            <Text className="card__hint">{`正在搜索“${keyword}”`}</Text>
            <ActionButton
              id="faq-clear"
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
            <View id="faq-results" aria-busy={state.loading ? 'true' : 'false'}>
              <Text id="faq-total" className="card__hint" {...a11y({ role: 'status' })}>
                {keyword || clause ? `找到 ${data.total} 个问题` : `共 ${data.total} 个常见问题`}
              </Text>
              <Card>
                {items.length === 0 ? (
                  <Text id="faq-empty" className="card__text">
                    {keyword ? `没有找到和“${keyword}”有关的问题。换个说法试试，或在企业所在的联络群里向工作人员提问。` : '还没有常见问题。'}
                  </Text>
                ) : null}
                {items.map((f) => (
                  <FaqEntry key={f.id} item={f} />
                ))}
              </Card>
              {loadMore.error ? <Notice kind="error">{loadMore.error.message}</Notice> : null}
              {items.length < data.total ? (
                <ActionButton id="faq-more" pending={loadMore.pending} onPress={() => void fetchMore()}>
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

function FaqPage() {
  const { params } = useRouter();
  const id = decode(params.id);
  return (
    <View id="faq-page" className="page faq-page" data-id={id}>
      <Text className="page-title" {...a11y({ role: 'heading', 'aria-level': 1 })}>
        常见问题
      </Text>
      <Text className="page-lead">来自各联络群企业人事的真实提问，由人社部门工作人员答复。</Text>
      {id ? <OneEntry id={id} /> : <Search initial={decode(params.q).slice(0, 30)} clause={clauseFromSlug(params.clause)} />}
    </View>
  );
}

export default FaqPage;
