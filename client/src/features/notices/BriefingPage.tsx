/**
 * 宣讲详情 (`?id=`): topic, clauses covered (links to each clause's page), time in China time, place or online
 * link, seats “23/30”, the person's own standing (已报名 / 候补第 N 位), sign-up (HR may sign up several
 * colleagues of their organization), cancel (asked twice), an .ics download on H5, share.
 * Test hooks: #briefing-detail (data-id, data-mine: confirmed|waiting|''), #briefing-topic, #briefing-time,
 *   #briefing-venue, #briefing-seats, #briefing-clauses, .briefing-clause, #briefing-mine, #briefing-blocked,
 *   #signup-form, #signup-seats (input inside), #signup-org, #signup-submit, #signup-error, #signup-done,
 *   #signup-cancel, #signup-cancel-confirm, #signup-cancel-keep, #briefing-ics, #briefing-cancelled, #share-copy, #group-share (分享到联络群, officers),
 *   #briefing-checkin (现场签到, while check-in may be open), #briefing-rate (评价, after the session for those who checked in), #briefing-rated
 */
import { useCallback, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { a11y } from '../../components/a11y';
import type { BriefingDetail } from '@shared/contracts/briefings';
import { api } from './api';
import { subscribeAsk } from '../../services/subscribe';
import { useLoad } from '../../hooks/use-load';
import { useAction } from '../../hooks/use-action';
import { useWhoami } from '../../hooks/use-whoami';
import { PrivacyPrompt } from '../../components/privacy/PrivacyPrompt';
import { ensureConsent } from '../../services/privacy/consent';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { TextField } from '../../components/TextField';
import { FileLinks } from '../../components/files/FileLinks';
import { clauseUrl } from '../../services/policy/links';
import { RadioChips } from '../../components/RadioChips';
import { ShareLink, useSharePage, useUpdatableShare } from './share';
import { CAN_SAVE_ICS, saveIcs } from './calendar';
import { formatTime } from '../../services/dates';
import { hrOrgs, mineText, ROUTES, seatsText } from './views';
import { GroupShareRow } from '../groups/GroupShareRow';
import './notices.scss';
import { openPage } from '../../services/navigation';

function Fact({ id, label, children }: { id?: string; label: string; children: string }) {
  return (
    <View className="fact" {...(id ? { id } : {})}>
      <Text className="fact__label">{label}</Text>
      <Text className="fact__value" userSelect>
        {children}
      </Text>
    </View>
  );
}

function Venue({ venue, text }: { venue: BriefingDetail['session']['venue']; text: string }) {
  if (venue.kind === 'place')
    return (
      <Fact id="briefing-venue" label="地点">
        {text}
      </Fact>
    );
  return (
    <View id="briefing-venue">
      <Fact label="线上">
        {[venue.platform, venue.meetingCode ? `会议号 ${venue.meetingCode}` : ''].filter(Boolean).join(' · ') || '线上宣讲'}
      </Fact>
      <Fact label="链接">{venue.url}</Fact>
      <ActionButton id="briefing-copy-url" small onPress={() => void Taro.setClipboardData({ data: venue.url })}>
        复制会议链接
      </ActionButton>
    </View>
  );
}

function BriefingPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const load = useCallback(() => api.briefings.get({ id }), [id]);
  const state = useLoad(load, { refreshOnShow: true });
  const who = useWhoami();
  const orgs = hrOrgs(who.data);
  const [seats, setSeats] = useState('1');
  const [orgId, setOrgId] = useState('');
  const [done, setDone] = useState('');
  const [confirming, setConfirming] = useState(false);
  // Subscribe messages (宣讲提醒、宣讲变更) asked for on the sign-up tap; what to ask is fetched before it.
  const [sub] = useState(() => {
    const s = subscribeAsk('after_signup');
    void s.prepare();
    return s;
  });
  const signUp = useAction(api.briefings.signUp);
  const cancel = useAction(api.briefings.cancelSignUp);
  const ics = useAction(api.briefings.ics);
  useSharePage(state.data?.session.topic ?? '政策宣讲', ROUTES.briefing(id));
  // weapp: the share card as an updatable message (报名中 23/30) while the session has not started.
  const shown = state.data?.session;
  useUpdatableShare(
    id,
    !!shown && shown.status !== 'cancelled' && shown.phase !== 'ongoing' && shown.phase !== 'ended',
    state.data?.roster.label ?? '',
  );

  const chosenOrg = orgId || orgs[0]?.id || '';
  const submit = async () => {
    setDone('');
    void sub.ask();
    // Signing up collects the person's name and employer: the privacy prompt first when the function has no consent on record.
    if (who.data?.privacyConsent === null && !(await ensureConsent(null))) return;
    const n = Number(seats);
    const input = orgs.length
      ? { id, seats: Number.isFinite(n) && seats.trim() !== '' ? n : NaN, employerOrgId: chosenOrg }
      : { id, seats: 1, employerOrgId: null };
    const res = await signUp.run(input);
    if (res?.ok) {
      setDone(
        res.data.outcome === 'confirmed'
          ? '报名成功，请按时参加。'
          : `名额已满，您已进入候补名单（第 ${res.data.position ?? '?'} 位），有人取消时按顺序递补。`,
      );
      await state.reload();
    }
  };
  const withdraw = async () => {
    setDone('');
    const res = await cancel.run({ id });
    setConfirming(false);
    if (res?.ok) {
      setDone('已取消报名。');
      await state.reload();
    }
  };
  const download = async () => {
    const res = await ics.run({ id });
    if (res?.ok) saveIcs(res.data.filename, res.data.text);
  };

  return (
    <View className="page briefing-page">
      <PrivacyPrompt />
      <LoadState state={state}>
        {({ session: s, roster: r, me, signUpBlocked }) => (
          <View id="briefing-detail" data-id={s.id} data-mine={r.mine?.status ?? ''}>
            <Card>
              <View className="feed-item__tags">
                <Text className="tag">{s.phaseLabel}</Text>
                {r.full ? <Text className="tag tag--wait">已满</Text> : null}
              </View>
              <Text id="briefing-topic" className="ann-title" {...a11y({ role: 'heading', 'aria-level': 1 })}>
                {s.topic}
              </Text>
              <Text className="ann-meta">{`主办：${s.organizer.name}`}</Text>
              {s.status === 'cancelled' ? (
                <Notice kind="error" id="briefing-cancelled">
                  {`这场宣讲已取消${s.cancellation ? `：${s.cancellation.reason}` : ''}`}
                </Notice>
              ) : null}
              {s.moves.length ? (
                <Notice kind="info">{`时间已调整（原定 ${formatTime(s.moves[s.moves.length - 1].fromStartsAt)}）：${s.moves[s.moves.length - 1].reason}`}</Notice>
              ) : null}
              <View className="briefing-facts">
                <Fact id="briefing-time" label="时间">{`${s.timeText} — ${formatTime(s.endsAt).slice(11)}（北京时间）`}</Fact>
                <Venue venue={s.venue} text={s.venueText} />
                <Fact id="briefing-seats" label="名额">
                  {seatsText(r)}
                </Fact>
                <Fact label="面向">{s.audienceText || '全市'}</Fact>
                <Fact label="报名截止">{formatTime(s.signUp.closesAt)}</Fact>
              </View>
              {s.summary ? <Text className="ann-p briefing-summary">{s.summary}</Text> : null}
            </Card>

            <Card id="briefing-clauses" title="宣讲涉及的条款">
              {s.clauses.map((c) => (
                <View
                  key={c.id}
                  className="list-item briefing-clause"
                  {...a11y({ role: 'link', tabIndex: 0 }, () => void openPage(clauseUrl(c.id)))}
                  aria-label={`${c.id}：${c.heading}，查看条款`}
                  onClick={() => void openPage(clauseUrl(c.id))}
                >
                  <Text className="list-item__title ann-link" aria-hidden="true">
                    {c.id}
                  </Text>
                  <Text className="list-item__meta" aria-hidden="true">
                    {c.heading}
                  </Text>
                </View>
              ))}
            </Card>

            <Card id="signup-card" title="报名">
              {done ? (
                <Notice kind="ok" id="signup-done">
                  {done}
                </Notice>
              ) : null}
              {r.mine ? (
                <View id="briefing-mine" {...a11y({ role: 'status' })} data-status={r.mine.status}>
                  <Text className={`tag ${r.mine.status === 'confirmed' ? 'tag--ok' : 'tag--wait'}`}>{mineText(r.mine)}</Text>
                  {me.checkedInAt ? <Text className="card__text">{`已于 ${formatTime(me.checkedInAt)} 签到`}</Text> : null}
                  {r.mine.status === 'confirmed' && !me.checkedInAt && s.phase !== 'ended' && s.status !== 'cancelled' ? (
                    <ActionButton id="briefing-checkin" kind="primary" onPress={() => void openPage(ROUTES.checkin(s.id))}>
                      现场签到
                    </ActionButton>
                  ) : null}
                  {me.canRate && s.phase === 'ended' ? (
                    <ActionButton id="briefing-rate" kind="primary" onPress={() => void openPage(ROUTES.rate(s.id))}>
                      评价这场宣讲
                    </ActionButton>
                  ) : me.rated ? (
                    <Text id="briefing-rated" className="card__text">
                      您已评价这场宣讲，谢谢！
                    </Text>
                  ) : null}
                  {s.phase !== 'ended' && s.status !== 'cancelled' && !me.checkedInAt ? (
                    confirming ? (
                      <View>
                        <Text className="card__text">确定取消报名吗？名额会让给候补的人。</Text>
                        <View className="btn-row">
                          <ActionButton id="signup-cancel-confirm" kind="danger" pending={cancel.pending} onPress={() => void withdraw()}>
                            确定取消
                          </ActionButton>
                          <ActionButton id="signup-cancel-keep" onPress={() => setConfirming(false)}>
                            不取消
                          </ActionButton>
                        </View>
                      </View>
                    ) : (
                      <ActionButton id="signup-cancel" onPress={() => setConfirming(true)}>
                        取消报名
                      </ActionButton>
                    )
                  ) : null}
                  {cancel.error ? <Notice kind="error">{cancel.error.message}</Notice> : null}
                </View>
              ) : signUpBlocked ? (
                <Text id="briefing-blocked" className="card__text" {...a11y({ role: 'status' })}>
                  {signUpBlocked}
                </Text>
              ) : (
                <View id="signup-form">
                  {orgs.length ? (
                    <>
                      {orgs.length > 1 ? (
                        <RadioChips
                          id="signup-org"
                          label="为哪个单位报名"
                          options={orgs.map((o) => ({ value: o.id, label: o.name }))}
                          value={chosenOrg}
                          onChange={setOrgId}
                        />
                      ) : (
                        <Text id="signup-org" className="card__text">{`单位：${orgs[0].name}`}</Text>
                      )}
                      <TextField
                        id="signup-seats"
                        label="参加人数"
                        type="number"
                        value={seats}
                        onChange={setSeats}
                        maxlength={2}
                        hint={
                          r.full
                            ? '名额已满，现在报名将进入候补名单；单位人事可为本单位报名多人'
                            : `单位人事可为本单位报名多人；还剩 ${r.free} 个名额`
                        }
                        error={signUp.fieldErrors.seats}
                      />
                    </>
                  ) : (
                    <Text className="card__text">{r.full ? '名额已满，现在报名将进入候补名单。' : `还剩 ${r.free} 个名额。`}</Text>
                  )}
                  {signUp.error && !signUp.fieldErrors.seats ? (
                    <Notice kind="error" id="signup-error">
                      {signUp.error.message}
                    </Notice>
                  ) : null}
                  <ActionButton id="signup-submit" kind="primary" pending={signUp.pending} onPress={() => void submit()}>
                    {r.full ? '报名候补' : '我要报名'}
                  </ActionButton>
                </View>
              )}
            </Card>

            {s.materials.length ? (
              <Card id="briefing-materials" title="宣讲材料">
                <FileLinks files={s.materials} />
              </Card>
            ) : null}
            {CAN_SAVE_ICS && s.status !== 'cancelled' && s.phase !== 'ended' ? (
              <ActionButton id="briefing-ics" pending={ics.pending} onPress={() => void download()}>
                加入日历（.ics）
              </ActionButton>
            ) : null}
            {ics.error ? <Notice kind="error">{ics.error.message}</Notice> : null}
            <ShareLink title={s.topic} path={ROUTES.briefing(s.id)} />
            <GroupShareRow kind="briefing" id={s.id} />
          </View>
        )}
      </LoadState>
    </View>
  );
}

export default BriefingPage;
