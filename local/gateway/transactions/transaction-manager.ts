/**
 * Transactions as CloudBase/MongoDB clients see them: `startTransaction` returns an id; reads inside see
 * the committed data plus the transaction's own staged writes; writes are staged and applied atomically
 * (journal + commit barrier) on `commitTransaction`; `abortTransaction` discards them.
 *
 * Conflicts (DATABASE_TRANSACTION_CONFLICT, which `db.runTransaction` retries):
 * - writing a document another open transaction has already written (first writer wins);
 * - reading or writing a document changed by someone else since this transaction started;
 * - committing when a written document was changed since the start.
 * A transaction that hits a conflict is aborted on the spot (runTransaction retries without rolling
 * back), and later calls on it answer the conflict again. Open transactions time out.
 */
import { randomBytes } from 'node:crypto';
import type { CollectionStore } from '../storage/collection-store';
import type { CommitJournal, JournalOp } from '../storage/commit-journal';
import { docKey } from '../storage/version-clock';
import type { Doc, DocId } from '../document-rules';
import { GatewayError, invalidParam, transactionConflict } from '../errors';
import type { DocSource } from '../engine/write-plan';

type EndReason = 'committed' | 'conflict' | 'timeout' | 'rollback' | 'failure';

interface StagedWrite {
  collection: string;
  id: DocId;
  doc: Doc | null;
}

export interface Transaction {
  readonly id: string;
  readonly startSeq: number;
  readonly deadline: number;
  committing: boolean;
  ended?: EndReason;
  readonly writes: Map<string, StagedWrite>;
}

const KEEP_FINISHED = 1000;

export class TransactionManager {
  private readonly open = new Map<string, Transaction>();
  private readonly finished = new Map<string, Transaction>();
  /** Document key -> id of the open transaction that has written it. */
  private readonly writers = new Map<string, string>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly store: CollectionStore,
    private readonly journal: CommitJournal,
    private readonly timeoutMs: number,
  ) {
    this.sweeper = setInterval(() => this.sweep(), Math.min(timeoutMs, 5000));
    this.sweeper.unref();
  }

  start(): string {
    const id = randomBytes(16).toString('hex');
    this.open.set(id, { id, startSeq: this.store.clock.now(), deadline: Date.now() + this.timeoutMs, committing: false, writes: new Map() });
    this.store.clock.setTracking(true);
    return id;
  }

  /** The open transaction `id`, or the error CloudBase gives for a finished / unknown one. */
  active(id: unknown): Transaction {
    if (typeof id !== 'string' || id === '') throw invalidParam('transactionId is required');
    const txn = this.open.get(id);
    if (txn && !txn.committing && Date.now() > txn.deadline) this.end(txn, 'timeout');
    if (txn && !txn.ended) {
      if (txn.committing) throw new GatewayError('DATABASE_TRANSACTION_FAIL', `transaction ${id} is being committed`);
      return txn;
    }
    const done = txn ?? this.finished.get(id);
    if (!done) throw new GatewayError('DATABASE_TRANSACTION_FAIL', `transaction ${id} does not exist`);
    if (done.ended === 'conflict') throw transactionConflict();
    if (done.ended === 'committed') throw new GatewayError('DATABASE_TRANSACTION_FAIL', `transaction ${id} is already committed`);
    throw new GatewayError('DATABASE_TRANSACTION_FAIL', `transaction ${id} was aborted${done.ended === 'timeout' ? ' (timed out)' : ''}`);
  }

  /** The collection as transaction `txn` sees it. */
  source(txn: Transaction, collection: string): DocSource {
    return {
      byId: (id) => this.read(txn, collection, id),
      candidates: (where) => {
        const staged = [...txn.writes.values()].filter((w) => w.collection === collection);
        const stagedKeys = new Set(staged.map((w) => docKey(collection, w.id)));
        const docs = this.store.candidates(collection, where).filter((d) => !stagedKeys.has(docKey(collection, d._id)));
        for (const w of staged) if (w.doc) docs.push(w.doc);
        return docs;
      },
      observed: (doc) => this.checkUnchanged(txn, collection, doc._id),
    };
  }

  read(txn: Transaction, collection: string, id: DocId): Doc | undefined {
    const staged = txn.writes.get(docKey(collection, id));
    if (staged) return staged.doc ?? undefined;
    this.checkUnchanged(txn, collection, id);
    return this.store.byId(collection, id);
  }

  /** Records that `txn` will put document `id` into state `doc` (null = deleted) when it commits. */
  stage(txn: Transaction, collection: string, id: DocId, doc: Doc | null): void {
    const key = docKey(collection, id);
    const writer = this.writers.get(key);
    if (writer && writer !== txn.id) this.conflict(txn);
    this.checkUnchanged(txn, collection, id);
    this.writers.set(key, txn.id);
    txn.writes.set(key, { collection, id, doc });
  }

  async commit(id: unknown): Promise<void> {
    const txn = this.active(id);
    txn.committing = true;
    try {
      if (txn.writes.size) await this.apply(txn, [...txn.writes.values()]);
      this.end(txn, 'committed');
    } catch (e) {
      this.end(txn, e instanceof GatewayError && e.code === 'DATABASE_TRANSACTION_CONFLICT' ? 'conflict' : 'failure');
      throw e;
    }
  }

  abort(id: unknown): void {
    if (typeof id !== 'string' || id === '') throw invalidParam('transactionId is required');
    const txn = this.open.get(id);
    if (txn) {
      if (txn.committing) throw new GatewayError('DATABASE_TRANSACTION_FAIL', `transaction ${id} is being committed`);
      this.end(txn, 'rollback');
      return;
    }
    const done = this.finished.get(id);
    if (!done) throw new GatewayError('DATABASE_TRANSACTION_FAIL', `transaction ${id} does not exist`);
    if (done.ended === 'committed') throw new GatewayError('DATABASE_TRANSACTION_FAIL', `transaction ${id} is already committed`);
  }

  close(): void {
    clearInterval(this.sweeper);
    for (const txn of [...this.open.values()]) if (!txn.committing) this.end(txn, 'rollback');
  }

  private async apply(txn: Transaction, writes: StagedWrite[]): Promise<void> {
    const collections = [...new Set(writes.map((w) => w.collection))];
    await this.store.withWriteLock(collections, async () => {
      for (const w of writes) this.checkUnchanged(txn, w.collection, w.id);
      const ops: JournalOp[] = writes.map((w) => ({ c: w.collection, i: w.id, b: this.store.byId(w.collection, w.id) ?? null, a: w.doc }));
      const setAll = async (side: 'a' | 'b') => {
        for (const c of collections) await this.store.setStates(c, ops.filter((op) => op.c === c).map((op) => ({ id: op.i, doc: op[side] })));
      };
      await this.journal.begin(txn.id, ops);
      let consistent = true;
      try {
        await this.store.withCommitBarrier(collections, async () => {
          try {
            await setAll('a');
          } catch (e) {
            try {
              await setAll('b');
            } catch {
              consistent = false; // leave the journal entry: the next start re-applies or undoes it
            }
            throw e;
          } finally {
            await this.store.durable(collections);
          }
        });
      } finally {
        if (consistent) await this.journal.end(txn.id);
      }
    });
  }

  private checkUnchanged(txn: Transaction, collection: string, id: DocId): void {
    if (this.store.clock.versionOf(collection, id) > txn.startSeq) this.conflict(txn);
  }

  private conflict(txn: Transaction): never {
    if (!txn.committing) this.end(txn, 'conflict');
    throw transactionConflict();
  }

  private end(txn: Transaction, reason: EndReason): void {
    if (txn.ended) return;
    txn.ended = reason;
    this.open.delete(txn.id);
    for (const key of txn.writes.keys()) if (this.writers.get(key) === txn.id) this.writers.delete(key);
    this.finished.set(txn.id, txn);
    if (this.finished.size > KEEP_FINISHED) this.finished.delete(this.finished.keys().next().value as string);
    if (this.open.size === 0) this.store.clock.setTracking(false);
  }

  private sweep(): void {
    const now = Date.now();
    for (const txn of [...this.open.values()]) if (!txn.committing && now > txn.deadline) this.end(txn, 'timeout');
  }
}
