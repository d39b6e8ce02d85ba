import type { Database } from '../kit/cloud';
import type { EligibilityHistoryItem } from '../../shared/contracts';
import { headlineRoutes, type EligibilityResult } from '../../shared/policy';

/** A saved self-check: the person's own answers and the result, readable only by them. */
export interface CheckDoc {
  _id: string;
  openid: string;
  at: string;
  asOf: string;
  roundId?: string;
  /** The version of the rules that decided the result (result.rulesetVersion), for the history list; absent in older checks. */
  rulesetVersion?: string;
  profile: Record<string, unknown>;
  result: EligibilityResult;
  routes: EligibilityHistoryItem['routes'];
}

/** What the history lists per route: enough for the same headline as the result (highestLikelyTitle). */
export function routeSummary(result: EligibilityResult): EligibilityHistoryItem['routes'] {
  return headlineRoutes(result.routes);
}

/** How many saved self-checks one person keeps; the oldest beyond it are removed unless an application cites them. */
export const MAX_SAVED_CHECKS = 30;

/** Trim `openid`'s saved checks to MAX_SAVED_CHECKS, keeping every check an application was started from. */
export async function trimSavedChecks(db: Database, openid: string, max = MAX_SAVED_CHECKS): Promise<number> {
  const coll = db.collection('eligibility_checks');
  const total = (await coll.where({ openid }).count()).total;
  if (total <= max) return 0;
  const oldest = await coll
    .where({ openid })
    .orderBy('at', 'asc')
    .limit(Math.min(100, total - max))
    .field({ _id: true })
    .get();
  const ids = (oldest.data as { _id: string }[]).map((d) => d._id);
  const _ = db.command;
  const cited = await db
    .collection('applications')
    .where({ applicantOpenid: openid, 'origin.checkId': _.in(ids) })
    .field({ origin: true })
    .limit(100)
    .get();
  const keep = new Set((cited.data as { origin: { checkId?: string } }[]).map((a) => a.origin.checkId));
  const drop = ids.filter((id) => !keep.has(id));
  if (drop.length) await coll.where({ openid, _id: _.in(drop) }).remove();
  return drop.length;
}
