/**
 * 自测结果, read top-down: the verdict (the highest title the person may well apply for, shared/policy/headline)
 * and the open routes in one line first; 据此申报 (and 保存 while the check is not saved) in a bar at the bottom
 * that stays in reach; the notes on how it was counted, the route cards' conditions and next steps, the
 * interpretations folded (buttons with aria-expanded). Computed at once on the phone by the shared engine (with
 * the published rounds last listed, so 暂不选择 counts to the open round as the function does), then confirmed
 * by the function — and saved with it only when the person has agreed to the privacy guide; otherwise 保存 /
 * 据此申报 ask first (PrivacyPrompt).
 * Test hooks:
 *   #check-result, #check-headline, #check-headline-text, #check-routes-line, #check-disclaimer, #check-about
 *   (toggle of #check-counted-to, #check-notices, the full disclaimer and #check-ruleset: the rules' version), #check-server-status
 *   (.server-status--pending|same|differs|unauthenticated|invalid|error), #check-server-retry, #check-server-fix,
 *   #check-server-signin,
 *   .route-card (see features/check/result/RouteCard), #check-other-routes (toggle), #check-other-list,
 *   #check-interpretations (#check-interpretations-toggle), .check-interpretation, #check-calendar, #check-socialized-calendar, the green channel's
 *   quarter (features/check/result/GreenChannelQuarter: #check-green-quarter, #check-green-today, #check-green-next),
 *   #check-help, .check-hotline,
 *   #check-bar (#check-apply, #check-save), #check-save-declined, #check-actions (#check-copy (H5) / #check-share
 *   (weapp), #check-edit),
 *   #check-history, .check-history-item, #check-history-viewing, #check-history-back, #check-history-edit,
 *   #check-policy-match (政策找人, PolicyMatchCard.tsx), #privacy-prompt,
 *   #check-empty (no answers yet), #check-incomplete, #check-invalid (answers need fixing), #check-go-form
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Envelope } from '@shared/contracts';
import type { Round } from '@shared/policy/calendar';
import type { EligibilityResult } from '@shared/policy/types';
import { api } from '../../services/api';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { RouteCard } from './result/RouteCard';
import { Disclosure } from './result/Disclosure';
import { PrivacyPrompt } from '../../components/privacy/PrivacyPrompt';
import { a11y } from '../../components/a11y';
import { useWhoami } from '../../hooks/use-whoami';
import { ensureConsent } from '../../services/privacy/consent';
import { hasConsent, PRIVACY_GUIDE_NAME } from '@shared/privacy';
import { highestLikelyTitle } from '@shared/policy/headline';
import { GreenChannelQuarter } from './result/GreenChannelQuarter';
import { CiteLink } from './result/CiteLink';
import { HistoryList } from './result/HistoryList';
import { PolicyMatchCard } from './result/PolicyMatchCard';
import { ShareButton, useShareResult } from './result/ShareButton';
import { loadDraft, loadRounds, newDraft, rememberSavedCheck, saveDraft, saveRounds } from './services/draft';
import { fromProfile } from './services/form';
import { evaluateDraft, serverOutcome, type ServerOutcome } from './services/evaluate';
import { isWanted, shareText, shareTitle, sortRoutes } from './services/summary';
import { formatTime, today as todayInBaotou } from '../../services/dates';
import './ResultPage.scss';
import { openPage } from '../../services/navigation';

const FORM_URL = '/packages/check/form/index';

/** Back to the questionnaire: the page below if it is the form (it reloads the draft on show), else a fresh one. */
function backToForm() {
  const pages = Taro.getCurrentPages();
  const prev = pages[pages.length - 2] as { route?: string; path?: string } | undefined;
  if (prev && String(prev.route ?? prev.path ?? '').includes('packages/check/form')) void Taro.navigateBack();
  else void Taro.redirectTo({ url: FORM_URL });
}

function ServerStatus({
  state,
  unsaved,
  onRetry,
  onFix,
}: {
  state: ServerOutcome;
  /** Signed in, confirmed, not saved (no consent on record yet): say how to save. */
  unsaved: boolean;
  onRetry: () => void;
  onFix: () => void;
}) {
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
          <Text>{`云端复核：一致${state.savedId ? '。已保存到“我的自测记录”' : unsaved ? '。还没有保存，点下方“保存”即可保存' : ''}`}</Text>
        </View>
      );
    case 'differs':
      return (
        <View id="check-server-status" className={`${cls} notice notice--error`}>
          <Text>{`云端复核的结果与手机上的初步结果不同（可能是日期或评审轮次有变化），这里显示的是云端结果，以云端为准。${unsaved ? '还没有保存，点下方“保存”即可保存。' : ''}`}</Text>
        </View>
      );
    case 'unauthenticated':
      return (
        <View id="check-server-status" className={`${cls} notice notice--info`}>
          <Text>登录后可由云端复核并保存记录。下面是手机上的初步结果。</Text>
          {process.env.TARO_APP_DEV_LOGIN === 'true' ? (
            <ActionButton id="check-server-signin" small onPress={() => void openPage('/packages/dev/signin/index')}>
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

/** The top of the result: the verdict in 可能 words, the open routes in one line, and that it is not a final determination. */
function Headline({ result }: { result: EligibilityResult }) {
  const h = highestLikelyTitle(result);
  return (
    <Card id="check-headline" className={`check-headline check-headline--${h.verdict ?? 'none'}`}>
      <Text className="check-headline__lead">{h.verdict ? '按您填写的情况，您' : '按您填写的情况'}</Text>
      <Text id="check-headline-text" className="check-headline__title" {...a11y({ role: 'heading', 'aria-level': 2 })}>
        {h.text}
      </Text>
      {h.routesLine ? (
        <Text id="check-routes-line" className="check-headline__routes">
          {h.routesLine}
        </Text>
      ) : (
        <Text className="card__text">下面列出了每条途径不符合的原因，条件变化后可以再来自测。</Text>
      )}
      <Text className="card__hint">
        {h.open ? `共 ${h.open} 条途径可以考虑` : ''}
        {h.open && h.closed ? '，' : ''}
        {h.closed ? `${h.open ? '另有 ' : ''}${h.closed} 条目前不符合` : ''}。
      </Text>
      <View id="check-disclaimer" className="check-disclaimer">
        <Text className="check-disclaimer__head">仅供参考：结果是“可能符合”，不是最终认定</Text>
      </View>
    </Card>
  );
}

/** How it was counted, the engine's notices and the full disclaimer: one tap away, under the verdict. */
function AboutResult({ result }: { result: EligibilityResult }) {
  return (
    <Disclosure
      id="check-about"
      className="check-about"
      label={`关于本结果：年限算到 ${result.countedTo.date}，以及${result.notices.length ? ` ${result.notices.length} 条提示和` : ''}说明`}
      openLabel="收起关于本结果的说明"
    >
      <Notice kind="info" id="check-counted-to">
        {result.countedTo.explanation}
      </Notice>
      {result.notices.length ? (
        <View id="check-notices">
          {result.notices.map((n) => (
            <Notice key={n} kind="info">
              {n}
            </Notice>
          ))}
        </View>
      ) : null}
      <View className="check-disclaimer check-disclaimer--full">
        <Text className="check-disclaimer__text">{result.disclaimer}</Text>
      </View>
      <Text id="check-ruleset" className="card__hint">
        规则版本 {result.rulesetVersion} · 最后核对 {result.lastReviewed}
      </Text>
    </Disclosure>
  );
}

function ResultView({ result, wantedLevel }: { result: EligibilityResult; wantedLevel: string }) {
  const sorted = sortRoutes(result.routes);
  const open = sorted.filter((r) => r.verdict !== 'not_eligible');
  const closed = sorted.filter((r) => r.verdict === 'not_eligible');
  return (
    <>
      {open.map((r) => (
        <RouteCard key={r.id} route={r} wanted={isWanted(r, wantedLevel)} />
      ))}
      {closed.length ? (
        <Disclosure
          id="check-other-routes"
          className="check-other-toggle"
          label={`查看不符合的途径（${closed.length}）`}
          openLabel="收起不符合的途径"
        >
          <View id="check-other-list" className="check-other-list">
            {closed.map((r) => (
              <RouteCard key={r.id} route={r} />
            ))}
          </View>
        </Disclosure>
      ) : null}
      <Card title="本结果用到的解读" id="check-interpretations">
        <Text className="card__text">政策原文有几处没有写明，本程序按下面的理解判断；如有疑问请以人社部门解释为准。</Text>
        <Disclosure id="check-interpretations-toggle" label={`查看 ${result.interpretations.length} 条解读`} openLabel="收起解读">
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
        </Disclosure>
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
  const who = useWhoami();
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
  const [saving, setSaving] = useState(false);
  const [declined, setDeclined] = useState(false);
  // Saving a check collects personal data: it is saved with the confirmation only when the function has the
  // person's consent on record (whoami), decided once when whoami first answers; otherwise 保存 / 据此申报 ask.
  const [autoSave, setAutoSave] = useState<boolean | null>(null);
  const whoKnown = !!who.data || !!who.error;
  useEffect(() => {
    if (autoSave === null && whoKnown) setAutoSave(hasConsent(who.data?.privacyConsent));
  }, [autoSave, whoKnown, who.data]);

  const took = (res: EvaluateReply) => {
    if (res.ok && res.data.savedId && draft) {
      savedId.current = res.data.savedId;
      rememberSavedCheck(res.data.savedId);
      saveDraft({ ...draft, savedId: res.data.savedId });
    }
    setReply({ key: JSON.stringify(request), res });
  };

  useEffect(() => {
    if (!request || autoSave === null) return;
    let live = true;
    setReply(null);
    // Saved once per set of answers: looking again confirms without a second record.
    void api.eligibility.evaluate({ ...request, save: autoSave && !savedId.current }).then((res) => {
      if (live) took(res);
    });
    return () => {
      live = false;
    };
    // `took` reads the same request and draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request, attempt, draft, autoSave]);

  const server: ServerOutcome = useMemo(() => {
    if (local.kind !== 'ok' || !reply || reply.key !== requestKey) return { kind: 'pending' };
    const outcome = serverOutcome(local.result, reply.res);
    return (outcome.kind === 'same' || outcome.kind === 'differs') && savedId.current ? { ...outcome, savedId: savedId.current } : outcome;
  }, [local, reply, requestKey]);

  const current = local.kind === 'ok' ? (server.kind === 'differs' ? server.result : local.result) : null;
  const shown = viewing?.result ?? current;
  const wantedLevel = draft?.form.wantedLevel ?? '';
  useShareResult(shown ? shareTitle(shown) : '职称申报条件自测（职称通）');

  const confirmed = server.kind === 'same' || server.kind === 'differs';
  const savedKey = confirmed ? (server.savedId ?? '') : '';
  // Signed in and confirmed but not saved: 保存 is offered (after the privacy prompt when there is no consent).
  const canSave = !viewing && confirmed && !savedKey && !!who.data;

  /** Save the confirmed check: the privacy prompt first when the function has no consent on record. */
  const saveCheck = async (): Promise<string | undefined> => {
    if (savedId.current) return savedId.current;
    if (!request) return undefined;
    setDeclined(false);
    if (!(await ensureConsent(who.data?.privacyConsent ?? null))) {
      setDeclined(true);
      return undefined;
    }
    setSaving(true);
    const res = await api.eligibility.evaluate({ ...request, save: true });
    setSaving(false);
    took(res);
    return res.ok ? res.data.savedId : undefined;
  };

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
  const apply = async () => {
    let id = viewing?.id ?? (savedKey || undefined);
    if (!id && canSave) {
      id = await saveCheck();
      if (!id) return;
    }
    if (id) rememberSavedCheck(id);
    // 进度 picks the saved check up (开始申报) when it shows.
    void Taro.switchTab({ url: '/pages/progress/index' });
  };

  return (
    <View id="check-result" className={`page check-result ${shown ? 'check-result--with-bar' : ''}`}>
      <PrivacyPrompt />
      <Text className="page-title">自测结果</Text>
      {shown ? (
        <>
          <Headline result={shown} />
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
            <ServerStatus state={server} unsaved={canSave} onRetry={() => setAttempt((n) => n + 1)} onFix={fixOnForm} />
          )}
          {declined ? (
            <Notice kind="info" id="check-save-declined">
              {`没有保存：同意${PRIVACY_GUIDE_NAME}后才能保存自测记录、据此申报。结果仍可以查看。`}
            </Notice>
          ) : null}
          <AboutResult result={shown} />
          <ResultView key={viewing?.id ?? 'current'} result={shown} wantedLevel={viewing ? '' : wantedLevel} />
          <Card title="接下来" id="check-actions">
            <Text className="card__hint">点下方“据此申报”后，到“进度”选择申报路径、渠道和所在单位，即可开始申报。</Text>
            <ShareButton title={shareTitle(shown)} text={shareText(shown)} />
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
      {shown ? (
        <View id="check-bar" className="check-bar" {...a11y({ role: 'group', 'aria-label': '本次结果的操作' })}>
          {canSave ? (
            <ActionButton id="check-save" className="check-bar__btn" pending={saving} onPress={() => void saveCheck()}>
              保存
            </ActionButton>
          ) : null}
          <ActionButton id="check-apply" className="check-bar__btn" kind="primary" pending={saving} onPress={() => void apply()}>
            据此申报
          </ActionButton>
        </View>
      ) : null}
    </View>
  );
}

export default CheckResultPage;
