import { AppError } from '../../../shared/errors/app-error';
import { isAdmin, isCityWide, isOfficer } from '../../../shared/auth/policy';
import { auditEntry } from '../../kit/audit';
import type { Handler } from '../../kit/dispatch';
import { insertOnce, putDoc } from '../../kit/docs';
import { loadSettings, SETTINGS_ID } from '../notices';

/** The city's service setting for questions (第六条): working days to answer, hours of the reminder before. */

export const getSettings: Handler<'groups', 'settings.get'> = async (_input, ctx) => {
  if (!isOfficer(ctx.actor) && !isAdmin(ctx.actor)) throw new AppError('FORBIDDEN', '只有人社部门工作人员可以查看答复时限设置');
  return loadSettings(ctx.db);
};

export const setSettings: Handler<'groups', 'settings.set'> = async (input, ctx) => {
  if (!isCityWide(ctx.actor)) throw new AppError('FORBIDDEN', '只有市人社局可以设置答复时限');
  const cur = await loadSettings(ctx.db);
  if (cur.version !== input.expectedVersion) throw new AppError('CONFLICT', '答复时限设置已被他人修改，请刷新后重试');
  const at = ctx.now.toISOString();
  const body = { serviceDays: input.serviceDays, reminderHoursBefore: input.reminderHoursBefore, updatedBy: ctx.actor.openid, updatedAt: at, version: cur.version + 1 };
  const written =
    cur.version === 0
      ? await insertOnce(ctx.db, 'group_settings', { _id: SETTINGS_ID, ...body })
      : (await ctx.db.collection('group_settings').where({ _id: SETTINGS_ID, version: cur.version }).update(body)).updated > 0;
  if (!written) throw new AppError('CONFLICT', '答复时限设置已被他人修改，请刷新后重试');
  await putDoc(ctx.db, 'audit', {
    ...auditEntry({ at, actor: ctx.actor.openid, action: 'group_settings.set', target: `group_settings/${SETTINGS_ID}`, from: { serviceDays: cur.serviceDays, reminderHoursBefore: cur.reminderHoursBefore, version: cur.version }, to: { serviceDays: body.serviceDays, reminderHoursBefore: body.reminderHoursBefore, version: body.version }, requestId: ctx.requestId }),
  });
  return { serviceDays: body.serviceDays, reminderHoursBefore: body.reminderHoursBefore, version: body.version };
};
