/**
 * 单位公示: the applications on public notice that the person may see (the employer's own people and the
 * officers of its scope, NOTICE_AUDIENCE in shared/workflow/visibility), each with 提出异议 during the period
 * (notices.object). The objector's identity is never shown to the applicant. The page says who sees the notice.
 * Test hooks: #notices-list, .notice-item (data-id), #notices-empty, .notice-object (button, one per item),
 *   #objection-form, #objection-text (the textarea; #objection-text-count), #objection-text-error, #objection-submit,
 *   #objection-cancel, #objection-error, #objection-done, #load-error, #signin-prompt, #notice-audience
 */
import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { api } from './api';
import { useLoad } from '../../hooks/use-load';
import { useAction } from '../../hooks/use-action';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { TextArea } from '../../components/TextArea';
import { CONTRACTS } from '@shared/contracts';
import { formatDate } from '../../services/dates';
import { NOTICE_AUDIENCE } from '@shared/workflow/visibility';
import './work.scss';

/** The contract's limit on an objection (shown as the count under the field). */
const OBJECTION_MAX = CONTRACTS.applications['notices.object'].input.shape.text.maxLength ?? 500;

function Notices() {
  const load = useCallback(() => api.applications['notices.list']({}), []);
  const state = useLoad(load, { refreshOnShow: true });
  const [objecting, setObjecting] = useState('');
  const [text, setText] = useState('');
  const [done, setDone] = useState('');
  const object = useAction(api.applications['notices.object']);

  const submit = async () => {
    const res = await object.run({ id: objecting, text });
    if (res?.ok) {
      setDone('异议已提交，单位和人社部门会核实处理。');
      setObjecting('');
      setText('');
    }
  };

  return (
    <View className="page work-notices">
      <Text className="page-title">单位公示</Text>
      <Text className="page-lead">
        以下人员正在本单位公示拟申报的职称。如有异议，请在公示期内实事求是地提出（至少 10 个字），您的身份不会告诉申报人。
      </Text>
      <Card id="notice-audience" title="谁能看到公示">
        <Text className="card__text">{NOTICE_AUDIENCE.reading}</Text>
        <Text className="card__hint">{`依据：${NOTICE_AUDIENCE.clauses.join('、')}“${NOTICE_AUDIENCE.quote}”`}</Text>
      </Card>
      {done ? (
        <Notice kind="ok" id="objection-done">
          {done}
        </Notice>
      ) : null}
      <LoadState state={state}>
        {(data) => (
          <Card id="notices-list" title="正在公示">
            {data.items.length === 0 ? (
              <Text id="notices-empty" className="card__text">
                现在没有正在公示的申报。
              </Text>
            ) : null}
            {data.items.map((n) => (
              <View key={n.applicationId} className="list-item notice-item" data-id={n.applicationId}>
                <Text className="list-item__title">{`${n.name} · ${n.series}${n.level}`}</Text>
                <Text className="list-item__meta">{n.employer}</Text>
                <Text className="list-item__meta">
                  {`${n.status === 'upcoming' ? '即将公示' : '公示中'}：${formatDate(n.startsOn)} 至 ${formatDate(n.endsOn)}（${n.workingDays} 个工作日）`}
                </Text>
                {n.note ? <Text className="card__hint">{n.note}</Text> : null}
                {objecting === n.applicationId ? (
                  <View id="objection-form">
                    <TextArea
                      id="objection-text"
                      label="异议内容"
                      value={text}
                      onChange={setText}
                      placeholder="请写明具体情况（至少 10 个字）"
                      max={OBJECTION_MAX}
                      error={object.fieldErrors.text}
                    />
                    {object.error && !object.fieldErrors.text ? (
                      <Notice kind="error" id="objection-error">
                        {object.error.message}
                      </Notice>
                    ) : null}
                    <View className="btn-row">
                      <ActionButton id="objection-submit" kind="primary" pending={object.pending} onPress={() => void submit()}>
                        提交异议
                      </ActionButton>
                      <ActionButton id="objection-cancel" onPress={() => setObjecting('')}>
                        取消
                      </ActionButton>
                    </View>
                  </View>
                ) : n.status === 'running' ? (
                  <ActionButton
                    className="notice-object"
                    small
                    onPress={() => {
                      object.reset();
                      setDone('');
                      setText('');
                      setObjecting(n.applicationId);
                    }}
                  >
                    提出异议
                  </ActionButton>
                ) : null}
              </View>
            ))}
          </Card>
        )}
      </LoadState>
    </View>
  );
}

export default Notices;
