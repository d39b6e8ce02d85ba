import type { PolicyMatch, PolicyWatch, RoundMatchJob } from '../../shared/announcements/policy-match';
import {
  FANOUT_LIMITS,
  claimRoundMatch,
  matchEligibleFrom,
  mayStartPage,
  newRoundMatchJob,
  nextWatch,
  openRounds,
  planRoundPage,
  roundMatchJobId,
  watchLines,
  type FanoutLimits,
} from '../../shared/announcements';
import { chinaDate } from '../../shared/policy';
import type { Database } from '../kit/cloud';
import { insertOnce, readDoc } from '../kit/docs';
import { newId } from '../kit/ids';
import type { CheckDoc } from './checks';
import { publishedRounds } from './rounds';

/**
 * 政策找人's runner (shared/announcements/policy-match.ts decides; this reads and writes), run by the notify
 * timer within the same budget as the announcements' fan-out (fanout.ts), in bounded pages of 100:
 * - Round pass: each open round gets one job (roundMatchJobId); a run claims its lease (compare-and-set on
 *   `rev`), pages through consenting people in openid order, writes each match's marker, outbox row and inbox
 *   line (all with ids derived from the match's, inserted once: a page done twice creates nothing new), and
 *   only then saves the cursor (compare-and-set on `rev` and the lease owner). Cut off anywhere, the lease
 *   expires and the next tick resumes from the saved cursor.
 * - Date pass: consenting people whose `dueFrom` has come (China date), 100 at a time; each match written the
 *   same way, then `dueFrom` moves to the next date (compare-and-set on `rev`).
 * The message is sent by the existing outbox sender (applications/deliver.ts) as a `policy_match` subscribe
 * message, using the person's counted quota; 43101 is recorded, never retried.
 */
export const POLICY_WATCHES = 'policy_watches';
const JOBS = 'policy_match_jobs';

type WatchDoc = PolicyWatch & { _id: string };
type JobDoc = Omit<RoundMatchJob, 'id'> & { _id: string };

export interface PolicyRunOptions {
  owner?: string;
  /** When the invocation began (ms): the budget counts from here (shared with the fan-out). */
  startedMs?: number;
  limits?: FanoutLimits;
  /** Tests: called before each insert; throwing cuts the run off there (as a timeout would). */
  beforeWrite?: () => void;
}

export interface PolicyRunResult {
  rounds: number;
  dates: number;
  enqueued: number;
  done: boolean;
}

/** The marker, the outbox row (a policy_match subscribe message) and the inbox line of one match. */
async function writeMatch(db: Database, m: PolicyMatch, at: string, opts: PolicyRunOptions): Promise<boolean> {
  opts.beforeWrite?.();
  const created = await insertOnce(db, 'policy_matches', { _id: m.id, openid: m.openid, reason: m.reason, key: m.key, createdAt: at });
  opts.beforeWrite?.();
  await insertOnce(db, 'outbox', {
    _id: m.id,
    // The announcements' family of subscribe messages: the counted quota is spent, 43101 recorded (deliver.ts).
    kind: 'announcement',
    touser: m.openid,
    template: m.reason,
    data: { ...m.data },
    page: 'packages/check/result/index',
    status: 'pending',
    attempts: 0,
    nextAttemptAt: at,
    createdAt: at,
  });
  opts.beforeWrite?.();
  await insertOnce(db, 'inbox', {
    _id: `in-${m.id}`,
    openid: m.openid,
    at,
    template: m.reason,
    title: m.title,
    data: { ...m.data, text: m.text },
    read: false,
  });
  return created;
}

async function writeAll(db: Database, ms: readonly PolicyMatch[], at: string, opts: PolicyRunOptions, concurrency: number): Promise<number> {
  let n = 0;
  for (let i = 0; i < ms.length; i += concurrency) {
    const made = await Promise.all(ms.slice(i, i + concurrency).map((m) => writeMatch(db, m, at, opts)));
    n += made.filter(Boolean).length;
  }
  return n;
}

/** The round pass for one job, as far as the budget allows. */
async function runRoundJob(db: Database, job0: RoundMatchJob, round: Parameters<typeof planRoundPage>[1], now: Date, opts: Required<Pick<PolicyRunOptions, 'owner' | 'startedMs' | 'limits'>> & PolicyRunOptions) {
  const coll = db.collection(JOBS);
  const _ = db.command;
  const claimed = claimRoundMatch(job0, opts.owner, now, opts.limits.leaseMs);
  if (!claimed) return { enqueued: 0, done: job0.done };
  const lease = (l: RoundMatchJob['lease']) => (l === null ? null : _.set({ ...l }));
  const take = await coll.where({ _id: job0.id, rev: job0.rev }).update({ lease: lease(claimed.lease), rev: claimed.rev, updatedAt: claimed.updatedAt });
  if (!take.updated) return { enqueued: 0, done: false };
  let job = claimed;
  let enqueued = 0;
  const today = chinaDate(now);
  const at = now.toISOString();
  while (mayStartPage(opts.startedMs, Date.now(), opts.limits)) {
    const where: Record<string, unknown> = { consent: true };
    if (job.after !== null) where.openid = _.gt(job.after);
    const page = (await db.collection(POLICY_WATCHES).where(where).orderBy('openid', 'asc').limit(opts.limits.pageSize).field({ openid: true, consent: true, lines: true }).get())
      .data as WatchDoc[];
    const { matches, next } = planRoundPage(job, round, page, today, opts.limits.pageSize, now);
    enqueued += await writeAll(db, matches, at, opts, opts.limits.writeConcurrency);
    const { id: _id, ...body } = next;
    void _id;
    const w = await coll.where({ _id: job.id, rev: job.rev, 'lease.owner': opts.owner }).update({ ...body, lease: lease(body.lease) });
    if (!w.updated) return { enqueued, done: false };
    job = next;
    if (job.done) break;
  }
  if (!job.done) await coll.where({ _id: job.id, rev: job.rev, 'lease.owner': opts.owner }).update({ lease: null, rev: job.rev + 1 });
  return { enqueued, done: job.done };
}

/** The date pass: consenting people whose eligible-from date has come, 100 at a time. */
async function runDates(db: Database, now: Date, opts: Required<Pick<PolicyRunOptions, 'startedMs' | 'limits'>> & PolicyRunOptions) {
  const _ = db.command;
  const today = chinaDate(now);
  const at = now.toISOString();
  let enqueued = 0;
  let done = false;
  while (mayStartPage(opts.startedMs, Date.now(), opts.limits)) {
    const page = (await db.collection(POLICY_WATCHES).where({ consent: true, dueFrom: _.lte(today) }).orderBy('dueFrom', 'asc').limit(opts.limits.pageSize).get()).data as WatchDoc[];
    const plans = page.map((w) => ({ w, r: matchEligibleFrom(w, today) }));
    enqueued += await writeAll(db, plans.flatMap((p) => (p.r.match ? [p.r.match] : [])), at, opts, opts.limits.writeConcurrency);
    // The messages exist now (written here or by a run cut off before): each person waits for their next date.
    await Promise.all(plans.map(({ w, r }) => db.collection(POLICY_WATCHES).where({ _id: w._id, rev: w.rev }).update({ dueFrom: r.dueFrom, rev: w.rev + 1, updatedAt: at })));
    if (page.length < opts.limits.pageSize) {
      done = true;
      break;
    }
  }
  return { enqueued, done };
}

/** The notify timer's pass: open rounds, then eligible-from dates, within the invocation's budget. */
export async function runPolicyMatches(db: Database, now: Date, options: PolicyRunOptions = {}): Promise<PolicyRunResult> {
  const opts = { ...options, owner: options.owner ?? newId(), startedMs: options.startedMs ?? Date.now(), limits: options.limits ?? FANOUT_LIMITS };
  const result: PolicyRunResult = { rounds: 0, dates: 0, enqueued: 0, done: true };
  const _ = db.command;
  const today = chinaDate(now);
  const open = openRounds(await publishedRounds(db, today), today);
  if (open.length) {
    const ids = open.map((r) => roundMatchJobId(r.id));
    const have = (await db.collection(JOBS).where({ _id: _.in(ids) }).limit(100).get()).data as JobDoc[];
    for (const r of open) {
      if (have.some((j) => j._id === roundMatchJobId(r.id))) continue;
      const { id, ...body } = newRoundMatchJob(r.id, now);
      if (await insertOnce(db, JOBS, { _id: id, ...body })) have.push({ _id: id, ...body });
    }
    for (const j of have.filter((x) => !x.done)) {
      if (!mayStartPage(opts.startedMs, Date.now(), opts.limits)) {
        result.done = false;
        break;
      }
      const { _id, ...rest } = j;
      const round = open.find((r) => roundMatchJobId(r.id) === _id);
      if (!round) continue;
      const r = await runRoundJob(db, { ...rest, id: _id }, round, now, opts);
      result.rounds++;
      result.enqueued += r.enqueued;
      result.done = result.done && r.done;
    }
  }
  if (mayStartPage(opts.startedMs, Date.now(), opts.limits)) {
    const d = await runDates(db, now, opts);
    result.dates += d.enqueued;
    result.enqueued += d.enqueued;
    result.done = result.done && d.done;
  } else result.done = false;
  return result;
}

// ---------------------------------------------------------------- keeping the watch up to date

/** The latest saved check of a person, as matching reads it. */
export async function latestCheck(db: Database, openid: string): Promise<{ id: string; lines: ReturnType<typeof watchLines> } | null> {
  const res = await db.collection('eligibility_checks').where({ openid }).orderBy('at', 'desc').limit(1).field({ _id: true, result: true }).get();
  const doc = (res.data as Pick<CheckDoc, '_id' | 'result'>[])[0];
  return doc ? { id: doc._id, lines: watchLines(doc.result) } : null;
}

export async function readWatch(db: Pick<Database, 'collection'>, openid: string): Promise<WatchDoc | null> {
  return readDoc<WatchDoc>(db, POLICY_WATCHES, openid);
}

/** After a check is saved: a consenting person's lines follow the new check (never fails the save). */
export async function refreshWatchQuietly(db: Database, openid: string, check: { id: string; result: CheckDoc['result'] }, now: Date): Promise<void> {
  try {
    const prev = await readWatch(db, openid);
    if (!prev?.consent) return;
    const next = nextWatch(prev, openid, { check: { id: check.id, lines: watchLines(check.result) } }, chinaDate(now), now);
    await db.collection(POLICY_WATCHES).where({ _id: openid, rev: prev.rev }).update({ lines: _set(db, next.lines), checkId: next.checkId, dueFrom: next.dueFrom, rev: next.rev, updatedAt: next.updatedAt });
  } catch {
    // The next consent change or saved check catches up.
  }
}

const _set = (db: Database, v: unknown) => db.command.set(v as never);
