import type { Announcement } from './model';
import { ANNOUNCEMENT_RULES } from './rules';
import type { CandidatePlan, Recipient, RecipientKeyName } from './target';
import { candidatePage, candidatePlan, reaches } from './target';
import type { Condition } from './condition';
import type { FanoutEffect } from './effects';

/**
 * Fan-out of one published version's notice to everyone its target reaches, in bounded, resumable,
 * idempotent batches. WeChat has no broadcast (one subscribe message per openid) and CloudBase bounds every
 * invocation, so the work is a job document that a timer-triggered function advances page by page.
 *
 * Why these numbers (CloudBase, WECHAT.md):
 * - An invocation ends at its timeout, 3 s by default. A page costs one candidate query (≈ 50–150 ms on
 *   CloudBase), one query for the page's fresh profiles, and one insert per delivery. node-sdk inserts one
 *   document per call (≈ 20–40 ms each on CloudBase); ten in flight at a time make 100 inserts ≈ 300 ms.
 *   So a page of 100 takes well under a second, and a run starts a new page only while less than
 *   `budgetMs` (1.5 s) has passed: the last page then ends by ≈ 2.5 s, leaving time to save the cursor.
 * - A query returns at most 1,000 documents (100 by default in node-sdk 3.x): 100 per page is within
 *   both, and always passed as an explicit `limit`.
 * - A run that is cut off anywhere leaves its lease to expire (`leaseMs`, longer than any run); the next
 *   timer tick resumes from the saved cursor.
 *
 * Why nobody is skipped or told twice:
 * - Every delivery has a deterministic id, `deliveryId(announcement, version, openid)`, written with an
 *   insert that fails when it exists: a page done twice creates nothing new.
 * - The cursor (the last openid of a page) is saved only after every insert of that page succeeded, with a
 *   compare-and-set on the job's `version` and lease owner; a run cut off mid-page did not save it, so the
 *   page is done again (its existing deliveries refused as duplicates, the missing ones written).
 * - The subscribe message of a delivery is an outbox row with the same id; the outbox sender claims rows
 *   with compare-and-set before sending, so a row is sent once.
 */
export interface FanoutLimits {
  pageSize: number;
  writeConcurrency: number;
  budgetMs: number;
  leaseMs: number;
}

export const FANOUT_LIMITS: Readonly<FanoutLimits> = {
  /** Candidates per page (one query; ≤ the 1,000-document query limit). */
  pageSize: 100,
  /** Inserts in flight at once within a page. */
  writeConcurrency: 10,
  /** Start another page only while less time than this has passed since the run began. */
  budgetMs: 1500,
  /** A run's hold on a job; a run cut off loses it after this long, and the next tick takes over. */
  leaseMs: 15_000,
};

/** The delivery of one version's notice to one person: also the id of its outbox row. */
export function deliveryId(announcementId: string, version: number, openid: string): string {
  return `ann:${announcementId}:v${version}:${openid}`;
}

export function fanoutJobId(announcementId: string, version: number): string {
  return `ann:${announcementId}:v${version}`;
}

/** Where a fan-out stands: stored as one document per (announcement, notified version). */
export interface FanoutJob {
  id: string;
  announcementId: string;
  version: number;
  /** Not before the announcement's publish time. */
  notBefore: string;
  /** Resume after this openid (null: from the start). */
  after: string | null;
  done: boolean;
  cancelled: boolean;
  /** Deliveries created, candidates passed over (outside the target now, or the publisher themselves), pages done. */
  enqueued: number;
  passed: number;
  pages: number;
  lease: { owner: string; until: string } | null;
  /** Compare-and-set version. */
  rev: number;
  updatedAt: string;
}

export type FanoutCursor = Pick<FanoutJob, 'after' | 'done'>;

/** The job a fan-out effect starts. If the job exists already (a widened target), the function resets `after` and `done` only. */
export function newFanoutJob(e: FanoutEffect, now: Date): FanoutJob {
  return {
    id: fanoutJobId(e.announcementId, e.version),
    announcementId: e.announcementId,
    version: e.version,
    notBefore: e.notBefore,
    after: null,
    done: false,
    cancelled: false,
    enqueued: 0,
    passed: 0,
    pages: 0,
    lease: null,
    rev: 1,
    updatedAt: now.toISOString(),
  };
}

/** A widened target on an existing job: go through everyone again (existing deliveries are kept and not repeated). */
export function restartFanout(job: FanoutJob, now: Date): FanoutJob {
  return { ...job, after: null, done: false, cancelled: false, rev: job.rev + 1, updatedAt: now.toISOString() };
}

/** Take the job for a run, if it is due, not finished and not held by a live run. */
export function claimFanout(job: FanoutJob, owner: string, now: Date, limits = FANOUT_LIMITS): FanoutJob | null {
  const at = now.toISOString();
  if (job.done || job.cancelled || job.notBefore > at) return null;
  if (job.lease && job.lease.until > at && job.lease.owner !== owner) return null;
  return { ...job, lease: { owner, until: new Date(now.getTime() + limits.leaseMs).toISOString() }, rev: job.rev + 1, updatedAt: at };
}

/** The candidate query for the job's next page. */
export function nextPageQuery(job: FanoutJob, a: Announcement, limits = FANOUT_LIMITS): CandidatePlan & { where: Condition<RecipientKeyName>; limit: number } {
  return { ...candidatePlan(a.content.target), where: candidatePage(a.content.target, job.after), limit: limits.pageSize };
}

export interface Delivery {
  id: string;
  announcementId: string;
  version: number;
  openid: string;
  status: 'queued';
  createdAt: string;
}

/**
 * One page: which of the candidates get a delivery (the target reaches them as they are now, and they are
 * not the person who published this version), and the cursor after the page. `page` is the candidates in
 * openid order as the query returned them; fewer than a full page means the end.
 */
export function planPage(
  job: FanoutJob,
  a: Announcement,
  page: readonly Recipient[],
  now: Date,
  limits = FANOUT_LIMITS,
): { deliveries: Delivery[]; next: FanoutJob } {
  const publishedBy = a.history.find((h) => h.version === job.version)?.by.openid;
  const skipSelf = !ANNOUNCEMENT_RULES.feed.parameters.notifyPublisherSelf;
  const at = now.toISOString();
  const deliveries: Delivery[] = [];
  for (const p of page) {
    if (job.after !== null && p.openid <= job.after) continue;
    if (!reaches(a.content.target, p) || (skipSelf && p.openid === publishedBy)) continue;
    deliveries.push({ id: deliveryId(a.id, job.version, p.openid), announcementId: a.id, version: job.version, openid: p.openid, status: 'queued', createdAt: at });
  }
  const last = page.length ? page[page.length - 1].openid : job.after;
  const next: FanoutJob = {
    ...job,
    after: last,
    done: page.length < limits.pageSize,
    enqueued: job.enqueued + deliveries.length,
    passed: job.passed + (page.length - deliveries.length),
    pages: job.pages + 1,
    lease: page.length < limits.pageSize ? null : job.lease,
    rev: job.rev + 1,
    updatedAt: at,
  };
  return { deliveries, next };
}

/** Whether a run that began at `startedMs` may start another page at `nowMs`. */
export function mayStartPage(startedMs: number, nowMs: number, limits = FANOUT_LIMITS): boolean {
  return nowMs - startedMs < limits.budgetMs;
}

/** The job after a withdrawal: nothing more is delivered. */
export function cancelFanout(job: FanoutJob, now: Date): FanoutJob {
  return { ...job, cancelled: true, done: true, lease: null, rev: job.rev + 1, updatedAt: now.toISOString() };
}
