/** What each clause sets, in plain words: the facts live beside the clauses in shared/policy/clause-facts. */
import type { ClauseId } from '@shared/policy/clauses';
import { clauseFacts as factsOn, hotlines as hotlinesOn } from '@shared/policy/clause-facts';
import { today } from '../../../services/dates';

/** The clause's facts as the rules stand today (a dated change shows from its date). */
export function clauseFacts(id: ClauseId, asOf: string = today()): string[] {
  return factsOn(id, asOf);
}

export function hotlines(asOf: string = today()): string[] {
  return hotlinesOn(asOf);
}
