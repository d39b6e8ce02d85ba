import { createHash } from 'node:crypto';
import type { Actor } from '../../shared/auth/roles';
import { isCityWide, officerDistricts } from '../../shared/auth/policy';
import { matches, visibleApplications, type Condition } from '../../shared/workflow/visibility';
import type { Database } from '../kit/cloud';
import { AppError } from '../../shared/errors/app-error';
import { insertOnce, readDoc } from '../kit/docs';
import { newId } from '../kit/ids';
import type { Tx } from '../kit/transaction';
import type { AppDoc } from './documents';
import type { Stage } from '../../shared/workflow/stages';

/**
 * The city dashboard's counts, kept up to date by the transaction that writes each application (create and every
 * transition: `countChange`), so the dashboard reads a few hundred counters instead of scanning every file.
 * A file adds one to each of its cells: its stage (× district, series, route), the month it was created, the month
 * it closed, and — while open with a due date — its stage's due date (overdue = due before today, decided at
 * read time). Drafts count nowhere: they are the applicant's own business (shared/workflow/visibility.ts).
 */
export const COUNTERS = 'application_counters';

export type CounterKind = 'stage' | 'created' | 'closed' | 'due';

export interface Cell {
  kind: CounterKind;
  district: string;
  stage?: Stage;
  series?: string;
  routeId?: string;
  month?: string;
  dueBy?: string;
}

export interface CounterDoc extends Cell {
  _id: string;
  count: number;
}

/** The fields of a stored application the counts are made of. */
export const COUNTED_FIELDS = ['stage', 'district', 'series', 'routeId', 'createdAt', 'closedAt', 'open', 'dueBy'] as const;
export type Counted = Pick<AppDoc, (typeof COUNTED_FIELDS)[number]>;

/** The cells one file adds to; drafts too when asked (the dashboard's own-files remainder counts them as before). */
export function cellsOf(doc: Counted, opts: { drafts?: boolean } = {}): Cell[] {
  if (doc.stage === 'draft' && !opts.drafts) return [];
  const { district, stage } = doc;
  const cells: Cell[] = [
    { kind: 'stage', district, stage, series: doc.series, routeId: doc.routeId },
    { kind: 'created', district, month: doc.createdAt.slice(0, 7) },
  ];
  if (doc.closedAt) cells.push({ kind: 'closed', district, month: doc.closedAt.slice(0, 7) });
  if (doc.open && doc.dueBy) cells.push({ kind: 'due', district, stage, dueBy: doc.dueBy });
  return cells;
}

export function counterId(c: Cell): string {
  const key = [c.kind, c.district, c.stage, c.series, c.routeId, c.month, c.dueBy].map((x) => x ?? '').join('|');
  return `${c.kind}-${createHash('sha256').update(key).digest('hex').slice(0, 24)}`;
}

/** The net change per counter from `before` to `after` (either may be absent): most transitions move two or four. */
export function deltaOf(before: Counted | null, after: Counted | null): Map<string, { cell: Cell; n: number }> {
  const delta = new Map<string, { cell: Cell; n: number }>();
  const add = (doc: Counted | null, n: number) => {
    for (const cell of doc ? cellsOf(doc) : []) {
      const id = counterId(cell);
      const d = delta.get(id) ?? delta.set(id, { cell, n: 0 }).get(id)!;
      d.n += n;
    }
  };
  add(before, -1);
  add(after, +1);
  for (const [id, d] of delta) if (d.n === 0) delta.delete(id);
  return delta;
}

/**
 * Apply the file's change to the counters inside its transaction (read, then set: a concurrent change of the same
 * counter conflicts and the transaction is retried, so no count is lost).
 */
export async function countChange(tx: Tx, before: Counted | null, after: Counted | null): Promise<void> {
  for (const [id, { cell, n }] of deltaOf(before, after)) {
    const current = await readDoc<CounterDoc>(tx, COUNTERS, id);
    await tx
      .collection(COUNTERS)
      .doc(id)
      .set({ ...cell, count: (current?.count ?? 0) + n });
  }
}

/** Every counter, read in pages (the dashboard's own read; `where` narrows to districts). */
export async function readCounters(db: Database, where: object = {}): Promise<CounterDoc[]> {
  const out: CounterDoc[] = [];
  const _ = db.command;
  for (let after = ''; ;) {
    const page = (
      await db
        .collection(COUNTERS)
        .where({ ...where, _id: _.gt(after), count: _.gt(0) })
        .orderBy('_id', 'asc')
        .limit(1000)
        .get()
    ).data as CounterDoc[];
    out.push(...page);
    if (page.length < 1000) return out;
    after = page[page.length - 1]._id;
  }
}

/**
 * Recount every counter from the applications (a one-off backfill after deploying counters, or a repair; the notify
 * function runs it for an admin who asks `{ action: 'counters.rebuild' }`). Run it while no one is moving files: a
 * transition that commits during the recount may be counted twice or not at all until the next rebuild.
 */
export async function rebuildCounters(db: Database): Promise<{ applications: number; counters: number; removed: number }> {
  const _ = db.command;
  const counts = new Map<string, CounterDoc>();
  let applications = 0;
  const projection = Object.fromEntries(['_id', ...COUNTED_FIELDS].map((f) => [f, true]));
  for (let after = ''; ;) {
    const page = (
      await db
        .collection('applications')
        .where({ _id: _.gt(after) })
        .orderBy('_id', 'asc')
        .field(projection)
        .limit(1000)
        .get()
    ).data as (Counted & { _id: string })[];
    for (const doc of page)
      for (const cell of cellsOf(doc)) {
        const id = counterId(cell);
        const c = counts.get(id) ?? counts.set(id, { _id: id, ...cell, count: 0 }).get(id)!;
        c.count++;
      }
    applications += page.length;
    if (page.length < 1000) break;
    after = page[page.length - 1]._id;
  }
  let removed = 0;
  for (const old of await readCounters(db))
    if (!counts.has(old._id)) {
      await db.collection(COUNTERS).doc(old._id).remove();
      removed++;
    }
  for (const { _id, ...body } of counts.values()) await db.collection(COUNTERS).doc(_id).set(body);
  return { applications, counters: counts.size, removed };
}

/** Maintenance leases: one document per job that must not run twice at once. */
export const LEASES = 'maintenance_leases';
const REBUILD = 'counters.rebuild';
/** Longer than a rebuild at 100,000 files (~15 s here); a lease left by a crashed run lapses after it. */
const REBUILD_LEASE_MS = 10 * 60_000;

/**
 * The rebuild for an admin's request: one at a time (a second request while one runs is refused with CONFLICT,
 * not queued), the lease claimed by inserting it or by taking over a lapsed one, and released when done.
 */
export async function rebuildCountersOnce(db: Database, now: Date): Promise<Awaited<ReturnType<typeof rebuildCounters>>> {
  const _ = db.command;
  const owner = newId();
  const lease = { owner, until: new Date(now.getTime() + REBUILD_LEASE_MS).toISOString() };
  const claimed =
    (await insertOnce(db, LEASES, { _id: REBUILD, ...lease })) ||
    (
      (await db
        .collection(LEASES)
        .where({ _id: REBUILD, until: _.lt(now.toISOString()) })
        .update(lease)) as { updated?: number }
    ).updated === 1;
  if (!claimed) throw new AppError('CONFLICT', '计数器正在重建，请等这一次完成后再试');
  try {
    return await rebuildCounters(db);
  } finally {
    await db.collection(LEASES).where({ _id: REBUILD, owner }).remove();
  }
}

// ---------------------------------------------------------------- what the dashboard reads

const NOT_DRAFT: Condition = { key: 'stage', ne: 'draft' };

/**
 * What an officer's statistics cover (seesStatistics), split into the part the counters hold — the city's or
 * their districts' submitted files — and the rest of what they may see (their own files, drafts included; as HR
 * or a recommending body, files outside those districts), which is read from the applications by its indexed key.
 */
export function countedScope(actor: Actor): { districts: string[] | 'all'; covered: Condition; rest: Condition[] } {
  const covered: Condition = isCityWide(actor) ? NOT_DRAFT : { and: [{ key: 'district', in: officerDistricts(actor) }, NOT_DRAFT] };
  const visible = visibleApplications(actor);
  const parts = 'or' in visible ? visible.or : [visible];
  const same = (a: Condition, b: Condition) => JSON.stringify(a) === JSON.stringify(b);
  return { districts: isCityWide(actor) ? 'all' : officerDistricts(actor), covered, rest: parts.filter((p) => !same(p, covered)) };
}

/** The indexed key a part of the visibility rule starts with (`applicantOpenid`, `employerOrgId`, `bodyOrgId`, `district`). */
function leadingKey(c: Condition): Exclude<Extract<Condition, { key: string }>, { ne: string }> | null {
  if ('key' in c) return 'ne' in c ? null : c;
  if ('and' in c) return c.and.map(leadingKey).find((x) => x) ?? null;
  return null;
}

/** The files of `rest` not in `covered`, read part by part with each part's indexed key and checked with the rule itself. */
export async function restOf(db: Database, actor: Actor, scope: ReturnType<typeof countedScope>): Promise<Counted[]> {
  const _ = db.command;
  const visible = visibleApplications(actor);
  const seen = new Map<string, Counted>();
  const projection = Object.fromEntries(['_id', 'applicantOpenid', 'employerOrgId', 'bodyOrgId', ...COUNTED_FIELDS].map((f) => [f, true]));
  for (const part of scope.rest) {
    const lead = leadingKey(part);
    if (!lead) throw new Error('dashboard: a visibility part without an indexed key');
    const where = { [lead.key]: 'eq' in lead ? lead.eq : _.in([...lead.in] as never) };
    // The part's own key alone, so the database answers from that key's index (a range on _id beside it would not).
    for (let skip = 0; ; skip += 1000) {
      const page = (await db.collection('applications').where(where).orderBy('_id', 'asc').skip(skip).field(projection).limit(1000).get())
        .data as (AppDoc & { _id: string })[];
      for (const d of page) {
        const keys = {
          applicantOpenid: d.applicantOpenid,
          employerOrgId: d.employerOrgId,
          district: d.district,
          bodyOrgId: d.bodyOrgId,
          stage: d.stage,
        };
        if (matches(visible, keys) && !matches(scope.covered, keys)) seen.set(d._id, d);
      }
      if (page.length < 1000) break;
    }
  }
  return [...seen.values()];
}
