/**
 * 评价 (`?id=`): for a person who checked in, after the session — 1–5 as a radio group with the levels in words
 * (非常不满意 … 非常满意), an optional comment with a character count (required for the two lowest, as the
 * function's rule says — the hint says so before sending), 提交评价 (briefings.rate). Why one may not rate (not
 * checked in, already rated, too late) is the function's own words (get's me.ratingClosedReason).
 * Test hooks: #rate-page (data-id), #rate-topic, #rate-score (radiogroup; #rate-score-<1..5>), #rate-comment
 *   (#rate-comment-count), #rate-submit, #rate-done, #rate-error, #rate-closed, field errors #rate-score-error,
 *   #rate-comment-error, #rate-back, #load-error, #signin-prompt
 */
import { useCallback, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { BRIEFING_RULES } from '@shared/briefings/rules';
import { SCORE_LABELS, type Score } from '@shared/briefings/rating';
import { api } from './api';
import { useLoad } from '../../hooks/use-load';
import { useAction } from '../../hooks/use-action';
import { a11y } from '../../components/a11y';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { FieldFooter } from '../../components/FieldFooter';
import { RatingControl } from './RatingControl';
import { TextArea } from '../../components/TextArea';
import { PrivacyPrompt } from '../../components/privacy/PrivacyPrompt';
import { consentBeforeCollecting } from '../../services/privacy/consent';
import { ROUTES } from './views';
import './notices.scss';

const P = BRIEFING_RULES.rating.parameters;

function RatePage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const state = useLoad(useCallback(() => api.briefings.get({ id }), [id]));
  const [score, setScore] = useState<Score | null>(null);
  const [comment, setComment] = useState('');
  const [done, setDone] = useState(false);
  const rate = useAction(api.briefings.rate);

  const submit = async () => {
    if (!(await consentBeforeCollecting())) return;
    const res = await rate.run({ id, score: (score ?? 0) as Score, ...(comment.trim() ? { comment: comment.trim() } : {}) });
    if (res?.ok) setDone(true);
  };
  const needsReason = score !== null && score <= P.commentRequiredAtOrBelow;
  const fe = rate.fieldErrors;

  return (
    <View className="page rate-page">
      <PrivacyPrompt />
      <LoadState state={state}>
        {({ session: s, me }) => (
          <View id="rate-page" data-id={s.id}>
            <Text className="page-title" {...a11y({ role: 'heading', 'aria-level': 1 })}>
              评价宣讲
            </Text>
            <Card>
              <Text id="rate-topic" className="list-item__title">
                {s.topic}
              </Text>
              <Text className="list-item__meta">{`${s.timeText} · ${s.organizer.name}`}</Text>
            </Card>
            {done ? (
              <Card>
                <Notice kind="ok" id="rate-done">
                  {`感谢您的评价（${SCORE_LABELS[score!]}）！主办部门会据此改进宣讲。`}
                </Notice>
                <ActionButton id="rate-back" onPress={() => void Taro.redirectTo({ url: ROUTES.briefing(s.id) })}>
                  回到宣讲页
                </ActionButton>
              </Card>
            ) : !me.canRate ? (
              <Card>
                <Text id="rate-closed" className="card__text" {...a11y({ role: 'status' })}>
                  {me.rated ? '您已评价过这场宣讲，谢谢！' : (me.ratingClosedReason ?? '现在还不能评价这场宣讲')}
                </Text>
              </Card>
            ) : (
              <Card title="您对这场宣讲满意吗？">
                <View className={`field ${fe.score ? 'field--error' : ''}`}>
                  <RatingControl id="rate-score" label="满意程度" value={score} onChange={setScore} error={fe.score} />
                  <FieldFooter id="rate-score" error={fe.score} />
                </View>
                <TextArea
                  id="rate-comment"
                  label={needsReason ? '原因（必填）' : '意见和建议（选填）'}
                  value={comment}
                  max={P.commentMax}
                  placeholder={needsReason ? '请写明哪里不满意，帮助我们改进' : '讲得怎么样，还想了解什么'}
                  hint={needsReason ? `评“${SCORE_LABELS[score!]}”请写明原因` : '评价不显示您的姓名'}
                  error={fe.comment}
                  onChange={setComment}
                />
                {rate.error && !fe.score && !fe.comment ? (
                  <Notice kind="error" id="rate-error">
                    {rate.error.message}
                  </Notice>
                ) : null}
                <ActionButton id="rate-submit" kind="primary" pending={rate.pending} onPress={() => void submit()}>
                  提交评价
                </ActionButton>
              </Card>
            )}
          </View>
        )}
      </LoadState>
    </View>
  );
}

export default RatePage;
