/**
 * Collections as nedb datastores: one datafile `<dataDir>/<name>.db` per collection (or memory only),
 * indexes from the manifest, per-collection write locks, fsync before a write is acknowledged, and
 * version tracking for transactions. Reads go straight to nedb's in-memory indexes and return nedb's own
 * document objects: callers must treat them as read-only.
 */
import Datastore from '@seald-io/nedb';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CollectionSpec } from '../types';
import type { Doc, DocId } from '../document-rules';
import { GatewayError, collectionNotExist, invalidParam } from '../errors';
import { checkDatafile } from './datafile-check';
import { FileSyncer } from './file-sync';
import { KeyedMutex } from './keyed-mutex';
import { indexCandidates, type NedbIndex } from './index-candidates';
import { VersionClock } from './version-clock';

const COLLECTION_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const DATAFILE_SUFFIX = '.db';

interface Collection {
  ds: Datastore<Record<string, unknown>>;
  syncer: FileSyncer | null;
}

export type DocState = { id: DocId; doc: Doc | null };

export class CollectionStore {
  readonly clock = new VersionClock();
  private readonly collections = new Map<string, Collection>();
  private readonly locks = new KeyedMutex();
  private readonly barriers = new Map<string, Promise<void>>();

  private constructor(readonly dataDir: string | null) {}

  /** Opens every manifest collection (creating it if needed) and every collection already on disk. */
  static async open(dataDir: string | null, manifest: Record<string, CollectionSpec>): Promise<CollectionStore> {
    const store = new CollectionStore(dataDir);
    const names = new Set(Object.keys(manifest));
    if (dataDir) {
      await fs.mkdir(dataDir, { recursive: true });
      for (const file of await fs.readdir(dataDir)) {
        const name = file.endsWith(DATAFILE_SUFFIX) ? file.slice(0, -DATAFILE_SUFFIX.length) : '';
        if (!COLLECTION_NAME.test(name) || names.has(name)) continue;
        if ((await checkDatafile(path.join(dataDir, file))) === 'nedb') names.add(name);
        else process.stderr.write(`[gateway] ignoring ${file}: not an nedb datafile\n`);
      }
    }
    for (const name of names) {
      if (!COLLECTION_NAME.test(name)) throw new Error(`invalid collection name in manifest: ${name}`);
      await store.openCollection(name, manifest[name]?.indexes ?? []);
    }
    return store;
  }

  /** A datastore for internal use (e.g. the openapi outbox), stored next to the collections. */
  static async openInternal(dataDir: string | null, name: string): Promise<Datastore<Record<string, unknown>>> {
    if (dataDir && (await checkDatafile(path.join(dataDir, `${name}${DATAFILE_SUFFIX}`))) === 'foreign') throw new Error(`${name}${DATAFILE_SUFFIX} is not an nedb datafile`);
    const ds = new Datastore<Record<string, unknown>>(
      dataDir ? { filename: path.join(dataDir, `${name}${DATAFILE_SUFFIX}`), corruptAlertThreshold: 1 } : { inMemoryOnly: true },
    );
    await ds.loadDatabaseAsync();
    return ds;
  }

  has(name: string): boolean {
    return this.collections.has(name);
  }

  names(): string[] {
    return [...this.collections.keys()].sort();
  }

  async create(name: string): Promise<void> {
    if (!COLLECTION_NAME.test(name)) throw invalidParam('collection name must be 1-64 letters, digits, _ or -, starting with a letter or digit');
    await this.locks.run([`create:${name}`], async () => {
      if (this.collections.has(name)) throw new GatewayError('DATABASE_COLLECTION_ALREADY_EXIST', `collection ${name} already exists`);
      await this.openCollection(name, []);
    });
  }

  /** Throws DATABASE_COLLECTION_NOT_EXIST for an unknown collection. */
  assertExists(name: unknown): asserts name is string {
    if (typeof name !== 'string' || name === '') throw invalidParam('collectionName is required');
    if (!this.collections.has(name)) throw collectionNotExist(name);
  }

  // ---- reads (synchronous, on nedb's in-memory data) ----

  byId(name: string, id: DocId): Doc | undefined {
    return this.index(name, '_id').getMatching(id)[0];
  }

  /** Documents that may match `query` (a superset), narrowed by an index when one applies. */
  candidates(name: string, query: Record<string, unknown>): Doc[] {
    return indexCandidates(this.indexesOf(name), query) ?? this.all(name);
  }

  all(name: string): Doc[] {
    return this.get(name).ds.getAllData() as Doc[];
  }

  /** Resolves once no transaction commit touching these collections is being applied. */
  async settled(names: string[]): Promise<void> {
    for (const name of names) await this.barriers.get(name);
  }

  // ---- writes (callers hold the collections' write locks) ----

  withWriteLock<T>(names: string[], fn: () => Promise<T>): Promise<T> {
    return this.locks.run(names.map((n) => `write:${n}`), fn);
  }

  /** Readers wait while `fn` applies a multi-document commit, so they never see half of it. */
  async withCommitBarrier<T>(names: string[], fn: () => Promise<T>): Promise<T> {
    let open!: () => void;
    const barrier = new Promise<void>((resolve) => (open = resolve));
    for (const name of names) this.barriers.set(name, barrier);
    try {
      return await fn();
    } finally {
      for (const name of names) if (this.barriers.get(name) === barrier) this.barriers.delete(name);
      open();
    }
  }

  async insert(name: string, docs: Doc[]): Promise<void> {
    try {
      await this.get(name).ds.insertAsync(docs);
    } catch (e) {
      throw mapWriteError(e, name);
    }
    for (const doc of docs) this.clock.bump(name, doc._id);
  }

  async replace(name: string, doc: Doc): Promise<void> {
    try {
      await this.get(name).ds.updateAsync({ _id: doc._id }, doc, {});
    } catch (e) {
      throw mapWriteError(e, name);
    }
    this.clock.bump(name, doc._id);
  }

  async remove(name: string, ids: DocId[]): Promise<number> {
    if (ids.length === 0) return 0;
    const n = await this.get(name).ds.removeAsync({ _id: { $in: ids } }, { multi: true });
    for (const id of ids) this.clock.bump(name, id);
    return n;
  }

  /** Puts each document into the given state (null = absent), whatever its current state. */
  async setStates(name: string, states: DocState[]): Promise<void> {
    for (const { id, doc } of states) {
      const current = this.byId(name, id);
      if (doc === null) {
        if (current) await this.remove(name, [id]);
      } else if (current) await this.replace(name, doc);
      else await this.insert(name, [doc]);
    }
  }

  /** fsyncs the datafiles of these collections (no-op in memory). */
  async durable(names: string[]): Promise<void> {
    await Promise.all(names.map((n) => this.collections.get(n)?.syncer?.sync()));
  }

  // ---- internals ----

  private get(name: string): Collection {
    const c = this.collections.get(name);
    if (!c) throw collectionNotExist(name);
    return c;
  }

  private indexesOf(name: string): Record<string, NedbIndex> {
    return (this.get(name).ds as unknown as { indexes: Record<string, NedbIndex> }).indexes;
  }

  private index(name: string, fieldName: string): NedbIndex {
    return this.indexesOf(name)[fieldName];
  }

  private async openCollection(name: string, indexes: CollectionSpec['indexes']): Promise<void> {
    const filename = this.dataDir ? path.join(this.dataDir, `${name}${DATAFILE_SUFFIX}`) : null;
    if (filename && (await checkDatafile(filename)) === 'foreign') throw new Error(`${filename} exists but is not an nedb datafile; refusing to overwrite it`);
    // corruptAlertThreshold 1: checkDatafile already refused anything worse than a torn last line (a crash
    // mid-append of an unacknowledged write), which nedb then drops when it compacts on load.
    const ds = new Datastore<Record<string, unknown>>(filename ? { filename, corruptAlertThreshold: 1 } : { inMemoryOnly: true });
    await ds.loadDatabaseAsync();
    await reconcileIndexes(ds, name, indexes);
    this.collections.set(name, { ds, syncer: filename ? new FileSyncer(filename) : null });
  }
}

/**
 * Makes nedb's indexes match the manifest. A compound index also gets a plain index on its first field,
 * because nedb only uses compound indexes for exact matches on all their fields.
 */
async function reconcileIndexes(ds: Datastore<Record<string, unknown>>, collection: string, specs: CollectionSpec['indexes']): Promise<void> {
  const wanted = new Map<string, boolean>();
  for (const spec of specs) {
    const fields = Object.keys(spec.keys).filter((f) => spec.keys[f] !== undefined);
    if (fields.length === 0) continue;
    const fieldName = [...fields].sort().join(',');
    wanted.set(fieldName, wanted.get(fieldName) === true || spec.unique === true);
    if (fields.length > 1 && !wanted.has(fields[0])) wanted.set(fields[0], false);
  }
  const existing = (ds as unknown as { indexes: Record<string, NedbIndex> }).indexes;
  for (const [fieldName, index] of Object.entries(existing)) {
    if (fieldName === '_id') continue;
    if (!wanted.has(fieldName) || wanted.get(fieldName) !== index.unique) await ds.removeIndexAsync(fieldName);
  }
  for (const [fieldName, unique] of wanted) {
    if (existing[fieldName]) continue;
    try {
      await ds.ensureIndexAsync({ fieldName: fieldName.includes(',') ? fieldName.split(',') : fieldName, unique });
    } catch (e) {
      throw new Error(`cannot build index ${fieldName} on ${collection}: ${(e as Error).message}`);
    }
  }
}

function mapWriteError(e: unknown, collection: string): unknown {
  const err = e as { errorType?: string; key?: unknown; message?: string };
  if (err && err.errorType === 'uniqueViolated') {
    const key = JSON.stringify(err.key) ?? 'undefined';
    return new GatewayError('DATABASE_DUPLICATE_WRITE', `E11000 duplicate key error collection: ${collection} dup key: ${key.slice(0, 200)}`);
  }
  if (err && typeof err.message === 'string' && /^Field names cannot|cannot contain a '\.'|cannot begin with the \$ character|You cannot change a document's _id/.test(err.message)) {
    return invalidParam(err.message);
  }
  return e;
}
