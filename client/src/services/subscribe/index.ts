import type { SubscribeMoment } from '@shared/announcements/subscriptions';
import type { OutputOf } from '@shared/contracts';
import { api } from '../api';
import { requestSubscribe } from './request';

type Asked = OutputOf<'announcements', 'subscriptions.ask'>;
export type QuotaViews = OutputOf<'announcements', 'subscriptions.quota'>['quotas'];

/**
 * Subscribe messages asked for on a tap at the moments that matter (rule subscribe-moments: after a self-check,
 * after signing up, after applying). `prepare()` fetches what to ask before the tap (WeChat accepts the dialog
 * only from the tap itself, not after a network round trip); `ask()` is called in the tap handler: it opens the
 * dialog at once and records the answers. Never throws: a refused or failed ask changes nothing else.
 */
export function subscribeAsk(moment: SubscribeMoment) {
  let prepared: Promise<Asked | null> | null = null;
  const prepare = () => {
    prepared ??= api.announcements['subscriptions.ask']({ moment }).then(
      (r) => (r.ok ? r.data : null),
      () => null,
    );
    return prepared;
  };
  const ask = async (): Promise<QuotaViews | null> => {
    try {
      const asked = await prepare();
      prepared = null; // the next tap asks afresh (the quota changed)
      if (!asked?.templates.length) return null;
      const answers = await requestSubscribe(asked.templates);
      const list = asked.templates.flatMap((t) => (answers[t.templateId] ? [{ template: t.key, answer: answers[t.templateId] }] : []));
      if (!list.length) return null;
      const rec = await api.announcements['subscriptions.record']({ moment, answers: list });
      return rec.ok ? rec.data.quotas : null;
    } catch {
      return null;
    }
  };
  return { prepare, ask };
}
