import { checkAndEvaluate, chinaDate, type EligibilityResult, type Round } from '../../../shared/policy';
import { AppError } from '../../../shared/contracts/errors';
import type { Handler } from '../../kit/dispatch';
import { putDoc, readDoc } from '../../kit/docs';
import { newId } from '../../kit/ids';
import { routeSummary, type CheckDoc } from '../checks';

/**
 * The authoritative evaluation: the same engine the phone ran, on the server's clock and the published round.
 * Field issues come back under `profile.` / `round.` so the form can put each message under its question.
 */
export const evaluate: Handler<'eligibility', 'evaluate'> = async (input, { actor, db, now }) => {
  const asOf = input.asOf ?? chinaDate(now);
  let round: Round | undefined;
  if (input.roundId) {
    round = (await readDoc<Round>(db, 'rounds', input.roundId)) ?? undefined;
    if (!round) throw new AppError('NOT_FOUND', '该评审轮次不存在或已撤下', [{ path: 'roundId', message: '请重新选择评审轮次' }]);
  }
  const checked = checkAndEvaluate(input.profile, { asOf, round: round && stripId(round) });
  if (!checked.ok) {
    const issues = checked.issues.map((i) => ({ path: i.path.startsWith('round') || i.path === 'asOf' ? i.path : `profile.${i.path}`, message: i.message }));
    throw new AppError('VALIDATION', issues[0]?.message, issues);
  }
  const result: EligibilityResult = checked.value;
  if (!input.save) return { result };
  const doc: CheckDoc = {
    _id: newId(),
    openid: actor.openid,
    at: now.toISOString(),
    asOf,
    ...(input.roundId ? { roundId: input.roundId } : {}),
    profile: input.profile,
    result,
    routes: routeSummary(result),
  };
  await putDoc(db, 'eligibility_checks', { ...doc });
  return { result, savedId: doc._id };
};

/** Rounds are stored with CloudBase's _id; the policy's round schema knows only its own fields. */
function stripId(round: Round & { _id?: string }): Round {
  const { _id, ...rest } = round;
  return { ...rest, id: rest.id ?? _id };
}
