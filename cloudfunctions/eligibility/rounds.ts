import type { IsoDate, Round } from '../../shared/policy';
import { MAX_PUBLISHED_ROUNDS } from '../../shared/policy';
import type { Database } from '../kit/cloud';

/** Rounds are stored with CloudBase's _id; the policy's round schema knows only its own fields. */
export function fromDoc(doc: Round & { _id?: string }): Round {
  const { _id, ...rest } = doc;
  return { ...rest, id: rest.id ?? _id };
}

/**
 * The published socialized rounds not closed on `asOf` (every one with `includeClosed`), newest first, at
 * most MAX_PUBLISHED_ROUNDS: what `rounds.list` answers and what `evaluate` counts to by default.
 */
export async function publishedRounds(db: Database, asOf: IsoDate, includeClosed = false): Promise<Round[]> {
  const _ = db.command;
  const where = includeClosed ? {} : { applyTo: _.gte(asOf) };
  const res = await db.collection('rounds').where(where).orderBy('applyFrom', 'desc').limit(MAX_PUBLISHED_ROUNDS).get();
  return (res.data as (Round & { _id: string })[]).map(fromDoc);
}
