import type { Announcement, FanoutJob } from '../../shared/announcements';
import { claimFanout, FANOUT_LIMITS, mayStartPage, nextPageQuery, planPage, cancelFanout, type Delivery, type FanoutLimits } from '../../shared/announcements';
import { formatChinaTime } from '../../shared/time/instants';
import type { Database } from '../kit/cloud';
import { freshProfiles, type RecipientDoc } from '../kit/recipients';
import { toWhere } from '../kit/where';
import { newId } from '../kit/ids';
import { ANNOUNCEMENT_TEMPLATES } from '../../shared/announcements';
import { loadAnn } from './store';
import { insertOnce } from '../kit/docs';

/**
 * The fan-out runner (shared/announcements/fanout.ts decides; this only reads and writes): claim the job's
 * lease with compare-and-set on `rev`, then page through the recipients the target reaches in openid order,
 * 100 at a time, check each page again on fresh profiles, insert the page's deliveries, their outbox rows and
 * inbox messages (ids derived from the delivery's, so a page done twice creates nothing new), and only then save the cursor, compare-and-set on
 * `rev` and the lease owner. A run starts a page only within `budgetMs` of its start; a run cut off anywhere
 * leaves the lease to expire and the next run resumes from the saved cursor.
 */
type JobDoc = Omit<FanoutJob, 'id'> & { _id: string };

export interface RunOptions {
  /** Who holds the lease (one per invocation). */
  owner?: string;
  /** When the invocation began (ms); the budget counts from here. */
  startedMs?: number;
  limits?: FanoutLimits;
  /** Tests: called before each insert; throwing cuts the run off there (as a timeout would). */
  beforeWrite?: () => void;
}

export interface RunResult {
  pages: number;
  enqueued: number;
  done: boolean;
}

async function writeDelivery(db: Database, a: Announcement, d: Delivery, at: string, opts: RunOptions): Promise<boolean> {
  opts.beforeWrite?.();
  const created = await insertOnce(db, 'announcement_deliveries', { _id: d.id, announcementId: d.announcementId, version: d.version, openid: d.openid, status: 'queued', createdAt: d.createdAt });
  opts.beforeWrite?.();
  await insertOnce(db, 'outbox', {
    _id: d.id,
    kind: 'announcement',
    touser: d.openid,
    template: 'announcement',
    data: { title: a.content.title, publisher: a.publisher.name, time: a.content.publishAt ?? at },
    announcementId: a.id,
    deliveryId: d.id,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: a.content.publishAt && a.content.publishAt > at ? a.content.publishAt : at,
    createdAt: at,
  });
  opts.beforeWrite?.();
  await insertOnce(db, 'inbox', {
    _id: `in-${d.id}`,
    openid: d.openid,
    at: a.content.publishAt && a.content.publishAt > at ? a.content.publishAt : at,
    template: 'announcement',
    title: ANNOUNCEMENT_TEMPLATES.announcement.title,
    data: { title: a.content.title, publisher: a.publisher.name, time: a.content.publishAt ?? at },
    announcementId: a.id,
    read: false,
  });
  return created;
}

/** Advance one job as far as the budget allows. */
export async function runFanout(db: Database, jobId: string, now: Date, opts: RunOptions = {}): Promise<RunResult> {
  const limits = opts.limits ?? FANOUT_LIMITS;
  const owner = opts.owner ?? newId();
  const started = opts.startedMs ?? Date.now();
  const coll = db.collection('fanout_jobs');
  const res = await coll.doc(jobId).get();
  const doc = (res.data as JobDoc[])[0];
  const result: RunResult = { pages: 0, enqueued: 0, done: !doc || doc.done };
  if (!doc) return result;
  const { _id: _docId, ...rest } = doc;
  void _docId;
  const stored = { ...rest, id: jobId } as FanoutJob;
  const claimed = claimFanout(stored, owner, now, limits);
  if (!claimed) return result;
  const _ = db.command;
  const leaseValue = (l: FanoutJob['lease']) => (l === null ? null : _.set({ ...l }));
  const take = await coll.where({ _id: jobId, rev: stored.rev }).update({ lease: leaseValue(claimed.lease), rev: claimed.rev, updatedAt: claimed.updatedAt });
  if (!take.updated) return result;
  let job = claimed;
  const a = await loadAnn(db, job.announcementId);
  if (!a || a.status !== 'published' || a.notifyVersion < job.version) {
    const c = cancelFanout(job, now);
    await coll.where({ _id: jobId, rev: job.rev }).update({ cancelled: true, done: true, lease: null, rev: c.rev, updatedAt: c.updatedAt });
    return { ...result, done: true };
  }
  const at = now.toISOString();
  while (mayStartPage(started, Date.now(), limits)) {
    const q = nextPageQuery(job, a, limits);
    const page = (await db.collection(q.collection).where(toWhere(db, q.where)).orderBy('openid', 'asc').limit(q.limit).field({ openid: true, latestCheck: true }).get())
      .data as RecipientDoc[];
    const profiles = await freshProfiles(
      db,
      page.map((p) => p.openid),
      new Map(page.map((p) => [p.openid, p.latestCheck ?? []])),
    );
    const { deliveries, next } = planPage(job, a, profiles, now, limits);
    let created = 0;
    for (let i = 0; i < deliveries.length; i += limits.writeConcurrency) {
      const batch = deliveries.slice(i, i + limits.writeConcurrency);
      const made = await Promise.all(batch.map((d) => writeDelivery(db, a, d, at, opts)));
      created += made.filter(Boolean).length;
    }
    // The page's deliveries all exist now (created here or by a run cut off before): the cursor moves on.
    const saved: FanoutJob = next;
    const { id: _id, ...body } = saved;
    void _id;
    const w = await coll.where({ _id: jobId, rev: job.rev, 'lease.owner': owner }).update({ ...body, lease: leaseValue(body.lease) });
    if (!w.updated) return result; // lost the lease: another run owns the job now
    job = saved;
    result.pages++;
    result.enqueued += created;
    if (job.done) break;
  }
  if (!job.done) {
    // Out of budget: give the lease back so the next run (the timer's) starts at once.
    await coll.where({ _id: jobId, rev: job.rev, 'lease.owner': owner }).update({ lease: null, rev: job.rev + 1 });
  }
  return { ...result, done: job.done };
}

/** The timer's pass: unfinished jobs that are due, each advanced within one budget of the invocation. */
export async function resumeFanouts(db: Database, now: Date, opts: RunOptions & { maxJobs?: number } = {}): Promise<RunResult> {
  const _ = db.command;
  const started = opts.startedMs ?? Date.now();
  const due = await db
    .collection('fanout_jobs')
    .where({ done: false, notBefore: _.lte(now.toISOString()) })
    .orderBy('notBefore', 'asc')
    .limit(opts.maxJobs ?? 10)
    .field({ _id: true })
    .get();
  const total: RunResult = { pages: 0, enqueued: 0, done: true };
  for (const j of due.data as { _id: string }[]) {
    if (!mayStartPage(started, Date.now(), opts.limits)) {
      total.done = false;
      break;
    }
    const r = await runFanout(db, j._id, now, { ...opts, startedMs: started });
    total.pages += r.pages;
    total.enqueued += r.enqueued;
    total.done = total.done && r.done;
  }
  return total;
}

export const publishTime = (a: Announcement) => formatChinaTime(a.content.publishAt ?? a.updatedAt);
