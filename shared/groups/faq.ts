import type { Actor } from '../auth/roles';
import { refuse, type Refusal } from '../workflow/refusal';
import { managesGroup } from './access';
import type { FaqEntryDoc, GroupQuestionDoc, LiaisonGroupDoc } from './model';
import { checkClauses } from './questions';

/**
 * The public 常见问题 (第六条: the same question should not be asked a hundred times): an officer of the group
 * promotes a good answer; anyone, visitors too, finds it on the 政策 tab by keyword or next to the clauses it cites.
 */

type Ok<T> = { ok: true } & T;

/** Promote: answered, not private, not already promoted; the officer may edit the texts; clauses default to the answer's. */
export function promote(
  actor: Actor,
  q: GroupQuestionDoc,
  group: Pick<LiaisonGroupDoc, 'officers' | 'district'>,
  edits: { question?: string; answer?: string; clauses?: readonly string[] },
  ids: { faqId: string },
  now: Date,
): Ok<{ entry: FaqEntryDoc; question: GroupQuestionDoc }> | Refusal {
  if (!managesGroup(actor, group)) return refuse('FORBIDDEN', '只有本群的工作人员可以选入常见问题');
  if (q.status !== 'answered' || !q.answer) return refuse('NOT_ALLOWED_NOW', '答复之后才能选入常见问题');
  if (q.private) return refuse('NOT_ALLOWED_NOW', '这是提问人设为仅工作人员可见的问题，不能公开');
  if (q.faqId) return refuse('NOT_ALLOWED_NOW', '这个问题已经选入常见问题');
  const c = checkClauses(edits.clauses ?? q.answer.clauses);
  if (!c.ok) return c;
  const at = now.toISOString();
  const entry: FaqEntryDoc = {
    _id: ids.faqId,
    question: edits.question ?? q.text,
    answer: edits.answer ?? q.answer.text,
    clauses: c.clauses,
    sourceQuestionId: q._id,
    groupId: q.groupId,
    promotedBy: actor.openid,
    promotedAt: at,
    helpful: 0,
    status: 'published',
    version: 1,
  };
  return { ok: true, entry, question: { ...q, faqId: ids.faqId, version: q.version + 1 } };
}

/** Withdraw: those who manage the group it came from, a published entry only. */
export function withdraw(actor: Actor, entry: FaqEntryDoc, group: Pick<LiaisonGroupDoc, 'officers' | 'district'>): Ok<object> | Refusal {
  if (!managesGroup(actor, group)) return refuse('FORBIDDEN', '只有本群的工作人员可以撤下常见问题');
  if (entry.status !== 'published') return refuse('NOT_ALLOWED_NOW', '这条常见问题已经撤下');
  return { ok: true };
}

/** The bureau that answered, as the public sees it: the group's own (one definition, in binding.ts). */
export { bureauOf } from './binding';

/** A keyword as a literal regular-expression source (the database treats it as a pattern). */
export function literalPattern(keyword: string): string {
  return keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
