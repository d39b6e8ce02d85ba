import { z } from 'zod';
import { CLAUSE_IDS } from '../policy/clauses';
import { DISTRICT_CODES } from '../org/districts';
import { MAX_SERVICE_DAYS } from '../groups/model';
import * as f from '../fields/common';

/**
 * 微信交流群 (第六条, issue 9): liaison groups bound to real WeChat groups, their rosters, coverage of a district's
 * enterprises, questions with a service clock, the public 常见问题, share cards and 群待办 tasks.
 *
 * Open data: `bind` and `enter` need the WeChat group the page was opened from. The client puts the cloudID of
 * wx.getGroupEnterInfo as `wx.cloud.CloudID(id)` in the TOP-LEVEL field `openData` of the callFunction data
 * (the client API's option `{ cloudID }`); the platform (locally: the host's open-data path) replaces it with
 * `{ cloudID, data: { opengid, watermark } }` or `{ cloudID, errCode, errMsg }` before the function runs, and the
 * kit hands it to the handler as `ctx.openData`. It is never part of `input`.
 */

const version = z.number({ error: '缺少版本号' }).int('版本号应为整数').min(1, '版本号不正确');
const instant = z.string();
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/; // eslint-disable-line no-control-regex -- refusing control characters

/** Free text a person types: trimmed, bounded, no control characters; the message names the limit and the length. */
export const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(min, min <= 1 ? `请填写${label}` : `${label}至少 ${min} 个字`)
    .refine((v) => Array.from(v).length <= max, {
      error: (iss) => `${label}不超过 ${max} 个字（现 ${Array.from(String(iss.input)).length} 个字）`,
    })
    .refine((v) => !CONTROL.test(v), `${label}含有无法识别的字符`);

export const QUESTION_MAX = 500;
export const ANSWER_MAX = 2000;
export const GROUP_NAME_MAX = 30;
export const TASK_TITLE_MAX = 40;

/** A clause an answer cites: one of the policy's clauses, by its id (第二条); anything else is named in the message. */
export const citedClause = z
  .string({ error: '请选择条款' })
  .refine((v): v is (typeof CLAUSE_IDS)[number] => (CLAUSE_IDS as readonly string[]).includes(v), {
    error: (iss) => `引用的条款不存在：${String(iss.input).slice(0, 20)}`,
  });
const clauses = z.array(citedClause).max(5, '最多引用 5 条').default([]);
const clauseRef = z.object({ id: z.enum(CLAUSE_IDS), heading: z.string() });
const groupDistrict = z.enum(DISTRICT_CODES).nullable();
const isoDate = z.string({ error: '请选择日期' }).regex(/^\d{4}-\d{2}-\d{2}$/, '请选择日期');

// ---------------------------------------------------------------- views

const groupView = z.object({
  id: z.string(),
  name: z.string(),
  district: groupDistrict,
  /** 昆都仑区人社局 / 包头市人社局 */
  bureau: z.string(),
  officers: z.array(z.object({ openid: z.string(), name: z.string() })),
  bound: z.boolean(),
  boundAt: instant.nullable(),
  status: z.enum(['active', 'closed']),
  /** Active members and their distinct enterprises. */
  memberCount: z.number(),
  enterpriseCount: z.number(),
  /** For those who manage the group (0 for others). */
  openQuestions: z.number(),
  overdueQuestions: z.number(),
  me: z.object({
    runs: z.boolean(),
    manages: z.boolean(),
    membership: z.enum(['active', 'removed']).nullable(),
  }),
  version: z.number(),
});
export type GroupView = z.infer<typeof groupView>;

/** A roster row. Officers: the enterprise and its HR (name, masked phone). Members: the enterprise only. */
const rosterItem = z.object({
  orgId: z.string(),
  orgName: z.string(),
  orgDistrict: z.enum(DISTRICT_CODES),
  districtName: z.string(),
  contacts: z
    .array(
      z.object({
        memberId: z.string(),
        name: z.string(),
        phoneMasked: z.string(),
        joinedAt: instant,
        status: z.enum(['active', 'removed']),
      }),
    )
    .optional(),
});

const serviceClock = z.object({
  dueAt: instant,
  /** '12月4日（周五）17:30 前' */
  dueText: z.string(),
  state: z.enum(['on_time', 'due_soon', 'overdue', 'answered_on_time', 'answered_late']),
  /** 剩余 1 个工作日 / 已超时 2 个工作日 / 按时答复 */
  label: z.string(),
  estimated: z.boolean(),
});

const answerView = z.object({ text: z.string(), clauses: z.array(clauseRef), byName: z.string(), at: instant, atText: z.string() });

const questionItem = z.object({
  id: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  /** The first 60 characters. */
  summary: z.string(),
  orgName: z.string(),
  private: z.boolean(),
  status: z.enum(['open', 'answered']),
  askedAt: instant,
  askedAtText: z.string(),
  clock: serviceClock,
  helpful: z.number(),
  mine: z.boolean(),
  faqId: z.string().nullable(),
});
export type QuestionItem = z.infer<typeof questionItem>;

const questionDetail = questionItem.extend({
  text: z.string(),
  answer: answerView.nullable(),
  markedHelpful: z.boolean(),
  manage: z.object({ answer: z.boolean(), promote: z.boolean() }),
  version: z.number(),
});
export type QuestionDetail = z.infer<typeof questionDetail>;

const faqItem = z.object({
  id: z.string(),
  question: z.string(),
  answer: z.string(),
  clauses: z.array(clauseRef),
  helpful: z.number(),
  promotedAt: instant,
  /** The groups' bureau that answered: 昆都仑区人社局 */
  source: z.string(),
});
export type FaqItem = z.infer<typeof faqItem>;

const taskView = z.object({
  id: z.string(),
  groupId: z.string(),
  title: z.string(),
  dueDate: z.string(),
  dueText: z.string(),
  status: z.enum(['open', 'closed']),
  overdue: z.boolean(),
  done: z.number(),
  total: z.number(),
  /** For an HR of the roster: whether their enterprise has done it. */
  mineDone: z.boolean().nullable(),
  /** For officers: the roster's enterprises, done or not. */
  enterprises: z.array(z.object({ orgId: z.string(), orgName: z.string(), doneAt: instant.nullable() })).optional(),
});
export type TaskView = z.infer<typeof taskView>;

const coverageRow = z.object({
  district: z.enum(DISTRICT_CODES),
  name: z.string(),
  /** Non-public enterprises registered in the district. */
  enterprises: z.number(),
  /** Of them, with an HR active in any liaison group. */
  covered: z.number(),
  uncovered: z.number(),
  /** 0–100, one decimal; null when the district has no enterprises. */
  percent: z.number().nullable(),
  groups: z.number(),
});

const shareCard = z.object({
  title: z.string(),
  /** The page the card opens, with the group context (`g`) and what it is about. */
  path: z.string(),
  /** For 群待办: the activity id for wx.updateShareMenu({ toDoActivityId }). */
  toDoActivityId: z.string().optional(),
  withShareTicket: z.literal(true),
});

const enterOutcome = z.enum([
  /** An HR just joined the roster (or an officer opened it: `officer`). */
  'joined',
  'member',
  'officer',
  /** Signed in but not HR of an employer yet: claim with an invitation code first. */
  'needs_employer',
  /** Removed from this group's roster by its officers. */
  'removed',
  /** The WeChat group is not bound to any liaison group. */
  'not_bound',
  /** Signed in, no HR role and not an officer: a person of an enterprise, not its HR. */
  'guest',
]);

// ---------------------------------------------------------------- actions

export const groups = {
  create: {
    input: z.strictObject({
      name: text('群名称', 2, GROUP_NAME_MAX),
      /** null: the city's own group. */
      district: f.district.nullable(),
      /** The officers who run it besides the creator (openids of officers of that bureau); the creator always runs it. */
      officers: z.array(f.openid).max(9, '最多 10 名工作人员').default([]),
    }),
    output: groupView,
  },
  update: {
    input: z.strictObject({
      id: f.id,
      expectedVersion: version,
      name: text('群名称', 2, GROUP_NAME_MAX).optional(),
      officers: z.array(f.openid).min(1, '至少 1 名工作人员').max(10, '最多 10 名工作人员').optional(),
      status: z.enum(['active', 'closed']).optional(),
    }),
    output: groupView,
  },
  /** mine: groups I run or am a member of; managed: every group I manage (officers), by district. */
  list: {
    input: z.strictObject({
      view: z.enum(['mine', 'managed'], { error: '列表类型不正确' }).default('mine'),
      district: f.district.optional(),
      page: f.page,
      pageSize: f.pageSize,
    }),
    output: z.object({ items: z.array(groupView), total: z.number() }),
  },
  get: { input: z.strictObject({ id: f.id }), output: groupView },
  roster: {
    input: z.strictObject({ id: f.id, page: f.page, pageSize: f.pageSize }),
    output: z.object({ view: z.enum(['contacts', 'enterprises']), items: z.array(rosterItem), total: z.number() }),
  },
  'roster.remove': {
    input: z.strictObject({ id: f.id, memberId: f.id, reason: text('移出原因', 2, 100) }),
    output: z.object({ removed: z.literal(true) }),
  },
  /** Opened from the binding card in the WeChat group (ctx.openData): the first officer of the group binds it. */
  bind: { input: z.strictObject({ id: f.id }), output: groupView },
  /**
   * Opened from any card in a WeChat group (ctx.openData): an HR joins that group's roster with their employer;
   * `orgId` picks the employer when the HR serves several.
   */
  enter: {
    input: z.strictObject({ orgId: f.id.optional() }),
    output: z.object({ outcome: enterOutcome, group: groupView.nullable(), message: z.string() }),
  },
  /** Coverage of one district: counts and the enterprises without an HR in any group (paged, to work through). */
  coverage: {
    input: z.strictObject({ district: f.district, page: f.page, pageSize: f.pageSize }),
    output: z.object({
      row: coverageRow,
      uncovered: z.array(z.object({ orgId: z.string(), name: z.string(), industry: z.string().nullable(), usccMasked: z.string() })),
      total: z.number(),
    }),
  },
  /** The city dashboard: every district's coverage (city officers; district officers see their own row). */
  'coverage.city': {
    input: z.strictObject({}),
    output: z.object({ rows: z.array(coverageRow), summary: coverageRow.omit({ district: true, name: true }) }),
  },
  'questions.ask': {
    input: z.strictObject({ groupId: f.id, text: text('问题', 5, QUESTION_MAX), private: z.boolean().default(false) }),
    output: questionDetail,
  },
  /**
   * mine: questions I asked; group: one group's (by visibility); queue: every question of the groups I manage
   * (officers; overdue first); overdue: the city's overdue questions (city officers), or my district's.
   */
  'questions.list': {
    input: z.strictObject({
      view: z.enum(['mine', 'group', 'queue', 'overdue'], { error: '列表类型不正确' }).default('mine'),
      groupId: f.id.optional(),
      status: z.enum(['open', 'answered', 'overdue'], { error: '状态不正确' }).optional(),
      page: f.page,
      pageSize: f.pageSize,
    }),
    output: z.object({ items: z.array(questionItem), total: z.number(), counts: z.object({ open: z.number(), overdue: z.number() }) }),
  },
  'questions.get': { input: z.strictObject({ id: f.id }), output: questionDetail },
  'questions.answer': {
    input: z.strictObject({ id: f.id, expectedVersion: version, text: text('答复', 5, ANSWER_MAX), clauses }),
    output: questionDetail,
  },
  'questions.helpful': { input: z.strictObject({ id: f.id }), output: z.object({ helpful: z.number(), marked: z.literal(true) }) },
  /** An answered, non-private question becomes a public FAQ entry (the text may be edited to read well for all). */
  'faq.promote': {
    input: z.strictObject({
      questionId: f.id,
      question: text('问题', 5, QUESTION_MAX).optional(),
      answer: text('答复', 5, ANSWER_MAX).optional(),
      clauses: z.array(citedClause).max(5, '最多引用 5 条').optional(),
    }),
    output: faqItem,
  },
  'faq.withdraw': {
    input: z.strictObject({ id: f.id, reason: text('撤下原因', 2, 100) }),
    output: z.object({ withdrawn: z.literal(true) }),
  },
  /** Public (visitors too): search by keyword over question and answer, or the entries citing a clause. */
  'faq.search': {
    input: z.strictObject({ keyword: f.keyword.optional(), clause: citedClause.optional(), page: f.page, pageSize: f.pageSize }),
    output: z.object({ items: z.array(faqItem), total: z.number() }),
  },
  'faq.get': { input: z.strictObject({ id: f.id }), output: faqItem.extend({ markedHelpful: z.boolean() }) },
  'faq.helpful': { input: z.strictObject({ id: f.id }), output: z.object({ helpful: z.number(), marked: z.literal(true) }) },
  'tasks.create': {
    input: z.strictObject({ groupId: f.id, title: text('待办事项', 4, TASK_TITLE_MAX), dueDate: isoDate }),
    output: taskView,
  },
  'tasks.list': {
    input: z.strictObject({ groupId: f.id, page: f.page, pageSize: f.pageSize }),
    output: z.object({ items: z.array(taskView), total: z.number() }),
  },
  'tasks.get': { input: z.strictObject({ id: f.id }), output: taskView },
  /** An HR of the roster marks the task done for their enterprise. */
  'tasks.done': { input: z.strictObject({ id: f.id, orgId: f.id.optional() }), output: taskView },
  /** The card an officer shares into the group: binding, an announcement, a briefing, an answer, an FAQ entry, a task (群待办). */
  share: {
    input: z.strictObject({
      groupId: f.id,
      kind: z.enum(['bind', 'group', 'announcement', 'briefing', 'question', 'faq', 'task'], { error: '分享类型不正确' }),
      id: f.id.optional(),
    }),
    output: shareCard,
  },
  'settings.get': {
    input: z.strictObject({}),
    output: z.object({ serviceDays: z.number(), reminderHoursBefore: z.number(), version: z.number() }),
  },
  'settings.set': {
    input: z.strictObject({
      expectedVersion: z.number().int().min(0),
      serviceDays: z.coerce
        .number({ error: '请填写答复时限' })
        .int('答复时限应为整数')
        .min(1, '答复时限至少 1 个工作日')
        .max(MAX_SERVICE_DAYS, `答复时限最长 ${MAX_SERVICE_DAYS} 个工作日`),
      reminderHoursBefore: z.coerce.number().int().min(1, '提醒时间至少提前 1 小时').max(48, '提醒时间最多提前 48 小时').default(4),
    }),
    output: z.object({ serviceDays: z.number(), reminderHoursBefore: z.number(), version: z.number() }),
  },
} as const;
