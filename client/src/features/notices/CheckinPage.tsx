/**
 * 现场签到 (`?id=&code=` from the H5 QR code; `?scene=<id>.<code>` from the weapp's mini-program code; `?id=`
 * from the briefing page to type the code): the session's topic, a field for the 6-character code, 签到
 * (briefings.checkIn). Opened from a code, it checks in at once. 签到成功 with the time, or the function's own
 * words (签到码不正确 / 已过期 / 不在签到时间 / 候补 / 已签到) under the field.
 * Test hooks: #checkin-page (data-id), #checkin-topic, #checkin-input (input inside), #checkin-submit,
 *   #checkin-done, #checkin-input-error, #checkin-error, #checkin-already, #checkin-no-session, #checkin-briefing,
 *   #load-error, #signin-prompt
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { parseCheckIn } from '@shared/briefings/checkin';
import { api } from './api';
import { useLoad } from '../../hooks/use-load';
import { useAction } from '../../hooks/use-action';
import { a11y } from '../../components/a11y';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { TextField } from '../../components/TextField';
import { SignInPrompt } from '../../components/SignInPrompt';
import { PrivacyPrompt } from '../../components/privacy/PrivacyPrompt';
import { consentBeforeCollecting } from '../../services/privacy/consent';
import { formatTime } from '../../services/dates';
import { ROUTES } from './views';
import './notices.scss';

/** The session and the code the page was opened with. */
function opened(params: Record<string, string | undefined>): { id: string; code: string } {
  if (params.scene) {
    const p = parseCheckIn(decodeURIComponent(params.scene));
    return { id: p.sessionId ?? '', code: p.code };
  }
  return { id: params.id ?? '', code: params.code ? decodeURIComponent(params.code) : '' };
}

function CheckInPage() {
  const { params } = useRouter();
  const start = opened(params);
  const id = start.id;
  const state = useLoad(useCallback(() => api.briefings.get({ id }), [id]));
  const [code, setCode] = useState(start.code);
  const [done, setDone] = useState<string | null>(null);
  const checkIn = useAction(api.briefings.checkIn);
  const tried = useRef(false);

  const submit = useCallback(
    async (text: string) => {
      setDone(null);
      // Attendance is personal data: the privacy prompt first, when not yet agreed.
      if (!(await consentBeforeCollecting())) return;
      const res = await checkIn.run({ id, code: text });
      if (res?.ok) setDone(`签到成功（${formatTime(res.data.checkedInAt)}）`);
    },
    [checkIn, id],
  );

  // Opened from a scanned code: check in at once (once), if not yet checked in.
  const me = state.data?.me;
  useEffect(() => {
    if (tried.current || !start.code || !me || me.checkedInAt) return;
    tried.current = true;
    void submit(start.code);
  }, [me, start.code, submit]);

  if (!id)
    return (
      <View className="page checkin-page">
        <Card id="checkin-no-session" title="现场签到">
          <Text className="card__text">请扫描宣讲现场的签到码，或在“宣讲详情”页点“现场签到”后输入签到码。</Text>
        </Card>
      </View>
    );
  if (checkIn.error?.code === 'UNAUTHENTICATED') return <SignInPrompt message="登录后才能签到。" />;

  return (
    <View className="page checkin-page">
      <PrivacyPrompt />
      <LoadState state={state}>
        {({ session: s, me: mine }) => (
          <View id="checkin-page" data-id={s.id}>
            <Text className="page-title" {...a11y({ role: 'heading', 'aria-level': 1 })}>
              现场签到
            </Text>
            <Card>
              <Text id="checkin-topic" className="list-item__title">
                {s.topic}
              </Text>
              <Text className="list-item__meta">{`${s.timeText}（北京时间） · ${s.venueText}`}</Text>
            </Card>
            <Card>
              {done ? (
                <View id="checkin-done" className="checkin-done" {...a11y({ role: 'status', 'aria-live': 'polite' })}>
                  <Notice kind="ok">{done}</Notice>
                </View>
              ) : mine.checkedInAt ? (
                <Text
                  id="checkin-already"
                  className="card__text"
                  {...a11y({ role: 'status' })}
                >{`您已于 ${formatTime(mine.checkedInAt)} 签到`}</Text>
              ) : (
                <View>
                  <TextField
                    id="checkin-input"
                    label="签到码"
                    value={code}
                    maxlength={40}
                    placeholder="现场公布的 6 位签到码"
                    hint="字母不区分大小写；没有数字 0、1 和字母 O、I"
                    error={checkIn.fieldErrors.code}
                    onChange={setCode}
                  />
                  {checkIn.error && !checkIn.fieldErrors.code ? (
                    <Notice kind="error" id="checkin-error">
                      {checkIn.error.message}
                    </Notice>
                  ) : null}
                  <ActionButton id="checkin-submit" kind="primary" pending={checkIn.pending} onPress={() => void submit(code)}>
                    签到
                  </ActionButton>
                </View>
              )}
              <ActionButton id="checkin-briefing" small onPress={() => void Taro.redirectTo({ url: ROUTES.briefing(s.id) })}>
                查看宣讲详情
              </ActionButton>
            </Card>
          </View>
        )}
      </LoadState>
    </View>
  );
}

export default CheckInPage;
