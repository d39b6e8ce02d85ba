import { AppError } from '../../../shared/errors/app-error';
import { staffOrgIds } from '../../../shared/auth/policy';
import { chinaDate } from '../../../shared/time/dates';
import { SERIES_CATALOGUE, seriesLevel, type SeriesId } from '../../../shared/policy/series';
import type { TitleLevel } from '../../../shared/policy/vocabulary';
import { WORKFLOW_LABELS, stageLabel, visibleApplications, type Application } from '../../../shared/workflow';
import { auditEntry } from '../../kit/audit';
import type { Handler, HandlerContext } from '../../kit/dispatch';
import { putDoc } from '../../kit/docs';
import { toWhere } from '../../kit/where';
import { fromDoc, type AppDoc } from '../documents';
import { queueWhere } from './read';

/** Exports stay well under the 1 MB answer limit: at most this many rows. */
export const MAX_EXPORT_ROWS = 2000;

const ROSTER_COLUMNS = [
  { header: '序号', width: 6 },
  { header: '姓名', width: 10 },
  { header: '工作单位', width: 30 },
  { header: '申报系列', width: 14 },
  { header: '申报级别', width: 10 },
  { header: '申报职称', width: 16 },
  { header: '申报渠道', width: 10 },
  { header: '申报路径', width: 24 },
  { header: '政策依据', width: 8 },
  { header: '现职称', width: 12 },
  { header: '办理环节', width: 14 },
  { header: '备注', width: 16 },
];

async function loadAll(ctx: HandlerContext, where: object): Promise<Application[]> {
  const out: Application[] = [];
  const coll = ctx.db.collection('applications');
  while (out.length < MAX_EXPORT_ROWS) {
    const res = await coll.where(where).orderBy('createdAt', 'asc').skip(out.length).limit(Math.min(1000, MAX_EXPORT_ROWS - out.length)).get();
    const docs = res.data as AppDoc[];
    out.push(...docs.map(fromDoc));
    if (docs.length < 1000) break;
  }
  return out;
}

async function workbook(title: string, apps: Application[], currentTitles: Map<string, string>): Promise<string> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = '职称通';
  const ws = wb.addWorksheet('申报人员花名册');
  ws.addRow([title]);
  ws.mergeCells(1, 1, 1, ROSTER_COLUMNS.length);
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.getRow(1).alignment = { horizontal: 'center' };
  ws.addRow(ROSTER_COLUMNS.map((c) => c.header)).font = { bold: true };
  ROSTER_COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  apps.forEach((a, i) =>
    ws.addRow([
      i + 1,
      a.applicant.name,
      a.employer.name,
      a.title.seriesName,
      a.title.levelName,
      a.title.titleName,
      WORKFLOW_LABELS[a.workflow],
      a.origin.routeName,
      a.origin.clause,
      currentTitles.get(a.id) ?? '',
      stageLabel(a.stage),
      '',
    ]),
  );
  const buf = await wb.xlsx.writeBuffer();
  return Buffer.from(buf as ArrayBuffer).toString('base64');
}

/** The current title, if the saved self-check recorded one. */
async function currentTitlesOf(ctx: HandlerContext, apps: Application[]): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  const ids = [...new Set(apps.map((a) => a.origin.checkId).filter((x): x is string => !!x))];
  const _ = ctx.db.command;
  for (let i = 0; i < ids.length; i += 100) {
    const res = await ctx.db.collection('eligibility_checks').where({ _id: _.in(ids.slice(i, i + 100)) }).field({ _id: true, profile: true }).limit(100).get();
    const byCheck = new Map((res.data as { _id: string; profile?: Record<string, unknown> }[]).map((d) => [d._id, d.profile]));
    for (const a of apps) {
      const p = a.origin.checkId ? byCheck.get(a.origin.checkId) : undefined;
      const t = p?.currentTitle as { series?: SeriesId; level?: TitleLevel } | null | undefined;
      const name = t?.series && t.level ? seriesLevel(SERIES_CATALOGUE, t.series, t.level)?.titleName : undefined;
      if (name) map.set(a.id, name);
    }
  }
  return map;
}

async function record(ctx: HandlerContext, action: string, target: string, rows: number): Promise<void> {
  await putDoc(ctx.db, 'audit', {
    ...auditEntry({ at: ctx.now.toISOString(), actor: ctx.actor.openid, action, target, requestId: ctx.requestId }),
    detail: { rows },
  });
}

/** 《申报人员花名册》 of the HR's employer (附件1 第三项). */
export const exportRoster: Handler<'applications', 'export.roster'> = async (_input, ctx) => {
  const orgs = staffOrgIds(ctx.actor, 'employer_hr');
  if (!orgs.length) throw new AppError('FORBIDDEN', '只有单位人事可以导出本单位的申报人员花名册');
  const _ = ctx.db.command;
  const apps = await loadAll(ctx, _.and([toWhere(ctx.db, visibleApplications(ctx.actor)), { employerOrgId: _.in(orgs) }] as never));
  const employer = apps[0]?.employer.name ?? '';
  const base64 = await workbook(`${employer}申报人员花名册`, apps, await currentTitlesOf(ctx, apps));
  await record(ctx, 'export.roster', `organizations/${orgs[0]}`, apps.length);
  return { filename: `申报人员花名册-${chinaDate(ctx.now)}.xlsx`, base64, rows: apps.length };
};

/** An officer's (or HR's/recommender's) filtered queue as a spreadsheet. */
export const exportQueue: Handler<'applications', 'export.queue'> = async (input, ctx) => {
  const apps = await loadAll(ctx, queueWhere(ctx.db, ctx.actor, input, ctx.now));
  const base64 = await workbook('职称申报汇总表', apps, await currentTitlesOf(ctx, apps));
  await record(ctx, 'export.queue', 'applications', apps.length);
  return { filename: `职称申报汇总-${chinaDate(ctx.now)}.xlsx`, base64, rows: apps.length };
};
