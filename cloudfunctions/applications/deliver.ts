import type { Database } from '../kit/cloud';
import { cloud } from '../kit/cloud';
import { pushValues, TEMPLATES, type TemplateId } from '../../shared/workflow';
import { ANNOUNCEMENT_TEMPLATES } from '../../shared/announcements/effects';
import {
  classifySend,
  quotaAfterRefusal,
  quotaId,
  spendQuota,
  subscribeData,
  templateFor,
  type MessageId,
  type QuotaDoc,
  type SendOutcome,
} from '../../shared/announcements/subscriptions';
import type { AppDoc } from './documents';
import type { OutboxDoc } from './outbox';
import { briefingFields, briefingReminderDue } from '../briefings/due';
import { sendUpdatable, type UpdatableRow } from '../briefings/share';

/**
 * The outbox sender: pending subscribe messages whose time has come are claimed (compare-and-set on status
 * and attempts, so two senders never send one message twice), sent through WeChat's subscribe/send, and
 * marked sent; a failed send goes back to pending with exponential backoff, and after MAX_ATTEMPTS it is
 * kept as `failed` (never deleted). Reminders are sent only if the file is still in the stage they were about.
 */
export const MAX_ATTEMPTS = 8;
const CLAIM_MS = 5 * 60_000;

/** Sends one message; WeChat's refusal is thrown as an error carrying `errcode` (or returned as `{ errcode }`). */
export type SendFn = (requestData: Record<string, unknown>) => Promise<void | { errcode?: number }>;

/** WeChat template ids per template, from SUBSCRIBE_TEMPLATES (JSON); locally the template's own name. */
function templateId(t: TemplateId): string {
  try {
    const map = JSON.parse(process.env.SUBSCRIBE_TEMPLATES ?? '{}') as Record<string, string>;
    return map[t] ?? t;
  } catch {
    return t;
  }
}

/** The fields of one of our messages: the workflow's templates and the announcements' (merged lookup). */
export function templateFields(t: string): readonly string[] {
  return (
    (
      (TEMPLATES as Record<string, { fields: readonly string[] }>)[t] ??
      (ANNOUNCEMENT_TEMPLATES as Record<string, { fields: readonly string[] }>)[t]
    )?.fields ?? []
  );
}

export function subscribeRequest(
  m: Pick<OutboxDoc, 'touser' | 'template' | 'data' | 'applicationId' | 'announcementId' | 'kind'>,
): Record<string, unknown> {
  if (m.kind === 'announcement') {
    const key = templateFor(m.template as MessageId);
    return {
      touser: m.touser,
      template_id: templateId(key as TemplateId),
      // 政策找人's rows name their page (the self-check result).
      page: m.announcementId
        ? `packages/notices/detail/index?id=${m.announcementId}`
        : ((m as { page?: string }).page ?? 'pages/home/index'),
      data: subscribeData(key, m.data),
      miniprogram_state: process.env.WX_MINIPROGRAM_STATE ?? 'formal',
      lang: 'zh_CN',
    };
  }
  if (m.template in TEMPLATES) {
    // The workflow's messages go out as the 办理进度通知 template the person subscribed to (after applying).
    const key = templateFor(m.template as MessageId);
    return {
      touser: m.touser,
      template_id: templateId(key as TemplateId),
      page: m.applicationId ? `packages/work/detail/index?id=${m.applicationId}` : 'pages/progress/index',
      data: subscribeData(key, pushValues(m.template as TemplateId, m.data)),
      miniprogram_state: process.env.WX_MINIPROGRAM_STATE ?? 'formal',
      lang: 'zh_CN',
    };
  }
  const data: Record<string, { value: string }> = {};
  for (const field of briefingFields(m.template as TemplateId) ?? []) {
    const value = m.data[field];
    if (value !== undefined) data[field] = { value: Array.from(value).slice(0, 20).join('') };
  }
  return {
    touser: m.touser,
    template_id: templateId(m.template as TemplateId),
    page: (m as { briefingId?: string }).briefingId
      ? `packages/notices/briefing/index?id=${(m as { briefingId?: string }).briefingId}`
      : 'pages/me/index',
    data,
    miniprogram_state: process.env.WX_MINIPROGRAM_STATE ?? 'formal',
    lang: 'zh_CN',
  };
}

export const wxSend: SendFn = async (requestData) => {
  const r = (await cloud().callWxOpenApi({ apiName: '/cgi-bin/message/subscribe/send', requestData })) as {
    result?: { errcode?: number; errmsg?: string };
  };
  const errcode = r?.result?.errcode ?? 0;
  if (errcode !== 0) throw Object.assign(new Error(`subscribe/send errcode ${errcode}`), { errcode });
};

/** What a send's answer means (shared/announcements classifySend): 43101 refused, never retried. */
function outcomeOf(answer: void | { errcode?: number } | undefined, err?: unknown): SendOutcome {
  if (err !== undefined) {
    const code = (err as { errcode?: unknown } | null)?.errcode;
    return typeof code === 'number' ? classifySend({ errcode: code }) : classifySend({ error: 'network' });
  }
  return classifySend({ errcode: answer && typeof answer === 'object' ? (answer.errcode ?? 0) : 0 });
}

export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}

export interface DeliverResult {
  sent: number;
  failed: number;
  skipped: number;
  refused?: number;
}

/** An announcement's message uses one subscription of its WeChat template (compare-and-set on the count read). */
async function spend(db: Database, m: OutboxDoc, now: Date): Promise<QuotaDoc | null | 'none'> {
  const id = quotaId(m.touser, templateFor(m.template as MessageId));
  const doc = ((await db.collection('subscription_quotas').doc(id).get()).data as QuotaDoc[])[0] ?? null;
  const s = spendQuota(doc, now);
  if (!s.allowed) return 'none';
  if (s.next.count !== doc!.count) {
    const w = await db
      .collection('subscription_quotas')
      .where({ _id: id, count: doc!.count })
      .update({ count: s.next.count, updatedAt: s.next.updatedAt });
    if (!w.updated) return null;
  }
  return s.next;
}

async function markDelivery(db: Database, m: OutboxDoc, status: string): Promise<void> {
  if (m.deliveryId) await db.collection('announcement_deliveries').doc(m.deliveryId).update({ status, at: new Date().toISOString() });
}

export async function deliverOutbox(
  db: Database,
  now: Date,
  options: { ids?: string[]; send?: SendFn; limit?: number } = {},
): Promise<DeliverResult> {
  const send = options.send ?? wxSend;
  const _ = db.command;
  const at = now.toISOString();
  const coll = db.collection('outbox');
  let due: OutboxDoc[];
  if (options.ids) {
    if (!options.ids.length) return { sent: 0, failed: 0, skipped: 0 };
    due = (
      await coll
        .where({ _id: _.in(options.ids), status: 'pending' })
        .limit(100)
        .get()
    ).data as OutboxDoc[];
  } else {
    const limit = options.limit ?? 100;
    const pending = await coll
      .where({ status: 'pending', nextAttemptAt: _.lte(at) })
      .orderBy('nextAttemptAt', 'asc')
      .limit(limit)
      .get();
    const stuck = await coll
      .where({ status: 'sending', claimedUntil: _.lt(at) })
      .limit(limit)
      .get();
    due = [...(pending.data as OutboxDoc[]), ...(stuck.data as OutboxDoc[])];
  }
  const result: DeliverResult = { sent: 0, failed: 0, skipped: 0 };
  for (const m of due) {
    const claim = await coll
      .where({ _id: m._id, status: m.status, attempts: m.attempts })
      .update({ status: 'sending', claimedUntil: new Date(now.getTime() + CLAIM_MS).toISOString() });
    if (!claim.updated) continue;
    // A briefing's updatable share message (cloudfunctions/briefings/share.ts): the state now, not a subscribe message.
    if ((m.kind as string) === 'updatable_msg') {
      const o = await sendUpdatable(db, m as unknown as UpdatableRow, now, { backoffMs, maxAttempts: MAX_ATTEMPTS });
      if (o === 'sent') result.sent++;
      else if (o === 'failed') result.failed++;
      else if (o === 'skipped') result.skipped++;
      continue;
    }
    // Briefing reminders: sent only while the session still starts then and the person is still confirmed.
    const briefing = (m.onlyIf as { sessionId?: string } | undefined)?.sessionId
      ? (m.onlyIf as unknown as Parameters<typeof briefingReminderDue>[1])
      : null;
    if (m.kind === 'remind' && briefing && !(await briefingReminderDue(db, briefing))) {
      await coll.doc(m._id).update({ status: 'skipped', claimedUntil: _.remove() });
      result.skipped++;
      continue;
    }
    if (m.kind === 'remind' && m.onlyIf && !briefing) {
      const res = await db.collection('applications').doc(m.onlyIf.applicationId).field({ stage: true }).get();
      const app = (res.data as AppDoc[])[0];
      if (!app || app.stage !== m.onlyIf.stage) {
        await coll.doc(m._id).update({ status: 'skipped', claimedUntil: _.remove() });
        result.skipped++;
        continue;
      }
    }
    let quota: QuotaDoc | null | 'none' = null;
    if (m.kind === 'announcement') {
      quota = await spend(db, m, now);
      if (quota === 'none') {
        // No subscription left on our count: the feed and inbox still have it; recorded, not sent.
        await coll.doc(m._id).update({ status: 'skipped', lastError: 'no_quota', claimedUntil: _.remove() });
        await markDelivery(db, m, 'no_quota');
        result.skipped++;
        continue;
      }
      if (quota === null) {
        await coll.doc(m._id).update({ status: 'pending', claimedUntil: _.remove() });
        continue;
      }
    }
    let outcome: SendOutcome;
    let msg = '';
    try {
      outcome = outcomeOf(await send(subscribeRequest(m)));
    } catch (err) {
      outcome = outcomeOf(undefined, err);
      msg = err instanceof Error ? err.message.slice(0, 200) : 'send failed';
    }
    const attempts = m.attempts + 1;
    if (outcome === 'sent') {
      await coll.doc(m._id).update({ status: 'sent', sentAt: new Date().toISOString(), attempts, claimedUntil: _.remove() });
      await markDelivery(db, m, 'sent');
      result.sent++;
    } else if (outcome === 'refused') {
      // 43101: the person refused or has no quota left at WeChat. Recorded, never retried; our count was wrong.
      await coll.doc(m._id).update({ status: 'refused', attempts, lastError: msg || '43101', claimedUntil: _.remove() });
      await markDelivery(db, m, 'refused');
      if (quota && typeof quota === 'object') {
        const q = quotaAfterRefusal(quota, now);
        await db
          .collection('subscription_quotas')
          .doc(quotaId(q.openid, q.template))
          .update({ count: q.count, longTerm: q.longTerm, updatedAt: q.updatedAt });
      }
      result.refused = (result.refused ?? 0) + 1;
      result.failed++;
    } else {
      const final = outcome === 'failed' || attempts >= MAX_ATTEMPTS;
      await coll.doc(m._id).update({
        status: final ? 'failed' : 'pending',
        attempts,
        lastError: msg || outcome,
        nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)).toISOString(),
        claimedUntil: _.remove(),
      });
      await markDelivery(db, m, final ? 'failed' : 'retryable');
      result.failed++;
    }
  }
  return result;
}
