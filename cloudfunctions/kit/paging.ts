import type { Database } from './cloud';

type Collection = ReturnType<Database['collection']>;

/** One page of a query and the total it pages through, in two requests sent together. */
export async function pageOf<T>(
  coll: Collection,
  where: object,
  order: { field: string; direction: 'asc' | 'desc' },
  page: { page: number; pageSize: number },
  fields?: Record<string, boolean>,
): Promise<{ items: T[]; total: number }> {
  let query = coll
    .where(where)
    .orderBy(order.field, order.direction)
    .skip((page.page - 1) * page.pageSize)
    .limit(page.pageSize);
  if (fields) query = query.field(fields);
  const [count, res] = await Promise.all([coll.where(where).count(), query.get()]);
  return { items: res.data as T[], total: count.total };
}
