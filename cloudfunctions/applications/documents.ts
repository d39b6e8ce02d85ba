import { AppError } from '../../shared/errors/app-error';
import { chinaDate } from '../../shared/time/dates';
import type { Application } from '../../shared/workflow';
import { applicationKeys, isTerminal } from '../../shared/workflow';
import type { Database } from '../kit/cloud';
import { readDoc } from '../kit/docs';

/**
 * How an application is stored: the workflow's Application plus flat copies of the fields the queues
 * filter on (so each query has an index): applicant openid, employer, district, recommending body, series,
 * route, whether it is open, and the date the current step is due by.
 */
export interface AppDoc extends Application {
  _id: string;
  applicantOpenid: string;
  employerOrgId: string;
  district: string;
  bodyOrgId: string | null;
  series: string;
  routeId: string;
  open: boolean;
  dueBy: string | null;
  closedAt: string | null;
}

const INDEX_FIELDS = [
  '_id',
  'applicantOpenid',
  'employerOrgId',
  'district',
  'bodyOrgId',
  'series',
  'routeId',
  'open',
  'dueBy',
  'closedAt',
] as const;

export function dueByOf(app: Application): string | null {
  return app.expected.find((s) => s.stage === app.stage)?.by ?? null;
}

export function toDoc(app: Application, previous?: AppDoc | null): AppDoc {
  const open = !isTerminal(app.stage);
  return {
    ...app,
    _id: app.id,
    ...applicationKeys(app),
    stage: app.stage,
    series: app.title.series,
    routeId: app.origin.routeId,
    open,
    dueBy: open ? dueByOf(app) : null,
    closedAt: open ? null : (previous?.closedAt ?? app.updatedAt),
  };
}

export function fromDoc(doc: AppDoc): Application {
  const out = { ...doc } as Record<string, unknown>;
  for (const k of INDEX_FIELDS) delete out[k];
  return out as unknown as Application;
}

export async function loadApp(db: Pick<Database, 'collection'>, id: string): Promise<AppDoc | null> {
  return readDoc<AppDoc>(db, 'applications', id);
}

export function today(now: Date): string {
  return chinaDate(now);
}

export function notFound(): AppError {
  return new AppError('NOT_FOUND', '这份申报不存在或您无权查看');
}
