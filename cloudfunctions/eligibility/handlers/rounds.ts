import { canPublishRound } from '../../../shared/auth/policy';
import { AppError } from '../../../shared/contracts/errors';
import { checkRound, chinaDate, type Round } from '../../../shared/policy';
import { auditEntry } from '../../kit/audit';
import type { Handler } from '../../kit/dispatch';
import { putDoc } from '../../kit/docs';
import { newId } from '../../kit/ids';
import { inTransaction } from '../../kit/transaction';

const CITY_BUREAU = '包头市人力资源和社会保障局';

/** Published socialized rounds, newest first; closed ones only on request. */
export const listRounds: Handler<'eligibility', 'rounds.list'> = async (input, { db, now }) => {
  const _ = db.command;
  const where = input.includeClosed ? {} : { applyTo: _.gte(chinaDate(now)) };
  const res = await db.collection('rounds').where(where).orderBy('applyFrom', 'desc').limit(100).get();
  return { items: (res.data as (Round & { _id: string })[]).map(({ _id, ...r }) => ({ ...r, id: r.id ?? _id })) };
};

/** A city officer publishes a round (附件2 第二项: the city's annual arrangement); the policy validates it. */
export const publishRound: Handler<'eligibility', 'rounds.publish'> = async (input, { actor, db, now, requestId }) => {
  if (!canPublishRound(actor)) throw new AppError('FORBIDDEN', '只有市人社局可以发布评审轮次');
  const checked = checkRound({ ...input, id: newId(), publishedBy: CITY_BUREAU, publishedAt: now.toISOString() });
  if (!checked.ok) throw new AppError('VALIDATION', checked.issues[0]?.message, checked.issues);
  const round = checked.value;
  await inTransaction(db, async (tx) => {
    await putDoc(tx, 'rounds', { _id: round.id, ...round });
    await putDoc(tx, 'audit', { ...auditEntry({ at: round.publishedAt, actor: actor.openid, action: 'eligibility.rounds.publish', target: `rounds/${round.id}`, to: { name: round.name }, requestId }) });
  });
  return round;
};
