import { AppError } from '../../../shared/contracts/errors';
import type { Handler } from '../../kit/dispatch';
import { readDoc } from '../../kit/docs';
import type { CheckDoc } from '../checks';

/** The person's own saved checks, newest first. */
export const history: Handler<'eligibility', 'history'> = async (input, { actor, db }) => {
  const coll = db.collection('eligibility_checks');
  const where = { openid: actor.openid };
  const [count, page] = await Promise.all([
    coll.where(where).count(),
    coll
      .where(where)
      .orderBy('at', 'desc')
      .skip((input.page - 1) * input.pageSize)
      .limit(input.pageSize)
      .field({ _id: true, at: true, asOf: true, roundId: true, routes: true })
      .get(),
  ]);
  const items = (page.data as CheckDoc[]).map((d) => ({ id: d._id, at: d.at, asOf: d.asOf, ...(d.roundId ? { roundId: d.roundId } : {}), routes: d.routes }));
  return { items, total: count.total };
};

/** One saved check; someone else's is answered exactly like a missing one. */
export const historyGet: Handler<'eligibility', 'history.get'> = async (input, { actor, db }) => {
  const doc = await readDoc<CheckDoc>(db, 'eligibility_checks', input.id);
  if (!doc || doc.openid !== actor.openid) throw new AppError('NOT_FOUND', '这条自测记录不存在');
  return { id: doc._id, at: doc.at, profile: doc.profile, result: doc.result };
};
