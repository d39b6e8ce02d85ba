/**
 * 我要提问 (`?groupId=`): the question in several lines with a live count “已输入 N / 500 字” (past 500 the
 * contract's own message shows under the field at once), 仅工作人员可见 as a switch, the service clock's promise in
 * words (groups.settings.get: “工作人员将在 2 个工作日内答复”), 提交 → the question's page. Without `groupId`, the
 * person picks one of their groups (groups.list view mine, active memberships). The function's field messages
 * show once, under their field; any other refusal once, above the button.
 * Test hooks: #ask-page (data-group), #ask-group (radio rows; #ask-group-<id>), #ask-group-error, #ask-text,
 *   #ask-text-count (data-n, data-over), #ask-text-error, #ask-private (role switch, aria-checked), #ask-promise,
 *   #ask-submit, #ask-error, #ask-no-group, #load-error, #signin-prompt; the privacy prompt (#privacy-prompt) before
 *   the first question when the person has not agreed to the privacy guide
 */
import { useCallback, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { Envelope } from '@shared/contracts';
import type { GroupView } from '@shared/contracts/groups';
import { api } from './api';
import { useLoad } from '../../hooks/use-load';
import { useAction } from '../../hooks/use-action';
import { a11y } from '../../components/a11y';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { ChoiceField } from '../../components/ChoiceField';
import { TextArea } from '../../components/TextArea';
import { PrivacyPrompt } from '../../components/privacy/PrivacyPrompt';
import { consentBeforeCollecting } from '../../services/privacy/consent';
import { overLimitMessage, promiseText, QA_ROUTES, QUESTION_MAX } from './qa-views';
import './qa.scss';

function AskPage() {
  const { params } = useRouter();
  const fixed = params.groupId ?? '';
  // Without a group in the link: the person's own groups to pick from (a group given needs no list).
  const groups = useLoad(
    useCallback(async (): Promise<Envelope<{ items: GroupView[]; total: number }>> => {
      if (!fixed) return api.groups.list({ view: 'mine', page: 1, pageSize: 50 });
      const r = await api.groups.get({ id: fixed });
      return r.ok ? { ...r, data: { items: [r.data], total: 1 } } : r;
    }, [fixed]),
  );
  const settings = useLoad(useCallback(() => api.groups['settings.get']({}), []));
  const [picked, setPicked] = useState('');
  const [text, setText] = useState('');
  const [priv, setPriv] = useState(false);
  const [groupMissing, setGroupMissing] = useState(false);
  const ask = useAction(api.groups['questions.ask']);

  const over = overLimitMessage(text, 'question');
  const submit = async (groupId: string) => {
    setGroupMissing(!groupId);
    if (!groupId || over) return;
    // A question is personal data (the asker and their enterprise): the privacy prompt first, when not yet agreed.
    if (!(await consentBeforeCollecting())) return;
    const r = await ask.run({ groupId, text, private: priv });
    if (r?.ok) void Taro.redirectTo({ url: QA_ROUTES.question(r.data.id) });
  };
  const fieldError = over ?? ask.fieldErrors.text;
  // A refusal that is not about a field (rate limit, removed from the group…) is said once, above the button.
  const formError = ask.error && !ask.fieldErrors.text && !ask.fieldErrors.groupId ? ask.error.message : '';

  return (
    <View className="page qa-page">
      <PrivacyPrompt />
      <Text className="page-title" {...a11y({ role: 'heading', 'aria-level': 1 })}>
        我要提问
      </Text>
      <LoadState state={groups}>
        {(data) => {
          const mine = data.items.filter((g) => g.status === 'active' && (fixed || g.me.membership === 'active'));
          const groupId = fixed || picked || (mine.length === 1 ? mine[0].id : '');
          if (!mine.length) {
            return (
              <Card id="ask-no-group" title="还没有加入联络群">
                <Text className="card__text">
                  问题要发给您所在的联络群的工作人员。请在企业所在旗县区的微信交流群里点开任意一张“职称通”卡片，加入后再来提问。
                </Text>
              </Card>
            );
          }
          return (
            <View id="ask-page" data-group={groupId}>
              <Card>
                {fixed ? (
                  <Text className="qa-to">{`发给：${mine[0].name}（${mine[0].bureau}）`}</Text>
                ) : (
                  <ChoiceField
                    id="ask-group"
                    label="发给哪个联络群"
                    options={mine.map((g) => ({ value: g.id, label: g.name, hint: g.bureau }))}
                    value={groupId}
                    onChange={(v) => {
                      setPicked(v);
                      setGroupMissing(false);
                    }}
                    error={groupMissing ? '请选择联络群' : ask.fieldErrors.groupId}
                  />
                )}
                <TextArea
                  tall
                  id="ask-text"
                  label="您的问题"
                  value={text}
                  max={QUESTION_MAX}
                  placeholder="例如：本科毕业 6 年，在民营企业做技术，能直接申报中级工程师吗？"
                  hint="写清楚您的情况（学历、工作年限、专业），工作人员能答得更准。不要写身份证号、手机号。"
                  error={fieldError}
                  onChange={(v) => {
                    setText(v);
                    if (ask.fieldErrors.text) ask.reset();
                  }}
                />
                <Button
                  id="ask-private"
                  className={`qa-switch ${priv ? 'qa-switch--on' : ''}`}
                  {...a11y({ role: 'switch', 'aria-checked': priv, 'aria-label': '仅工作人员可见' })}
                  onClick={() => setPriv((p) => !p)}
                >
                  <View className="qa-switch__text">
                    <Text className="qa-switch__label">仅工作人员可见</Text>
                    <Text className="qa-switch__hint">
                      {priv ? '只有本群工作人员能看到这个问题和答复。' : '群里其他企业也能看到问题和答复（不显示您的姓名）。'}
                    </Text>
                  </View>
                  <Text className="qa-switch__state">{priv ? '已开启' : '未开启'}</Text>
                </Button>
                <Text id="ask-promise" className="qa-promise" {...a11y({ role: 'note' })}>
                  {`${promiseText(settings.data?.serviceDays ?? null)}。答复后会通知您。`}
                </Text>
                {formError ? (
                  <Notice kind="error" id="ask-error">
                    {formError}
                  </Notice>
                ) : null}
                <ActionButton id="ask-submit" kind="primary" pending={ask.pending} onPress={() => void submit(groupId)}>
                  提交问题
                </ActionButton>
              </Card>
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}

export default AskPage;
