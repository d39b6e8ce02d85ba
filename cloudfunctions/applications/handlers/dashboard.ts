import { AppError } from '../../../shared/contracts/errors';
import { seesStatistics, visibleApplications } from '../../../shared/workflow';
import { toWhere } from '../../kit/where';
import type { Handler } from '../../kit/dispatch';
import { today } from '../store';

interface Group {
  _id: { stage: string; district: string; series: string; routeId: string; created: string; closed: string | null };
  count: number;
  overdue: number;
}

/**
 * Counts by stage × district × series × route, overdue per step, monthly throughput. One aggregate pipeline,
 * so the collection is scanned once: grouped by those four keys plus the months created and closed, with
 * the overdue files summed in the same pass; the three views are folded from the groups.
 */
export const dashboard: Handler<'applications', 'dashboard'> = async (_input, { actor, db, now }) => {
  const _ = db.command;
  const $ = _.aggregate;
  if (!seesStatistics(actor)) throw new AppError('FORBIDDEN', '只有人社部门工作人员可以查看统计');
  const d = today(now);
  const res = await db
    .collection('applications')
    .aggregate()
    .match(toWhere(db, visibleApplications(actor)))
    .group({
      _id: {
        stage: '$stage',
        district: '$district',
        series: '$series',
        routeId: '$routeId',
        created: $.substr(['$createdAt', 0, 7]),
        closed: $.cond({ if: $.gt(['$closedAt', '']), then: $.substr(['$closedAt', 0, 7]), else: null }),
      },
      count: $.sum(1),
      // open, with a due date (null sorts below '') before today
      overdue: $.sum($.cond({ if: $.and([$.eq(['$open', true]), $.gt(['$dueBy', '']), $.lt(['$dueBy', d])]), then: 1, else: 0 })),
    })
    .end();
  const groups = res.data as Group[];
  const cells = new Map<string, { stage: string; district: string; series: string; routeId: string; count: number }>();
  const overdue = new Map<string, number>();
  const months = new Map<string, { month: string; created: number; closed: number }>();
  const month = (k: string) => months.get(k) ?? months.set(k, { month: k, created: 0, closed: 0 }).get(k)!;
  for (const g of groups) {
    const { stage, district, series, routeId, created, closed } = g._id;
    month(created).created += g.count;
    if (closed) month(closed).closed += g.count;
    if (g.overdue) overdue.set(stage, (overdue.get(stage) ?? 0) + g.overdue);
    if (stage === 'draft') continue;
    const key = `${stage}|${district}|${series}|${routeId}`;
    const cell = cells.get(key) ?? cells.set(key, { stage, district, series, routeId, count: 0 }).get(key)!;
    cell.count += g.count;
  }
  return {
    byStage: [...cells.values()].sort((a, b) => b.count - a.count),
    overdue: [...overdue].map(([stage, count]) => ({ stage, count })).sort((a, b) => b.count - a.count),
    monthly: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
  };
};
