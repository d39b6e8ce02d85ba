import { AppError } from '../../../shared/errors/app-error';
import { holdsPublisher } from '../../../shared/announcements/publishers';
import { cardPath, cardTitle } from '../../../shared/groups/cards';
import type { FaqEntryDoc, GroupQuestionDoc, GroupTaskDoc, LiaisonGroupDoc } from '../../../shared/groups/model';
import { loadAnn } from '../../announcements/store';
import { isStaffOf, loadSession } from '../../briefings/store';
import type { Handler, HandlerContext } from '../../kit/dispatch';
import { readDoc } from '../../kit/docs';
import { managedGroup } from '../store';

/**
 * The card an officer shares into the group (shared/groups/cards): only for a group they manage, and only for a
 * target they may see — an announcement they published or one published, a briefing they organize, a question
 * of that group, a published FAQ entry, a task of that group (its 群待办 activity id, stored by tasks.create).
 */

const gone = () => new AppError('NOT_FOUND', '要分享的内容不存在或您无权分享');

async function subjectOf(ctx: HandlerContext, group: LiaisonGroupDoc, kind: string, id: string | undefined): Promise<{ subject: string; toDoActivityId?: string }> {
  if (kind === 'bind' || kind === 'group') return { subject: group.name };
  if (!id) throw new AppError('VALIDATION', '请选择要分享的内容', [{ path: 'id', message: '请选择要分享的内容' }]);
  switch (kind) {
    case 'announcement': {
      const a = await loadAnn(ctx.db, id);
      if (!a || !(a.status === 'published' || holdsPublisher(ctx.actor, a.publisher))) throw gone();
      return { subject: a.content.title };
    }
    case 'briefing': {
      const s = await loadSession(ctx.db, id);
      if (!s || !isStaffOf(ctx.actor, s)) throw gone();
      return { subject: s.topic };
    }
    case 'question': {
      const q = await readDoc<GroupQuestionDoc>(ctx.db, 'group_questions', id);
      if (!q || q.groupId !== group._id) throw gone();
      // Into the group goes an answer everyone there may read: never a private question, never an unanswered one.
      if (q.private) throw new AppError('NOT_ALLOWED_NOW', '私密问题不能分享到群里');
      if (q.status !== 'answered') throw new AppError('NOT_ALLOWED_NOW', '问题答复后才能分享到群里');
      return { subject: q.text };
    }
    case 'faq': {
      const f = await readDoc<FaqEntryDoc>(ctx.db, 'faq_entries', id);
      if (!f || f.status !== 'published') throw gone();
      return { subject: f.question };
    }
    default: {
      const t = await readDoc<GroupTaskDoc>(ctx.db, 'group_tasks', id);
      if (!t || t.groupId !== group._id) throw gone();
      return { subject: t.title, ...(t.activityId ? { toDoActivityId: t.activityId } : {}) };
    }
  }
}

export const shareCard: Handler<'groups', 'share'> = async (input, ctx) => {
  const group = await managedGroup(ctx, input.groupId);
  if (group.status !== 'active') throw new AppError('NOT_ALLOWED_NOW', '该联络群已停用');
  if (input.kind === 'bind' && group.opengid) throw new AppError('NOT_ALLOWED_NOW', '该联络群已绑定微信群，无需再分享绑定卡片');
  const { subject, toDoActivityId } = await subjectOf(ctx, group, input.kind, input.id);
  const id = input.kind === 'bind' || input.kind === 'group' ? undefined : input.id;
  return { title: cardTitle(input.kind, subject), path: cardPath(input.kind, group._id, id), ...(toDoActivityId ? { toDoActivityId } : {}), withShareTicket: true as const };
};
