import { AppError } from '../../../shared/errors/app-error';
import { seesStatistics } from '../../../shared/workflow';
import type { Handler } from '../../kit/dispatch';
import { cellsOf, countedScope, readCounters, restOf, type Cell } from '../counters';
import { today } from '../documents';
import type { Stage } from '../../../shared/workflow/stages';

/**
 * Counts by stage × district × series × route, overdue per step, monthly throughput. The submitted files of the
 * city (or the officer's districts) come from the counters the transitions keep (../counters.ts); the few other
 * files the officer may see (their own, drafts included) are counted from the applications. Both are folded alike.
 */
export const dashboard: Handler<'applications', 'dashboard'> = async (_input, { actor, db, now }) => {
  const _ = db.command;
  if (!seesStatistics(actor)) throw new AppError('FORBIDDEN', '只有人社部门工作人员可以查看统计');
  const d = today(now);
  const scope = countedScope(actor);
  const [counters, rest] = await Promise.all([
    readCounters(db, scope.districts === 'all' ? {} : { district: _.in(scope.districts) }),
    scope.rest.length ? restOf(db, actor, scope) : [],
  ]);
  const counted: { cell: Cell; count: number }[] = counters.map((c) => ({ cell: c, count: c.count }));
  for (const doc of rest) for (const cell of cellsOf(doc, { drafts: true })) counted.push({ cell, count: 1 });

  const cells = new Map<string, Omit<Required<Cell>, 'kind' | 'month' | 'dueBy'> & { count: number }>();
  const overdue = new Map<Stage, number>();
  const months = new Map<string, { month: string; created: number; closed: number }>();
  const month = (k: string) => months.get(k) ?? months.set(k, { month: k, created: 0, closed: 0 }).get(k)!;
  for (const { cell: c, count } of counted) {
    if (c.kind === 'created') month(c.month!).created += count;
    else if (c.kind === 'closed') month(c.month!).closed += count;
    else if (c.kind === 'due') {
      if (c.dueBy! < d) overdue.set(c.stage!, (overdue.get(c.stage!) ?? 0) + count);
    } else if (c.stage !== 'draft') {
      const key = `${c.stage}|${c.district}|${c.series}|${c.routeId}`;
      const cell =
        cells.get(key) ??
        cells.set(key, { stage: c.stage!, district: c.district, series: c.series!, routeId: c.routeId!, count: 0 }).get(key)!;
      cell.count += count;
    }
  }
  return {
    byStage: [...cells.values()].sort((a, b) => b.count - a.count),
    overdue: [...overdue].map(([stage, count]) => ({ stage, count })).sort((a, b) => b.count - a.count),
    monthly: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
  };
};
