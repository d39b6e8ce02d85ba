import type { Role, Scope } from '../auth/roles';
import type { ActionId } from './actions';
import type { ActorRef, Holder } from './application';
import type { Stage } from './stages';

/**
 * What a transition asks the caller to do. The domain decides; the function performs: it writes the audit
 * entries, puts notifications and reminders in the outbox, in the same transaction as the new version.
 */

/** A person by openid, or everyone holding a role in a scope (e.g. the HR staff of one employer). */
export type Recipient = { openid: string } | { role: Role; scope: Scope };

export const TEMPLATES = {
  todo: { title: '有一份职称申报待您办理', fields: ['applicant', 'title', 'stage'] },
  returned: { title: '职称申报被退回补正', fields: ['title', 'stage', 'reasons'] },
  resubmitted: { title: '退回的职称申报已补正提交', fields: ['applicant', 'title'] },
  notice_started: { title: '职称申报公示已开始', fields: ['title', 'startsOn', 'endsOn'] },
  notice_due: { title: '公示期已满，可以结束公示', fields: ['applicant', 'title', 'endsOn'] },
  objection_filed: { title: '公示收到异议', fields: ['applicant', 'title', 'text'] },
  objection_decided: { title: '异议处理结果', fields: ['title', 'outcome', 'decision'] },
  defense_scheduled: { title: '职称评审答辩通知', fields: ['title', 'time', 'place'] },
  defense_reminder: { title: '明天参加职称评审答辩', fields: ['title', 'time', 'place'] },
  result_passed: { title: '职称评审通过', fields: ['title', 'next'] },
  result_not_passed: { title: '职称申报未通过', fields: ['title', 'stage', 'reason'] },
  certificate_issued: { title: '职称证书已发放', fields: ['title', 'how'] },
  withdrawn: { title: '申报人已撤回职称申报', fields: ['applicant', 'title'] },
  green_exception: { title: '已为您开通绿色通道申报（一事一议）', fields: ['validUntil', 'reason'] },
} as const satisfies Record<string, { title: string; fields: readonly string[] }>;
export type TemplateId = keyof typeof TEMPLATES;

export interface NotifyEffect {
  kind: 'notify';
  to: Recipient;
  template: TemplateId;
  /** Template fields, all strings (WeChat subscribe messages take strings). No openids, no ID numbers. */
  data: Record<string, string>;
}

export interface AuditEffect {
  kind: 'audit';
  at: string;
  actor: ActorRef;
  action: ActionId | 'create' | 'open_green_outside_window';
  /** 'applications/<id>' or 'green_exceptions/<id>', as the audit collection keys its targets. */
  target: string;
  from: { stage: Stage; version: number } | null;
  to: { stage: Stage; version: number } | null;
  detail?: Record<string, unknown>;
}

/**
 * A notification to send later. A reminder replaces an earlier one with the same `key` (a restarted notice
 * or a rescheduled defense), and when due it is sent only if the application is still in `onlyIf.stage`,
 * so a reminder never outlives the state it was about.
 */
export interface RemindEffect {
  kind: 'remind';
  at: string;
  key: string;
  onlyIf: { applicationId: string; stage: Stage };
  notify: NotifyEffect;
}

export type Effect = AuditEffect | NotifyEffect | RemindEffect;

export function notify(to: Recipient, template: TemplateId, data: Record<string, string>): NotifyEffect {
  return { kind: 'notify', to, template, data };
}

/** The recipient for whoever holds a file; null for the region (outside this program) and closed files. */
export function holderRecipient(holder: Holder | null): Recipient | null {
  if (!holder || holder.role === 'region') return null;
  if (holder.role === 'applicant') return { openid: holder.openid };
  return { role: holder.role, scope: holder.scope };
}

export function sameRecipient(a: Recipient, b: Recipient): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
