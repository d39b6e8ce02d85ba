import { AppError } from '../../../shared/contracts/errors';
import { noticeBoard } from '../../../shared/workflow';
import { cloud } from '../../kit/cloud';
import type { Handler } from '../../kit/dispatch';
import { act } from '../act';
import { fromDoc, loadApp, notFound, type AppDoc } from '../store';

/** The public notice board: only name, employer, series, level and the notice dates. */
export const listNotices: Handler<'applications', 'notices.list'> = async (input, { db, now }) => {
  const where: Record<string, unknown> = { stage: 'public_notice' };
  if (input.employerOrgId) where.employerOrgId = input.employerOrgId;
  const res = await db.collection('applications').where(where).orderBy('updatedAt', 'desc').limit(200).get();
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

/** An objection to a notice, by any signed-in person except the applicant (the machine decides who may). */
export const objectToNotice: Handler<'applications', 'notices.object'> = async (input, ctx) => {
  const doc = await loadApp(ctx.db, input.id);
  if (!doc || doc.stage !== 'public_notice') throw notFound();
  if (fromDoc(doc).applicant.openid === ctx.actor.openid) throw new AppError('FORBIDDEN', '不能对自己的申报提出异议');
  await contentCheck(input.text, ctx.actor.openid);
  await act(ctx, input.id, 'file_objection', { text: input.text }, undefined);
  return { ok: true as const };
};
