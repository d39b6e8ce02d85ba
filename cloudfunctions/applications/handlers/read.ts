import { AppError } from '../../../shared/errors/app-error';
import type { Actor } from '../../../shared/auth/roles';
import { canSeeApplication, visibleApplications, worksOnApplications } from '../../../shared/workflow';
import type { Database } from '../../kit/cloud';
import type { Handler } from '../../kit/dispatch';
import { toWhere } from '../../kit/where';
import { detailFor, listItem } from '../views';
import { fromDoc, loadApp, notFound, today, type AppDoc } from '../documents';

export const getApplication: Handler<'applications', 'get'> = async (input, ctx) => {
  const doc = await ((ctx.prefetched as Promise<AppDoc | null> | undefined) ?? loadApp(ctx.db, input.id));
  if (!doc) throw notFound();
  const app = fromDoc(doc);
  if (!canSeeApplication(ctx.actor, app)) throw notFound();
  return detailFor(ctx, app);
};

export const mine: Handler<'applications', 'mine'> = async (_input, { actor, db, now }) => {
  const res = await db.collection('applications').where({ applicantOpenid: actor.openid }).orderBy('updatedAt', 'desc').limit(50).get();
  const d = today(now);
  return { items: (res.data as AppDoc[]).map((doc) => listItem(fromDoc(doc), d, actor)) };
};

export interface QueueFilters {
  stage?: string;
  district?: string;
  series?: string;
  route?: string;
  workflow?: string;
  overdue?: boolean;
  keyword?: string;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The query for a queue: what the actor may see (shared/workflow/visibility) AND the filters. */
export function queueWhere(db: Database, actor: Actor, f: QueueFilters, now: Date): object {
  if (!worksOnApplications(actor)) throw new AppError('FORBIDDEN', '只有单位人事、推荐单位和人社部门工作人员可以查看申报列表');
  const _ = db.command;
  const and: object[] = [toWhere(db, visibleApplications(actor))];
  if (f.stage) and.push({ stage: f.stage });
  if (f.district) and.push({ district: f.district });
  if (f.series) and.push({ series: f.series });
  if (f.route) and.push({ routeId: f.route });
  if (f.workflow) and.push({ workflow: f.workflow });
  if (f.overdue === true) and.push({ open: true, dueBy: _.lt(today(now)) });
  if (f.keyword) {
    const re = db.RegExp({ regexp: escapeRegExp(f.keyword), options: 'i' });
    and.push(_.or([{ 'applicant.name': re }, { 'employer.name': re }]));
  }
  return and.length === 1 ? and[0] : _.and(and as never);
}

export const queue: Handler<'applications', 'queue'> = async (input, { actor, db, now }) => {
  const where = queueWhere(db, actor, input, now);
  const coll = db.collection('applications');
  const [count, res] = await Promise.all([
    coll.where(where).count(),
    coll.where(where).orderBy('updatedAt', 'desc').skip((input.page - 1) * input.pageSize).limit(input.pageSize).get(),
  ]);
  const d = today(now);
  return { items: (res.data as AppDoc[]).map((doc) => listItem(fromDoc(doc), d, actor)), total: count.total };
};
