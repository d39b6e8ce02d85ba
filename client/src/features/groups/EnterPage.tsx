/**
 * The landing page every card opens (`?g=<groupId>&k=<kind>&id=<id>`, shared/groups/cards cardPath): learns the
 * WeChat group the card was opened from (features/groups/services/enter groupEnterCloudID), then for the binding card
 * binds it (groups.bind, the first of the group's officers), for any other card joins the roster (groups.enter),
 * and says the outcome in words — 已加入「…」名册, 请先认领您的单位 (a button to 我的), 已被移出, not bound, the
 * group's officer — with 继续 to the card's own page (cardTarget). A member or officer goes on by themselves
 * after a moment; whoever just joined, or was refused, sees it and taps 继续. Not signed in: the sign-in prompt
 * (and again once back). Not opened from a group: it goes on to the card's page, saying joining needs the card.
 * An HR of several employers first chooses the one that joins.
 * Test hooks: #group-enter-page (data-state: working | signin | not_from_group | failed | choose | bound | refused |
 *   entered | bad_link; data-outcome for entered), #enter-working, #enter-title, #enter-message, #enter-continue,
 *   #enter-claim, #enter-retry, #enter-skip, #enter-choose, #enter-employer (radiogroup), #enter-join, #signin-prompt
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { GroupView } from '@shared/contracts/groups';
import { cardTarget, isCardKind } from '@shared/groups/cards';
import { api } from './api';
import { groupEnterCloudID } from './services/enter';
import { a11y } from '../../components/a11y';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { SignInPrompt } from '../../components/SignInPrompt';
import { GROUP_ROUTES, outcomeTitle, type EnterOutcome } from './views';
import { RadioChips } from '../../components/RadioChips';
import '../notices/notices.scss';
import '../publish/publish.scss';
import './groups.scss';

type State =
  | { s: 'working' }
  | { s: 'bad_link' }
  | { s: 'signin' }
  | { s: 'not_from_group'; message: string }
  | { s: 'failed'; message: string }
  | { s: 'bound'; group: GroupView }
  /** An HR of several employers: which one joins (enter's orgId). */
  | { s: 'choose'; cloudID: string; employers: { value: string; label: string }[] }
  | { s: 'refused'; message: string }
  | { s: 'entered'; outcome: EnterOutcome; group: GroupView | null; message: string };

/** How long a member or officer sees the message before going on (they learn nothing new). */
const GO_ON_AFTER_MS = 1500;

function EnterPage() {
  const { params } = useRouter();
  const g = params.g ?? '';
  const k = params.k;
  const id = params.id || undefined;
  const valid = !!g && isCardKind(k);
  const target = valid ? cardTarget(k, g, id) : GROUP_ROUTES.list;
  const [state, setState] = useState<State>(valid ? { s: 'working' } : { s: 'bad_link' });
  const running = useRef(false);
  const left = useRef(false);

  const goOn = useCallback(() => {
    if (left.current) return;
    left.current = true;
    void Taro.redirectTo({ url: target });
  }, [target]);

  const run = useCallback(async () => {
    if (!valid || running.current) return;
    running.current = true;
    setState({ s: 'working' });
    try {
      const who = await api.identity.whoami({});
      if (!who.ok) {
        setState(who.code === 'UNAUTHENTICATED' ? { s: 'signin' } : { s: 'failed', message: who.message });
        return;
      }
      const enter = await groupEnterCloudID();
      if (!enter.ok) {
        setState(
          enter.reason === 'not_from_group' ? { s: 'not_from_group', message: enter.message } : { s: 'failed', message: enter.message },
        );
        return;
      }
      if (k === 'bind') {
        const res = await api.groups.bind({ id: g }, { cloudID: enter.cloudID });
        if (res.ok) setState({ s: 'bound', group: res.data });
        else setState(res.code === 'UNAUTHENTICATED' ? { s: 'signin' } : { s: 'refused', message: res.message });
        return;
      }
      const employers = who.data.roles.flatMap((r) =>
        r.role === 'employer_hr' && r.scope.kind === 'org' ? [{ value: r.scope.orgId, label: r.scopeLabel }] : [],
      );
      if (employers.length > 1) {
        setState({ s: 'choose', cloudID: enter.cloudID, employers });
        return;
      }
      await join(enter.cloudID);
    } finally {
      running.current = false;
    }
  }, [valid, k, g]);

  async function join(cloudID: string, orgId?: string) {
    const res = await api.groups.enter(orgId ? { orgId } : {}, { cloudID });
    if (res.ok) setState({ s: 'entered', outcome: res.data.outcome, group: res.data.group, message: res.data.message });
    else setState(res.code === 'UNAUTHENTICATED' ? { s: 'signin' } : { s: 'refused', message: res.message });
  }
  const [employer, setEmployer] = useState('');

  useEffect(() => {
    void run();
  }, [run]);
  // Back from signing in: try again with a fresh cloudID.
  useDidShow(() => {
    if (state.s === 'signin') void run();
  });

  // Nothing to tell a member or an officer, and someone not from a group only wanted the card's page.
  const autoGoOn =
    (state.s === 'entered' && (state.outcome === 'member' || state.outcome === 'officer')) ||
    (state.s === 'not_from_group' && k !== 'bind');
  useEffect(() => {
    if (!autoGoOn) return;
    const t = setTimeout(goOn, GO_ON_AFTER_MS);
    return () => clearTimeout(t);
  }, [autoGoOn, goOn]);

  const outcome = state.s === 'entered' ? state.outcome : '';
  const continueButton = (primary: boolean) => (
    <ActionButton id="enter-continue" kind={primary ? 'primary' : 'plain'} onPress={goOn}>
      继续
    </ActionButton>
  );

  return (
    <View id="group-enter-page" className="page group-enter" data-state={state.s} data-outcome={outcome}>
      {state.s === 'working' ? (
        <Card id="enter-working">
          <Text className="card__text" {...a11y({ role: 'status' })}>
            {k === 'bind' ? '正在绑定微信群…' : '正在确认您所在的微信群…'}
          </Text>
        </Card>
      ) : null}

      {state.s === 'bad_link' ? (
        <Card title="卡片链接不完整">
          <Text id="enter-message" className="card__text">
            请回到微信群，重新点开卡片。
          </Text>
          {continueButton(true)}
        </Card>
      ) : null}

      {state.s === 'signin' ? (
        <>
          <SignInPrompt message={k === 'bind' ? '登录后才能绑定微信群。' : '登录后即可加入本群的联络群名册。'} />
          <ActionButton id="enter-skip" onPress={goOn}>
            先看看卡片内容
          </ActionButton>
        </>
      ) : null}

      {state.s === 'not_from_group' ? (
        <Card>
          <Text id="enter-title" className="enter-outcome" {...a11y({ role: 'heading', 'aria-level': 1 })}>
            {k === 'bind' ? '请在微信群里点开绑定卡片' : '正在打开卡片内容'}
          </Text>
          <Text id="enter-message" className="card__text" {...a11y({ role: 'status' })}>
            {k === 'bind'
              ? '绑定需要本群工作人员在单位联络微信群里点开这张卡片。'
              : '这张卡片不是从微信群里点开的。加入联络群名册，需要在单位的联络微信群里点开卡片。'}
          </Text>
          {continueButton(true)}
        </Card>
      ) : null}

      {state.s === 'failed' ? (
        <Card>
          <Text id="enter-title" className="enter-outcome" {...a11y({ role: 'heading', 'aria-level': 1 })}>
            没能确认所在的微信群
          </Text>
          <Notice kind="error" id="enter-message">
            {state.message}
          </Notice>
          <ActionButton id="enter-retry" kind="primary" onPress={() => void run()}>
            重试
          </ActionButton>
          {continueButton(false)}
        </Card>
      ) : null}

      {state.s === 'choose' ? (
        <Card id="enter-choose">
          <Text id="enter-title" className="enter-outcome" {...a11y({ role: 'heading', 'aria-level': 1 })}>
            以哪家单位加入名册？
          </Text>
          <Text className="card__text">您是几家单位的人事，请选择这个微信群对应的单位。</Text>
          <RadioChips id="enter-employer" label="加入名册的单位" options={state.employers} value={employer} onChange={setEmployer} />
          <ActionButton id="enter-join" kind="primary" disabled={!employer} onPress={() => void join(state.cloudID, employer)}>
            加入名册
          </ActionButton>
        </Card>
      ) : null}

      {state.s === 'bound' ? (
        <Card>
          <Text id="enter-title" className="enter-outcome" {...a11y({ role: 'heading', 'aria-level': 1 })}>
            {`已绑定：「${state.group.name}」`}
          </Text>
          <Notice kind="ok" id="enter-message">
            这个微信群已和联络群绑定。接下来在群里分享联络群卡片，企业人事点开即加入名册。
          </Notice>
          {continueButton(true)}
        </Card>
      ) : null}

      {state.s === 'refused' ? (
        <Card>
          <Text id="enter-title" className="enter-outcome" {...a11y({ role: 'heading', 'aria-level': 1 })}>
            {k === 'bind' ? '没有绑定' : '没有加入名册'}
          </Text>
          <Notice kind="error" id="enter-message">
            {state.message}
          </Notice>
          {continueButton(true)}
        </Card>
      ) : null}

      {state.s === 'entered' ? (
        <Card>
          <Text id="enter-title" className="enter-outcome" {...a11y({ role: 'heading', 'aria-level': 1 })}>
            {outcomeTitle(state.outcome, state.group?.name ?? null)}
          </Text>
          {state.message && state.message !== outcomeTitle(state.outcome, state.group?.name ?? null) ? (
            <Notice kind={state.outcome === 'joined' ? 'ok' : state.outcome === 'removed' ? 'error' : 'info'} id="enter-message">
              {state.message}
            </Notice>
          ) : null}
          {state.outcome === 'needs_employer' ? (
            <>
              {state.message ? null : (
                <Text className="card__text">在「我的」页输入单位给您的邀请码认领单位，然后回到微信群重新点开卡片，即可加入名册。</Text>
              )}
              <ActionButton id="enter-claim" kind="primary" onPress={() => void Taro.switchTab({ url: GROUP_ROUTES.me })}>
                去认领单位
              </ActionButton>
            </>
          ) : null}
          {state.outcome === 'member' || state.outcome === 'officer' ? <Text className="card__hint">马上为您打开卡片内容…</Text> : null}
          {continueButton(state.outcome !== 'needs_employer')}
        </Card>
      ) : null}
    </View>
  );
}

export default EnterPage;
