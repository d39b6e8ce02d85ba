import { AppError } from '../../../shared/errors/app-error';
import type { Handler } from '../../kit/dispatch';
import { readDoc } from '../../kit/docs';
import { pageOf } from '../../kit/paging';
import type { CheckDoc } from '../checks';

/** The person's own saved checks, newest first. */
export const history: Handler<'eligibility', 'history'> = async (input, { actor, db }) => {
  const { items: docs, total } = await pageOf<CheckDoc>(
    db.collection('eligibility_checks'),
    { openid: actor.openid },
    { field: 'at', direction: 'desc' },
    input,
    { _id: true, at: true, asOf: true, roundId: true, rulesetVersion: true, routes: true },
  );
  const items = docs.map((d) => ({
    id: d._id,
    at: d.at,
    asOf: d.asOf,
    ...(d.roundId ? { roundId: d.roundId } : {}),
    ...(d.rulesetVersion ? { rulesetVersion: d.rulesetVersion } : {}),
    routes: d.routes,
  }));
  return { items, total };
};

/** One saved check; someone else's is answered exactly like a missing one. */
export const historyGet: Handler<'eligibility', 'history.get'> = async (input, { actor, db }) => {
  const doc = await readDoc<CheckDoc>(db, 'eligibility_checks', input.id);
  if (!doc || doc.openid !== actor.openid) throw new AppError('NOT_FOUND', '这条自测记录不存在');
  const rulesetVersion = doc.rulesetVersion ?? doc.result.rulesetVersion;
  return { id: doc._id, at: doc.at, profile: doc.profile, ...(rulesetVersion ? { rulesetVersion } : {}), result: doc.result };
};
