import { z } from 'zod';
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
const auditItem = z.object({
  at: z.string(),
  action: recordedAction,
  /** Role the person acted in, and their name (masked unless it is the viewer or the viewer is an officer). */
  by: z.object({ role: auditRole, name: z.string().optional(), me: z.boolean() }),
  from: stage.nullable(),
  to: stage.nullable(),
});

export const detail = z.object({
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

/**
 * The applications function's actions but the moves of a file (application-moves.ts). The weapp's main package
 * checks these on the phone; the moves carry every action's definition, so the work package that offers them
 * registers them (client/src/features/work/api.ts).
 */
export const applicationRecords = {
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
