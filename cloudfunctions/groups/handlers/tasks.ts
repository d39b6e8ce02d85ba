import { AppError } from '../../../shared/errors/app-error';
import type { TaskView } from '../../../shared/contracts/groups';
import { CREATE_ACTIVITY_API, activityFrom } from '../../../shared/briefings/share';
import type { GroupMemberDoc, GroupTaskDoc, GroupTaskDoneDoc, LiaisonGroupDoc } from '../../../shared/groups/model';
import { mayCreateTask, mayMarkDone, rosterEnterprises, taskDoneId, taskDueText, taskOverdue } from '../../../shared/groups/tasks';
import { cloud, type Database } from '../../kit/cloud';
import type { Handler, HandlerContext } from '../../kit/dispatch';
import { insertOnce, readDoc } from '../../kit/docs';
import { newId } from '../../kit/ids';
import { visibleGroup } from '../store';
import { fromRefusal } from './questions';

/** 群待办 (shared/groups/tasks.ts decides): a task for the roster's enterprises, shared as a 群待办 card, done per enterprise. */

const TASKS = 'group_tasks';
const DONE = 'group_task_done';
const notFound = () => new AppError('NOT_FOUND', '这项群待办不存在或不面向您');

/** updatableMessage.createActivityId, as the briefings' share does: the id the 群待办 card is sent with. */
async function createActivity(now: Date): Promise<{ id: string; expiresAt: string }> {
  const r = (await cloud().callWxOpenApi({ apiName: CREATE_ACTIVITY_API, requestData: {} })) as { result?: { errcode?: number; activity_id?: unknown; expiration_time?: unknown } };
  const a = r?.result && (r.result.errcode ?? 0) === 0 ? activityFrom(r.result, now) : null;
  if (!a) throw new AppError('INTERNAL', '暂时无法生成群待办卡片，请稍后再试');
  return { id: a.id, expiresAt: a.expiresAt };
}

async function rosterOf(db: Database, groupId: string) {
  const res = await db.collection('group_members').where({ groupId, status: 'active' }).field({ orgId: true, orgName: true, status: true }).limit(1000).get();
  return rosterEnterprises(res.data as Pick<GroupMemberDoc, 'orgId' | 'orgName' | 'status'>[]);
}

async function doneOf(db: Database, taskIds: readonly string[]): Promise<GroupTaskDoneDoc[]> {
  if (!taskIds.length) return [];
  const _ = db.command;
  const res = await db.collection(DONE).where({ taskId: _.in([...taskIds]) }).field({ taskId: true, orgId: true, at: true }).limit(1000).get();
  return res.data as GroupTaskDoneDoc[];
}

function viewOf(t: GroupTaskDoc, roster: { orgId: string; orgName: string }[], done: GroupTaskDoneDoc[], who: { manages: boolean; orgId: string | null }, now: Date): TaskView {
  const mine = done.filter((d) => d.taskId === t._id);
  const doneAt = new Map(mine.map((d) => [d.orgId, d.at]));
  return {
    id: t._id,
    groupId: t.groupId,
    title: t.title,
    dueDate: t.dueDate,
    dueText: taskDueText(t.dueDate),
    status: t.status,
    overdue: taskOverdue(t, now),
    done: roster.filter((e) => doneAt.has(e.orgId)).length,
    total: roster.length,
    mineDone: who.orgId ? doneAt.has(who.orgId) : null,
    ...(who.manages ? { enterprises: roster.map((e) => ({ orgId: e.orgId, orgName: e.orgName, doneAt: doneAt.get(e.orgId) ?? null })) } : {}),
  };
}

/** The group as officers and active members see it; a removed member or anyone else learns nothing. */
async function taskGroup(ctx: HandlerContext, groupId: string): Promise<{ group: LiaisonGroupDoc; manages: boolean; membership: GroupMemberDoc | null }> {
  const v = await visibleGroup(ctx, groupId);
  if (!v.manages && v.membership?.status !== 'active') throw notFound();
  return v;
}

export const createTask: Handler<'groups', 'tasks.create'> = async (input, ctx) => {
  const { group } = await visibleGroup(ctx, input.groupId);
  const may = mayCreateTask(ctx.actor, group, input.dueDate, ctx.now);
  if (!may.ok) throw fromRefusal(may);
  const activity = await createActivity(ctx.now);
  const t: GroupTaskDoc = {
    _id: newId(),
    groupId: group._id,
    title: input.title,
    dueDate: input.dueDate,
    createdBy: ctx.actor.openid,
    createdAt: ctx.now.toISOString(),
    activityId: activity.id,
    activityExpiresAt: activity.expiresAt,
    status: 'open',
    version: 1,
  };
  await ctx.db.collection(TASKS).add({ ...t });
  return viewOf(t, await rosterOf(ctx.db, group._id), [], { manages: true, orgId: null }, ctx.now);
};

export const listTasks: Handler<'groups', 'tasks.list'> = async (input, ctx) => {
  const { manages, membership } = await taskGroup(ctx, input.groupId);
  const coll = ctx.db.collection(TASKS);
  const [page, count, roster] = await Promise.all([
    coll.where({ groupId: input.groupId }).orderBy('createdAt', 'desc').skip((input.page - 1) * input.pageSize).limit(input.pageSize).get(),
    coll.where({ groupId: input.groupId }).count(),
    rosterOf(ctx.db, input.groupId),
  ]);
  const tasks = page.data as GroupTaskDoc[];
  const done = await doneOf(ctx.db, tasks.map((t) => t._id));
  const who = { manages, orgId: membership?.status === 'active' ? membership.orgId : null };
  return { items: tasks.map((t) => viewOf(t, roster, done, who, ctx.now)), total: count.total };
};

async function visibleTask(ctx: HandlerContext, id: string) {
  const t = await readDoc<GroupTaskDoc>(ctx.db, TASKS, id);
  if (!t) throw notFound();
  const v = await taskGroup(ctx, t.groupId).catch(() => {
    throw notFound();
  });
  return { t: { ...t, _id: id }, ...v };
}

export const getTask: Handler<'groups', 'tasks.get'> = async (input, ctx) => {
  const { t, manages, membership } = await visibleTask(ctx, input.id);
  const [roster, done] = await Promise.all([rosterOf(ctx.db, t.groupId), doneOf(ctx.db, [t._id])]);
  return viewOf(t, roster, done, { manages, orgId: membership?.status === 'active' ? membership.orgId : null }, ctx.now);
};

export const markTaskDone: Handler<'groups', 'tasks.done'> = async (input, ctx) => {
  const { t, manages, membership } = await visibleTask(ctx, input.id);
  const roster = await rosterOf(ctx.db, t.groupId);
  const may = mayMarkDone(ctx.actor, t, membership, roster, input.orgId);
  if (!may.ok) throw fromRefusal(may);
  const org = roster.find((e) => e.orgId === may.orgId)!;
  // Once per enterprise: a second mark (by the same or another HR of it) keeps the first.
  await insertOnce(ctx.db, DONE, { _id: taskDoneId(t._id, org.orgId), taskId: t._id, groupId: t.groupId, orgId: org.orgId, orgName: org.orgName, by: ctx.actor.openid, at: ctx.now.toISOString() });
  return viewOf(t, roster, await doneOf(ctx.db, [t._id]), { manages, orgId: org.orgId }, ctx.now);
};
