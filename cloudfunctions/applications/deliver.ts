import type { Database } from '../kit/cloud';
import { cloud } from '../kit/cloud';
import { TEMPLATES, type TemplateId } from '../../shared/workflow';
import type { AppDoc, OutboxDoc } from './store';
import { briefingFields, briefingReminderDue } from '../briefings/due';

/**
 * The outbox sender: pending subscribe messages whose time has come are claimed (compare-and-set on status
 * and attempts, so two senders never send one message twice), sent through WeChat's subscribe/send, and
 * marked sent; a failed send goes back to pending with exponential backoff, and after MAX_ATTEMPTS it is
 * kept as `failed` (never deleted). Reminders are sent only if the file is still in the stage they were about.
 */
export const MAX_ATTEMPTS = 8;
const CLAIM_MS = 5 * 60_000;

export type SendFn = (requestData: Record<string, unknown>) => Promise<void>;

/** WeChat template ids per template, from SUBSCRIBE_TEMPLATES (JSON); locally the template's own name. */
function templateId(t: TemplateId): string {
  try {
    const map = JSON.parse(process.env.SUBSCRIBE_TEMPLATES ?? '{}') as Record<string, string>;
    return map[t] ?? t;
  } catch {
    return t;
  }
}

export function subscribeRequest(m: Pick<OutboxDoc, 'touser' | 'template' | 'data' | 'applicationId'>): Record<string, unknown> {
  const data: Record<string, { value: string }> = {};
  for (const field of TEMPLATES[m.template]?.fields ?? briefingFields(m.template) ?? []) {
    const value = m.data[field];
    if (value !== undefined) data[field] = { value: Array.from(value).slice(0, 20).join('') };
  }
  return {
    touser: m.touser,
    template_id: templateId(m.template),
    page: m.applicationId ? `packages/applications/detail?id=${m.applicationId}` : (m as { briefingId?: string }).briefingId ? `packages/briefings/detail?id=${(m as { briefingId?: string }).briefingId}` : 'pages/me/index',
    data,
    miniprogram_state: process.env.WX_MINIPROGRAM_STATE ?? 'formal',
    lang: 'zh_CN',
  };
}

export const wxSend: SendFn = async (requestData) => {
  const r = (await cloud().callWxOpenApi({ apiName: '/cgi-bin/message/subscribe/send', requestData })) as { result?: { errcode?: number; errmsg?: string } };
  const errcode = r?.result?.errcode ?? 0;
  if (errcode !== 0) throw new Error(`subscribe/send errcode ${errcode}`);
};

export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}

export interface DeliverResult {
  sent: number;
  failed: number;
  skipped: number;
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
    due = (await coll.where({ _id: _.in(options.ids), status: 'pending' }).limit(100).get()).data as OutboxDoc[];
  } else {
    const limit = options.limit ?? 100;
    const pending = await coll.where({ status: 'pending', nextAttemptAt: _.lte(at) }).orderBy('nextAttemptAt', 'asc').limit(limit).get();
    const stuck = await coll.where({ status: 'sending', claimedUntil: _.lt(at) }).limit(limit).get();
    due = [...(pending.data as OutboxDoc[]), ...(stuck.data as OutboxDoc[])];
  }
  const result: DeliverResult = { sent: 0, failed: 0, skipped: 0 };
  for (const m of due) {
    const claim = await coll
      .where({ _id: m._id, status: m.status, attempts: m.attempts })
      .update({ status: 'sending', claimedUntil: new Date(now.getTime() + CLAIM_MS).toISOString() });
    if (!claim.updated) continue;
    // Briefing reminders: sent only while the session still starts then and the person is still confirmed.
    const briefing = (m.onlyIf as { sessionId?: string } | undefined)?.sessionId ? (m.onlyIf as unknown as Parameters<typeof briefingReminderDue>[1]) : null;
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
    try {
      await send(subscribeRequest(m));
      await coll.doc(m._id).update({ status: 'sent', sentAt: new Date().toISOString(), attempts: m.attempts + 1, claimedUntil: _.remove() });
      result.sent++;
    } catch (err) {
      const attempts = m.attempts + 1;
      const msg = err instanceof Error ? err.message.slice(0, 200) : 'send failed';
      await coll.doc(m._id).update({
        status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
        attempts,
        lastError: msg,
        nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)).toISOString(),
        claimedUntil: _.remove(),
      });
      result.failed++;
    }
  }
  return result;
}
