/**
 * Every collection of the manifest, read through the real SDK, as a map of document id → a stable JSON text
 * (keys sorted), so two snapshots can say exactly which documents a call added, changed or removed. Used by
 * the authorization matrix and the fuzz suite to prove that a refused call wrote nothing, and by the matrix to
 * put back only what an allowed call changed.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- documents are compared as JSON */
import { createHash } from 'node:crypto';
import { COLLECTIONS } from '../../shared/db/collections';

export const COLLECTION_NAMES = Object.keys(COLLECTIONS);

/**
 * Collections a refused call may change, and why. Nothing else: not `audit` (a refusal is not a state change
 * and reads that audit themselves, the exports, are never refused silently), not `users`, grants, invitations,
 * applications, requests, inbox, outbox, eligibility_checks, rounds, organizations, open_titles, green_exceptions.
 */
export const REFUSAL_MAY_CHANGE: Readonly<Record<string, string>> = {
  rate_limits:
    'the kit takes a rate-limit slot after identifying the caller and before the handler authorizes (dispatch: ' +
    'grants → rate limit → handler), so a refused attempt is counted too; that is the limiter doing its job, ' +
    'and the counter holds no data of the caller’s beyond a hash of the openid',
};

/** The minimal handle both the in-process cloud and a host stack's gateway client satisfy. */
export interface SnapshotDb {
  collection(name: string): any;
  command: any;
}

export type Snapshot = Record<string, Map<string, string>>;

/** JSON with object keys sorted, so equal documents give equal text whatever order the store kept. */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const keys = Object.keys(value as object).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

const PAGE = 1000;
const MAX_PAGES = 20;

async function readAll(db: SnapshotDb, name: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let page = 0; page < MAX_PAGES; page++) {
    const q = db.collection(name);
    const res = await (page ? q.skip(page * PAGE) : q).limit(PAGE).get();
    const docs = res.data as { _id: string }[];
    for (const d of docs) out.set(String(d._id), stableJson(d));
    if (docs.length < PAGE) return out;
  }
  throw new Error(`${name}: more than ${PAGE * MAX_PAGES} documents, too many to snapshot`);
}

export async function snapshot(db: SnapshotDb, names: readonly string[] = COLLECTION_NAMES): Promise<Snapshot> {
  const maps = await Promise.all(names.map((n) => readAll(db, n)));
  return Object.fromEntries(names.map((n, i) => [n, maps[i]]));
}

/** Document count and a content hash per collection: what a failure message shows. */
export function summary(s: Snapshot): Record<string, { count: number; hash: string }> {
  return Object.fromEntries(
    Object.entries(s).map(([name, docs]) => {
      const h = createHash('sha256');
      for (const id of [...docs.keys()].sort()) h.update(id).update('\0').update(docs.get(id)!).update('\n');
      return [name, { count: docs.size, hash: h.digest('hex').slice(0, 16) }];
    }),
  );
}

export interface CollectionChange {
  collection: string;
  added: string[];
  changed: string[];
  removed: string[];
}

/** What changed from `before` to `after`, collection by collection, leaving out `exclude`. */
export function changes(
  before: Snapshot,
  after: Snapshot,
  exclude: readonly string[] = Object.keys(REFUSAL_MAY_CHANGE),
): CollectionChange[] {
  const out: CollectionChange[] = [];
  for (const name of Object.keys(after)) {
    if (exclude.includes(name)) continue;
    const a = before[name] ?? new Map<string, string>();
    const b = after[name];
    const added = [...b.keys()].filter((id) => !a.has(id));
    const removed = [...a.keys()].filter((id) => !b.has(id));
    const changed = [...b.keys()].filter((id) => a.has(id) && a.get(id) !== b.get(id));
    if (added.length || removed.length || changed.length) out.push({ collection: name, added, changed, removed });
  }
  return out;
}

export function describeChanges(cs: CollectionChange[]): string {
  return cs
    .map(
      (c) =>
        `${c.collection}: +${c.added.length} ~${c.changed.length} -${c.removed.length} (${[...c.added, ...c.changed, ...c.removed].slice(0, 3).join(', ')})`,
    )
    .join('; ');
}

/**
 * Put `collections` back as they were in `baseline`, touching only the documents that differ in `current`:
 * documents added since are removed, changed or removed ones are written back.
 */
export async function restore(db: SnapshotDb, current: Snapshot, baseline: Snapshot, collections: readonly string[]): Promise<void> {
  const _ = db.command;
  await Promise.all(
    collections.map(async (name) => {
      const now = current[name] ?? new Map<string, string>();
      const base = baseline[name] ?? new Map<string, string>();
      const extra = [...now.keys()].filter((id) => !base.has(id));
      for (let i = 0; i < extra.length; i += 100)
        await db
          .collection(name)
          .where({ _id: _.in(extra.slice(i, i + 100)) })
          .remove();
      const back = [...base.keys()].filter((id) => now.get(id) !== base.get(id));
      await Promise.all(
        back.map((id) => {
          const { _id, ...body } = JSON.parse(base.get(id)!) as Record<string, unknown>;
          return db.collection(name).doc(id).set(body);
        }),
      );
    }),
  );
}
