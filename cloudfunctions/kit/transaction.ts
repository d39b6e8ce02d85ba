import type { Database } from './cloud';

export type Tx = Pick<Database, 'collection'>;

/** Run writes atomically: all of them land or none (CloudBase transactions; conflicts surface as CONFLICT). */
export async function inTransaction<T>(db: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  return (await db.runTransaction(async (tx: Tx) => work(tx))) as T;
}
