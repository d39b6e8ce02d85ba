/**
 * 联络群 (`?id=`): the header (name, bureau, the bound state in words, enterprises and HR, open questions for
 * those who manage it); for its officers the binding card while unbound (shared into the real WeChat group, then
 * opened there by one of the group's officers) and the group card once bound (企业人事点开即加入名册); the roster,
 * paged — officers: each enterprise with its HR contacts (name, masked phone) and 移出 (a reason, then a
 * confirmation); members: the enterprises' names only; 群待办 with done / total; links to 群内问答 and 我要提问.
 * Test hooks: #group-page (data-id, data-bound, data-manages), #group-name, #group-bureau, #group-bound,
 *   #group-counts, #group-questions, #group-edit, #group-removed-notice, #group-bind-card, #group-share-card,
 *   ShareToGroup's hooks (#share-bind…, #share-group…), #roster (data-view, data-total), .roster-item (data-org),
 *   .roster-item__name, .roster-contact (data-member, data-status), .roster-contact__phone, .roster-remove,
 *   #roster-remove-panel (alertdialog), #roster-remove-reason, #roster-remove-ok, #roster-remove-cancel,
 *   #roster-removed, #roster-error, #roster-empty, #roster-prev, #roster-next, #roster-page, #tasks (data-total),
 *   .task-item (data-id, data-done, data-total), #tasks-empty, #tasks-new, #tasks-more, #group-queue, #group-ask,
 *   #load-error, #signin-prompt
 */
import { useCallback, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { GroupView, TaskView } from '@shared/contracts/groups';
import { api } from './api';
import { useLoad } from '../../hooks/use-load';
import { useAction } from '../../hooks/use-action';
import { a11y } from '../../components/a11y';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { TextField } from '../../components/TextField';
import { ShareToGroup } from './ShareToGroup';
import { boundTag, boundText, countsText, doneText, GROUP_ROUTES, questionsText } from './views';
import '../notices/notices.scss';
import '../publish/publish.scss';
import './groups.scss';
import { openPage } from '../../services/navigation';

const ROSTER_PAGE = 20;
const TASKS_PAGE = 20;

function Header({ g }: { g: GroupView }) {
  return (
    <Card id="group-head">
      <Text id="group-name" className="group-head__name" {...a11y({ role: 'heading', 'aria-level': 1 })}>
        {g.name}
      </Text>
      <Text id="group-bureau" className="group-head__meta">
        {g.bureau}
      </Text>
      <View className="group-tags">
        <Text id="group-bound" className={boundTag(g)} data-bound={g.bound ? 'true' : 'false'}>
          {boundText(g)}
        </Text>
      </View>
      <Text id="group-counts" className="group-head__meta">{`名册：${countsText(g)}`}</Text>
      {g.me.manages ? (
        <Text id="group-questions" className="group-head__meta">
          {questionsText(g)}
        </Text>
      ) : null}
      {g.me.manages ? (
        <ActionButton id="group-edit" small onPress={() => void openPage(GROUP_ROUTES.edit(g.id))}>
          编辑
        </ActionButton>
      ) : null}
    </Card>
  );
}

function Roster({ g, onChanged }: { g: GroupView; onChanged: () => void }) {
  const [page, setPage] = useState(1);
  const load = useCallback(() => api.groups.roster({ id: g.id, page, pageSize: ROSTER_PAGE }), [g.id, page]);
  const state = useLoad(load, { refreshOnShow: true });
  const [removing, setRemoving] = useState<{ memberId: string; who: string } | null>(null);
  const [reason, setReason] = useState('');
  const [removed, setRemoved] = useState<string | null>(null);
  const remove = useAction(api.groups['roster.remove']);
  const ask = (memberId: string, who: string) => {
    remove.reset();
    setReason('');
    setRemoved(null);
    setRemoving({ memberId, who });
  };
  const confirm = async () => {
    if (!removing) return;
    const res = await remove.run({ id: g.id, memberId: removing.memberId, reason });
    if (res?.ok) {
      setRemoved(`已将${removing.who}移出名册`);
      setRemoving(null);
      void state.reload();
      onChanged();
    }
  };
  const reasonError = remove.fieldErrors.reason;
  return (
    <Card title="名册">
      <LoadState state={state}>
        {(data) => {
          const pages = Math.max(1, Math.ceil(data.total / ROSTER_PAGE));
          return (
            <View id="roster" data-view={data.view} data-total={String(data.total)}>
              <Text className="card__hint">
                {data.view === 'contacts' ? `${data.total} 家企业。人事的电话只显示部分号码。` : `${data.total} 家企业在本群名册中。`}
              </Text>
              {removed ? (
                <Notice kind="ok" id="roster-removed">
                  {removed}
                </Notice>
              ) : null}
              {data.items.length === 0 ? (
                <Text id="roster-empty" className="card__text">
                  {g.me.manages ? '名册还是空的。把联络群卡片分享到微信群，企业人事在群里点开即加入名册。' : '名册还是空的。'}
                </Text>
              ) : null}
              <View {...a11y({ role: 'list', 'aria-label': '名册中的企业' })}>
                {data.items.map((it) => (
                  <View key={it.orgId} className="list-item roster-item" data-org={it.orgId} {...a11y({ role: 'listitem' })}>
                    <Text className="list-item__title roster-item__name">{it.orgName}</Text>
                    <Text className="list-item__meta">{it.districtName}</Text>
                    {(it.contacts ?? []).map((c) => {
                      const who = `${it.orgName}的${c.name || '人事'}`;
                      return (
                        <View key={c.memberId} className="roster-contact" data-member={c.memberId} data-status={c.status}>
                          <Text className="roster-contact__who">
                            {`人事：${c.name || '未填姓名'} `}
                            <Text className="roster-contact__phone">{c.phoneMasked || '未留电话'}</Text>
                          </Text>
                          {c.status === 'removed' ? (
                            <Text className="tag tag--off">已移出</Text>
                          ) : g.me.manages ? (
                            <ActionButton
                              className="roster-remove"
                              small
                              kind="danger"
                              label={`移出 ${who}`}
                              disabled={remove.pending}
                              onPress={() => ask(c.memberId, who)}
                            >
                              {`移出`}
                            </ActionButton>
                          ) : null}
                          {removing?.memberId === c.memberId ? (
                            <View id="roster-remove-panel" className="confirm" {...a11y({ role: 'alertdialog', 'aria-label': '移出名册' })}>
                              <Text className="confirm__text">{`确定把${who}移出名册吗？移出后 TA 不能再以本单位加入本群。`}</Text>
                              <TextField
                                id="roster-remove-reason"
                                label="移出原因（必填）"
                                value={reason}
                                maxlength={100}
                                placeholder="例如：已离职，不再负责人事工作"
                                error={reasonError}
                                onChange={(v) => {
                                  setReason(v);
                                  remove.reset();
                                }}
                              />
                              {remove.error && !reasonError ? (
                                <Notice kind="error" id="roster-error">
                                  {remove.error.message}
                                </Notice>
                              ) : null}
                              <View className="btn-row">
                                <ActionButton id="roster-remove-ok" kind="danger" pending={remove.pending} onPress={() => void confirm()}>
                                  确认移出
                                </ActionButton>
                                <ActionButton id="roster-remove-cancel" onPress={() => setRemoving(null)}>
                                  不移出
                                </ActionButton>
                              </View>
                            </View>
                          ) : null}
                        </View>
                      );
                    })}
                  </View>
                ))}
              </View>
              {pages > 1 ? (
                <View className="btn-row pager">
                  <ActionButton id="roster-prev" small disabled={page <= 1 || state.loading} onPress={() => setPage((p) => p - 1)}>
                    上一页
                  </ActionButton>
                  <Text id="roster-page" className="card__text" {...a11y({ role: 'status' })}>{`第 ${page} / ${pages} 页`}</Text>
                  <ActionButton id="roster-next" small disabled={page >= pages || state.loading} onPress={() => setPage((p) => p + 1)}>
                    下一页
                  </ActionButton>
                </View>
              ) : null}
            </View>
          );
        }}
      </LoadState>
    </Card>
  );
}

function TaskItem({ t }: { t: TaskView }) {
  const open = () => void openPage(GROUP_ROUTES.task(t.id));
  const state = t.status === 'closed' ? '已结束' : t.overdue ? '已过期' : '进行中';
  const mine = t.mineDone === null ? '' : t.mineDone ? '本单位已完成' : '本单位未完成';
  return (
    <View
      className="list-item task-item"
      data-id={t.id}
      data-done={String(t.done)}
      data-total={String(t.total)}
      {...a11y({ role: 'link', tabIndex: 0 }, open)}
      onClick={open}
    >
      <View className="group-tags">
        <Text className={t.status === 'closed' ? 'tag tag--off' : t.overdue ? 'tag tag--bad' : 'tag tag--ok'}>{state}</Text>
        {mine ? <Text className={t.mineDone ? 'tag tag--ok' : 'tag tag--wait'}>{mine}</Text> : null}
      </View>
      <Text className="list-item__title">{t.title}</Text>
      <Text className="list-item__meta">{`${t.dueText} · ${doneText(t)}`}</Text>
    </View>
  );
}

function Tasks({ g }: { g: GroupView }) {
  const [more, setMore] = useState<TaskView[]>([]);
  const [page, setPage] = useState(1);
  const load = useCallback(async () => {
    setMore([]);
    setPage(1);
    return api.groups['tasks.list']({ groupId: g.id, page: 1, pageSize: TASKS_PAGE });
  }, [g.id]);
  const state = useLoad(load, { refreshOnShow: true });
  const loadMore = useAction(api.groups['tasks.list']);
  const fetchMore = async () => {
    const res = await loadMore.run({ groupId: g.id, page: page + 1, pageSize: TASKS_PAGE });
    if (res?.ok) {
      setMore((m) => [...m, ...res.data.items]);
      setPage((p) => p + 1);
    }
  };
  return (
    <Card title="群待办">
      {g.me.manages ? (
        <ActionButton id="tasks-new" onPress={() => void openPage(GROUP_ROUTES.taskEdit(g.id))}>
          发布群待办
        </ActionButton>
      ) : null}
      <LoadState state={state}>
        {(data) => {
          const all = [...data.items, ...more.filter((m) => !data.items.some((d) => d.id === m.id))];
          return (
            <View id="tasks" data-total={String(data.total)} {...a11y({ role: 'group', 'aria-label': '群待办' })}>
              {all.length === 0 ? (
                <Text id="tasks-empty" className="card__text">
                  还没有群待办。
                </Text>
              ) : null}
              {all.map((t) => (
                <TaskItem key={t.id} t={t} />
              ))}
              {all.length < data.total ? (
                <ActionButton id="tasks-more" pending={loadMore.pending} onPress={() => void fetchMore()}>
                  加载更多
                </ActionButton>
              ) : null}
            </View>
          );
        }}
      </LoadState>
    </Card>
  );
}

function GroupPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const state = useLoad(
    useCallback(() => api.groups.get({ id }), [id]),
    { refreshOnShow: true },
  );
  const g = state.data;
  return (
    <View
      id="group-page"
      className="page group-page"
      data-id={id}
      data-bound={g ? String(g.bound) : ''}
      data-manages={g ? String(g.me.manages) : ''}
    >
      <LoadState state={state}>
        {(group) => (
          <>
            <Header g={group} />
            {group.me.membership === 'removed' ? (
              <Notice kind="error" id="group-removed-notice">
                您已被移出本群名册。如有疑问，请联系本群的工作人员。
              </Notice>
            ) : null}
            {group.me.manages && !group.bound && group.status === 'active' ? (
              <Card id="group-bind-card" title="绑定微信群">
                <Text className="card__text">把绑定卡片分享到单位联络微信群，再由本群工作人员在群里点开完成绑定。</Text>
                <ShareToGroup groupId={group.id} kind="bind" />
              </Card>
            ) : null}
            {group.me.manages && group.bound && group.status === 'active' ? (
              <Card id="group-share-card" title="联络群卡片">
                <Text className="card__text">分享到已绑定的微信群：企业人事点开即加入名册。</Text>
                <ShareToGroup groupId={group.id} kind="group" />
              </Card>
            ) : null}
            <Card title="群内问答" className="groups-links">
              <Text className="card__text">
                {group.me.manages ? '本群企业提出的问题，按答复时限排列。' : '向本群的人社部门工作人员提问，答复后在这里查看。'}
              </Text>
              <ActionButton id="group-queue" onPress={() => void openPage(GROUP_ROUTES.queue(group.id))}>
                {group.me.manages ? '群内问答' : '查看问答'}
              </ActionButton>
              {group.me.membership === 'active' ? (
                <ActionButton id="group-ask" kind="primary" onPress={() => void openPage(GROUP_ROUTES.ask(group.id))}>
                  我要提问
                </ActionButton>
              ) : null}
            </Card>
            {group.me.manages || group.me.membership === 'active' ? (
              <>
                <Tasks g={group} />
                <Roster g={group} onChanged={() => void state.reload()} />
              </>
            ) : null}
          </>
        )}
      </LoadState>
    </View>
  );
}

export default GroupPage;
