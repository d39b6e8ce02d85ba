import { AppError } from '../../../shared/errors/app-error';
import { canSeeNotice, noticeBoard, transition, visibleNotices, type NoticeViewer } from '../../../shared/workflow';
import { cloud } from '../../kit/cloud';
import type { Handler, HandlerContext } from '../../kit/dispatch';
import { toWhere } from '../../kit/where';
import { act } from '../act';
import { fromDoc, loadApp, notFound, type AppDoc } from '../documents';

/** The person looking at notices, with the employers they applied through (the notice is the employer's own). */
async function noticeViewer({ actor, db }: Pick<HandlerContext, 'actor' | 'db'>): Promise<NoticeViewer> {
  const res = await db.collection('applications').where({ applicantOpenid: actor.openid }).field({ employerOrgId: true }).limit(50).get();
  return { actor, employerOrgIds: [...new Set((res.data as { employerOrgId: string }[]).map((d) => d.employerOrgId))] };
}

/** The notice board: the files on notice that the viewer may see (NOTICE_AUDIENCE); only name, employer, series, level, dates. */
export const listNotices: Handler<'applications', 'notices.list'> = async (input, ctx) => {
  const { db, now } = ctx;
  const _ = db.command;
  const where: object[] = [toWhere(db, visibleNotices(await noticeViewer(ctx)))];
  if (input.employerOrgId) where.push({ employerOrgId: input.employerOrgId });
  const res = await db.collection('applications').where(_.and(where as never)).orderBy('updatedAt', 'desc').limit(200).get();
  return { items: noticeBoard((res.data as AppDoc[]).map(fromDoc), now) };
};

/** Content security check of user text (WeChat msg_sec_check); anything but a pass is refused. */
export async function contentCheck(text: string, openid: string): Promise<void> {
  const r = (await cloud().callWxOpenApi({
    apiName: '/wxa/msg_sec_check',
    requestData: { content: text, version: 2, scene: 2, openid },
  })) as { result?: { errcode?: number; result?: { suggest?: string } } };
  const suggest = r?.result?.result?.suggest;
  if (r?.result?.errcode !== 0 || suggest !== 'pass') {
    throw new AppError('VALIDATION', '内容未通过安全检查，请修改后再提交', [{ path: 'text', message: '内容含有不适宜发布的信息' }]);
  }
}

/**
 * An objection to a notice, by someone the notice is shown to (NOTICE_AUDIENCE) other than the applicant, one
 * open objection per person and notice. Every check that needs no outside call comes before the content check.
 */
export const objectToNotice: Handler<'applications', 'notices.object'> = async (input, ctx) => {
  const doc = await loadApp(ctx.db, input.id);
  if (!doc) throw notFound();
  const app = fromDoc(doc);
  if (!canSeeNotice(await noticeViewer(ctx), app)) throw notFound();
  if (app.applicant.openid === ctx.actor.openid) throw new AppError('FORBIDDEN', '不能对自己的申报提出异议');
  if (app.notice?.objections.some((o) => o.by === ctx.actor.openid && o.status === 'open'))
    throw new AppError('NOT_ALLOWED_NOW', '您对这份公示提出的异议正在处理中，处理后才能再次提出');
  // The machine's own decision (those who decide objections do not file them; the period must be running), pure and free,
  // before the paid content check; act() decides again inside its transaction.
  const dry = transition(app, 'file_objection', ctx.actor, ctx.now, { text: input.text });
  if (!dry.ok) throw new AppError(dry.code, dry.message, dry.issues);
  await contentCheck(input.text, ctx.actor.openid);
  await act(ctx, input.id, 'file_objection', { text: input.text }, undefined);
  return { ok: true as const };
};
