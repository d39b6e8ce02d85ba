import { useEffect, useMemo, useState } from 'react';
import { Button, Text } from '@tarojs/components';
import type { OutputOf } from '@shared/contracts';
import { api } from '../../../services/api';
import { subscribeAsk } from '../../../services/subscribe';
import { a11y } from '../../../components/a11y';
import { Card } from '../../../components/Card';
import { Notice } from '../../../components/Notice';

type Watch = OutputOf<'eligibility', 'policyMatch.get'>;

/**
 * 政策找人 at the self-check result: a switch "有适合我的申报机会时通知我" (the consent, kept by the function and
 * revocable), and on the same tap WeChat's one-time subscription dialog for 政策匹配提醒 (subscribe-moments:
 * after_check). Shown only once the check is saved (matching reads the latest saved check).
 * Test hooks: #check-policy-match, #check-policy-switch (role switch, aria-checked), #check-policy-text, #check-policy-error
 */
export function PolicyMatchCard({ saved }: { saved: boolean }) {
  const [watch, setWatch] = useState<Watch | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState('');
  const sub = useMemo(() => subscribeAsk('after_check'), []);
  useEffect(() => {
    if (!saved) return;
    let live = true;
    void api.eligibility['policyMatch.get']({}).then((r) => {
      if (live && r.ok) setWatch(r.data);
    });
    void sub.prepare();
    return () => {
      live = false;
    };
  }, [saved, sub]);
  if (!saved || !watch) return null;

  const on = watch.consent;
  const toggle = async () => {
    if (pending) return;
    setPending(true);
    setError('');
    // The dialog must open from the tap itself: ask first, then save the consent.
    const asked = on ? null : sub.ask();
    const r = await api.eligibility['policyMatch.set']({ consent: !on });
    await asked;
    setPending(false);
    if (r.ok) setWatch(r.data);
    else setError(r.message);
  };

  return (
    <Card id="check-policy-match" title="政策找人">
      <Button
        id="check-policy-switch"
        className={`policy-switch${on ? ' policy-switch--on' : ''}`}
        {...a11y({ role: 'switch', 'aria-checked': on, 'aria-label': '有适合我的申报机会时通知我' })}
        {...(pending ? { loading: true, disabled: true } : {})}
        onClick={() => void toggle()}
      >
        <Text className="policy-switch__label">有适合我的申报机会时通知我</Text>
        <Text className="policy-switch__state">{on ? '已开启' : '未开启'}</Text>
      </Button>
      <Text id="check-policy-text" className="card__hint">
        {`${watch.text} 提醒只按您本人保存的自测结果，随时可以关闭。`}
      </Text>
      {error ? (
        <Notice kind="error" id="check-policy-error">
          {error}
        </Notice>
      ) : null}
    </Card>
  );
}
