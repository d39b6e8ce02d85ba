/**
 * Redo/undo journal that makes a transaction commit atomic across a crash. Before a commit touches any
 * datafile, `{ begin, ops: [{ c, i, b, a }] }` (collection, id, before, after) is appended and fsynced;
 * after every datafile is fsynced, `{ end }` is appended. At start, a commit that began but never ended
 * is re-applied (after-images), or undone (before-images) if re-applying fails. In memory it does nothing.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { EJSON } from 'bson';
import type { Doc, DocId } from '../document-rules';
import type { CollectionStore } from './collection-store';
import { fsyncFile } from './file-sync';
import { KeyedMutex } from './keyed-mutex';

export interface JournalOp {
  c: string;
  i: DocId;
  b: Doc | null;
  a: Doc | null;
}

const JOURNAL_FILE = '_transactions.journal';

export class CommitJournal {
  private readonly mutex = new KeyedMutex();
  private open = 0;

  private constructor(private readonly filename: string | null) {}

  /** Recovers unfinished commits into `store`, then returns an empty journal. */
  static async open(dataDir: string | null, store: CollectionStore): Promise<CommitJournal> {
    if (!dataDir) return new CommitJournal(null);
    const filename = path.join(dataDir, JOURNAL_FILE);
    const pending = await readPending(filename);
    for (const ops of pending) await recover(store, ops);
    await fs.writeFile(filename, '');
    await fsyncFile(filename);
    return new CommitJournal(filename);
  }

  async begin(txnId: string, ops: JournalOp[]): Promise<void> {
    if (!this.filename) return;
    const filename = this.filename;
    await this.mutex.run(['journal'], async () => {
      this.open++;
      await fs.appendFile(filename, `${EJSON.stringify({ begin: txnId, ops }, { relaxed: false })}\n`);
      await fsyncFile(filename);
    });
  }

  async end(txnId: string): Promise<void> {
    if (!this.filename) return;
    const filename = this.filename;
    await this.mutex.run(['journal'], async () => {
      this.open--;
      // Nothing in flight: forget everything (the datafiles are already fsynced). Either way the end
      // must be durable before the commit's locks are released, or a later recovery could re-apply
      // after-images over newer writes.
      if (this.open === 0) await fs.writeFile(filename, '');
      else await fs.appendFile(filename, `${JSON.stringify({ end: txnId })}\n`);
      await fsyncFile(filename);
    });
  }
}

async function readPending(filename: string): Promise<JournalOp[][]> {
  let text: string;
  try {
    text = await fs.readFile(filename, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const begun = new Map<string, JournalOp[]>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let entry: { begin?: string; end?: string; ops?: JournalOp[] };
    try {
      entry = EJSON.parse(line, { relaxed: true }) as typeof entry;
    } catch {
      continue; // a torn last line: that commit never finished its begin record, so nothing was applied
    }
    if (entry.begin && Array.isArray(entry.ops)) begun.set(entry.begin, entry.ops);
    else if (entry.end) begun.delete(entry.end);
  }
  return [...begun.values()];
}

async function recover(store: CollectionStore, ops: JournalOp[]): Promise<void> {
  const known = ops.filter((op) => store.has(op.c));
  const collections = [...new Set(known.map((op) => op.c))];
  const apply = async (side: 'a' | 'b') => {
    for (const c of collections) {
      await store.setStates(c, known.filter((op) => op.c === c).map((op) => ({ id: op.i, doc: op[side] })));
    }
  };
  try {
    await apply('a');
  } catch {
    await apply('b');
  }
  await store.durable(collections);
}
