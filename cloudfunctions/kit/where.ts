import type { Condition as WorkflowCondition } from '../../shared/workflow/visibility';
import type { Condition as AnnouncementCondition } from '../../shared/announcements/condition';
import type { Database } from './cloud';

type AnyCondition = WorkflowCondition | AnnouncementCondition<string>;

/**
 * A condition from shared/ as a node-sdk query (`db.command` operators). The database's own semantics apply:
 * on an array-valued field `eq`/`in`/a range match when any element does (so `in` = shares an element) and
 * `ne` when no element equals.
 */
export function toWhere(db: Database, c: AnyCondition): object {
  const _ = db.command;
  if ('and' in c) return _.and((c.and as readonly AnyCondition[]).map((x) => toWhere(db, x)) as never);
  if ('or' in c) return _.or((c.or as readonly AnyCondition[]).map((x) => toWhere(db, x)) as never);
  if ('eq' in c) return { [c.key]: c.eq };
  if ('in' in c) return { [c.key]: _.in([...c.in] as never) };
  if ('ne' in c) return { [c.key]: _.neq(c.ne) };
  if ('lt' in c) return { [c.key]: _.lt(c.lt) };
  if ('lte' in c) return { [c.key]: _.lte(c.lte) };
  if ('gt' in c) return { [c.key]: _.gt(c.gt) };
  return { [c.key]: _.gte((c as { gte: string | number }).gte) };
}
