import type { Database } from './cloud';

/** The part of a collection reference we use; transactions and the plain database both provide it. */
type DocsSource = Pick<Database, 'collection'>;

/** Write a document whose _id we chose (works inside a transaction, where ids must be known up front). */
export async function putDoc(src: DocsSource, collection: string, doc: { _id: string } & Record<string, unknown>): Promise<void> {
  const { _id, ...body } = doc;
  await src.collection(collection).doc(_id).set(body);
}

/** Read one document by id, in or out of a transaction (the SDK answers the two differently). */
export async function readDoc<T>(src: DocsSource, collection: string, id: string): Promise<T | null> {
  const res = await src.collection(collection).doc(id).get();
  const data = (res as { data: unknown }).data;
  if (Array.isArray(data)) return (data[0] as T) ?? null;
  return (data as T) ?? null;
}

/** Whether a write failed because a document with that _id (or unique key) exists already. */
export function isDuplicate(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  const msg = (err as { message?: unknown } | null)?.message;
  return (typeof code === 'string' && /DUPLICATE/i.test(code)) || (typeof msg === 'string' && /duplicate|unique/i.test(msg));
}

/** Insert a document whose _id we chose, once: false when it exists already (a run done twice adds nothing). */
export async function insertOnce(db: DocsSource, collection: string, doc: { _id: string } & Record<string, unknown>): Promise<boolean> {
  try {
    await db.collection(collection).add(doc);
    return true;
  } catch (err) {
    if (isDuplicate(err)) return false;
    throw err;
  }
}
