/**
 * 问题详情 (`?id=`): the question, the enterprise that asked (never the person), the service clock in words
 * (待答复 · 剩余 1 个工作日 / 未答复 · 已超时 2 个工作日 / 已答复 · 按时答复, with the due time), the answer with the
 * clauses it cites (links to each clause's page) and 有帮助 (once, with the count). For the group's officers:
 * the answer form (text with its count, the cited clauses as a checkbox group), 设为常见问题 (the texts may be
 * edited to read well for everyone; not for a private question) and the answer's share card into the group.
 * Test hooks: #question-page (data-id, data-status, data-clock), #question-text, #question-org, #question-private,
 *   #question-clock, #question-due, #question-answer, #question-answer-text, #question-answer-clauses
 *   (.clause-link), #question-helpful (+ -count, -done, -error), #answer-form, #answer-text (+ -count, -error),
 *   #answer-clauses (role group; .qa-clause, #answer-clauses-<i>, aria-checked), #answer-submit, #answer-error,
 *   #answer-edit, #promote-open, #promote-form, #promote-question, #promote-answer, #promote-submit,
 *   #promote-error, #promote-done, #question-faq, #question-share (ShareToGroup: #share-question), #question-ask-more,
 *   #load-error, #signin-prompt
 */
import { useCallback, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { QuestionDetail } from '@shared/contracts/groups';
import type { ClauseId } from '@shared/policy/clauses';
import { api } from './api';
import { useLoad } from '../../hooks/use-load';
import { useAction } from '../../hooks/use-action';
import { a11y } from '../../components/a11y';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { ClauseLinks } from '../policy/ClauseLinks';
import { HelpfulButton } from '../policy/HelpfulButton';
import { ShareToGroup } from './ShareToGroup';
import { TextArea } from '../../components/TextArea';
import { ClauseChecks } from './ClauseChecks';
import { ANSWER_MAX, CLOCK_TAG, clockText, dueText, overLimitMessage, promoteInput, QA_ROUTES, QUESTION_MAX } from './qa-views';
import '../notices/notices.scss';
import './qa.scss';
import { openPage } from '../../services/navigation';

function AnswerForm({ q, onDone, onCancel }: { q: QuestionDetail; onDone: (q: QuestionDetail) => void; onCancel?: () => void }) {
  const [text, setText] = useState(q.answer?.text ?? '');
  const [clauses, setClauses] = useState<ClauseId[]>(q.answer?.clauses.map((c) => c.id) ?? []);
  const answer = useAction(api.groups['questions.answer']);
  const over = overLimitMessage(text, 'answer');
  const submit = async () => {
    if (over) return;
    const r = await answer.run({ id: q.id, expectedVersion: q.version, text, clauses });
    if (r?.ok) onDone(r.data);
  };
  const formError = answer.error && !answer.fieldErrors.text && !answer.fieldErrors.clauses ? answer.error.message : '';
  return (
    <Card id="answer-form" title={q.answer ? '修改答复' : '答复这个问题'}>
      <TextArea
        tall
        id="answer-text"
        label="答复"
        value={text}
        max={ANSWER_MAX}
        placeholder="用企业人事看得懂的话写：能不能办、怎么办、找谁办。"
        error={over ?? answer.fieldErrors.text}
        onChange={(v) => {
          setText(v);
          if (answer.fieldErrors.text) answer.reset();
        }}
      />
      <ClauseChecks
        id="answer-clauses"
        label="依据的条款（答复里会显示，点开即是条款原文）"
        value={clauses}
        onChange={setClauses}
        error={answer.fieldErrors.clauses ?? Object.entries(answer.fieldErrors).find(([k]) => k.startsWith('clauses.'))?.[1]}
      />
      {formError ? (
        <Notice kind="error" id="answer-error">
          {formError}
        </Notice>
      ) : null}
      <ActionButton id="answer-submit" kind="primary" pending={answer.pending} onPress={() => void submit()}>
        {q.answer ? '保存修改' : '提交答复'}
      </ActionButton>
      {onCancel ? (
        <ActionButton id="answer-cancel" onPress={onCancel}>
          取消
        </ActionButton>
      ) : null}
    </Card>
  );
}

function PromoteForm({ q, onDone }: { q: QuestionDetail; onDone: (faqId: string) => void }) {
  const original = { question: q.text, answer: q.answer?.text ?? '', clauses: q.answer?.clauses.map((c) => c.id) ?? [] };
  const [question, setQuestion] = useState(original.question);
  const [answerText, setAnswerText] = useState(original.answer);
  const promote = useAction(api.groups['faq.promote']);
  const qOver = overLimitMessage(question, 'question');
  const aOver = overLimitMessage(answerText, 'answer');
  const submit = async () => {
    if (qOver || aOver) return;
    const r = await promote.run(promoteInput(q.id, original, { question, answer: answerText, clauses: original.clauses }));
    if (r?.ok) onDone(r.data.id);
  };
  const fe = promote.fieldErrors;
  const formError = promote.error && !fe.question && !fe.answer ? promote.error.message : '';
  return (
    <Card id="promote-form" title="设为常见问题">
      <Text className="card__text">常见问题所有人都能看到和搜索（不显示提问的企业）。可以把问题和答复改得更通用、更好懂。</Text>
      <TextArea
        tall
        id="promote-question"
        label="问题"
        value={question}
        max={QUESTION_MAX}
        error={qOver ?? fe.question}
        onChange={(v) => {
          setQuestion(v);
          if (fe.question) promote.reset();
        }}
      />
      <TextArea
        tall
        id="promote-answer"
        label="答复"
        value={answerText}
        max={ANSWER_MAX}
        error={aOver ?? fe.answer}
        onChange={(v) => {
          setAnswerText(v);
          if (fe.answer) promote.reset();
        }}
      />
      {formError ? (
        <Notice kind="error" id="promote-error">
          {formError}
        </Notice>
      ) : null}
      <ActionButton id="promote-submit" kind="primary" pending={promote.pending} onPress={() => void submit()}>
        发布为常见问题
      </ActionButton>
    </Card>
  );
}

function QuestionPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const state = useLoad(
    useCallback(() => api.groups['questions.get']({ id }), [id]),
    { refreshOnShow: true },
  );
  const [fresh, setFresh] = useState<QuestionDetail | null>(null);
  const [editing, setEditing] = useState(false);
  const [promoting, setPromoting] = useState(false);
  const [faqId, setFaqId] = useState('');

  return (
    <View className="page qa-page">
      <LoadState state={state}>
        {(loaded) => {
          const q = fresh && fresh.id === loaded.id && fresh.version >= loaded.version ? fresh : loaded;
          const faq = faqId || q.faqId;
          const overdue = q.clock.state === 'overdue';
          return (
            <View id="question-page" data-id={q.id} data-status={q.status} data-clock={q.clock.state}>
              <Card className={overdue ? 'qa-card--overdue' : ''}>
                <View className="feed-item__tags">
                  <Text id="question-clock" className={`${CLOCK_TAG[q.clock.state]} qa-clock`}>
                    {`${overdue ? '⚠ ' : ''}${clockText(q.status, q.clock)}`}
                  </Text>
                  {q.private ? (
                    <Text id="question-private" className="tag">
                      仅工作人员可见
                    </Text>
                  ) : null}
                </View>
                <Text className="qa-heading" {...a11y({ role: 'heading', 'aria-level': 1 })}>
                  问题
                </Text>
                <Text id="question-text" className="qa-text" userSelect>
                  {q.text}
                </Text>
                <Text id="question-org" className="ann-meta">{`提问企业：${q.orgName}`}</Text>
                <Text className="ann-meta">{`${q.groupName} · ${q.askedAtText}`}</Text>
                {q.status === 'open' ? (
                  <Text id="question-due" className={`ann-meta ${overdue ? 'qa-overdue-text' : ''}`}>
                    {dueText(q.clock)}
                  </Text>
                ) : null}
              </Card>

              {q.answer ? (
                <Card id="question-answer" title="工作人员答复">
                  <Text id="question-answer-text" className="qa-text" userSelect>
                    {q.answer.text}
                  </Text>
                  <ClauseLinks id="question-answer-clauses" clauses={q.answer.clauses} />
                  <Text className="ann-meta">{`${q.answer.byName} · ${q.answer.atText}`}</Text>
                  <HelpfulButton
                    key={`${q.id}-${q.version}`}
                    id="question-helpful"
                    count={q.helpful}
                    marked={q.markedHelpful}
                    mark={() => api.groups['questions.helpful']({ id: q.id })}
                  />
                </Card>
              ) : (
                <Card>
                  <Text className="card__text">
                    {q.manage.answer ? '还没有答复。请在下面答复。' : '工作人员还没有答复，答复后会通知提问的人。'}
                  </Text>
                </Card>
              )}

              {q.manage.answer && (!q.answer || editing) ? (
                <AnswerForm
                  key={`answer-${q.version}`}
                  q={q}
                  onDone={(next) => {
                    setFresh(next);
                    setEditing(false);
                  }}
                  onCancel={q.answer ? () => setEditing(false) : undefined}
                />
              ) : null}
              {q.manage.answer && q.answer && !editing ? (
                <ActionButton id="answer-edit" onPress={() => setEditing(true)}>
                  修改答复
                </ActionButton>
              ) : null}

              {faq ? (
                <View
                  id="question-faq"
                  className="list-item qa-link"
                  {...a11y({ role: 'link', tabIndex: 0 }, () => void openPage(QA_ROUTES.faq({ id: faq })))}
                  onClick={() => void openPage(QA_ROUTES.faq({ id: faq }))}
                >
                  <Text id={faqId ? 'promote-done' : undefined} className="list-item__title">
                    {faqId ? '✓ 已设为常见问题，点此查看' : '已收入常见问题，点此查看'}
                  </Text>
                </View>
              ) : null}
              {q.manage.promote && q.answer && !q.private && !faq && !editing ? (
                promoting ? (
                  <PromoteForm q={q} onDone={setFaqId} />
                ) : (
                  <ActionButton id="promote-open" onPress={() => setPromoting(true)}>
                    设为常见问题
                  </ActionButton>
                )
              ) : null}

              {q.manage.answer && q.answer && !q.private ? (
                <Card id="question-share" title="把答复分享到联络群">
                  <Text className="card__hint">群里的企业点开卡片即可看到答复和依据条款。</Text>
                  <ShareToGroup groupId={q.groupId} kind="question" id={q.id} />
                </Card>
              ) : null}

              {q.mine ? (
                <ActionButton id="question-ask-more" onPress={() => void openPage(QA_ROUTES.ask(q.groupId))}>
                  再问一个问题
                </ActionButton>
              ) : null}
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}

export default QuestionPage;
