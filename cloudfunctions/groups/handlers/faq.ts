import { AppError } from '../../../shared/errors/app-error';
import type { FaqItem } from '../../../shared/contracts/groups';
import { bureauOf, literalPattern, promote, withdraw } from '../../../shared/groups/faq';
import { CITY_BUREAU } from '../../../shared/groups/binding';
import type { FaqEntryDoc, GroupQuestionDoc, HelpfulMarkDoc } from '../../../shared/groups/model';
import { clauseRefs, helpfulMarkId, mayMarkHelpful } from '../../../shared/groups/questions';
import { auditEntry } from '../../kit/audit';
import type { Database } from '../../kit/cloud';
import type { Handler, HandlerContext } from '../../kit/dispatch';
import { putDoc, readDoc } from '../../kit/docs';
import { newId } from '../../kit/ids';
import { inTransaction } from '../../kit/transaction';
import { loadGroup } from '../store';
import { checkContent } from '../notices';
import { fromRefusal, QUESTIONS, visibleQuestion } from './questions';

/** The public 常见问题 (shared/groups/faq.ts decides): promoted answers, searchable by anyone on the 政策 tab. */

const FAQ = 'faq_entries';
const notFound = () => new AppError('NOT_FOUND', '这条常见问题不存在或已撤下');

async function sources(db: Database, groupIds: readonly string[]): Promise<Map<string, string>> {
  const uniq = [...new Set(groupIds)];
  const map = new Map<string, string>();
  if (!uniq.length) return map;
  const _ = db.command;
  const res = await db.collection('liaison_groups').where({ _id: _.in(uniq) }).field({ _id: true, district: true }).limit(100).get();
  for (const g of res.data as { _id: string; district: string | null }[]) map.set(g._id, bureauOf(g.district as never));
  return map;
}

function itemOf(e: FaqEntryDoc, source: string): FaqItem {
  return { id: e._id, question: e.question, answer: e.answer, clauses: clauseRefs(e.clauses), helpful: e.helpful, promotedAt: e.promotedAt, source };
}

const audit = (ctx: HandlerContext, action: string, target: string, from: unknown, to: unknown) =>
  putDoc(ctx.db, 'audit', { ...auditEntry({ at: ctx.now.toISOString(), actor: ctx.actor.openid, action, target, from, to, requestId: ctx.requestId }) });

export const promoteFaq: Handler<'groups', 'faq.promote'> = async (input, ctx) => {
  const { q, group } = await visibleQuestion(ctx, input.questionId);
  const d = promote(ctx.actor, q, group, { question: input.question, answer: input.answer, clauses: input.clauses }, { faqId: newId() }, ctx.now);
  if (!d.ok) throw fromRefusal(d);
  // Edited text is published anew: checked like any text made public.
  if (input.question && input.question !== q.text) await checkContent(input.question, ctx.actor.openid, 'question', '问题');
  if (input.answer && input.answer !== q.answer?.text) await checkContent(input.answer, ctx.actor.openid, 'answer', '答复');
  await inTransaction(ctx.db, async (tx) => {
    const cur = await readDoc<GroupQuestionDoc>(tx, QUESTIONS, q._id);
    if (!cur || cur.version !== q.version || cur.faqId) throw new AppError('CONFLICT', '这个问题刚刚有变化，请刷新后重试');
    await putDoc(tx, FAQ, { ...d.entry });
    await tx.collection(QUESTIONS).doc(q._id).update({ faqId: d.entry._id, version: d.question.version });
  });
  await audit(ctx, 'faq.promote', `faq_entries/${d.entry._id}`, null, { status: 'published', questionId: q._id });
  return itemOf(d.entry, bureauOf(group.district));
};

export const withdrawFaq: Handler<'groups', 'faq.withdraw'> = async (input, ctx) => {
  const e = await readDoc<FaqEntryDoc>(ctx.db, FAQ, input.id);
  if (!e) throw notFound();
  const group = await loadGroup(ctx.db, e.groupId);
  if (!group) throw notFound();
  const d = withdraw(ctx.actor, { ...e, _id: input.id }, group);
  if (!d.ok) throw fromRefusal(d);
  await inTransaction(ctx.db, async (tx) => {
    const cur = await readDoc<FaqEntryDoc>(tx, FAQ, input.id);
    if (!cur || cur.version !== e.version) throw new AppError('CONFLICT', '这条常见问题刚刚有变化，请刷新后重试');
    await tx.collection(FAQ).doc(input.id).update({ status: 'withdrawn', version: e.version + 1, withdrawnBy: ctx.actor.openid, withdrawnAt: ctx.now.toISOString(), withdrawnReason: input.reason });
    // The question may be promoted again (after the officer reworks it).
    const q = await readDoc<GroupQuestionDoc>(tx, QUESTIONS, e.sourceQuestionId);
    if (q && q.faqId === input.id) await tx.collection(QUESTIONS).doc(e.sourceQuestionId).update({ faqId: null, version: q.version + 1 });
  });
  await audit(ctx, 'faq.withdraw', `faq_entries/${input.id}`, { status: 'published' }, { status: 'withdrawn' });
  return { withdrawn: true as const };
};

/** Most helpful first, then the newest; by keyword (literal, over question and answer) or by a cited clause. */
export const searchFaq: Handler<'groups', 'faq.search'> = async (input, ctx) => {
  const { db } = ctx;
  const _ = db.command;
  const parts: object[] = [{ status: 'published' }];
  if (input.clause) parts.push({ clauses: input.clause });
  if (input.keyword) {
    const re = () => db.RegExp({ regexp: literalPattern(input.keyword!), options: 'i' });
    parts.push(_.or([{ question: re() }, { answer: re() }]));
  }
  const where = parts.length === 1 ? parts[0] : _.and(parts);
  const coll = db.collection(FAQ);
  const [page, count] = await Promise.all([
    coll
      .where(where)
      .orderBy('helpful', 'desc')
      .orderBy('promotedAt', 'desc')
      .skip((input.page - 1) * input.pageSize)
      .limit(input.pageSize)
      .field({ _id: true, question: true, answer: true, clauses: true, helpful: true, promotedAt: true, groupId: true })
      .get(),
    coll.where(where).count(),
  ]);
  const docs = page.data as FaqEntryDoc[];
  const src = await sources(db, docs.map((d) => d.groupId));
  return { items: docs.map((d) => itemOf(d, src.get(d.groupId) ?? CITY_BUREAU)), total: count.total };
};

async function published(db: Database, id: string): Promise<FaqEntryDoc> {
  const e = await readDoc<FaqEntryDoc>(db, FAQ, id);
  if (!e || e.status !== 'published') throw notFound();
  return { ...e, _id: id };
}

export const getFaq: Handler<'groups', 'faq.get'> = async (input, ctx) => {
  const e = await published(ctx.db, input.id);
  const [src, mark] = await Promise.all([
    sources(ctx.db, [e.groupId]),
    ctx.actor.openid ? readDoc<HelpfulMarkDoc>(ctx.db, 'helpful_marks', helpfulMarkId('faq', e._id, ctx.actor.openid)) : Promise.resolve(null),
  ]);
  return { ...itemOf(e, src.get(e.groupId) ?? CITY_BUREAU), markedHelpful: !!mark };
};

export const markFaqHelpful: Handler<'groups', 'faq.helpful'> = async (input, ctx) => {
  const e = await published(ctx.db, input.id);
  const q = await readDoc<GroupQuestionDoc>(ctx.db, QUESTIONS, e.sourceQuestionId);
  const may = mayMarkHelpful(ctx.actor, q?.askedBy ?? '', 'answered');
  if (!may.ok) throw fromRefusal(may);
  const markId = helpfulMarkId('faq', e._id, ctx.actor.openid);
  const helpful = await inTransaction(ctx.db, async (tx) => {
    const cur = await readDoc<FaqEntryDoc>(tx, FAQ, e._id);
    if (!cur || cur.status !== 'published') throw notFound();
    if (await readDoc<HelpfulMarkDoc>(tx, 'helpful_marks', markId)) return cur.helpful;
    await putDoc(tx, 'helpful_marks', { _id: markId, kind: 'faq', targetId: e._id, openid: ctx.actor.openid, at: ctx.now.toISOString() });
    await tx.collection(FAQ).doc(e._id).update({ helpful: cur.helpful + 1 });
    return cur.helpful + 1;
  });
  return { helpful, marked: true as const };
};
