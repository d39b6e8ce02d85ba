import { z } from 'zod';
import { isInstant } from '../time/instants';
import type { ActorRef } from '../workflow/application';
import type { Block } from './body';
import { bodySchema, titleSchema } from './body';
import type { CategoryId } from './categories';
import { CATEGORIES, CATEGORY_LABELS } from './categories';
import type { FileRef } from './files';
import { fileListSchema } from './files';
import type { Publisher } from './publishers';
import type { Target } from './target';
import { targetSchema } from './target';

/** The announcement (通知公告): what it says, who published it, to whom, and every published version. */

export const ANNOUNCEMENT_STATUSES = ['draft', 'published', 'withdrawn'] as const;
export type AnnouncementStatus = (typeof ANNOUNCEMENT_STATUSES)[number];

/** What a person sees of the status; `scheduled` and `expired` are derived from the dates, never stored. */
export type DisplayStatus = 'draft' | 'scheduled' | 'published' | 'expired' | 'withdrawn';
export const DISPLAY_STATUS_LABELS: Record<DisplayStatus, string> = {
  draft: '草稿',
  scheduled: '待发布',
  published: '已发布',
  expired: '已过期',
  withdrawn: '已撤回',
};

export interface AnnouncementContent {
  title: string;
  category: CategoryId;
  body: Block[];
  attachments: FileRef[];
  target: Target;
  /** ISO instant (UTC, as `toISOString` writes it); null = when published. */
  publishAt: string | null;
  /** ISO instant; null = until withdrawn. */
  expiresAt: string | null;
  pinned: boolean;
}

export interface PublishedVersion {
  /** 1 for the first publication, +1 for each revision. */
  version: number;
  content: AnnouncementContent & { publishAt: string };
  publishedAt: string;
  by: ActorRef;
  /** The publisher asked for this version to be told again (rule `announcement-revisions`). */
  notified: boolean;
  note?: string;
}

/** Where a generated announcement came from (e.g. the defense notice of an application). */
export type AnnouncementOrigin = { kind: 'defense'; applicationId: string };

export interface Announcement {
  id: string;
  publisher: Publisher;
  status: AnnouncementStatus;
  /** The current text: the draft, or the latest published version. */
  content: AnnouncementContent;
  /** Compare-and-set version of the document: +1 on every change. */
  version: number;
  /** Published versions so far (0 for a draft never published). */
  edition: number;
  /** The published version whose notice is being delivered (deliveries and read marks are keyed by it). */
  notifyVersion: number;
  history: PublishedVersion[];
  withdrawal?: { at: string; by: ActorRef; reason: string };
  origin?: AnnouncementOrigin;
  createdBy: ActorRef;
  createdAt: string;
  updatedAt: string;
}

/** Never: the stored stand-in for "no expiry", so that `expiresAt > now` is one query. */
export const FOREVER = '9999-12-31T23:59:59.999Z';

export function displayStatus(a: Pick<Announcement, 'status' | 'content'>, now: Date): DisplayStatus {
  if (a.status !== 'published') return a.status;
  const at = now.toISOString();
  if (a.content.publishAt && a.content.publishAt > at) return 'scheduled';
  return isExpired(a, now) ? 'expired' : 'published';
}

/** Expired = published and the expiry passed (derived, not a state). */
export function isExpired(a: Pick<Announcement, 'status' | 'content'>, now: Date): boolean {
  return a.status === 'published' && (a.content.expiresAt ?? FOREVER) <= now.toISOString();
}

export function categoryLabel(a: Pick<Announcement, 'content'>): string {
  return CATEGORY_LABELS[a.content.category];
}

// ---------------------------------------------------------------- schema

/** An instant with its offset, stored normalized to UTC so that instants compare as strings. */
export const instantSchema = (label: string) =>
  z
    .string({ error: `请选择${label}` })
    .max(40, `${label}格式不正确`)
    .refine(isInstant, `${label}应为带时区的时间，例如 2026-11-10T09:00:00+08:00`)
    .transform((v) => new Date(v).toISOString());

export const contentSchema = z.strictObject(
  {
    title: titleSchema,
    category: z.enum(CATEGORIES, { error: '请选择公告类别' }),
    body: bodySchema,
    attachments: fileListSchema.default([]),
    target: targetSchema,
    publishAt: instantSchema('发布时间').nullable().default(null),
    expiresAt: instantSchema('有效期').nullable().default(null),
    pinned: z.boolean({ error: '置顶应为是或否' }).default(false),
  },
  { error: '公告内容格式不正确' },
);
export type ContentInput = z.input<typeof contentSchema>;

// The schema's output is the model's content (a compile-time check that the two never drift apart).
const _sameShape: (c: z.output<typeof contentSchema>) => AnnouncementContent = (c) => c;
void _sameShape;
