/**
 * 自测结果: computed at once on the phone by the shared engine (with the published rounds last listed, so 暂不选择
 * counts to the open round as the function does), then confirmed (and saved) by the function.
 * A disclaimer banner ("可能符合", not a final determination), how seniority was counted, one card per route
 * (best verdicts first), the interpretations used, the hotlines; share, 据此申报, and the saved history.
 * Test hooks:
 *   #check-result, #check-disclaimer, #check-counted-to, #check-notices, #check-headline,
 *   #check-server-status (.server-status--pending|same|differs|unauthenticated|invalid|error),
 *   #check-server-retry, #check-server-fix, #check-server-signin,
 *   .route-card (see components/check/RouteCard), #check-other-routes (toggle), #check-other-list,
 *   #check-interpretations, .check-interpretation, #check-calendar, #check-socialized-calendar, the green channel's
 *   quarter (components/check/GreenChannelQuarter: #check-green-quarter, #check-green-today, #check-green-next),
 *   #check-help, .check-hotline,
 *   #check-copy (H5) / #check-share (weapp), #check-apply, #check-edit, #check-again,
 *   #check-history, .check-history-item, #check-history-viewing, #check-history-back, #check-history-edit,
 *   #check-policy-match (政策找人, PolicyMatchCard.tsx),
 *   #check-empty (no answers yet), #check-incomplete, #check-invalid (answers need fixing), #check-go-form
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Envelope } from '@shared/contracts';
import type { Round } from '@shared/policy/calendar';
import type { EligibilityResult } from '@shared/policy/types';
import { api } from '../../../services/api';
import { Card } from '../../../components/Card';
import { Notice } from '../../../components/Notice';
import { ActionButton } from '../../../components/ActionButton';
import { RouteCard } from '../../../components/check/RouteCard';
import { GreenChannelQuarter } from '../../../components/check/GreenChannelQuarter';
import { CiteLink } from '../../../components/check/CiteLink';
import { HistoryList } from '../../../components/check/HistoryList';
import { PolicyMatchCard } from './PolicyMatchCard';
import { ShareButton, useShareResult } from '../../../components/check/ShareButton';
import { loadDraft, loadRounds, newDraft, rememberSavedCheck, saveDraft, saveRounds } from '../../../services/check/draft';
import { fromProfile } from '../../../services/check/form';
import { evaluateDraft, serverOutcome, type ServerOutcome } from '../../../services/check/evaluate';
import { isWanted, shareText, shareTitle, sortRoutes } from '../../../services/check/summary';
import { formatTime, today as todayInBaotou } from '../../../services/dates';
import './index.scss';
import { withPageFont } from '../../../components/PageFont';

const FORM_URL = '/packages/check/form/index';

/** Back to the questionnaire: the page below if it is the form (it reloads the draft on show), else a fresh one. */
function backToForm() {
  const pages = Taro.getCurrentPages();
  const prev = pages[pages.length - 2] as { route?: string; path?: string } | undefined;
  if (prev && String(prev.route ?? prev.path ?? '').includes('packages/check/form')) void Taro.navigateBack();
  else void Taro.redirectTo({ url: FORM_URL });
}

function ServerStatus({ state, onRetry, onFix }: { state: ServerOutcome; onRetry: () => void; onFix: () => void }) {
  const cls = `server-status server-status--${state.kind}`;
  switch (state.kind) {
    case 'pending':
      return (
        <View id="check-server-status" className={`${cls} notice notice--info`}>
          <Text>正在由云端复核…（下面是手机上的即时结果）</Text>
        </View>
      );
    case 'same':
      return (
        <View id="check-server-status" className={`${cls} notice notice--ok`}>
          <Text>{`云端复核：一致${state.savedId ? '。已保存到“我的自测记录”' : ''}`}</Text>
        </View>
      );
    case 'differs':
      return (
        <View id="check-server-status" className={`${cls} notice notice--error`}>
          <Text>云端复核的结果与手机上的初步结果不同（可能是日期或评审轮次有变化），下面显示的是云端结果，以云端为准。</Text>
        </View>
      );
    case 'unauthenticated':
      return (
        <View id="check-server-status" className={`${cls} notice notice--info`}>
          <Text>登录后可由云端复核并保存记录。下面是手机上的初步结果。</Text>
          {process.env.TARO_APP_DEV_LOGIN === 'true' ? (
            <ActionButton id="check-server-signin" small onPress={() => void Taro.navigateTo({ url: '/packages/dev/signin/index' })}>
              选择演示账号登录
            </ActionButton>
          ) : null}
        </View>
      );
    case 'invalid':
      return (
        <View id="check-server-status" className={`${cls} notice notice--error`}>
          <Text>{`云端复核发现填写有误：${state.message}`}</Text>
          <ActionButton id="check-server-fix" small onPress={onFix}>
            返回修改
          </ActionButton>
        </View>
      );
    case 'error':
      return (
        <View id="check-server-status" className={`${cls} notice notice--error`}>
          <Text>{`云端复核暂时没有完成（${state.message}）。下面是手机上的初步结果。`}</Text>
          <ActionButton id="check-server-retry" small onPress={onRetry}>
            重试
          </ActionButton>
        </View>
      );
  }
}

function ResultView({ result, wantedLevel }: { result: EligibilityResult; wantedLevel: string }) {
  const [showOthers, setShowOthers] = useState(false);
  const sorted = sortRoutes(result.routes, wantedLevel);
  const open = sorted.filter((r) => r.verdict !== 'not_eligible');
  const closed = sorted.filter((r) => r.verdict === 'not_eligible');
  const best = open[0];
  return (
    <>
      <Card id="check-headline" className="check-headline">
        {best ? (
          <>
            <Text className="check-headline__lead">
              {best.verdict === 'likely' ? '您可能符合' : best.verdict === 'not_yet' ? '您以后可能符合' : '您可能符合（还需确认几项）'}
            </Text>
            <Text className="check-headline__title">申报{best.title.titleName}</Text>
            <Text className="card__text">
              找到 {open.length} 条可以考虑的途径{closed.length ? `，另有 ${closed.length} 条目前不符合` : ''}。
            </Text>
          </>
        ) : (
          <>
            <Text className="check-headline__lead">暂时没有找到可以直接申报的途径</Text>
            <Text className="card__text">下面列出了每条途径不符合的原因，条件变化后可以再来自测。</Text>
          </>
        )}
      </Card>
      {open.map((r, i) => (
        <RouteCard key={r.id} route={r} wanted={isWanted(r, wantedLevel)} openSteps={i === 0} />
      ))}
      {closed.length ? (
        <>
          <ActionButton id="check-other-routes" onPress={() => setShowOthers(!showOthers)}>
            {showOthers ? '收起不符合的途径' : `查看不符合的途径（${closed.length}）`}
          </ActionButton>
          {showOthers ? (
            <View id="check-other-list" className="check-other-list">
              {closed.map((r) => (
                <RouteCard key={r.id} route={r} compact />
              ))}
            </View>
          ) : null}
        </>
      ) : null}
      <Card title="本结果用到的解读" id="check-interpretations">
        <Text className="card__text">政策原文有几处没有写明，本程序按下面的理解判断；如有疑问请以人社部门解释为准。</Text>
        {result.interpretations.map((i) => (
          <View key={i.id} className="list-item check-interpretation">
            <Text className="list-item__title">{i.title}</Text>
            <Text className="check-interpretation__reading">{i.reading}</Text>
            <View className="check-interpretation__foot">
              <Text className="list-item__meta">最后核对：{i.lastReviewed}</Text>
              {i.clauses.map((c) => (
                <CiteLink key={c} clause={c} />
              ))}
            </View>
          </View>
        ))}
      </Card>
      <Card title="什么时候申报" id="check-calendar">
        <View className="list-item" id="check-socialized-calendar">
          <Text className="list-item__title">社会化评审</Text>
          <Text className="check-interpretation__reading">{result.calendar.socialized.note}</Text>
          <CiteLink clause={result.calendar.socialized.clause} />
        </View>
        <GreenChannelQuarter calendar={result.calendar.greenChannel} />
      </Card>
      <Card title="有问题可以问" id="check-help">
        <Text className="card__text">包头市人社局职称服务热线（点号码直接拨打）：</Text>
        <View className="check-hotlines">
          {result.help.hotlines.map((h) => (
            <Text key={h} className="chip check-hotline" onClick={() => void Taro.makePhoneCall({ phoneNumber: h }).catch(() => undefined)}>
              {h}
            </Text>
          ))}
        </View>
        <Text className="card__hint">市、旗县区人社部门还有{result.help.services.join('和')}（第六条）。</Text>
      </Card>
    </>
  );
}

/** The published rounds: those last listed on this phone at once, then the current list (visitors too). */
function usePublishedRounds(): Round[] | null {
  const [rounds, setRounds] = useState<Round[] | null>(loadRounds);
  useEffect(() => {
    let live = true;
    void api.eligibility['rounds.list']({}).then((res) => {
      if (!live || !res.ok) return;
      saveRounds(res.data.items);
      setRounds(res.data.items);
    });
    return () => {
      live = false;
    };
  }, []);
  return rounds;
}

type EvaluateReply = Envelope<{ result: EligibilityResult; savedId?: string }>;

function CheckResultPage() {
  const today = useMemo(todayInBaotou, []);
  const [draft] = useState(loadDraft);
  const rounds = usePublishedRounds();
  const local = useMemo(() => evaluateDraft(draft, today, rounds), [draft, today, rounds]);
  // What the function is asked: the answers and the person's round choice (it lists the published rounds itself),
  // so a fresher list of rounds here re-evaluates on the phone without asking (and saving) again.
  const requestKey =
    local.kind === 'ok'
      ? JSON.stringify({
          profile: local.profile,
          ...(local.roundId ? { roundId: local.roundId } : {}),
          ...(local.countToAsOf ? { countToAsOf: true } : {}),
        })
      : '';
  const request = useMemo(
    () => (requestKey ? (JSON.parse(requestKey) as { profile: Record<string, unknown>; roundId?: string; countToAsOf?: true }) : null),
    [requestKey],
  );
  const savedId = useRef(draft?.savedId);
  const [reply, setReply] = useState<{ key: string; res: EvaluateReply } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [viewing, setViewing] = useState<{ id: string; at: string; result: EligibilityResult; profile: Record<string, unknown> } | null>(
    null,
  );
  const [historyError, setHistoryError] = useState('');

  useEffect(() => {
    if (!request) return;
    let live = true;
    setReply(null);
    // Saved once per set of answers: looking again confirms without a second record.
    void api.eligibility.evaluate({ ...request, save: !savedId.current }).then((res) => {
      if (!live) return;
      if (res.ok && res.data.savedId && draft) {
        savedId.current = res.data.savedId;
        rememberSavedCheck(res.data.savedId);
        saveDraft({ ...draft, savedId: res.data.savedId });
      }
      setReply({ key: JSON.stringify(request), res });
    });
    return () => {
      live = false;
    };
  }, [request, attempt, draft]);

  const server: ServerOutcome = useMemo(() => {
    if (local.kind !== 'ok' || !reply || reply.key !== requestKey) return { kind: 'pending' };
    const outcome = serverOutcome(local.result, reply.res);
    return (outcome.kind === 'same' || outcome.kind === 'differs') && savedId.current ? { ...outcome, savedId: savedId.current } : outcome;
  }, [local, reply, requestKey]);

  const current = local.kind === 'ok' ? (server.kind === 'differs' ? server.result : local.result) : null;
  const shown = viewing?.result ?? current;
  const wantedLevel = draft?.form.wantedLevel ?? '';
  useShareResult(shown ? shareTitle(shown, wantedLevel) : '职称申报条件自测（职称通）');

  const fixOnForm = () => {
    if (draft && server.kind === 'invalid') saveDraft({ ...draft, serverIssues: server.issues, completed: false });
    backToForm();
  };
  const editAnswers = backToForm;
  const openHistory = async (id: string) => {
    setHistoryError('');
    const res = await api.eligibility['history.get']({ id });
    if (res.ok) {
      setViewing(res.data);
      void Promise.resolve(Taro.pageScrollTo({ scrollTop: 0, duration: 200 })).catch(() => undefined);
    } else setHistoryError(res.message);
  };
  const editFromHistory = () => {
    if (!viewing) return;
    saveDraft({ ...newDraft(), form: fromProfile(viewing.profile) });
    backToForm();
  };
  const apply = () => {
    const savedId = viewing?.id ?? (server.kind === 'same' || server.kind === 'differs' ? server.savedId : undefined);
    if (savedId) rememberSavedCheck(savedId);
    // 进度 picks the saved check up (开始申报) when it shows.
    void Taro.switchTab({ url: '/pages/progress/index' });
  };

  const savedKey = server.kind === 'same' || server.kind === 'differs' ? (server.savedId ?? '') : '';

  return (
    <View id="check-result" className="page check-result">
      <Text className="page-title">自测结果</Text>
      {shown ? (
        <>
          <View id="check-disclaimer" className="check-disclaimer">
            <Text className="check-disclaimer__head">仅供参考：结果是“可能符合”，不是最终认定</Text>
            <Text className="check-disclaimer__text">{shown.disclaimer}</Text>
          </View>
          {viewing ? (
            <Card id="check-history-viewing">
              <Notice kind="info">这是 {formatTime(viewing.at)} 保存的自测记录（按当天的日期和规则判断）。</Notice>
              <View className="btn-row">
                <ActionButton id="check-history-back" small onPress={() => setViewing(null)}>
                  {current ? '返回本次结果' : '关闭记录'}
                </ActionButton>
                <ActionButton id="check-history-edit" small onPress={editFromHistory}>
                  修改这次的答案
                </ActionButton>
              </View>
            </Card>
          ) : (
            <ServerStatus state={server} onRetry={() => setAttempt((n) => n + 1)} onFix={fixOnForm} />
          )}
          <Notice kind="info" id="check-counted-to">
            {shown.countedTo.explanation}
          </Notice>
          {shown.notices.length ? (
            <View id="check-notices">
              {shown.notices.map((n) => (
                <Notice key={n} kind="info">
                  {n}
                </Notice>
              ))}
            </View>
          ) : null}
          <ResultView key={viewing?.id ?? 'current'} result={shown} wantedLevel={viewing ? '' : wantedLevel} />
          <Card title="接下来" id="check-actions">
            <ShareButton title={shareTitle(shown, wantedLevel)} text={shareText(shown, wantedLevel)} />
            <ActionButton id="check-apply" kind="primary" onPress={apply}>
              据此申报
            </ActionButton>
            <Text className="card__hint">点“据此申报”后，到“进度”选择申报路径、渠道和所在单位，即可开始申报。</Text>
            <ActionButton id="check-edit" onPress={editAnswers}>
              修改答案
            </ActionButton>
          </Card>
          <PolicyMatchCard saved={!!savedKey && !viewing} />
        </>
      ) : local.kind === 'incomplete' ? (
        <Card id="check-incomplete" title="您的自测还没有填完">
          <Text className="card__text">填完全部问题后就能看到结果；已填的内容都保存着。</Text>
          <ActionButton id="check-go-form" kind="primary" onPress={backToForm}>
            继续填写
          </ActionButton>
        </Card>
      ) : local.kind === 'invalid' ? (
        <Card id="check-invalid" title="问卷还有需要修改的地方">
          <Text className="card__text">有些答案需要修改（例如日期填成了将来的日期），请返回问卷按提示修改。</Text>
          <ActionButton id="check-go-form" kind="primary" onPress={backToForm}>
            返回修改
          </ActionButton>
        </Card>
      ) : (
        <Card id="check-empty" title="还没有填写自测问卷">
          <Text className="card__text">回答几个简单问题，就能看到您可能可以申报哪一级职称、走哪个渠道。</Text>
          <ActionButton id="check-go-form" kind="primary" onPress={backToForm}>
            开始自测
          </ActionButton>
        </Card>
      )}
      {historyError ? <Notice kind="error">{historyError}</Notice> : null}
      <HistoryList refreshKey={savedKey} activeId={viewing?.id} onOpen={(id) => void openHistory(id)} />
    </View>
  );
}

export default withPageFont(CheckResultPage);
