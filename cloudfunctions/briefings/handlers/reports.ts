import { AppError } from '../../../shared/errors/app-error';
import { isCityWide, officerDistricts } from '../../../shared/auth/policy';
import type { CheckIn } from '../../../shared/briefings';
import {
  ATTENDANCE_COLUMNS,
  attendanceRows,
  BRIEFING_RULES,
  cadenceStatus,
  cadenceSummary,
  parseQuarter,
  quarterKey,
  quarterLabel,
  quarterOf,
  quarterRange,
} from '../../../shared/briefings';
import { DISTRICT_CODES, type DistrictCode } from '../../../shared/org/districts';
import { addDays, chinaDate } from '../../../shared/time/dates';
import { chinaInstant, formatChinaTime } from '../../../shared/time/instants';
import { auditEntry } from '../../kit/audit';
import type { Handler } from '../../kit/dispatch';
import { putDoc } from '../../kit/docs';
import { C, fromSessionDoc, isStaffOf, notFound, visible, type SessionDoc } from '../store';

/** 签到表: the roster with check-in times, full names (the organizer's own list), audited. */
export const exportAttendance: Handler<'briefings', 'attendance.export'> = async (input, ctx) => {
  const { s, r } = await visible(ctx, input.id);
  if (!isStaffOf(ctx.actor, s)) throw notFound();
  const res = await ctx.db.collection(C.checkins).where({ sessionId: s.id }).limit(1000).get();
  const rows = attendanceRows(r, res.data as CheckIn[], true);
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = '职称通';
  const ws = wb.addWorksheet('签到表');
  ws.addRow([`${s.topic} 签到表（${formatChinaTime(s.startsAt)}）`]);
  ws.mergeCells(1, 1, 1, ATTENDANCE_COLUMNS.length + 1);
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.addRow(['序号', ...ATTENDANCE_COLUMNS.map((c) => c.header)]).font = { bold: true };
  ws.getColumn(1).width = 6;
  ATTENDANCE_COLUMNS.forEach((c, i) => (ws.getColumn(i + 2).width = c.width));
  rows.forEach((row, i) => ws.addRow([i + 1, ...ATTENDANCE_COLUMNS.map((c) => row[c.key])]));
  const base64 = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer).toString('base64');
  await putDoc(ctx.db, 'audit', {
    ...auditEntry({
      at: ctx.now.toISOString(),
      actor: ctx.actor.openid,
      action: 'briefing.attendance.export',
      target: `briefings/${s.id}`,
      requestId: ctx.requestId,
    }),
    detail: { rows: rows.length },
  });
  return { filename: `宣讲签到表-${chinaDate(ctx.now)}.xlsx`, base64, rows: rows.length };
};

/** The regular system's dashboard: each district this quarter (the city sees all, a district its own). */
export const briefingCadence: Handler<'briefings', 'cadence'> = async (input, ctx) => {
  const { actor, db, now } = ctx;
  const districts: DistrictCode[] = isCityWide(actor) ? [...DISTRICT_CODES] : [...new Set(officerDistricts(actor))];
  if (!districts.length) throw new AppError('FORBIDDEN', '只有人社部门可以查看宣讲完成情况');
  const q = input.quarter ? parseQuarter(input.quarter) : quarterOf(chinaDate(now));
  if (!q) throw new AppError('VALIDATION', '季度格式应为 2026-Q4', [{ path: 'quarter', message: '季度格式应为 2026-Q4' }]);
  const { from, to } = quarterRange(q);
  const _ = db.command;
  const res = await db
    .collection(C.sessions)
    .where({ status: 'scheduled', startsAt: _.gte(chinaInstant(from, '00:00')).and(_.lt(chinaInstant(addDays(to, 1), '00:00'))) })
    .orderBy('startsAt', 'asc')
    .limit(1000)
    .get();
  const sessions = (res.data as SessionDoc[]).map(fromSessionDoc);
  const rows = cadenceStatus(districts, sessions, q, now);
  return {
    quarter: quarterKey(q),
    label: quarterLabel(q),
    perQuarter: BRIEFING_RULES.cadence.parameters.perQuarter,
    rows,
    summary: cadenceSummary(rows),
  };
};
