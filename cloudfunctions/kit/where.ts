import type { Condition } from '../../shared/workflow/visibility';
import type { Database } from './cloud';

/** A visibility condition from shared/ as a node-sdk query (`db.command` operators). */
export function toWhere(db: Database, c: Condition): object {
  const _ = db.command;
  if ('and' in c) return _.and(c.and.map((x) => toWhere(db, x)) as never);
  if ('or' in c) return _.or(c.or.map((x) => toWhere(db, x)) as never);
  if ('eq' in c) return { [c.key]: c.eq };
  if ('in' in c) return { [c.key]: _.in([...c.in]) };
  return { [c.key]: _.neq(c.ne) };
}
