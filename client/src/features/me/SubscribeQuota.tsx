import { useCallback, useMemo, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { api } from '../../services/api';
import { subscribeAsk, type QuotaViews } from '../../services/subscribe';
import { useLoad } from '../../hooks/use-load';
import { Card } from '../../components/Card';
import { ActionButton } from '../../components/ActionButton';

const left = (q: QuotaViews[number]) => (q.remaining === null ? `${q.title} 已长期订阅` : `${q.title} 剩余 ${q.remaining} 次`);

/**
 * 我的 · 消息提醒: what is left of each one-time subscription (subscriptions.quota; WeChat sends one message per
 * 允许), and a button that asks for more on the tap (subscribe-moments, the after_check set).
 * Test hooks: #me-subscribe, .me-subscribe__item, #me-subscribe-more
 */
export function SubscribeQuota() {
  const load = useCallback(() => api.announcements['subscriptions.quota']({}), []);
  const quota = useLoad(load, { refreshOnShow: true });
  const [fresh, setFresh] = useState<QuotaViews | null>(null);
  const sub = useMemo(() => {
    const s = subscribeAsk('after_check');
    void s.prepare();
    return s;
  }, []);
  const list = fresh ?? quota.data?.quotas;
  if (!list) return null;
  return (
    <Card title="消息提醒" id="me-subscribe">
      <View>
        {list.map((q) => (
          <Text key={q.template} className="card__text me-subscribe__item">
            {left(q)}
          </Text>
        ))}
      </View>
      <ActionButton
        id="me-subscribe-more"
        onPress={() =>
          void sub.ask().then((q) => {
            if (q) setFresh(q);
          })
        }
      >
        接收更多提醒
      </ActionButton>
      <Text className="card__hint">微信每次点“允许”只能收到一条提醒，用完后在这里或办理时再点“允许”。</Text>
    </Card>
  );
}
