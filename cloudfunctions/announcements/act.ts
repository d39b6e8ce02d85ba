import type { Actor } from '../../shared/auth/roles';
import type { Announcement, AnnouncementEffect, Target } from '../../shared/announcements';
import { announcementDetail, recipientCondition, seesHistory, attachmentsOpen, readId, type ReadMark } from '../../shared/announcements';
import type { HandlerContext } from '../kit/dispatch';
import type { Database } from '../kit/cloud';
import { readDoc } from '../kit/docs';
import { inTransaction } from '../kit/transaction';
import { toWhere } from '../kit/where';
import { runFanout } from './fanout';
import { attachmentUrls, cancelQueued, orgNames, runContentChecks, targetOrgIds, writeAnnouncement } from './store';

/** How many people a target reaches now (the recipients collection), the caller themselves not counted. */
export async function countReach(db: Database, target: Target, except: string): Promise<number> {
  const _ = db.command;
  const r = await db
    .collection('recipients')
    .where(_.and([toWhere(db, recipientCondition(target)), { openid: _.neq(except) }] as never))
    .count();
  return r.total;
}

/**
 * Carry out a transition's effects in their order: content checks first (a failure writes nothing), then the
 * announcement with its audit entries and jobs in one transaction, then the fan-out (its first pages in this
 * request; the notify timer resumes the rest) and the cancellation of queued messages.
 */
export async function carryOut(
  ctx: Pick<HandlerContext, 'db' | 'now' | 'requestId'>,
  before: Announcement | null,
  r: { next: Announcement; effects: AnnouncementEffect[] },
): Promise<Announcement> {
  await runContentChecks(r.effects);
  const jobs = await inTransaction(ctx.db, (tx) => writeAnnouncement(tx, ctx.db, before, r.next, r.effects, ctx));
  if (r.effects.some((e) => e.kind === 'fanout_cancel')) await cancelQueued(ctx.db, r.next.id).catch(() => undefined);
  for (const job of jobs) await runFanout(ctx.db, job, ctx.now).catch(() => undefined);
  return r.next;
}

/** The detail answer for `actor`, with attachment URLs only where they may be opened. */
export async function detailOf(ctx: Pick<HandlerContext, 'db' | 'now'> & { actor: Actor }, a: Announcement, read?: ReadMark | null) {
  const mark = read === undefined ? await readDoc<ReadMark>(ctx.db, 'announcement_reads', readId(a.id, ctx.actor.openid)) : read;
  const urls = attachmentsOpen(a, ctx.actor, ctx.now) ? await attachmentUrls(a) : {};
  const names = await orgNames(ctx.db, [...targetOrgIds(a)]);
  return announcementDetail(a, ctx.actor, ctx.now, seesHistory(a, ctx.actor) ? null : mark, { urls, orgNames: names });
}
