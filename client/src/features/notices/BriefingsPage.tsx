/**
 * 宣讲列表: briefings for the person — open for sign-up, upcoming, the ones they signed up for, past ones.
 * Test hooks: #briefings-view (radiogroup; #briefings-view-<value>), #briefings-list, .briefing-item,
 *   #briefings-empty, #briefings-more, #load-error, #signin-prompt
 */
import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { a11y } from '../../components/a11y';
import { api } from './api';
import { useLoad } from '../../hooks/use-load';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { ActionButton } from '../../components/ActionButton';
import { RadioChips } from '../../components/RadioChips';
import { BriefingItem } from './BriefingItem';
import { BRIEFING_VIEWS, type BriefingView } from './views';
import './notices.scss';

const EMPTY: Record<BriefingView, string> = {
  open: '现在没有可以报名的宣讲。',
  upcoming: '近期没有面向您的宣讲。',
  mine: '您还没有报名宣讲。',
  past: '还没有往期宣讲。',
};

function BriefingList() {
  const [view, setView] = useState<BriefingView>('open');
  const [pageSize, setPageSize] = useState(20);
  const load = useCallback(() => api.briefings.list({ view, page: 1, pageSize }), [view, pageSize]);
  const state = useLoad(load, { refreshOnShow: true });

  return (
    <View className="page briefings-list">
      <Text className="page-title" {...a11y({ role: 'heading', 'aria-level': 1 })}>
        政策宣讲
      </Text>
      <Text className="page-lead">人社部门定期举办职称政策宣讲（第六条），可在这里报名，时间均为北京时间。</Text>
      <RadioChips
        id="briefings-view"
        label="宣讲范围"
        options={BRIEFING_VIEWS}
        value={view}
        onChange={(v) => {
          setPageSize(20);
          setView(v);
        }}
      />
      <LoadState state={state}>
        {(data) => (
          <View id="briefings-list" aria-busy={state.loading ? 'true' : 'false'}>
            <Card>
              {data.items.length === 0 ? (
                <Text id="briefings-empty" className="card__text">
                  {EMPTY[view]}
                </Text>
              ) : null}
              {data.items.map((it) => (
                <BriefingItem key={it.id} item={it} />
              ))}
            </Card>
            {data.total > data.items.length && pageSize < 50 ? (
              <ActionButton id="briefings-more" pending={state.loading} onPress={() => setPageSize(50)}>
                显示更多
              </ActionButton>
            ) : null}
          </View>
        )}
      </LoadState>
    </View>
  );
}

export default BriefingList;
