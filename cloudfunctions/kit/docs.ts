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
