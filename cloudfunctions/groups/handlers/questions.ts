import { AppError } from '../../../shared/errors/app-error';
import type { QuestionDetail, QuestionItem } from '../../../shared/contracts/groups';
import type { Actor } from '../../../shared/auth/roles';
import { isAdmin, isCityWide, isOfficer, officerDistricts } from '../../../shared/auth/policy';
import { managesGroup, questionVisible, questionVisibleWhere } from '../../../shared/groups/access';
import type { GroupMemberDoc, GroupQuestionDoc, HelpfulMarkDoc, LiaisonGroupDoc } from '../../../shared/groups/model';
import { answerQuestion as decideAnswer, clauseRefs, helpfulMarkId, mayAsk, mayMarkHelpful, newQuestion, noticeId, summaryOf } from '../../../shared/groups/questions';
import { serviceClock, shortTime, dueText } from '../../../shared/groups/service-clock';
import type { Refusal } from '../../../shared/workflow/refusal';
import { deliverOutbox } from '../../applications/deliver';
import { auditEntry } from '../../kit/audit';
import type { Database } from '../../kit/cloud';
import type { Handler, HandlerContext } from '../../kit/dispatch';
import { putDoc, readDoc } from '../../kit/docs';
import { newId } from '../../kit/ids';
import { inTransaction } from '../../kit/transaction';
import { loadGroup, membershipOf, visibleGroup } from '../store';
import { checkContent, loadSettings, nameOf, writeNotice, type ServiceSettings } from '../notices';

/** 第六条's questions and answers in a liaison group (shared/groups/questions.ts decides; this reads and writes). */

export const QUESTIONS = 'group_questions';
const notFound = () => new AppError('NOT_FOUND', '这个问题不存在或不面向您');
export const fromRefusal = (r: Refusal) => new AppError(r.code, r.message, r.issues);

type GroupNames = Map<string, Pick<LiaisonGroupDoc, 'name' | 'district'>>;

async function groupNames(db: Database, ids: readonly string[]): Promise<GroupNames> {
  const map: GroupNames = new Map();
  const uniq = [...new Set(ids)];
  if (!uniq.length) return map;
  const _ = db.command;
  const res = await db.collection('liaison_groups').where({ _id: _.in(uniq) }).field({ _id: true, name: true, district: true }).limit(100).get();
  for (const g of res.data as (Pick<LiaisonGroupDoc, '_id' | 'name' | 'district'>)[]) map.set(g._id, g);
  return map;
}

type ItemDoc = Pick<GroupQuestionDoc, '_id' | 'groupId' | 'askedBy' | 'orgName' | 'text' | 'private' | 'status' | 'askedAt' | 'dueAt' | 'helpful' | 'faqId'> & {
  answer: { at: string } | null;
};

function itemOf(q: ItemDoc, groupName: string, actor: Actor, now: Date, s: ServiceSettings): QuestionItem {
  return {
    id: q._id,
    groupId: q.groupId,
    groupName,
    summary: summaryOf(q.text),
    orgName: q.orgName,
    private: q.private,
    status: q.status,
    askedAt: q.askedAt,
    askedAtText: shortTime(q.askedAt),
    clock: serviceClock({ dueAt: q.dueAt, answeredAt: q.answer?.at ?? null }, now, s.reminderHoursBefore),
    helpful: q.helpful,
    mine: !!actor.openid && q.askedBy === actor.openid,
    faqId: q.faqId,
  };
}

export async function questionDetail(ctx: HandlerContext, q: GroupQuestionDoc, group: LiaisonGroupDoc, s?: ServiceSettings): Promise<QuestionDetail> {
  const settings = s ?? (await loadSettings(ctx.db));
  const manages = managesGroup(ctx.actor, group);
  const mark = ctx.actor.openid ? await readDoc<HelpfulMarkDoc>(ctx.db, 'helpful_marks', helpfulMarkId('question', q._id, ctx.actor.openid)) : null;
  return {
    ...itemOf(q, group.name, ctx.actor, ctx.now, settings),
    text: q.text,
    answer: q.answer ? { text: q.answer.text, clauses: clauseRefs(q.answer.clauses), byName: q.answer.byName, at: q.answer.at, atText: shortTime(q.answer.at) } : null,
    markedHelpful: !!mark,
    manage: { answer: manages && q.status === 'open', promote: manages && q.status === 'answered' && !q.private && !q.faqId },
    version: q.version,
  };
}

/** A question as the caller may see it (shared/groups/access.ts questionVisible); NOT_FOUND otherwise. */
export async function visibleQuestion(ctx: HandlerContext, id: string): Promise<{ q: GroupQuestionDoc; group: LiaisonGroupDoc; membership: GroupMemberDoc | null }> {
  const q = await readDoc<GroupQuestionDoc>(ctx.db, QUESTIONS, id);
  if (!q) throw notFound();
  const group = await loadGroup(ctx.db, q.groupId);
  if (!group) throw notFound();
  const membership = await membershipOf(ctx.db, group._id, ctx.actor.openid);
  if (!questionVisible(ctx.actor, q, group, membership)) throw notFound();
  return { q: { ...q, _id: id }, group, membership };
}

async function send(ctx: HandlerContext, ids: (string | null)[]): Promise<void> {
  const due = ids.filter((x): x is string => !!x);
  if (due.length) await deliverOutbox(ctx.db, ctx.now, { ids: due }).catch(() => undefined);
}

export const askQuestion: Handler<'groups', 'questions.ask'> = async (input, ctx) => {
  const { group, membership } = await visibleGroup(ctx, input.groupId);
  const may = mayAsk(ctx.actor, group, membership);
  if (!may.ok) throw fromRefusal(may);
  const settings = await loadSettings(ctx.db);
  await checkContent(input.text, ctx.actor.openid, 'text', '问题');
  const q = newQuestion(ctx.actor, { id: newId(), groupId: group._id, group, membership: membership!, text: input.text, private: input.private, serviceDays: settings.serviceDays }, ctx.now);
  await ctx.db.collection(QUESTIONS).add({ ...q });
  const ids = [];
  for (const o of group.officers.filter((x) => x !== ctx.actor.openid)) {
    ids.push(
      await writeNotice(
        ctx.db,
        { id: noticeId(q._id, 'asked', o), openid: o, template: 'group_question_asked', questionId: q._id, data: { title: summaryOf(q.text).slice(0, 20), stage: '待答复', note: `${q.orgName}，${dueText(q.dueAt)}` } },
        ctx.now,
      ),
    );
  }
  await send(ctx, ids);
  return questionDetail(ctx, q, group, settings);
};

export const getQuestion: Handler<'groups', 'questions.get'> = async (input, ctx) => {
  const { q, group } = await visibleQuestion(ctx, input.id);
  return questionDetail(ctx, q, group);
};

export const answerQuestion: Handler<'groups', 'questions.answer'> = async (input, ctx) => {
  const { q, group } = await visibleQuestion(ctx, input.id);
  const byName = await nameOf(ctx.db, ctx.actor.openid);
  const d = decideAnswer(ctx.actor, q, group, { text: input.text, clauses: input.clauses, expectedVersion: input.expectedVersion, byName: byName || '工作人员' }, ctx.now);
  if (!d.ok) throw fromRefusal(d);
  await checkContent(input.text, ctx.actor.openid, 'text', '答复');
  const _ = ctx.db.command;
  const w = await ctx.db.collection(QUESTIONS).where({ _id: q._id, version: q.version, status: 'open' }).update({ status: 'answered', answer: _.set({ ...d.next.answer! }), version: d.next.version });
  if (!w.updated) throw new AppError('CONFLICT', '这个问题刚刚有变化，请刷新后重试');
  await putDoc(ctx.db, 'audit', {
    ...auditEntry({ at: ctx.now.toISOString(), actor: ctx.actor.openid, action: 'group_question.answer', target: `group_questions/${q._id}`, from: { status: 'open', version: q.version }, to: { status: 'answered', version: d.next.version }, requestId: ctx.requestId }),
  });
  const id = await writeNotice(
    ctx.db,
    { id: noticeId(q._id, 'answered', q.askedBy), openid: q.askedBy, template: 'group_question_answered', questionId: q._id, data: { title: summaryOf(q.text).slice(0, 20), stage: '已答复', note: group.name } },
    ctx.now,
  );
  await send(ctx, [id]);
  return questionDetail(ctx, d.next, group);
};

export const markQuestionHelpful: Handler<'groups', 'questions.helpful'> = async (input, ctx) => {
  const { q } = await visibleQuestion(ctx, input.id);
  const may = mayMarkHelpful(ctx.actor, q.askedBy, q.status);
  if (!may.ok) throw fromRefusal(may);
  const markId = helpfulMarkId('question', q._id, ctx.actor.openid);
  const helpful = await inTransaction(ctx.db, async (tx) => {
    const cur = await readDoc<GroupQuestionDoc>(tx, QUESTIONS, q._id);
    if (!cur) throw notFound();
    if (await readDoc<HelpfulMarkDoc>(tx, 'helpful_marks', markId)) return cur.helpful;
    await putDoc(tx, 'helpful_marks', { _id: markId, kind: 'question', targetId: q._id, openid: ctx.actor.openid, at: ctx.now.toISOString() });
    await tx.collection(QUESTIONS).doc(q._id).update({ helpful: cur.helpful + 1 });
    return cur.helpful + 1;
  });
  return { helpful, marked: true as const };
};

// ---------------------------------------------------------------- lists

const ITEM_FIELDS = { _id: true, groupId: true, askedBy: true, orgName: true, text: true, private: true, status: true, askedAt: true, dueAt: true, helpful: true, faqId: true, 'answer.at': true };
type Order = { field: string; direction: 'asc' | 'desc' }[];

/** The groups the caller runs (listed as one of their officers). */
async function groupsRun(db: Database, openid: string): Promise<string[]> {
  const res = await db.collection('liaison_groups').where({ officers: openid }).field({ _id: true }).limit(200).get();
  return (res.data as { _id: string }[]).map((g) => g._id);
}

/** The view's scope as a query (null: nothing to list), and its order. */
async function scopeOf(ctx: HandlerContext, view: 'mine' | 'group' | 'queue' | 'overdue', groupId: string | undefined): Promise<{ where: object | null; order: Order }> {
  const { db, actor } = ctx;
  const _ = db.command;
  const newest: Order = [{ field: 'askedAt', direction: 'desc' }];
  if (view === 'mine') return { where: { askedBy: actor.openid }, order: newest };
  if (view === 'group') {
    if (!groupId) throw new AppError('VALIDATION', '请选择联络群', [{ path: 'groupId', message: '请选择联络群' }]);
    const { group, membership } = await visibleGroup(ctx, groupId);
    const v = questionVisibleWhere(actor, group, membership);
    if (v.all) return { where: { groupId }, order: newest };
    const own = { groupId, askedBy: v.own };
    return { where: v.publicAnswered ? _.or([own, { groupId, private: false, status: 'answered' }]) : own, order: newest };
  }
  if (!isOfficer(actor) && !isAdmin(actor)) throw new AppError('FORBIDDEN', '只有人社部门工作人员可以查看');
  if (view === 'overdue') {
    const base = { status: 'open', dueAt: _.lt(ctx.now.toISOString()) };
    const order: Order = [{ field: 'dueAt', direction: 'asc' }];
    if (isCityWide(actor)) return { where: base, order };
    const districts = officerDistricts(actor);
    return { where: districts.length ? { ...base, groupDistrict: _.in(districts) } : null, order };
  }
  // queue: open first (overdue first: the earliest dueAt), then the answered.
  const order: Order = [
    { field: 'status', direction: 'desc' },
    { field: 'dueAt', direction: 'asc' },
  ];
  if (isCityWide(actor)) return { where: {}, order };
  const districts = officerDistricts(actor);
  const run = await groupsRun(db, actor.openid);
  const parts = [...(districts.length ? [{ groupDistrict: _.in(districts) }] : []), ...(run.length ? [{ groupId: _.in(run) }] : [])];
  return { where: parts.length ? (parts.length === 1 ? parts[0] : _.or(parts)) : null, order };
}

export const listQuestions: Handler<'groups', 'questions.list'> = async (input, ctx) => {
  const { db, now } = ctx;
  const _ = db.command;
  const { where, order } = await scopeOf(ctx, input.view, input.groupId);
  if (!where) return { items: [], total: 0, counts: { open: 0, overdue: 0 } };
  const at = now.toISOString();
  const byStatus = input.status === 'overdue' ? { status: 'open', dueAt: _.lt(at) } : input.status ? { status: input.status } : null;
  const coll = db.collection(QUESTIONS);
  const scoped = (extra: object | null) => (extra ? _.and([where, extra]) : where);
  let query = coll.where(scoped(byStatus));
  for (const o of order) query = query.orderBy(o.field, o.direction);
  const [page, total, open, overdue, settings] = await Promise.all([
    query
      .skip((input.page - 1) * input.pageSize)
      .limit(input.pageSize)
      .field(ITEM_FIELDS)
      .get(),
    coll.where(scoped(byStatus)).count(),
    coll.where(scoped({ status: 'open' })).count(),
    coll.where(scoped({ status: 'open', dueAt: _.lt(at) })).count(),
    loadSettings(db),
  ]);
  const docs = page.data as ItemDoc[];
  const names = await groupNames(db, docs.map((d) => d.groupId));
  return {
    items: docs.map((d) => itemOf(d, names.get(d.groupId)?.name ?? '', ctx.actor, now, settings)),
    total: total.total,
    counts: { open: open.total, overdue: overdue.total },
  };
};
