import { canPublishRound } from '../../../shared/auth/policy';
import { AppError } from '../../../shared/errors/app-error';
import { checkRound, chinaDate } from '../../../shared/policy';
import { auditEntry } from '../../kit/audit';
import type { Handler } from '../../kit/dispatch';
import { putDoc } from '../../kit/docs';
import { newId } from '../../kit/ids';
import { publishedRounds } from '../rounds';
import { inTransaction } from '../../kit/transaction';

const CITY_BUREAU = '包头市人力资源和社会保障局';

/** Published socialized rounds, newest first; closed ones only on request. Open to visitors (see ../index.ts). */
export const listRounds: Handler<'eligibility', 'rounds.list'> = async (input, { db, now }) => ({
  items: await publishedRounds(db, chinaDate(now), input.includeClosed),
});

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
