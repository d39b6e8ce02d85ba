/**
 * The questions-and-answers pages' helpers (no components, no calls): routes, the counter's words, the field's own message
 * from the contract's schema (the same words the function would answer), the service clock in words, the queue's
 * filters and who sees which view.
 */
import { groups as GROUPS, QUESTION_MAX, ANSWER_MAX } from '@shared/contracts/groups';
import type { QuestionItem } from '@shared/contracts/groups';
import { faqUrl } from '../../services/policy/links';
import { charCount } from '../../components/TextArea';
export { charCount, countText } from '../../components/TextArea';
import { DEFAULT_SERVICE_DAYS } from '@shared/groups/model';
import { isCityWide, isOfficer as officer, officerDistricts } from '@shared/auth/policy';
import type { Actor, Role, Scope } from '@shared/auth/roles';

export { QUESTION_MAX, ANSWER_MAX };

const q = (params: Record<string, string | undefined>) => {
  const parts = Object.entries(params).flatMap(([k, v]) => (v ? [`${k}=${encodeURIComponent(v)}`] : []));
  return parts.length ? `?${parts.join('&')}` : '';
};

export const QA_ROUTES = {
  ask: (groupId?: string) => `/packages/groups/ask/index${q({ groupId })}`,
  question: (id: string) => `/packages/groups/question/index${q({ id })}`,
  queue: (p: { groupId?: string; view?: 'overdue' } = {}) => `/packages/groups/queue/index${q(p)}`,
  coverage: (district: string) => `/packages/groups/coverage/index${q({ district })}`,
  faq: faqUrl,
};

/** 已输入 12 / 500 字 (characters as a person counts them: code points, like the contract). */

/** The length limit's message while typing (only once over the limit: too short is said on submit). */
export function overLimitMessage(value: string, field: 'question' | 'answer'): string | undefined {
  const max = field === 'question' ? QUESTION_MAX : ANSWER_MAX;
  if (charCount(value.trim()) <= max) return undefined;
  const schema = field === 'question' ? GROUPS['questions.ask'].input.shape.text : GROUPS['questions.answer'].input.shape.text;
  const r = schema.safeParse(value);
  return r.success ? undefined : r.error.issues[0]?.message;
}

/** 工作人员将在 2 个工作日内答复 (from groups.settings.get; the default while it is not known). */
export function promiseText(serviceDays: number | null): string {
  return `工作人员将在 ${serviceDays ?? DEFAULT_SERVICE_DAYS} 个工作日内答复（节假日顺延）`;
}

type Clock = QuestionItem['clock'];

export const overdue = (c: Clock) => c.state === 'overdue';

/** The clock in words for a row or the detail: 待答复 · 剩余 1 个工作日 / 已超时 2 个工作日 / 已答复 · 按时答复. */
export function clockText(status: QuestionItem['status'], c: Clock): string {
  if (status === 'answered') return `已答复 · ${c.label}`;
  if (c.state === 'overdue') return `未答复 · ${c.label}`;
  return `待答复 · ${c.label}`;
}

/** The due time said under it (12月4日（周五）17:30 前), with “约” when the working-day data is estimated. */
export function dueText(c: Clock): string {
  return `${c.estimated ? '约 ' : ''}应在 ${c.dueText}答复`;
}

export const CLOCK_TAG: Record<Clock['state'], string> = {
  on_time: 'tag tag--wait',
  due_soon: 'tag qa-tag--soon',
  overdue: 'tag tag--bad',
  answered_on_time: 'tag tag--ok',
  answered_late: 'tag',
};

export type QueueFilter = 'all' | 'open' | 'overdue' | 'answered';

export function queueFilters(counts: { open: number; overdue: number } | null): { value: QueueFilter; label: string }[] {
  return [
    { value: 'open', label: counts ? `待答复（${counts.open}）` : '待答复' },
    { value: 'overdue', label: counts ? `已超时（${counts.overdue}）` : '已超时' },
    { value: 'answered', label: '已答复' },
    { value: 'all', label: '全部' },
  ];
}

type Me = { openid?: string; roles: { role: string; scope: Scope }[] } | null;
const actorOf = (me: NonNullable<Me>): Actor => ({ openid: me.openid ?? '', grants: me.roles.map((g) => ({ role: g.role as Role, scope: g.scope })) });

export const isOfficer = (me: Me) => !!me && officer(actorOf(me));
export const isCityOfficer = (me: Me) => !!me && isCityWide(actorOf(me));

/** A district officer's own district (the first), for pages opened without one. */
export const ownDistrict = (me: Me): string | null => (me ? (officerDistricts(actorOf(me))[0] ?? null) : null);

export type QueueView = 'mine' | 'group' | 'queue' | 'overdue';

/** Which list the queue page asks for: one group's; the city's overdue; an officer's queue; else my own questions. */
export function queueViewFor(p: { groupId?: string; view?: string }, me: Me): QueueView {
  if (p.groupId) return 'group';
  if (p.view === 'overdue' && isOfficer(me)) return 'overdue';
  return isOfficer(me) ? 'queue' : 'mine';
}

/** The list's input for a view and a filter (overdue is a status of its own; 'all' sends none). */
export function listInput(view: QueueView, filter: QueueFilter, groupId: string | undefined, page: number, pageSize: number) {
  return {
    view,
    ...(view === 'group' && groupId ? { groupId } : {}),
    ...(filter === 'all' || view === 'overdue' ? {} : { status: filter }),
    page,
    pageSize,
  };
}

/** Only the changed texts go to faq.promote (the function keeps the question's own otherwise). */
export function promoteInput(
  questionId: string,
  original: { question: string; answer: string; clauses: string[] },
  edited: { question: string; answer: string; clauses: string[] },
) {
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  return {
    questionId,
    ...(edited.question.trim() !== original.question.trim() ? { question: edited.question } : {}),
    ...(edited.answer.trim() !== original.answer.trim() ? { answer: edited.answer } : {}),
    ...(!same(edited.clauses, original.clauses) ? { clauses: edited.clauses } : {}),
  };
}

/** 12.5% / 暂无企业 */
export const percentText = (p: number | null) => (p === null ? '暂无企业' : `${p}%`);
