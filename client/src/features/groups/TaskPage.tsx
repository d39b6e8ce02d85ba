/**
 * 群待办 (`?id=`): the task's title, due date and state in words, 已完成 N / M 家; for an HR of the roster
 * 标记已完成 for their enterprise (tasks.done) or 本单位已完成; for the group's officers the roster's enterprises
 * each said 已完成（date）/ 未完成 (words, not colour only) and the 群待办 card to share again.
 * Test hooks: #task-page (data-id, data-status), #task-title, #task-due, #task-state, #task-progress (data-done,
 *   data-total), #task-done (the button), #task-mine-done, #task-done-error, #task-orgs, .task-org (data-org,
 *   data-done), .task-org__state, #task-orgs-empty, #task-share, ShareToGroup's hooks (#share-task…), #task-group,
 *   #load-error, #signin-prompt
 */
import { useCallback, useEffect, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { TaskView } from '@shared/contracts/groups';
import { chinaDate } from '@shared/time/dates';
import { api } from './api';
import { useLoad } from '../../hooks/use-load';
import { useAction } from '../../hooks/use-action';
import { formatDate } from '../../services/dates';
import { a11y } from '../../components/a11y';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { ShareToGroup } from './ShareToGroup';
import { doneText, GROUP_ROUTES } from './views';
import '../notices/notices.scss';
import '../publish/publish.scss';
import './groups.scss';
import { openPage } from '../../services/navigation';

const stateOf = (t: TaskView) => (t.status === 'closed' ? '已结束' : t.overdue ? '已过截止日期' : '进行中');

function Enterprises({ t }: { t: TaskView }) {
  const orgs = t.enterprises ?? [];
  const open = orgs.filter((o) => !o.doneAt);
  const done = orgs.filter((o) => o.doneAt);
  return (
    <Card title="名册企业完成情况">
      <Text className="card__hint">{`未完成 ${open.length} 家，已完成 ${done.length} 家`}</Text>
      {orgs.length === 0 ? (
        <Text id="task-orgs-empty" className="card__text">
          名册里还没有企业。
        </Text>
      ) : null}
      <View id="task-orgs" {...a11y({ role: 'list', 'aria-label': '名册企业完成情况' })}>
        {[...open, ...done].map((o) => (
          <View
            key={o.orgId}
            className="task-org"
            data-org={o.orgId}
            data-done={o.doneAt ? 'true' : 'false'}
            {...a11y({ role: 'listitem' })}
          >
            <Text className="task-org__name">{o.orgName}</Text>
            <Text className={`task-org__state ${o.doneAt ? 'tag tag--ok' : 'tag tag--wait'}`}>
              {o.doneAt ? `✓ 已完成（${formatDate(chinaDate(new Date(o.doneAt)))}）` : '未完成'}
            </Text>
          </View>
        ))}
      </View>
    </Card>
  );
}

function TaskPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const state = useLoad(
    useCallback(() => api.groups['tasks.get']({ id }), [id]),
    { refreshOnShow: true },
  );
  const [fresh, setFresh] = useState<TaskView | null>(null);
  useEffect(() => setFresh(null), [state.data]);
  const markDone = useAction(api.groups['tasks.done']);
  const t0 = state.data;
  return (
    <View id="task-page" className="page task-page" data-id={id} data-status={(fresh ?? t0)?.status ?? ''}>
      <LoadState state={state}>
        {(loaded) => {
          const t = fresh ?? loaded;
          const manages = !!t.enterprises;
          const done = async () => {
            const res = await markDone.run({ id: t.id });
            if (res?.ok) setFresh(res.data);
          };
          return (
            <>
              <Card>
                <Text className="tag">群待办</Text>
                <Text id="task-title" className="group-head__name" {...a11y({ role: 'heading', 'aria-level': 1 })}>
                  {t.title}
                </Text>
                <Text id="task-due" className="group-head__meta">{`截止：${t.dueText}`}</Text>
                <View className="group-tags">
                  <Text id="task-state" className={t.status === 'closed' ? 'tag tag--off' : t.overdue ? 'tag tag--bad' : 'tag tag--ok'}>
                    {stateOf(t)}
                  </Text>
                </View>
                <Text id="task-progress" className="group-head__meta" data-done={String(t.done)} data-total={String(t.total)}>
                  {`名册企业${doneText(t)}`}
                </Text>
              </Card>

              {t.mineDone !== null ? (
                <Card title="本单位">
                  {t.mineDone ? (
                    <Notice kind="ok" id="task-mine-done">
                      本单位已完成
                    </Notice>
                  ) : (
                    <>
                      <Text className="card__text">办完后点下面的按钮，本群工作人员就能看到。</Text>
                      {markDone.error ? (
                        <Notice kind="error" id="task-done-error">
                          {markDone.error.message}
                        </Notice>
                      ) : null}
                      <ActionButton
                        id="task-done"
                        kind="primary"
                        pending={markDone.pending}
                        disabled={t.status === 'closed'}
                        onPress={() => void done()}
                      >
                        标记已完成
                      </ActionButton>
                    </>
                  )}
                </Card>
              ) : null}

              {manages ? <Enterprises t={t} /> : null}

              {manages && t.status === 'open' ? (
                <Card id="task-share" title="分享到联络群">
                  <Text className="card__text">以群待办分享到微信群，企业人事点开即可查看和标记完成。</Text>
                  <ShareToGroup groupId={t.groupId} kind="task" id={t.id} />
                </Card>
              ) : null}

              <ActionButton id="task-group" onPress={() => void openPage(GROUP_ROUTES.group(t.groupId))}>
                返回联络群
              </ActionButton>
            </>
          );
        }}
      </LoadState>
    </View>
  );
}

export default TaskPage;
