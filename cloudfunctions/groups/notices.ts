import { AppError } from '../../shared/errors/app-error';
import { chunkText } from '../../shared/announcements/effects';
import type { GroupMessageId } from '../../shared/announcements/subscriptions';
import { DEFAULT_SERVICE_DAYS, type GroupSettingsDoc } from '../../shared/groups/model';
import { DEFAULT_REMINDER_HOURS } from '../../shared/groups/service-clock';
import { checker } from '../announcements/store';
import type { Database } from '../kit/cloud';
import { insertOnce, readDoc } from '../kit/docs';

/** What the groups function shares between its handlers and the timer: settings, names, content checks, notices. */

type Src = Pick<Database, 'collection'>;

export const SETTINGS_ID = 'service';

export interface ServiceSettings {
  serviceDays: number;
  reminderHoursBefore: number;
  version: number;
}

/** The city's setting; the defaults (2 working days, reminder 4 hours before) while none is stored (version 0). */
export async function loadSettings(db: Src): Promise<ServiceSettings> {
  const d = await readDoc<GroupSettingsDoc>(db, 'group_settings', SETTINGS_ID);
  return d ? { serviceDays: d.serviceDays, reminderHoursBefore: d.reminderHoursBefore, version: d.version } : { serviceDays: DEFAULT_SERVICE_DAYS, reminderHoursBefore: DEFAULT_REMINDER_HOURS, version: 0 };
}

/** A person's name from their profile ('' when none). */
export async function nameOf(db: Src, openid: string): Promise<string> {
  const res = await db.collection('users').where({ openid }).field({ name: true }).limit(1).get();
  return ((res.data as { name?: string }[])[0]?.name ?? '').slice(0, 20);
}

/**
 * The announcements' content check (WeChat msg_sec_check): text a person publishes to others. Run after
 * authorization, before anything is written; a refusal names the field.
 */
export async function checkContent(text: string, openid: string, path: string, word: string): Promise<void> {
  for (const chunk of chunkText(text)) {
    if (!chunk.trim()) continue;
    if (!(await checker.check(chunk, openid))) {
      throw new AppError('VALIDATION', `${word}内容未通过安全检查，请修改后再提交`, [{ path, message: '内容含有不适宜发布的信息' }]);
    }
  }
}

export const GROUP_MESSAGE_TITLES: Record<GroupMessageId, string> = {
  group_question_asked: '联络群有新的提问',
  group_question_answered: '您在联络群的提问已答复',
  group_question_reminder: '联络群提问即将到答复时限',
  group_question_overdue: '联络群提问已超过答复时限',
};

export const questionPage = (id: string) => `packages/groups/question/index?id=${encodeURIComponent(id)}`;

export interface Notice {
  /** Deterministic (noticeId): a notice written twice is one notice. */
  id: string;
  openid: string;
  template: GroupMessageId;
  questionId: string;
  /** The 办理进度 template's fields: title, stage, note. */
  data: { title: string; stage: string; note: string };
}

/**
 * One inbox line and one outbox row (a subscribe message of the announcements' family: the person's counted
 * quota is spent, 43101 recorded — applications/deliver.ts), each inserted once. Returns the outbox id when new.
 */
export async function writeNotice(db: Database, n: Notice, now: Date): Promise<string | null> {
  const at = now.toISOString();
  const fresh = await insertOnce(db, 'outbox', {
    _id: n.id,
    kind: 'announcement',
    touser: n.openid,
    template: n.template,
    data: { ...n.data },
    page: questionPage(n.questionId),
    questionId: n.questionId,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: at,
    createdAt: at,
  });
  await insertOnce(db, 'inbox', {
    _id: `in-${n.id}`.slice(0, 120),
    openid: n.openid,
    at,
    template: n.template,
    title: GROUP_MESSAGE_TITLES[n.template],
    data: { ...n.data },
    questionId: n.questionId,
    read: false,
  });
  return fresh ? n.id : null;
}

/** The city's officers (the overdue notice goes to them too). */
export async function cityOfficers(db: Src): Promise<string[]> {
  const res = await db.collection('grants').where({ role: 'city_officer' }).field({ openid: true }).limit(100).get();
  return [...new Set((res.data as { openid: string }[]).map((g) => g.openid))];
}
