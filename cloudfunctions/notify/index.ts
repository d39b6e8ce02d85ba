import tcb from '@cloudbase/node-sdk';
import { AppError } from '../../shared/errors/app-error';
import { callerOpenid, database } from '../kit/cloud';
import { adminOpenids } from '../kit/actor';
import { clockNow } from '../kit/clock';
import { toErrorEnvelope } from '../kit/errors';
import { sweepRateLimits } from '../kit/rate-limit';
import { deliverOutbox } from '../applications/deliver';
import { rebuildCountersOnce } from '../applications/counters';
import { resumeFanouts } from '../announcements/fanout';
import { sweepUploads } from '../announcements/uploads';
import { runPolicyMatches } from '../eligibility/policy-match';
import { runQuestionReminders } from '../groups/due';
import { sweepOpenDataUses } from '../groups/open-data';

/** The timer trigger declared for this function in cloudbaserc.json. */
export const TRIGGER_NAME = 'outbox-sender';

/**
 * Who may run a delivery pass: the timer trigger (no WeChat caller, an event `{ Type: 'Timer', TriggerName }`
 * naming our trigger, and a source that is not a client or HTTP call) or an admin. A signed-in user, or an
 * anonymous HTTP call dressed up as the timer, is refused.
 */
export function mayDeliver(event: unknown, context: unknown): 'trigger' | 'admin' | null {
  const openid = callerOpenid(context);
  if (openid) return adminOpenids().includes(openid) ? 'admin' : null;
  const ev = (event ?? {}) as { Type?: unknown; TriggerName?: unknown };
  if (ev.Type !== 'Timer' || ev.TriggerName !== TRIGGER_NAME) return null;
  let source = '';
  try {
    source = String(tcb.getCloudbaseContext(context as Parameters<typeof tcb.getCloudbaseContext>[0]).TCB_SOURCE ?? '');
  } catch {
    source = '';
  }
  return /wx_|http|web|client/i.test(source) ? null : 'trigger';
}

/**
 * Cloud function `notify`: the outbox sender, run by a timer trigger (cloudbaserc.json) and locally by the
 * host every ~15 s. It sends only messages already written by the other functions, and sweeps expired
 * rate-limit counters and stale upload chunks.
 */
export async function main(event: unknown, context: unknown) {
  const requestId = (context as { request_id?: string } | null)?.request_id ?? `notify-${Date.now()}`;
  const who = mayDeliver(event, context);
  if (!who)
    return toErrorEnvelope(
      new AppError(callerOpenid(context) ? 'FORBIDDEN' : 'UNAUTHENTICATED', '只有定时任务和管理员可以发送通知'),
      requestId,
    );
  const db = database();
  const now = clockNow(context);
  // The dashboard counters' one-off backfill (after deploying them) or repair: an admin's explicit request only.
  if (who === 'admin' && (event as { action?: unknown } | null)?.action === 'counters.rebuild')
    return rebuildCountersOnce(db, now).then(
      (data) => ({ ok: true, data, requestId }),
      (err: unknown) => toErrorEnvelope(err, requestId),
    );
  // Unfinished announcement fan-outs first, then 政策找人 (open rounds, eligible-from dates) within the same budget,
  // then the messages they queued.
  const started = Date.now();
  const fanout = await resumeFanouts(db, now, { startedMs: started }).catch(() => null);
  const policy = await runPolicyMatches(db, now, { startedMs: started }).catch(() => null);
  // 联络群 questions: the reminder before the service clock runs out, the overdue notice after it (each once).
  const questions = await runQuestionReminders(db, now, { startedMs: started }).catch(() => null);
  const r = {
    ...(await deliverOutbox(db, now)),
    ...(fanout ? { fanout } : {}),
    ...(policy ? { policy } : {}),
    ...(questions ? { questions } : {}),
  };
  await sweepRateLimits(db, now).catch(() => 0);
  // Uploads left unfinished for a day: their chunks (nothing of them reached storage).
  await sweepUploads(db, now).catch(() => 0);
  // Used cloudIDs' records, a day after (a cloudID itself lives 5 minutes).
  await sweepOpenDataUses(db, now).catch(() => 0);
  return { ok: true, data: r, requestId };
}
