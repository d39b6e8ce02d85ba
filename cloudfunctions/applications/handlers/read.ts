import { AppError } from '../../../shared/contracts/errors';
import { officerDistricts, staffOrgIds } from '../../../shared/auth/policy';
import type { Actor } from '../../../shared/auth/roles';
import type { Database } from '../../kit/cloud';
import type { Handler } from '../../kit/dispatch';
import { canSee, detailFor, fromDoc, listItem, loadApp, notFound, today, type AppDoc } from '../store';

export const getApplication: Handler<'applications', 'get'> = async (input, ctx) => {
  const doc = await loadApp(ctx.db, input.id);
  if (!doc) throw notFound();
  const app = fromDoc(doc);
  if (!canSee(app, ctx.actor)) throw notFound();
  return detailFor(ctx, app);
};

export const mine: Handler<'applications', 'mine'> = async (_input, { actor, db, now }) => {
  const res = await db.collection('applications').where({ applicantOpenid: actor.openid }).orderBy('updatedAt', 'desc').limit(50).get();
  const d = today(now);
  return { items: (res.data as AppDoc[]).map((doc) => listItem(fromDoc(doc), d, true)) };
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

/** The part of all files `actor` works on, as a query condition; FORBIDDEN for someone who works on none. */
export function scopeCondition(db: Database, actor: Actor): Record<string, unknown> | null {
  const _ = db.command;
  if (actor.grants.some((g) => (g.role === 'city_officer' || g.role === 'admin') && g.scope.kind === 'city')) return null;
  const parts: Record<string, unknown>[] = [];
  const districts = officerDistricts(actor);
  if (districts.length) parts.push({ district: _.in(districts) });
  const hr = staffOrgIds(actor, 'employer_hr');
  if (hr.length) parts.push({ employerOrgId: _.in(hr) });
  const bodies = staffOrgIds(actor, 'recommender');
  if (bodies.length) parts.push({ bodyOrgId: _.in(bodies) });
  if (!parts.length) throw new AppError('FORBIDDEN', '只有单位人事、推荐单位和人社部门工作人员可以查看申报列表');
  return parts.length === 1 ? parts[0] : { $or: parts };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The query for a queue: the actor's scope AND the filters. Drafts are the applicant's own business. */
export function queueWhere(db: Database, actor: Actor, f: QueueFilters, now: Date): object {
  const _ = db.command;
  const and: object[] = [];
  const scope = scopeCondition(db, actor);
  if (scope) and.push('$or' in scope ? _.or(scope.$or as object[]) : scope);
  and.push({ stage: f.stage ? f.stage : _.neq('draft') });
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
  return { items: (res.data as AppDoc[]).map((doc) => listItem(fromDoc(doc), d, false)), total: count.total };
};
