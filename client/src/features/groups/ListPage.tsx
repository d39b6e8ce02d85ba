/**
 * 联络群: officers see the groups they manage (groups.list view managed), by bureau, each with 已绑定 / 未绑定
 * 微信群 in words, enterprises and HR counts, open / overdue questions, and 新建联络群; HR (and officers who are
 * also members, under 我加入的) see the groups they are in (view mine). Empty states say what to do. A row opens
 * the group's page; 加载更多 pages on.
 * Test hooks: #groups-list-page (data-view), #groups-new, #groups-view (radiogroup; #groups-view-managed|mine),
 *   #groups-list, #groups-total, .group-section (data-bureau), .group-item (data-id, data-bound, data-status),
 *   .group-item__bound, .group-item__counts, .group-item__questions, #groups-empty, #groups-more, #load-error,
 *   #signin-prompt
 */
import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { GroupView } from '@shared/contracts/groups';
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
import { boundTag, boundText, bureauChoices, countsText, GROUP_ROUTES, isEmployerHr, isGroupOfficer, questionsText } from './views';
import '../notices/notices.scss';
import '../publish/publish.scss';
import './groups.scss';
import { openPage } from '../../services/navigation';

const PAGE_SIZE = 50;
type View_ = 'managed' | 'mine';
const VIEWS: { value: View_; label: string }[] = [
  { value: 'managed', label: '我管理的' },
  { value: 'mine', label: '我加入的' },
];

function GroupItem({ g }: { g: GroupView }) {
  const open = () => void openPage(GROUP_ROUTES.group(g.id));
  const manages = g.me.manages;
  return (
    <View
      className="list-item group-item"
      data-id={g.id}
      data-bound={g.bound ? 'true' : 'false'}
      data-status={g.status}
      {...a11y({ role: 'link', tabIndex: 0 }, open)}
      onClick={open}
    >
      <View className="group-tags">
        <Text className={`${boundTag(g)} group-item__bound`}>{boundText(g)}</Text>
        {manages && g.overdueQuestions ? <Text className="tag tag--bad">{`超时 ${g.overdueQuestions} 个`}</Text> : null}
      </View>
      <Text className="list-item__title">{g.name}</Text>
      <Text className="list-item__meta">{g.bureau}</Text>
      <Text className="list-item__meta group-item__counts">{countsText(g)}</Text>
      {manages ? <Text className="list-item__meta group-item__questions">{questionsText(g)}</Text> : null}
    </View>
  );
}

function Groups({ view, officer, hr }: { view: View_; officer: boolean; hr: boolean }) {
  const [more, setMore] = useState<GroupView[]>([]);
  const [page, setPage] = useState(1);
  const load = useCallback(async () => {
    setMore([]);
    setPage(1);
    return api.groups.list({ view, page: 1, pageSize: PAGE_SIZE });
  }, [view]);
  const state = useLoad(load, { refreshOnShow: true });
  const loadMore = useAction(api.groups.list);
  const fetchMore = async () => {
    const res = await loadMore.run({ view, page: page + 1, pageSize: PAGE_SIZE });
    if (res?.ok) {
      setMore((m) => [...m, ...res.data.items]);
      setPage((p) => p + 1);
    }
  };
  const empty =
    view === 'managed'
      ? '还没有联络群。点“新建联络群”建立一个，再把绑定卡片分享到单位联络微信群，由本群工作人员在群里点开完成绑定。'
      : hr
        ? '您还没有加入联络群。在单位的联络微信群里点开任一卡片即可加入。'
        : officer
          ? '您没有以企业人事身份加入的联络群。您管理的联络群在“我管理的”里。'
          : '联络群是人社部门和企业人事的工作群。认领单位、成为单位人事后，在单位的联络微信群里点开任一卡片即可加入。';

  return (
    <LoadState state={state}>
      {(data) => {
        const all = [...data.items, ...more.filter((m) => !data.items.some((d) => d.id === m.id))];
        const bureaus = [...new Set(all.map((g) => g.bureau))];
        return (
          <View id="groups-list" aria-busy={state.loading ? 'true' : 'false'}>
            <Text id="groups-total" className="card__hint" {...a11y({ role: 'status' })}>{`共 ${data.total} 个联络群`}</Text>
            {all.length === 0 ? (
              <Card>
                <Text id="groups-empty" className="card__text">
                  {empty}
                </Text>
              </Card>
            ) : null}
            {bureaus.map((b) => (
              <View key={b} className="group-section" data-bureau={b} {...a11y({ role: 'group', 'aria-label': b })}>
                {view === 'managed' && bureaus.length > 1 ? (
                  <Text className="group-section__title" {...a11y({ role: 'heading', 'aria-level': 2 })}>
                    {b}
                  </Text>
                ) : null}
                <Card>
                  {all
                    .filter((g) => g.bureau === b)
                    .map((g) => (
                      <GroupItem key={g.id} g={g} />
                    ))}
                </Card>
              </View>
            ))}
            {loadMore.error ? <Notice kind="error">{loadMore.error.message}</Notice> : null}
            {all.length < data.total ? (
              <ActionButton id="groups-more" pending={loadMore.pending} onPress={() => void fetchMore()}>
                加载更多
              </ActionButton>
            ) : null}
          </View>
        );
      }}
    </LoadState>
  );
}

function GroupsList() {
  const me = useWhoami();
  const [picked, setPicked] = useState<View_ | null>(null);
  const officer = isGroupOfficer(me.data);
  const view: View_ = picked ?? (officer ? 'managed' : 'mine');
  return (
    <View id="groups-list-page" className="page groups-list" data-view={me.data ? view : ''}>
      <Text className="page-title" {...a11y({ role: 'heading', 'aria-level': 1 })}>
        联络群
      </Text>
      <Text className="page-lead">人社部门和企业人事的微信交流群：名册、问答和群待办。</Text>
      <LoadState state={me}>
        {(who) => (
          <>
            {bureauChoices(who).length > 0 ? (
              <ActionButton id="groups-new" kind="primary" onPress={() => void openPage(GROUP_ROUTES.edit())}>
                新建联络群
              </ActionButton>
            ) : null}
            {officer ? (
              <Card>
                <RadioChips id="groups-view" label="联络群列表" options={VIEWS} value={view} onChange={setPicked} />
              </Card>
            ) : null}
            <Groups key={view} view={view} officer={officer} hr={isEmployerHr(who)} />
          </>
        )}
      </LoadState>
    </View>
  );
}

export default GroupsList;
