import { AppError } from '../../../shared/errors/app-error';
import { isTransactionConflict } from '../../kit/errors';
import type { Handler } from '../../kit/dispatch';
import { act } from '../act';
import { detailFor } from '../views';
import { publishDefenseNotice } from '../../announcements/defense';

/** One step on one file, compare-and-set on the version the caller saw, idempotent per request id. */
export const transitionApplication: Handler<'applications', 'transition'> = async (input, ctx) => {
  // Objections are public text: they go through notices.object, which runs the content check first.
  if (input.action === 'file_objection') throw new AppError('VALIDATION', '请通过公示页面提出异议');
  const { app, replayed } = await act(ctx, input.id, input.action, input.input, input.expectedVersion);
  // 附件2 第三项: the defense notice is published with the scheduling (shared/announcements defenseNotice).
  if (input.action === 'schedule_defense' && !replayed) await publishDefenseNotice(ctx, app);
  return { ...(await detailFor(ctx, app)), replayed };
};

/** The same step on several files (e.g. a bureau accepting a batch delivered together), each its own transaction. */
export const batchTransition: Handler<'applications', 'batch'> = async (input, ctx) => {
  if (input.action === 'file_objection') throw new AppError('VALIDATION', '请通过公示页面提出异议');
  const results = [];
  for (const id of [...new Set(input.ids)]) {
    try {
      const { app } = await act(ctx, id, input.action, input.input, undefined, `${ctx.requestId}-b`);
      results.push({ id, ok: true, version: app.version });
    } catch (err) {
      if (err instanceof AppError) results.push({ id, ok: false, code: err.code, message: err.message });
      else if (isTransactionConflict(err)) results.push({ id, ok: false, code: 'CONFLICT', message: '这份申报已被他人处理，请刷新后重试' });
      else throw err;
    }
  }
  return { results };
};
