import { createHash } from 'node:crypto';
import { AppError } from '../../shared/errors/app-error';
import { rateLimitedMessage, rateRulesFor, windowStart, type RateRule } from '../../shared/contracts/limits';
import type { Database } from './cloud';
import { isDuplicate } from './docs';

/**
 * The rate limiter: one counter document per caller, action and window in `rate_limits`, so the count holds
 * across function instances. Taking a slot is one conditional increment (`count < max`); a window's first
 * call creates its document. A window's document expires with it and is swept by the `notify` timer.
 */
const COLLECTION = 'rate_limits';

function counterId(fn: string, action: string, openid: string, rule: RateRule, start: number): string {
  const who = createHash('sha256').update(openid).digest('hex').slice(0, 24);
  return `${fn}.${action}:${rule.windowSec}:${start}:${who}`;
}

/** Take one slot of every rule of `fn.action` for `openid`, or throw RATE_LIMITED saying when to try again. */
export async function takeSlot(db: Database, fn: string, action: string, openid: string, now: Date): Promise<void> {
  const _ = db.command;
  const coll = db.collection(COLLECTION);
  const nowMs = now.getTime();
  for (const rule of rateRulesFor(fn, action)) {
    const start = windowStart(rule, nowMs);
    const id = counterId(fn, action, openid, rule, start);
    const inc = () => coll.where({ _id: id, count: _.lt(rule.max) }).update({ count: _.inc(1) });
    if ((await inc()).updated) continue;
    try {
      await coll.add({ _id: id, count: 1, expiresAt: new Date((start + rule.windowSec) * 1000).toISOString() });
      continue;
    } catch (err) {
      if (!isDuplicate(err)) throw err;
    }
    // Created by a concurrent call between our two requests: one more try, then the window is full.
    if ((await inc()).updated) continue;
    const retryAfter = start + rule.windowSec - Math.floor(nowMs / 1000);
    throw new AppError('RATE_LIMITED', rateLimitedMessage(retryAfter));
  }
}

/** Remove counters of windows that have ended (bounded per call; the timer comes back). */
export async function sweepRateLimits(db: Database, now: Date, limit = 500): Promise<number> {
  const _ = db.command;
  const coll = db.collection(COLLECTION);
  const old = await coll.where({ expiresAt: _.lt(now.toISOString()) }).field({ _id: true }).limit(limit).get();
  const ids = (old.data as { _id: string }[]).map((d) => d._id);
  if (!ids.length) return 0;
  const r = await coll.where({ _id: _.in(ids) }).remove();
  return r.deleted ?? ids.length;
}
