import type { TemplateId as WorkflowTemplateId } from '../workflow/effects';
import { TEMPLATES as WORKFLOW_TEMPLATES } from '../workflow/effects';
import { clip } from './clip';
import type { AnnouncementTemplateId } from './effects';
import { ANNOUNCEMENT_TEMPLATES } from './effects';
import { rule } from './rules';

/**
 * WeChat subscribe messages as WECHAT.md describes them: a one-time subscription allows one message per
 * accept and is asked for on a tap (`wx.requestSubscribeMessage`, at most 3 templates a call, never one-time
 * and long-term mixed); long-term subscriptions exist only for public services, in practice an AppID owned
 * by a government body, so they are off unless configured. There is no broadcast; a refused send (43101:
 * the user refused or has no quota left) is recorded and never retried.
 *
 * Our messages (the workflow's, announcements', briefings') are carried by a few WeChat templates; the
 * quota is counted per person and WeChat template.
 */

export const SUBSCRIBE_TEMPLATE_KEYS = ['announcement', 'briefing_update', 'briefing_reminder', 'progress', 'policy_match'] as const;
export type SubscribeTemplateKey = (typeof SUBSCRIBE_TEMPLATE_KEYS)[number];

/** WeChat field types and their limits (the template's keys, e.g. thing1, come from the WeChat console). */
export type FieldType = 'thing' | 'phrase' | 'time' | 'date' | 'name' | 'character_string' | 'number';

export interface SubscribeTemplate {
  title: string;
  /** Fields in the template as configured in the WeChat console: its key, its type, and which of our data fields fills it. */
  fields: { key: string; type: FieldType; from: string }[];
}

/** Defaults for the template library titles we ask for; the ids and keys are set per AppID (SUBSCRIBE_TEMPLATES). */
export const SUBSCRIBE_TEMPLATES: Record<SubscribeTemplateKey, SubscribeTemplate> = {
  announcement: {
    title: '通知公告提醒',
    fields: [
      { key: 'thing1', type: 'thing', from: 'title' },
      { key: 'thing2', type: 'thing', from: 'publisher' },
      { key: 'time3', type: 'time', from: 'time' },
    ],
  },
  briefing_update: {
    title: '活动状态变更通知',
    fields: [
      { key: 'thing1', type: 'thing', from: 'topic' },
      { key: 'phrase2', type: 'phrase', from: 'status' },
      { key: 'time3', type: 'time', from: 'time' },
      { key: 'thing4', type: 'thing', from: 'note' },
    ],
  },
  briefing_reminder: {
    title: '活动开始提醒',
    fields: [
      { key: 'thing1', type: 'thing', from: 'topic' },
      { key: 'time2', type: 'time', from: 'time' },
      { key: 'thing3', type: 'thing', from: 'place' },
    ],
  },
  progress: {
    title: '办理进度通知',
    fields: [
      { key: 'thing1', type: 'thing', from: 'title' },
      { key: 'thing2', type: 'thing', from: 'stage' },
      { key: 'thing3', type: 'thing', from: 'note' },
    ],
  },
  policy_match: {
    title: '政策匹配提醒',
    fields: [
      { key: 'thing1', type: 'thing', from: 'title' },
      { key: 'date2', type: 'date', from: 'date' },
      { key: 'thing3', type: 'thing', from: 'note' },
    ],
  },
};

/** The briefing messages (briefings/effects.ts uses these ids). */
export const BRIEFING_MESSAGES = [
  'briefing_confirmed',
  'briefing_waiting',
  'briefing_promoted',
  'briefing_moved',
  'briefing_cancelled',
  'briefing_reminder_day',
  'briefing_reminder_hour',
] as const;
export type BriefingMessageId = (typeof BRIEFING_MESSAGES)[number];
/** 政策找人 (issue 8): a round that fits opens; an eligible-from date arrives. */
export const POLICY_MESSAGES = ['round_open', 'eligible_from'] as const;
export type PolicyMessageId = (typeof POLICY_MESSAGES)[number];

/** 微信交流群 (issue 9): a question asked (to the group's officers), answered (to the asker), due soon, overdue. */
export const GROUP_MESSAGES = ['group_question_asked', 'group_question_answered', 'group_question_reminder', 'group_question_overdue'] as const;
export type GroupMessageId = (typeof GROUP_MESSAGES)[number];

export type MessageId = WorkflowTemplateId | AnnouncementTemplateId | BriefingMessageId | PolicyMessageId | GroupMessageId;

/** Which WeChat template carries each of our messages. */
export function templateFor(message: MessageId): SubscribeTemplateKey {
  if (message in ANNOUNCEMENT_TEMPLATES) return message === 'defense_notice' ? 'progress' : 'announcement';
  if (message in WORKFLOW_TEMPLATES) return 'progress';
  if ((POLICY_MESSAGES as readonly string[]).includes(message)) return 'policy_match';
  if ((GROUP_MESSAGES as readonly string[]).includes(message)) return 'progress';
  return message === 'briefing_reminder_day' || message === 'briefing_reminder_hour' ? 'briefing_reminder' : 'briefing_update';
}

// ---------------------------------------------------------------- when we ask, and what

export const SUBSCRIBE_RULES = {
  moments: rule({
    id: 'subscribe-moments',
    title: '在什么时候请用户订阅消息',
    statement: '一次性订阅每同意一次只能发一条消息，而且只能在用户点击时请求，一次最多请求 3 个模板。',
    clauses: ['第六条', '附件2 第三项'],
    reading:
      '在三个时刻请求：保存自测结果后（政策匹配、通知公告、宣讲提醒），报名宣讲后（宣讲提醒、宣讲变更），提交申报后（办理进度、通知公告）。每次只请求同一种（一次性或长期）的模板，剩余次数少的优先。“我的”页面显示每种消息还能收几条。',
    alternatives: ['每次打开小程序都请求'],
    parameters: {
      after_check: ['policy_match', 'announcement', 'briefing_reminder'] as SubscribeTemplateKey[],
      after_signup: ['briefing_reminder', 'briefing_update'] as SubscribeTemplateKey[],
      after_apply: ['progress', 'announcement'] as SubscribeTemplateKey[],
      perCall: 3,
      /** Our own ceiling on the counted one-time quota per template (WeChat accumulates accepts). */
      maxCounted: 50,
    },
  }),
  longTerm: rule({
    id: 'subscribe-long-term',
    title: '长期订阅',
    statement: '长期订阅只开放给线下公共服务（政务民生等），实际上只有政府部门主体的小程序才能申请。',
    clauses: ['第六条'],
    reading: '默认全部使用一次性订阅；只有配置为政府部门主体的 AppID，并且在配置中列出的模板，才按长期订阅处理（同意后可多次发送）。',
    alternatives: [],
    source: '产品决定',
    parameters: { governmentAppId: false, templates: [] as SubscribeTemplateKey[] },
  }),
};

export type SubscribeMoment = 'after_check' | 'after_signup' | 'after_apply';
export type SubscribeSettings = { governmentAppId: boolean; longTermTemplates: readonly SubscribeTemplateKey[] };
export const DEFAULT_SUBSCRIBE_SETTINGS: SubscribeSettings = {
  governmentAppId: SUBSCRIBE_RULES.longTerm.parameters.governmentAppId,
  longTermTemplates: SUBSCRIBE_RULES.longTerm.parameters.templates,
};

export type SubscriptionKind = 'one_time' | 'long_term';
export function subscriptionKind(template: SubscribeTemplateKey, settings: SubscribeSettings = DEFAULT_SUBSCRIBE_SETTINGS): SubscriptionKind {
  return settings.governmentAppId && settings.longTermTemplates.includes(template) ? 'long_term' : 'one_time';
}

/** A person's counted quota for one template: one document, id `quotaId(openid, template)`. */
export interface QuotaDoc {
  openid: string;
  template: SubscribeTemplateKey;
  /** One-time accepts not yet used. */
  count: number;
  /** Accepted as a long-term subscription (only where long-term is configured). */
  longTerm: boolean;
  updatedAt: string;
}

export function quotaId(openid: string, template: SubscribeTemplateKey): string {
  return `${openid}:${template}`;
}

/**
 * What to ask for at a moment, on this tap: the moment's templates of one kind (the kind of the first),
 * at most `perCall`, those with the least quota left first.
 */
export function subscribeAsk(
  moment: SubscribeMoment,
  quotas: readonly QuotaDoc[],
  settings: SubscribeSettings = DEFAULT_SUBSCRIBE_SETTINGS,
): { kind: SubscriptionKind; templates: SubscribeTemplateKey[] } {
  const p = SUBSCRIBE_RULES.moments.parameters;
  const left = (t: SubscribeTemplateKey) => quotas.find((q) => q.template === t)?.count ?? 0;
  // A long-term subscription already accepted needs no asking again.
  const wanted = p[moment].filter((t) => !(subscriptionKind(t, settings) === 'long_term' && quotas.some((q) => q.template === t && q.longTerm)));
  if (!wanted.length) return { kind: 'one_time', templates: [] };
  const kind = subscriptionKind(wanted[0], settings);
  const templates = wanted
    .filter((t) => subscriptionKind(t, settings) === kind)
    .map((t, i) => ({ t, i }))
    .sort((a, b) => left(a.t) - left(b.t) || a.i - b.i)
    .slice(0, p.perCall)
    .map(({ t }) => t);
  return { kind, templates };
}

/** `wx.requestSubscribeMessage`'s answer per template id. */
export type SubscribeAnswer = 'accept' | 'reject' | 'ban' | 'filter';

/** The quota after the person answered: an accept adds one (one-time) or marks long-term; anything else adds nothing. */
export function recordAnswer(
  doc: QuotaDoc | null,
  openid: string,
  template: SubscribeTemplateKey,
  answer: SubscribeAnswer,
  now: Date,
  settings: SubscribeSettings = DEFAULT_SUBSCRIBE_SETTINGS,
): QuotaDoc {
  const base: QuotaDoc = doc ?? { openid, template, count: 0, longTerm: false, updatedAt: now.toISOString() };
  if (answer !== 'accept') return { ...base, updatedAt: now.toISOString() };
  if (subscriptionKind(template, settings) === 'long_term') return { ...base, longTerm: true, updatedAt: now.toISOString() };
  return { ...base, count: Math.min(base.count + 1, SUBSCRIBE_RULES.moments.parameters.maxCounted), updatedAt: now.toISOString() };
}

/**
 * Use one message of the quota before a send: allowed with a long-term subscription or a count above 0.
 * The function applies it with compare-and-set (`count` as read), so two senders cannot spend one accept.
 */
export function spendQuota(
  doc: QuotaDoc | null,
  now: Date,
  settings: SubscribeSettings = DEFAULT_SUBSCRIBE_SETTINGS,
): { allowed: true; next: QuotaDoc } | { allowed: false } {
  if (!doc) return { allowed: false };
  if (doc.longTerm && subscriptionKind(doc.template, settings) === 'long_term') return { allowed: true, next: doc };
  if (doc.count <= 0) return { allowed: false };
  return { allowed: true, next: { ...doc, count: doc.count - 1, updatedAt: now.toISOString() } };
}

/** After WeChat said 43101, our count was wrong: nothing is left (the long-term mark goes too). */
export function quotaAfterRefusal(doc: QuotaDoc, now: Date): QuotaDoc {
  return { ...doc, count: 0, longTerm: false, updatedAt: now.toISOString() };
}

export interface QuotaView {
  template: SubscribeTemplateKey;
  title: string;
  kind: SubscriptionKind;
  /** Messages still allowed; null = long-term (no count). */
  remaining: number | null;
  /** What the 我的 page says. */
  text: string;
}

export function quotaViews(quotas: readonly QuotaDoc[], settings: SubscribeSettings = DEFAULT_SUBSCRIBE_SETTINGS): QuotaView[] {
  return SUBSCRIBE_TEMPLATE_KEYS.map((template) => {
    const q = quotas.find((x) => x.template === template);
    const kind = subscriptionKind(template, settings);
    const longTerm = kind === 'long_term' && !!q?.longTerm;
    const remaining = longTerm ? null : (q?.count ?? 0);
    const text = longTerm ? '已长期订阅' : remaining ? `还能收到 ${remaining} 条` : '未订阅（下次办理时点“允许”即可收到）';
    return { template, title: SUBSCRIBE_TEMPLATES[template].title, kind, remaining, text };
  });
}

// ---------------------------------------------------------------- the message itself

/** '2026年11月10日 09:00' in China time: the `time` field's format. */
export function wxTime(instant: string): string {
  const s = new Date(Date.parse(instant) + 8 * 3_600_000).toISOString();
  return `${Number(s.slice(0, 4))}年${Number(s.slice(5, 7))}月${Number(s.slice(8, 10))}日 ${s.slice(11, 16)}`;
}

/** '2027年3月1日': the `date` field's format, from an ISO date or instant (China date). */
export function wxDate(value: string): string {
  const d = value.length === 10 ? value : new Date(Date.parse(value) + 8 * 3_600_000).toISOString().slice(0, 10);
  return `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
}

/** A value made to fit its field type's limits. */
export function fieldValue(type: FieldType, value: string): string {
  switch (type) {
    case 'thing':
      return clip(value, 20) || '—';
    case 'phrase':
      // Five characters, Chinese only.
      return Array.from(value.replace(/[^\u4e00-\u9fa5]/g, '')).slice(0, 5).join('') || '有变更';
    case 'name':
      return clip(value, 10);
    case 'character_string':
      return value.replace(/[^\x21-\x7e]/g, '').slice(0, 32);
    case 'number':
      return value.replace(/[^\d.]/g, '').slice(0, 32);
    case 'time':
      return /^\d{4}-\d{2}-\d{2}T/.test(value) ? wxTime(value) : clip(value, 30);
    case 'date':
      return /^\d{4}-\d{2}-\d{2}/.test(value) ? wxDate(value) : clip(value, 20);
  }
}

/** The `data` of subscribeMessage.send for our fields: every field of the template, filled and fitted. */
export function subscribeData(template: SubscribeTemplateKey, values: Readonly<Record<string, string>>, templates = SUBSCRIBE_TEMPLATES): Record<string, { value: string }> {
  const out: Record<string, { value: string }> = {};
  for (const f of templates[template].fields) {
    const v = values[f.from];
    if (v !== undefined && v !== '') out[f.key] = { value: fieldValue(f.type, v) };
  }
  return out;
}

// ---------------------------------------------------------------- what a send's answer means

export type SendOutcome = 'sent' | 'refused' | 'retryable' | 'failed';
export const SEND_OUTCOME_LABELS: Record<SendOutcome, string> = {
  sent: '已发送',
  refused: '用户未订阅或次数已用完',
  retryable: '暂时发送失败，稍后重试',
  failed: '无法发送',
};

/**
 * WeChat's errcodes for subscribeMessage.send. 43101: refused / no quota → recorded, never retried.
 * Errors of our own making (bad openid, template, data, page) are not retried either: they would fail again.
 * Busy, rate limits and token problems are retried with backoff (the outbox bounds the attempts).
 */
export const SEND_ERRCODES: Record<number, SendOutcome> = {
  0: 'sent',
  43101: 'refused',
  40003: 'failed',
  40037: 'failed',
  47003: 'failed',
  41030: 'failed',
  [-1]: 'retryable',
  40001: 'retryable',
  42001: 'retryable',
  45009: 'retryable',
  45011: 'retryable',
};

/** The meaning of one send attempt: WeChat's answer, or a thrown network error / timeout (no answer at all). */
export function classifySend(r: { errcode?: number | null } | { error: 'network' | 'timeout' }): SendOutcome {
  if ('error' in r) return 'retryable';
  const code = r.errcode ?? 0;
  // An unknown code is retried: nothing was sent, and the outbox caps the attempts.
  return SEND_ERRCODES[code] ?? 'retryable';
}
