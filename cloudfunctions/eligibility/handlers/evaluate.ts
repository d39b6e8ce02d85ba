import { checkAndEvaluate, chinaDate, type EligibilityResult, type Round } from '../../../shared/policy';
import { refreshQuietly } from '../../kit/recipients';
import { AppError } from '../../../shared/errors/app-error';
import type { Handler } from '../../kit/dispatch';
import { putDoc, readDoc } from '../../kit/docs';
import { newId } from '../../kit/ids';
import { routeSummary, trimSavedChecks, type CheckDoc } from '../checks';
import { fromDoc, publishedRounds } from '../rounds';
import { refreshWatchQuietly } from '../policy-match';

/**
 * The authoritative evaluation: the same engine the phone ran, on the server's clock and the published rounds
 * (the chosen one, or by default the open one). Field issues come back under `profile.` / `round.` so the form
 * can put each message under its question.
 */
export const evaluate: Handler<'eligibility', 'evaluate'> = async (input, { actor, db, now }) => {
  const asOf = input.asOf ?? chinaDate(now);
  let round: Round | undefined;
  if (input.roundId) {
    const doc = await readDoc<Round>(db, 'rounds', input.roundId);
    if (!doc) throw new AppError('NOT_FOUND', '该评审轮次不存在或已撤下', [{ path: 'roundId', message: '请重新选择评审轮次' }]);
    round = fromDoc(doc);
  }
  const rounds = await publishedRounds(db, asOf);
  const checked = checkAndEvaluate(input.profile, {
    asOf,
    ...(round ? { round } : {}),
    rounds,
    ...(input.countToAsOf ? { countToAsOf: true } : {}),
  });
  if (!checked.ok) {
    const issues = checked.issues.map((i) => ({
      path: i.path.startsWith('round') || i.path === 'asOf' ? i.path : `profile.${i.path}`,
      message: i.message,
    }));
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
    rulesetVersion: result.rulesetVersion,
    profile: input.profile,
    result,
    routes: routeSummary(result),
  };
  await putDoc(db, 'eligibility_checks', { ...doc });
  await trimSavedChecks(db, actor.openid);
  await refreshQuietly(db, [actor.openid], now);
  // 政策找人: a consenting person's matching follows the new check.
  await refreshWatchQuietly(db, actor.openid, { id: doc._id, result }, now);
  return { result, savedId: doc._id };
};
