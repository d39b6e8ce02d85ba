/**
 * 签到码: the organizer opens the session's current code (briefings.checkIn.code) — the picture (QR code on H5,
 * mini-program code in the weapp) and the typed code with its expiry — and it is fetched again a minute before
 * it expires (refreshDelay), while the card stays open. Outside the check-in window the function says when.
 * Test hooks: #checkin-show, #checkin-code (data-code, data-expires), #checkin-expiry, #checkin-hide,
 *   #checkin-code-error
 */
import { useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { OutputOf } from '@shared/contracts';
import { api } from './api';
import { a11y } from '../../components/a11y';
import { ActionButton } from '../../components/ActionButton';
import { Notice } from '../../components/Notice';
import { formatTime } from '../../services/dates';
import { QR_KIND, QrImage } from './QrImage';
import { refreshDelay, spacedCode } from './views';

type Code = OutputOf<'briefings', 'checkIn.code'>;

export function CheckInCard({ sessionId }: { sessionId: string }) {
  const [open, setOpen] = useState(false);
  const [code, setCode] = useState<Code | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    const fetchCode = async () => {
      setPending(true);
      const res = await api.briefings['checkIn.code']({ id: sessionId });
      if (!live) return;
      setPending(false);
      if (res.ok) {
        setCode(res.data);
        setError(null);
        timer.current = setTimeout(() => void fetchCode(), refreshDelay(res.data.expiresAt, Date.now()));
      } else {
        setCode(null);
        setError(res.message);
      }
    };
    void fetchCode();
    return () => {
      live = false;
      if (timer.current) clearTimeout(timer.current);
    };
  }, [open, sessionId]);

  if (!open)
    return (
      <View>
        <Text className="card__text">{`在现场出示签到码：参会人扫描${QR_KIND}，或在“现场签到”页输入签到码。签到时间为宣讲开始前 30 分钟到结束后 30 分钟。`}</Text>
        <ActionButton id="checkin-show" kind="primary" onPress={() => setOpen(true)}>
          出示签到码
        </ActionButton>
      </View>
    );
  return (
    <View>
      {error ? (
        <Notice kind="error" id="checkin-code-error">
          {error}
        </Notice>
      ) : null}
      {code ? (
        <View id="checkin-code" className="checkin-code" data-code={code.code} data-expires={code.expiresAt}>
          <QrImage sessionId={sessionId} code={code.code} wxacodeBase64={code.wxacodeBase64} />
          <Text className="checkin-code__label">签到码</Text>
          <Text className="checkin-code__value" userSelect {...a11y({ 'aria-label': `签到码 ${code.code.split('').join(' ')}` })}>
            {spacedCode(code.code)}
          </Text>
          <Text id="checkin-expiry" className="card__hint" {...a11y({ role: 'status', 'aria-live': 'polite' })}>
            {`有效至 ${formatTime(code.expiresAt)}（北京时间）；过期前自动更新`}
          </Text>
        </View>
      ) : pending ? (
        <Text className="card__text">正在获取签到码…</Text>
      ) : null}
      <ActionButton id="checkin-hide" small onPress={() => setOpen(false)}>
        收起签到码
      </ActionButton>
    </View>
  );
}
