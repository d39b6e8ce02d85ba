/**
 * 单位管理: the organizations the caller governs (identity.listOrganizations), search by keyword, edit
 * one or create a new one (→ org-edit).
 * Test hooks: #orgs-keyword-input, #orgs-search, #orgs-create, #orgs-total, #orgs-list, .org-item,
 *   #org-edit-<id> (edit button of each), #orgs-more, #orgs-empty, #load-error, #signin-prompt
 */
import { useCallback, useEffect, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { OrganizationView } from '@shared/contracts';
import { api } from '../../services/api';
import { useLoad } from '../../hooks/use-load';
import { Card } from '../../components/Card';
import { LoadState } from '../../components/LoadState';
import { TextField } from '../../components/TextField';
import { ActionButton } from '../../components/ActionButton';
import { Notice } from '../../components/Notice';
import { rememberOrg } from './shared';
import { openPage } from '../../services/navigation';

const PAGE_SIZE = 20;

function Orgs() {
  const [keyword, setKeyword] = useState('');
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<OrganizationView[]>([]);
  const [page, setPage] = useState(1);
  const [moreError, setMoreError] = useState('');
  const [loadingMore, setLoadingMore] = useState(false);

  const load = useCallback(
    () => api.identity.listOrganizations({ governed: true, page: 1, pageSize: PAGE_SIZE, ...(query ? { keyword: query } : {}) }),
    [query],
  );
  const first = useLoad(load, { refreshOnShow: true });
  useEffect(() => {
    if (first.data) {
      setItems(first.data.items);
      setPage(1);
    }
  }, [first.data]);
  useDidShow(() => setMoreError(''));

  const more = async () => {
    setLoadingMore(true);
    const res = await api.identity.listOrganizations({
      governed: true,
      page: page + 1,
      pageSize: PAGE_SIZE,
      ...(query ? { keyword: query } : {}),
    });
    setLoadingMore(false);
    if (res.ok) {
      setItems((list) => [...list, ...res.data.items]);
      setPage(res.data.page);
      setMoreError('');
    } else setMoreError(res.message);
  };

  const edit = (o?: OrganizationView) => {
    if (o) rememberOrg(o);
    void openPage(o ? `/packages/admin/org-edit/index?id=${encodeURIComponent(o.id)}` : '/packages/admin/org-edit/index');
  };

  return (
    <View className="page">
      <Text className="page-title">单位管理</Text>
      <Card>
        <TextField
          id="orgs-keyword-input"
          label="按名称查找"
          value={keyword}
          placeholder="输入单位名称中的几个字"
          maxlength={30}
          onChange={setKeyword}
        />
        <ActionButton id="orgs-search" onPress={() => setQuery(keyword.trim())}>
          查找
        </ActionButton>
        <ActionButton id="orgs-create" kind="primary" onPress={() => edit()}>
          新建单位
        </ActionButton>
      </Card>
      <LoadState state={first}>
        {(data) => (
          <Card id="orgs-list">
            <Text id="orgs-total" className="card__text">
              共 {data.total} 个单位
            </Text>
            {items.length === 0 ? (
              <Text id="orgs-empty" className="card__text">
                没有找到单位。
              </Text>
            ) : null}
            {items.map((o) => (
              <View key={o.id} className="list-item org-item">
                <Text className="list-item__title">{o.name}</Text>
                <Text className="list-item__meta">
                  {o.typeLabel} · {o.districtName}
                  {o.industry ? ` · ${o.industry}` : ''}
                </Text>
                {o.uscc ? <Text className="list-item__meta">统一社会信用代码：{o.uscc}</Text> : null}
                <ActionButton id={`org-edit-${o.id}`} className="org-edit" small onPress={() => edit(o)}>
                  修改
                </ActionButton>
              </View>
            ))}
            {moreError ? <Notice kind="error">{moreError}</Notice> : null}
            {items.length < data.total ? (
              <ActionButton id="orgs-more" pending={loadingMore} onPress={() => void more()}>
                加载更多
              </ActionButton>
            ) : null}
          </Card>
        )}
      </LoadState>
    </View>
  );
}

export default Orgs;
