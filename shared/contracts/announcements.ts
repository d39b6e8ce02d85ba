import { z } from 'zod';
import { blockSchema } from '../announcements/body';
import { CATEGORIES } from '../announcements/categories';
import { fileRefSchema, fileView } from '../announcements/files';
import { contentSchema, DISPLAY_STATUS_LABELS } from '../announcements/model';
import { SUBSCRIBE_TEMPLATE_KEYS } from '../announcements/subscriptions';
import { targetSchema } from '../announcements/target';
import { uploadHeaderSchema } from '../files/upload';
import { ROLES } from '../auth/roles';
import { DISTRICT_CODES } from '../org/districts';
import * as f from '../fields/common';

/**
 * 通知公告 (issue 8): drafts, publication, revision, withdrawal, the feed, the publisher's list, reach
 * counts, receipts, read marks and subscribe-message quotas. Inputs are bounded and speak Chinese; outputs
 * are real schemas (what the function sends back, validated on the way out). The content's own rules
 * (body blocks, attachments, target) are the domain's schemas in shared/announcements, used here as they are.
 */

const version = z.number({ error: '缺少版本号' }).int('版本号应为整数').min(1, '版本号不正确');
const instant = z.string();
const keyword = z.string({ error: '关键词应为文字' }).trim().max(30, '关键词不超过 30 个字');
const category = z.enum(CATEGORIES, { error: '公告类别不正确' });
const displayStatus = z.enum(
  Object.keys(DISPLAY_STATUS_LABELS) as [keyof typeof DISPLAY_STATUS_LABELS, ...(keyof typeof DISPLAY_STATUS_LABELS)[]],
  {
    error: '状态不正确',
  },
);

/** The capacity someone publishes in (publisherScopes): a role and its scope. */
export const publisherIdentity = z.discriminatedUnion(
  'role',
  [
    z.strictObject({ role: z.literal('city_officer'), scope: z.strictObject({ kind: z.literal('city') }) }),
    z.strictObject({ role: z.literal('district_officer'), scope: z.strictObject({ kind: z.literal('district'), district: f.district }) }),
    z.strictObject({ role: z.literal('employer_hr'), scope: z.strictObject({ kind: z.literal('org'), orgId: f.id }) }),
    z.strictObject({ role: z.literal('recommender'), scope: z.strictObject({ kind: z.literal('org'), orgId: f.id }) }),
  ],
  { error: '请选择以什么身份发布' },
);

// ---------------------------------------------------------------- views

const publisherView = z.object({
  role: z.enum(['city_officer', 'district_officer', 'employer_hr', 'recommender']),
  name: z.string(),
  district: z.enum(DISTRICT_CODES).nullable(),
  /** The publisher as a key (publisherKey), e.g. to filter the feed by source. */
  key: z.string(),
});

const contentView = z.object({
  title: z.string(),
  category,
  body: z.array(blockSchema),
  attachments: z.array(fileView),
  target: targetSchema,
  publishAt: instant.nullable(),
  expiresAt: instant.nullable(),
  pinned: z.boolean(),
});

const versionView = z.object({
  version: z.number(),
  title: z.string(),
  publishedAt: instant,
  /** The role the version was published in; no openid leaves the function. */
  byRole: z.enum(ROLES),
  notified: z.boolean(),
  note: z.string().optional(),
});

const availableAction = z.object({
  action: z.enum(['edit', 'publish', 'revise', 'withdraw']),
  label: z.string(),
  as: z.enum(['publisher', 'overseer']),
  enabled: z.boolean(),
  reason: z.string().optional(),
});

const announcementView = z.object({
  id: z.string(),
  publisher: publisherView,
  status: z.enum(['draft', 'published', 'withdrawn']),
  displayStatus,
  displayStatusLabel: z.string(),
  categoryLabel: z.string(),
  content: contentView,
  /** targetSummary: “稀土高新区 · 稀土新材料行业 · 单位人事”. */
  targetSummary: z.string(),
  version: z.number(),
  edition: z.number(),
  notifyVersion: z.number(),
  /** Earlier versions, for the publisher's staff and overseers; empty for the audience. */
  history: z.array(versionView),
  withdrawal: z.object({ at: instant, reason: z.string() }).optional(),
  origin: z.object({ kind: z.literal('defense'), applicationId: z.string() }).optional(),
  createdAt: instant,
  updatedAt: instant,
});

const detail = z.object({
  announcement: announcementView,
  available: z.array(availableAction),
  /** For the audience: whether it was unread before this view (opening it marks it read). */
  unread: z.boolean(),
});
export type AnnouncementDetail = z.infer<typeof detail>;

const feedItem = z.object({
  id: z.string(),
  title: z.string(),
  category,
  categoryLabel: z.string(),
  publisher: z.string(),
  publishAt: instant,
  expiresAt: instant.nullable(),
  pinned: z.boolean(),
  unread: z.boolean(),
  status: displayStatus,
  excerpt: z.string(),
  attachments: z.number(),
});
export type AnnouncementFeedItem = z.infer<typeof feedItem>;

const feedCursor = z.strictObject(
  {
    pinned: z.boolean(),
    publishAt: z
      .string()
      .max(40)
      .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/, '翻页位置不正确'),
    id: f.id,
  },
  { error: '翻页位置不正确' },
);

const publisherListItem = z.object({
  id: z.string(),
  title: z.string(),
  category,
  categoryLabel: z.string(),
  displayStatus,
  displayStatusLabel: z.string(),
  publisher: z.string(),
  targetSummary: z.string(),
  publishAt: instant.nullable(),
  expiresAt: instant.nullable(),
  pinned: z.boolean(),
  edition: z.number(),
  updatedAt: instant,
  version: z.number(),
  /** Receipts at a glance (published only). */
  counts: z.object({ targeted: z.number(), delivered: z.number(), read: z.number(), refused: z.number() }).optional(),
});

const receiptCounts = z.object({
  targeted: z.number(),
  delivered: z.number(),
  read: z.number(),
  refused: z.number(),
  noQuota: z.number(),
  pending: z.number(),
  failed: z.number(),
});
const receiptRow = z.object({ name: z.string(), employer: z.string(), status: z.string(), read: z.boolean(), readAt: z.string() });
const deliveryStatus = z.enum(['queued', 'sent', 'refused', 'no_quota', 'retryable', 'failed', 'cancelled'], { error: '回执状态不正确' });

const templateKey = z.enum(SUBSCRIBE_TEMPLATE_KEYS, { error: '消息模板不正确' });
const quotaView = z.object({
  template: templateKey,
  title: z.string(),
  kind: z.enum(['one_time', 'long_term']),
  remaining: z.number().nullable(),
  text: z.string(),
});
const moment = z.enum(['after_check', 'after_signup', 'after_apply'], { error: '订阅时机不正确' });
const answer = z.enum(['accept', 'reject', 'ban', 'filter'], { error: '订阅结果不正确' });

const exported = z.object({ filename: z.string(), base64: z.string(), rows: z.number() });

// ---------------------------------------------------------------- actions

export const announcements = {
  /** Create (no id) or edit a draft. */
  'draft.save': {
    input: z
      .strictObject({ id: f.id.optional(), expectedVersion: version.optional(), publisher: publisherIdentity, content: contentSchema })
      .superRefine((v, ctx) => {
        if (v.id && v.expectedVersion === undefined)
          ctx.addIssue({ code: 'custom', path: ['expectedVersion'], message: '修改时须带上版本号' });
      }),
    output: detail,
  },
  publish: { input: z.strictObject({ id: f.id, expectedVersion: version }), output: detail.extend({ reach: z.number() }) },
  /** Edit a published announcement: a new version kept in history (rule announcement-revisions). */
  revise: {
    input: z.strictObject({
      id: f.id,
      expectedVersion: version,
      content: contentSchema,
      notifyAgain: z.boolean({ error: '“重新通知”应为是或否' }).default(false),
      note: z.string({ error: '修改说明应为文字' }).trim().max(100, '修改说明不超过 100 个字').optional(),
    }),
    output: detail,
  },
  withdraw: {
    input: z.strictObject({
      id: f.id,
      expectedVersion: version,
      reason: z.string({ error: '请填写撤回理由' }).trim().min(2, '请写明撤回理由（至少 2 个字）').max(200, '撤回理由不超过 200 个字'),
    }),
    output: detail,
  },
  get: { input: z.strictObject({ id: f.id }), output: detail },
  /** 首页 “我的通知” and the 通知 list: what reaches the caller now, pinned and newest first. */
  feed: {
    input: z.strictObject({
      category: category.optional(),
      keyword: keyword.optional(),
      unreadOnly: z.boolean().default(false),
      after: feedCursor.optional(),
      pageSize: f.pageSize,
    }),
    output: z.object({ items: z.array(feedItem), next: feedCursor.nullable(), unread: z.number() }),
  },
  /** The publisher's own list: everything their capacities published, drafts and expired included. */
  list: {
    input: z.strictObject({
      status: displayStatus.optional(),
      category: category.optional(),
      keyword: keyword.optional(),
      /** Include what the caller oversees (rule announcement-oversight), not only what they publish. */
      overseen: z.boolean().default(false),
      page: f.page,
      pageSize: f.pageSize,
    }),
    output: z.object({ items: z.array(publisherListItem), total: z.number() }),
  },
  /** How many people a target reaches now, before publishing. */
  reach: {
    input: z.strictObject({ publisher: publisherIdentity, target: targetSchema }),
    output: z.object({
      count: z.number(),
      summary: z.string(),
      /** Why this target may not be used by this publisher (reachProblem), or why it reaches nobody. */
      problem: z.string().optional(),
    }),
  },
  receipts: {
    input: z.strictObject({
      id: f.id,
      status: deliveryStatus.optional(),
      read: z.boolean().optional(),
      page: f.page,
      pageSize: f.pageSize,
    }),
    output: z.object({ counts: receiptCounts, items: z.array(receiptRow), total: z.number() }),
  },
  'receipts.export': { input: z.strictObject({ id: f.id }), output: exported },
  /** Mark read (opening an announcement does it too). */
  read: {
    input: z
      .strictObject({
        ids: z.array(f.id, { error: '请选择公告' }).min(1, '请选择公告').max(100, '一次最多 100 条').optional(),
        all: z.boolean().optional(),
      })
      .refine((v) => !!v.ids !== !!v.all, '请选择公告，或者选择全部已读'),
    output: z.object({ updated: z.number(), unread: z.number() }),
  },
  /** What to ask for on this tap (wx.requestSubscribeMessage), with the AppID's template ids. */
  'subscriptions.ask': {
    input: z.strictObject({ moment }),
    output: z.object({
      kind: z.enum(['one_time', 'long_term']),
      templates: z.array(z.object({ key: templateKey, title: z.string(), templateId: z.string() })).max(3),
    }),
  },
  /** Record what the person answered for each template asked. */
  'subscriptions.record': {
    input: z.strictObject({
      moment,
      answers: z
        .array(z.strictObject({ template: templateKey, answer }), { error: '订阅结果格式不正确' })
        .min(1, '没有订阅结果')
        .max(5, '一次最多 5 个模板')
        .refine((xs) => new Set(xs.map((x) => x.template)).size === xs.length, '订阅结果重复'),
    }),
    output: z.object({ quotas: z.array(quotaView) }),
  },
  /** 我的: what is left of each subscription. */
  'subscriptions.quota': { input: z.strictObject({}), output: z.object({ quotas: z.array(quotaView) }) },
  /**
   * One chunk of an attachment or a briefing material (shared/files/upload.ts): stored once per index; the
   * call that brings the last missing chunk assembles the file, checks its bytes and answers with its FileRef.
   */
  'files.upload': {
    input: uploadHeaderSchema,
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('partial'), received: z.number(), count: z.number() }),
      z.object({ status: z.literal('done'), file: fileRefSchema }),
    ]),
  },
  /** Delete one's own upload that nothing refers to (removed from the list before saving). */
  'files.discard': {
    input: z.strictObject({ fileID: fileRefSchema.shape.fileID }),
    output: z.object({ deleted: z.boolean() }),
  },
} as const;
