import type { GroupQuestionDoc } from '../../shared/groups/model';
import { noticeId, noticesDue, reminderHorizon, summaryOf, type DueNotice } from '../../shared/groups/questions';
import { dueText } from '../../shared/groups/service-clock';
import type { Database } from '../kit/cloud';
import { cityOfficers, loadSettings, writeNotice } from './notices';

/**
 * The questions' timer, run by the notify function within its budget: open questions whose reminder time has
 * come (remindedAt null) tell the group's officers once; overdue ones (overdueNotifiedAt null) tell them and the
 * city's officers once. Each notice has a deterministic id inserted once, and the question's mark is set after
 * its notices, so a run cut off anywhere is finished by the next without telling anyone twice. Bounded batches.
 */
export interface QuestionTimerResult {
  reminded: number;
  overdue: number;
  done: boolean;
}

const BATCH = 50;
const BUDGET_MS = 1_500;

type TimerDoc = Pick<GroupQuestionDoc, '_id' | 'groupId' | 'text' | 'orgName' | 'status' | 'dueAt' | 'remindedAt' | 'overdueNotifiedAt'>;
const FIELDS = { _id: true, groupId: true, text: true, orgName: true, status: true, dueAt: true, remindedAt: true, overdueNotifiedAt: true };

export async function runQuestionReminders(db: Database, now: Date, opts: { startedMs?: number; budgetMs?: number; batch?: number } = {}): Promise<QuestionTimerResult> {
  const started = opts.startedMs ?? Date.now();
  const budget = opts.budgetMs ?? BUDGET_MS;
  const batch = opts.batch ?? BATCH;
  const _ = db.command;
  const at = now.toISOString();
  const settings = await loadSettings(db);
  const coll = db.collection('group_questions');
  const [soon, late] = await Promise.all([
    coll.where({ status: 'open', remindedAt: null, dueAt: _.and(_.gte(at), _.lte(reminderHorizon(now, settings.reminderHoursBefore))) }).orderBy('dueAt', 'asc').limit(batch).field(FIELDS).get(),
    coll.where({ status: 'open', overdueNotifiedAt: null, dueAt: _.lt(at) }).orderBy('dueAt', 'asc').limit(batch).field(FIELDS).get(),
  ]);
  const docs = [...(late.data as TimerDoc[]), ...(soon.data as TimerDoc[])];
  const officersOf = new Map<string, string[]>();
  const groupIds = [...new Set(docs.map((d) => d.groupId))];
  if (groupIds.length) {
    const res = await db.collection('liaison_groups').where({ _id: _.in(groupIds) }).field({ _id: true, officers: true, name: true }).limit(100).get();
    for (const g of res.data as { _id: string; officers: string[] }[]) officersOf.set(g._id, g.officers ?? []);
  }
  const city = docs.some((d) => noticesDue(d, now, settings.reminderHoursBefore).includes('overdue')) ? await cityOfficers(db) : [];
  const result: QuestionTimerResult = { reminded: 0, overdue: 0, done: true };
  for (const q of docs) {
    if (Date.now() - started > budget) {
      result.done = false;
      break;
    }
    for (const kind of noticesDue(q, now, settings.reminderHoursBefore)) {
      const to = kind === 'overdue' ? [...new Set([...(officersOf.get(q.groupId) ?? []), ...city])] : (officersOf.get(q.groupId) ?? []);
      for (const openid of to) await writeNotice(db, noticeOf(q, kind, openid), now);
      const mark = kind === 'overdue' ? { overdueNotifiedAt: at } : { remindedAt: at };
      const w = await coll.where({ _id: q._id, status: 'open', [kind === 'overdue' ? 'overdueNotifiedAt' : 'remindedAt']: null }).update(mark);
      if (w.updated) result[kind === 'overdue' ? 'overdue' : 'reminded']++;
    }
  }
  if (docs.length >= batch) result.done = false;
  return result;
}

function noticeOf(q: TimerDoc, kind: DueNotice, openid: string) {
  return {
    id: noticeId(q._id, kind, openid),
    openid,
    template: kind === 'overdue' ? ('group_question_overdue' as const) : ('group_question_reminder' as const),
    questionId: q._id,
    data: { title: summaryOf(q.text).slice(0, 20), stage: kind === 'overdue' ? '已超时' : '即将超时', note: `${q.orgName}，${dueText(q.dueAt)}` },
  };
}
