import type { CheckSummaryItem, OrgFacts, Recipient } from '../../shared/announcements/target';
import { recipientKeys, recipientProfile, RECIPIENTS_COLLECTION } from '../../shared/announcements/target';
import type { Database } from './cloud';
import { toActor } from './actor';

/**
 * The `recipients` collection (shared/announcements/target.ts): one document per person holding
 * `recipientKeys(recipientProfile(...))` and the latest saved self-check it was built from. Refreshed whenever
 * a grant, an application's employer or body, an organization's district or industry, or a saved self-check
 * changes; fan-out and reach counts query it, and each page is checked again on fresh profiles.
 */
type Src = Pick<Database, 'collection' | 'command'>;

export interface RecipientDoc {
  _id: string;
  openid: string;
  latestCheck: CheckSummaryItem[];
  updatedAt: string;
  [kind: string]: unknown;
}

const chunks = <T>(xs: readonly T[], n: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
};

interface CheckLike {
  result?: { routes?: { title?: { series?: string; level?: string }; verdict?: string }[] };
}

/** The lines of a saved self-check that targeting reads. */
export function checkLines(doc: CheckLike | null | undefined): CheckSummaryItem[] {
  return (doc?.result?.routes ?? [])
    .filter((r) => r.title?.series && r.title?.level && r.verdict)
    .map((r) => ({ series: r.title!.series, level: r.title!.level, verdict: r.verdict }) as CheckSummaryItem);
}

/** The latest saved self-check of one person. */
export async function latestCheckOf(db: Src, openid: string): Promise<CheckSummaryItem[]> {
  const res = await db.collection('eligibility_checks').where({ openid }).orderBy('at', 'desc').limit(1).field({ result: true }).get();
  return checkLines((res.data as CheckLike[])[0]);
}

/**
 * Fresh profiles of up to 100 people, in the order given: grants, applications and organizations read now;
 * the self-check from `checks` (as stored on the recipients documents) or, when absent, read now.
 */
export async function freshProfiles(db: Src, openids: readonly string[], checks?: ReadonlyMap<string, CheckSummaryItem[]>): Promise<Recipient[]> {
  if (!openids.length) return [];
  const _ = db.command;
  const ids = [...new Set(openids)];
  const [grants, apps] = await Promise.all([
    db.collection('grants').where({ openid: _.in(ids) }).field({ openid: true, role: true, scope: true }).limit(1000).get(),
    db.collection('applications').where({ applicantOpenid: _.in(ids) }).field({ applicantOpenid: true, employerOrgId: true, bodyOrgId: true }).limit(1000).get(),
  ]);
  const grantRows = grants.data as { openid: string; role: never; scope: never }[];
  const appRows = apps.data as { applicantOpenid: string; employerOrgId: string; bodyOrgId?: string | null }[];
  const orgIds = new Set<string>();
  for (const g of grantRows) {
    const s = g.scope as { kind: string; orgId?: string };
    if (s?.kind === 'org' && s.orgId) orgIds.add(s.orgId);
  }
  for (const a of appRows) {
    orgIds.add(a.employerOrgId);
    if (a.bodyOrgId) orgIds.add(a.bodyOrgId);
  }
  const orgs: Record<string, OrgFacts> = {};
  for (const part of chunks([...orgIds], 100)) {
    const res = await db.collection('organizations').where({ _id: _.in(part) }).field({ _id: true, type: true, district: true, industry: true }).limit(100).get();
    for (const o of res.data as ({ _id: string } & OrgFacts)[]) orgs[o._id] = { type: o.type, district: o.district, ...(o.industry ? { industry: o.industry } : {}) };
  }
  const missing = ids.filter((id) => !checks?.has(id));
  const read = new Map<string, CheckSummaryItem[]>();
  for (const part of chunks(missing, 10)) await Promise.all(part.map(async (id) => read.set(id, await latestCheckOf(db, id))));
  return openids.map((openid) =>
    recipientProfile({
      openid,
      grants: toActor(openid, grantRows.filter((g) => g.openid === openid)).grants,
      applications: appRows.filter((a) => a.applicantOpenid === openid),
      orgs,
      latestCheck: checks?.get(openid) ?? read.get(openid) ?? [],
    }),
  );
}

/** Rebuild the recipients documents of these people (bounded: 100 at a time). */
export async function refreshRecipients(db: Src, openids: readonly string[], now: Date = new Date()): Promise<number> {
  let n = 0;
  for (const part of chunks([...new Set(openids.filter(Boolean))], 100)) {
    const profiles = await freshProfiles(db, part);
    await Promise.all(
      profiles.map((p) =>
        db
          .collection(RECIPIENTS_COLLECTION)
          .doc(p.openid)
          .set({ ...recipientKeys(p), latestCheck: p.latestCheck, updatedAt: now.toISOString() }),
      ),
    );
    n += profiles.length;
  }
  return n;
}

/** Everyone tied to an organization (its staff, those who applied through it or were recommended by it). */
export async function peopleOfOrg(db: Src, orgId: string): Promise<string[]> {
  const _ = db.command;
  const [grants, apps] = await Promise.all([
    db.collection('grants').where({ 'scope.orgId': orgId }).field({ openid: true }).limit(1000).get(),
    db.collection('applications').where(_.or([{ employerOrgId: orgId }, { bodyOrgId: orgId }])).field({ applicantOpenid: true }).limit(1000).get(),
  ]);
  return [...new Set([...(grants.data as { openid: string }[]).map((g) => g.openid), ...(apps.data as { applicantOpenid: string }[]).map((a) => a.applicantOpenid)])];
}

/** A refresh that never fails the request it follows (the next change or the nightly pass catches up). */
export async function refreshQuietly(db: Src, openids: readonly string[], now?: Date): Promise<void> {
  try {
    await refreshRecipients(db, openids, now);
  } catch {
    // Stale until the next change; fan-out pages re-check on fresh profiles anyway.
  }
}

/** Every signed-in person (users), page by page: for the seed and for tests. */
export async function refreshAllRecipients(db: Src, now: Date = new Date()): Promise<number> {
  let after = '';
  let n = 0;
  const _ = db.command;
  for (;;) {
    const res = await db.collection('users').where({ openid: _.gt(after) }).orderBy('openid', 'asc').field({ openid: true }).limit(100).get();
    const ids = (res.data as { openid: string }[]).map((u) => u.openid);
    if (!ids.length) break;
    n += await refreshRecipients(db, ids, now);
    after = ids[ids.length - 1];
    if (ids.length < 100) break;
  }
  return n;
}
