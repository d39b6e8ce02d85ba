import type { ActorRef } from '../workflow/application';
import type { Recipient as Addressee } from '../workflow/effects';
import type { AnnouncementStatus } from './model';

/**
 * What an announcement's transition asks the function to do, as data (the workflow's style). Order matters:
 * `content_check` effects come first and are gates — the function runs WeChat's msg_sec_check on every chunk
 * and, if one does not pass, writes nothing at all; then it stores the new version (compare-and-set) with
 * the audit entry, and only then starts the fan-out or enqueues the messages.
 */

/** WeChat's msg_sec_check takes at most 2,500 characters per call (its documentation; check before relying on it). */
export const CONTENT_CHECK_MAX_CHARS = 2500;

export interface ContentCheckEffect {
  kind: 'content_check';
  /** msg_sec_check v2 needs the openid of a user who used the mini-program recently: the actor. */
  openid: string;
  /** The form field a failure is shown at. */
  path: string;
  /** Text chunks of at most CONTENT_CHECK_MAX_CHARS characters. */
  chunks: string[];
}

export type AnnouncementActionId = 'create' | 'edit' | 'publish' | 'revise' | 'withdraw';

export interface AnnouncementAuditEffect {
  kind: 'audit';
  at: string;
  actor: ActorRef;
  action: `announcement.${AnnouncementActionId}`;
  /** 'announcements/<id>', as the audit collection keys its targets. */
  target: string;
  from: { status: AnnouncementStatus; version: number } | null;
  to: { status: AnnouncementStatus; version: number };
  detail?: Record<string, unknown>;
}

/**
 * Start (or widen) the delivery of one published version's notice: the function creates the fan-out job
 * `fanoutJobId(announcementId, version)` if it does not exist yet, due at `notBefore`; the timer runs it.
 */
export interface FanoutEffect {
  kind: 'fanout';
  announcementId: string;
  version: number;
  notBefore: string;
  reason: 'published' | 'notify_again' | 'target_changed';
}

/** Stop delivering: the job is marked done and queued messages of the announcement are cancelled. */
export interface FanoutCancelEffect {
  kind: 'fanout_cancel';
  announcementId: string;
}

export const ANNOUNCEMENT_TEMPLATES = {
  announcement: { title: '您有一条新的通知公告', fields: ['title', 'publisher', 'time'] },
  announcement_withdrawn: { title: '您发布的通知公告已被撤回', fields: ['title', 'by', 'reason'] },
  defense_notice: { title: '职称评审答辩通知', fields: ['applicant', 'title', 'time', 'place'] },
} as const satisfies Record<string, { title: string; fields: readonly string[] }>;
export type AnnouncementTemplateId = keyof typeof ANNOUNCEMENT_TEMPLATES;

export interface AnnouncementNotifyEffect {
  kind: 'notify';
  to: Addressee;
  template: AnnouncementTemplateId;
  /** Template fields, all strings; no openids, no ID numbers. */
  data: Record<string, string>;
  /** The page the message opens: the announcement. */
  announcementId: string;
}

export type AnnouncementEffect = ContentCheckEffect | AnnouncementAuditEffect | FanoutEffect | FanoutCancelEffect | AnnouncementNotifyEffect;

/** Cut text into chunks of at most `max` characters (code points), preferring line ends. */
export function chunkText(text: string, max = CONTENT_CHECK_MAX_CHARS): string[] {
  const chars = Array.from(text);
  const out: string[] = [];
  let i = 0;
  while (i < chars.length) {
    let end = Math.min(i + max, chars.length);
    if (end < chars.length) {
      const nl = chars.lastIndexOf('\n', end - 1);
      if (nl > i) end = nl + 1;
    }
    const piece = chars.slice(i, end).join('').trim();
    if (piece) out.push(piece);
    i = end;
  }
  return out;
}
