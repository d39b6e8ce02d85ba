import type { EligibilityHistoryItem } from '../../shared/contracts';
import type { EligibilityResult } from '../../shared/policy';

/** A saved self-check: the person's own answers and the result, readable only by them. */
export interface CheckDoc {
  _id: string;
  openid: string;
  at: string;
  asOf: string;
  roundId?: string;
  profile: Record<string, unknown>;
  result: EligibilityResult;
  routes: EligibilityHistoryItem['routes'];
}

export function routeSummary(result: EligibilityResult): EligibilityHistoryItem['routes'] {
  return result.routes.map((r) => ({
    id: r.id,
    name: r.name,
    titleName: r.title.titleName,
    verdict: r.verdict,
    ...(r.eligibleFrom ? { eligibleFrom: r.eligibleFrom } : {}),
  }));
}
