import { deskQueues } from '../../../shared/workflow';
import type { Handler } from '../../kit/dispatch';
import { today } from '../documents';
import { queueWhere } from './read';

interface Group {
  _id: string;
  count: number;
  overdue: number;
}

/**
 * 工作台: for each queue the caller works, the files waiting and those overdue — counted by the database in one
 * aggregate over the queue list's own query (queueWhere: the visibility rule), so each card's number is what
 * the list filtered to its stage shows. Overdue is the list's overdue filter: open with a due date before today.
 */
export const desk: Handler<'applications', 'desk'> = async (_input, { actor, db, now }) => {
  const _ = db.command;
  const $ = _.aggregate;
  const where = queueWhere(db, actor, {}, now);
  const queues = deskQueues(actor);
  if (!queues.length) return { queues: [] };
  const d = today(now);
  const res = await db
    .collection('applications')
    .aggregate()
    .match(_.and([where as never, { stage: _.in(queues.map((q) => q.stage)) }]))
    .group({
      _id: '$stage',
      count: $.sum(1),
      overdue: $.sum($.cond({ if: $.and([$.eq(['$open', true]), $.gt(['$dueBy', '']), $.lt(['$dueBy', d])]), then: 1, else: 0 })),
    })
    .end();
  const byStage = new Map((res.data as Group[]).map((g) => [g._id, g]));
  return {
    queues: queues.map((q) => ({
      stage: q.stage,
      label: q.label,
      count: byStage.get(q.stage)?.count ?? 0,
      overdue: byStage.get(q.stage)?.overdue ?? 0,
    })),
  };
};
