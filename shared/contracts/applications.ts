import { z } from 'zod';
import { ACTION_IDS, type ActionId } from '../workflow/actions/ids';
import { ACTION_INPUTS, anyInputOf, type AnyInput } from '../workflow/actions/input-schemas';
import { WORKFLOWS } from '../workflow/application';
import {
  applicationSchema,
  applicationStatus,
  auditRole,
  availableAction,
  expectedStep,
  publicNoticeView,
  recordedAction,
  stage,
  workflow,
} from '../workflow/schemas';
import { DISTRICT_CODES } from '../org/districts';
import { SERIES_IDS } from '../policy/series';
import { ROUTE_IDS } from '../policy/types';
import * as f from '../fields/common';

/**
 * Application tracking (附件1 绿色通道, 附件2 社会化评审). The application itself is the workflow's
 * `Application`, always sent through `applicationFor` (privacy filter); lists carry masked names.
 */
const action = z.enum(ACTION_IDS, { error: '不支持的操作' });
const boundedInput = z
  .record(z.string(), z.unknown(), { error: '操作内容格式不正确' })
  .refine((v) => JSON.stringify(v).length <= 20_000, '操作内容过长')
  .optional();
const expectedVersion = z.number().int().min(1);

/**
 * One action on one file: its `input` is what the action asks for in either workflow (shared/workflow/actions
 * input-schemas; the file's own workflow's schema is applied again when the machine decides). An objection goes
 * through notices.object, so here its input is only bounded (the handler refuses it).
 */
type Asked = Exclude<ActionId, 'file_objection'>;
type TransitionOf<A extends Asked> = z.ZodObject<
  {
    id: typeof f.id;
    action: z.ZodLiteral<A>;
    input: z.ZodOptional<AnyInput<(typeof ACTION_INPUTS)[A]>>;
    expectedVersion: typeof expectedVersion;
  },
  z.core.$strict
>;
const transitionOf = <A extends Asked>(a: A) =>
  z.strictObject({ id: f.id, action: z.literal(a), input: anyInputOf(ACTION_INPUTS[a]).optional(), expectedVersion }) as TransitionOf<A>;
type TransitionMember = { [A in Asked]: TransitionOf<A> }[Asked];
const objectionMember = z.strictObject({ id: f.id, action: z.literal('file_objection'), input: boundedInput, expectedVersion });
const transitionInput = z.discriminatedUnion(
  'action',
  ACTION_IDS.map((a) => (a === 'file_objection' ? objectionMember : transitionOf(a))) as unknown as [
    TransitionMember | typeof objectionMember,
    ...(TransitionMember | typeof objectionMember)[],
  ],
  { error: '不支持的操作' },
);

const auditItem = z.object({
  at: z.string(),
  action: recordedAction,
  /** Role the person acted in, and their name (masked unless it is the viewer or the viewer is an officer). */
  by: z.object({ role: auditRole, name: z.string().optional(), me: z.boolean() }),
  from: stage.nullable(),
  to: stage.nullable(),
});

const detail = z.object({
  application: applicationSchema,
  available: z.array(availableAction),
  audit: z.array(auditItem),
  expected: z.array(expectedStep),
  /** Who holds the file now, in words ('' when closed). */
  holder: z.string(),
});
export type ApplicationDetail = z.infer<typeof detail>;

const listItem = z.object({
  id: z.string(),
  workflow,
  stage,
  stageLabel: z.string(),
  status: applicationStatus,
  applicantName: z.string(),
  employer: z.string(),
  district: z.enum(DISTRICT_CODES),
  /** The series' and the level's names, as the list shows them. */
  series: z.string(),
  level: z.string(),
  titleName: z.string(),
  routeId: z.enum(ROUTE_IDS),
  holder: z.string(),
  dueBy: z.string().nullable(),
  overdue: z.boolean(),
  updatedAt: z.string(),
  version: z.number(),
});
export type ApplicationListItem = z.infer<typeof listItem>;

const queueFilters = {
  stage: z.string().max(40).optional(),
  district: f.district.optional(),
  series: z.enum(SERIES_IDS, { error: '职称系列不正确' }).optional(),
  route: z.enum(ROUTE_IDS, { error: '申报路径不正确' }).optional(),
  workflow: z.enum(WORKFLOWS).optional(),
  overdue: z.boolean().optional(),
  keyword: f.keyword.optional(),
};

const inboxItem = z.object({
  id: z.string(),
  at: z.string(),
  template: z.string(),
  title: z.string(),
  data: z.record(z.string(), z.string()),
  applicationId: z.string().optional(),
  /** Messages about an announcement or a briefing open it. */
  announcementId: z.string().optional(),
  briefingId: z.string().optional(),
  read: z.boolean(),
});

export const applications = {
  create: {
    input: z
      .object({
        checkId: f.id,
        routeId: z.enum(ROUTE_IDS, { error: '申报路径不正确' }),
        workflow: z.enum(WORKFLOWS, { error: '请选择申报渠道（社会化评审或绿色通道）' }),
        employerOrgId: f.id,
        /** A published socialized round, if applying in one. */
        roundId: f.id.optional(),
      })
      .strict(),
    output: detail,
  },
  transition: {
    input: transitionInput,
    output: detail.extend({ replayed: z.boolean() }),
  },
  batch: {
    input: z.object({ ids: z.array(f.id).min(1, '请选择申报').max(50, '一次最多处理 50 份'), action, input: boundedInput }).strict(),
    output: z.object({
      results: z.array(
        z.object({
          id: z.string(),
          ok: z.boolean(),
          code: z.string().optional(),
          message: z.string().optional(),
          version: z.number().optional(),
        }),
      ),
    }),
  },
  get: { input: z.object({ id: f.id }).strict(), output: detail },
  mine: { input: z.object({}).strict(), output: z.object({ items: z.array(listItem) }) },
  queue: {
    input: z.object({ ...queueFilters, page: f.page, pageSize: f.pageSize }).strict(),
    output: z.object({ items: z.array(listItem), total: z.number() }),
  },
  'notices.list': {
    input: z.object({ employerOrgId: f.id.optional() }).strict(),
    output: z.object({ items: z.array(publicNoticeView) }),
  },
  'notices.object': {
    input: z
      .object({
        id: f.id,
        text: z.string({ error: '请填写异议内容' }).trim().min(10, '异议内容至少 10 个字').max(500, '异议内容不超过 500 个字'),
      })
      .strict(),
    output: z.object({ ok: z.literal(true) }),
  },
  'greenException.open': {
    input: z
      .object({
        applicantOpenid: f.openid,
        employerOrgId: f.id,
        reason: z
          .string({ error: '请写明一事一议的理由' })
          .trim()
          .min(5, '请写明一事一议的理由（至少 5 个字）')
          .max(500, '理由不超过 500 个字'),
        validDays: z.number().int().min(1).max(60).optional(),
      })
      .strict(),
    output: z.object({ id: z.string(), validUntil: z.string() }),
  },
  'inbox.list': {
    input: z.object({ unreadOnly: z.boolean().default(false), page: f.page, pageSize: f.pageSize }).strict(),
    output: z.object({ items: z.array(inboxItem), total: z.number(), unread: z.number() }),
  },
  'inbox.read': {
    input: z.object({ ids: z.array(f.id).max(100).optional(), all: z.boolean().optional() }).strict(),
    output: z.object({ updated: z.number() }),
  },
  'export.roster': {
    input: z.object({}).strict(),
    output: z.object({ filename: z.string(), base64: z.string(), rows: z.number() }),
  },
  'export.queue': {
    input: z.object(queueFilters).strict(),
    output: z.object({ filename: z.string(), base64: z.string(), rows: z.number() }),
  },
  /** 工作台: per queue the caller works (shared/workflow/desk), how many files wait and how many are overdue. */
  desk: {
    input: z.object({}).strict(),
    output: z.object({
      queues: z.array(z.object({ stage, label: z.string(), count: z.number().int(), overdue: z.number().int() })),
    }),
  },
  dashboard: {
    input: z.object({}).strict(),
    output: z.object({
      byStage: z.array(z.object({ stage, district: z.string(), series: z.string(), routeId: z.string(), count: z.number() })),
      overdue: z.array(z.object({ stage, count: z.number() })),
      monthly: z.array(z.object({ month: z.string(), created: z.number(), closed: z.number() })),
    }),
  },
} as const;
