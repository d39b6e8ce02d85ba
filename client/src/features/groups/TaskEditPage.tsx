/**
 * 发布群待办 (`?groupId=`): the task's title (with its count) and due date (not before today, China date), 发布
 * (groups tasks.create); then the card to share into the WeChat group as a 群待办 (ShareToGroup kind task) and
 * a link to the task's page, where the officers see which enterprises have done it.
 * Test hooks: #task-edit-page (data-group), #task-edit-group, #task-edit-title (#task-edit-title-count,
 *   #task-edit-title-error), #task-edit-due (#task-edit-due-error), #task-edit-create, #task-edit-error,
 *   #task-edit-created (data-id), ShareToGroup's hooks (#share-task…), #task-edit-open, #load-error, #signin-prompt
 */
import { useCallback, useMemo, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { TASK_TITLE_MAX, type TaskView } from '@shared/contracts/groups';
import { addDays } from '@shared/time/dates';
import { api } from './api';
import { useLoad } from '../../hooks/use-load';
import { fieldErrorsOf, useAction, type FieldErrors } from '../../hooks/use-action';
import { today as todayInBaotou } from '../../services/dates';
import { a11y } from '../../components/a11y';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { DateField } from '../../components/DateField';
import { TextArea } from '../../components/TextArea';
import { ShareToGroup } from './ShareToGroup';
import { GROUP_ROUTES, issueAt, restOf } from './views';
import '../notices/notices.scss';
import '../publish/publish.scss';
import './groups.scss';

const SHOWN = ['title', 'dueDate'];

function TaskEdit() {
  const { params } = useRouter();
  const groupId = params.groupId ?? '';
  const today = useMemo(todayInBaotou, []);
  const group = useLoad(useCallback(() => api.groups.get({ id: groupId }), [groupId]));
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<TaskView | null>(null);
  const create = useAction(api.groups['tasks.create']);
  const clear = (field: string) => setErrors((e) => Object.fromEntries(Object.entries(e).filter(([p]) => p !== field)));

  const submit = async () => {
    const res = await create.run({ groupId, title, dueDate });
    if (res && !res.ok) {
      const errs = fieldErrorsOf(res.issues);
      setErrors(errs);
      setFormError(restOf(errs, SHOWN, res.message));
      return;
    }
    if (res?.ok) {
      setErrors({});
      setFormError(null);
      setCreated(res.data);
    }
  };

  return (
    <View id="task-edit-page" className="page task-edit" data-group={groupId}>
      <Text className="page-title" {...a11y({ role: 'heading', 'aria-level': 1 })}>
        发布群待办
      </Text>
      <LoadState state={group}>
        {(g) =>
          created ? (
            <View id="task-edit-created" data-id={created.id}>
              <Card title="已发布">
                <Notice kind="ok">{`「${created.title}」已发布，截止 ${created.dueText}。`}</Notice>
                <Text className="card__text">{`现在把它作为群待办分享到「${g.name}」的微信群：企业人事点开即可查看和标记完成。`}</Text>
                <ShareToGroup groupId={groupId} kind="task" id={created.id} />
                <ActionButton id="task-edit-open" onPress={() => void Taro.redirectTo({ url: GROUP_ROUTES.task(created.id) })}>
                  查看完成情况
                </ActionButton>
              </Card>
            </View>
          ) : (
            <>
              <Card>
                <Text id="task-edit-group" className="card__text">{`联络群：${g.name}（${g.bureau}）`}</Text>
                <TextArea
                  id="task-edit-title"
                  label="待办事项"
                  value={title}
                  max={TASK_TITLE_MAX}
                  placeholder="例如：请于 12 月 20 日前报送职称申报花名册"
                  hint={`4–${TASK_TITLE_MAX} 个字，写清要做什么`}
                  error={issueAt(errors, 'title')}
                  onChange={(v) => {
                    setTitle(v);
                    clear('title');
                  }}
                />
                <DateField
                  id="task-edit-due"
                  label="截止日期"
                  value={dueDate}
                  start={today}
                  end={addDays(today, 365)}
                  error={issueAt(errors, 'dueDate')}
                  onChange={(v) => {
                    setDueDate(v);
                    clear('dueDate');
                  }}
                />
              </Card>
              <Card>
                {formError ? (
                  <Notice kind="error" id="task-edit-error">
                    {formError}
                  </Notice>
                ) : null}
                <ActionButton id="task-edit-create" kind="primary" pending={create.pending} onPress={() => void submit()}>
                  发布
                </ActionButton>
              </Card>
            </>
          )
        }
      </LoadState>
    </View>
  );
}

export default TaskEdit;
