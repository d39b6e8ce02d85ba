/**
 * 自测 tab: what the self-check is, and the way in — start, continue where you left off (the draft is kept
 * in storage under `checkDraft`), see the last result, start over. The questionnaire and the result live in
 * the `packages/check` subpackage so the main package stays light.
 * Test hooks: #check-intro, #check-start, #check-continue, #check-draft-status, #check-last-result,
 *   #check-tab-restart, #check-history-entry
 */
import { useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { openPage } from '../../services/navigation';
import { Text, View } from '@tarojs/components';
import { Card } from '../../components/Card';
import { ActionButton } from '../../components/ActionButton';
import { clearDraft, hasAnswers, loadDraft, type CheckDraft } from './services/draft';
import { formatTime } from '../../services/dates';
import './CheckPage.scss';

const FORM = '/packages/check/form/index';
const RESULT = '/packages/check/result/index';

const POINTS = [
  '回答 6 步简单问题：单位、学历、工作经历、现有职称、想申报什么、业绩成果，约 3 分钟。',
  '马上告诉您：可能可以申报哪一级职称、依据哪一条政策、走哪个渠道、要准备什么。',
  '结果是“可能符合”的初步判断，不是人社部门的最终认定。',
];

function CheckTab() {
  const [draft, setDraft] = useState<CheckDraft | null>(loadDraft);
  useDidShow(() => setDraft(loadDraft()));
  const started = hasAnswers(draft);
  const go = (url: string) => void openPage(url);
  const restart = async () => {
    const { confirm } = await Taro.showModal({
      title: '重新填写',
      content: '清空已填写的全部内容，从第一步开始？',
      confirmText: '清空',
      cancelText: '取消',
    });
    if (!confirm) return;
    clearDraft();
    setDraft(null);
    go(FORM);
  };

  return (
    <View className="page check">
      <Text className="page-title">申报条件自测</Text>
      <Text className="page-lead">包头市非公领域专业技术人员，看看自己能申报什么职称（依据包人社办字〔2021〕82号）。</Text>
      <Card id="check-intro">
        {POINTS.map((p, i) => (
          <View key={p} className="check-tab__point">
            <Text className="check-tab__num">{i + 1}</Text>
            <Text className="check-tab__text">{p}</Text>
          </View>
        ))}
      </Card>

      {started && draft ? (
        <Card id="check-draft-status" title={draft.completed ? '上次的自测' : '您有没填完的自测'}>
          <Text className="card__text">
            {draft.completed
              ? `已填完全部问题${draft.savedAt ? `（${formatTime(draft.savedAt)}）` : ''}，可以查看结果，或修改答案再看。`
              : `上次填到第 ${Math.min(draft.stepIndex + 1, draft.totalSteps)} 步，共 ${draft.totalSteps} 步${draft.savedAt ? `（${formatTime(draft.savedAt)} 保存）` : ''}。答案已保存在本机。`}
          </Text>
          {draft.completed ? (
            <ActionButton id="check-last-result" kind="primary" onPress={() => go(RESULT)}>
              查看上次结果
            </ActionButton>
          ) : null}
          <ActionButton id="check-continue" kind={draft.completed ? 'plain' : 'primary'} onPress={() => go(FORM)}>
            {draft.completed ? '修改答案' : '继续填写'}
          </ActionButton>
          <ActionButton id="check-tab-restart" onPress={() => void restart()}>
            重新填写
          </ActionButton>
        </Card>
      ) : (
        <ActionButton id="check-start" kind="primary" onPress={() => go(FORM)}>
          开始自测
        </ActionButton>
      )}
      <ActionButton id="check-history-entry" onPress={() => go(RESULT)}>
        我的自测记录
      </ActionButton>
      <Text className="check-tab__foot">想先了解政策？请看“政策”页，每一条都有白话解读。</Text>
    </View>
  );
}

export default CheckTab;
