import { defenseNotice } from '../../shared/announcements';
import type { Application } from '../../shared/workflow';
import type { HandlerContext } from '../kit/dispatch';
import { carryOut } from './act';
import { fromDoc, type AnnDoc } from './store';

/**
 * The 答辩通知 of a scheduled defense (附件2 第三项), published in the request that scheduled it: a new
 * announcement, or a new version of the one this application already has (found by origin.applicationId).
 * A notice that cannot be published (e.g. a failed content check) never undoes the scheduling: it is reported
 * back as false and the officer can publish it by hand.
 */
export async function publishDefenseNotice(ctx: Pick<HandlerContext, 'db' | 'now' | 'requestId' | 'actor'>, app: Application): Promise<boolean> {
  const res = await ctx.db.collection('announcements').where({ 'origin.applicationId': app.id }).orderBy('createdAt', 'desc').limit(1).get();
  const doc = (res.data as AnnDoc[])[0];
  const existing = doc ? fromDoc(doc) : null;
  const r = defenseNotice(app, ctx.actor, ctx.now, existing);
  if (!r.ok) return false;
  const before = existing && existing.status === 'published' && r.next.id === existing.id ? existing : null;
  try {
    await carryOut(ctx, before, r);
    return true;
  } catch {
    return false;
  }
}
