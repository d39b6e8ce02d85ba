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

/**
 * Our messages: the inbox title and the data fields. `push`: also sent as a WeChat subscribe message (the
 * 办理进度通知 template, shared/announcements/subscriptions.ts), which spends one of the person's one-time
 * accepts. Routine steps of the applicant's own file (单位审核通过, 推荐报送, 受理 …) stay in the inbox so those
 * accepts are kept for what needs the person: a return, the notice, the defense, the result, the certificate.
 */
export const TEMPLATES = {
  todo: { title: '有一份职称申报待您办理', fields: ['applicant', 'title', 'stage'], push: true },
  returned: { title: '职称申报被退回补正', fields: ['title', 'stage', 'reasons'], push: true },
  resubmitted: { title: '退回的职称申报已补正提交', fields: ['applicant', 'title'], push: true },
  notice_started: { title: '职称申报公示已开始', fields: ['title', 'startsOn', 'endsOn'], push: true },
  notice_due: { title: '公示期已满，可以结束公示', fields: ['applicant', 'title', 'endsOn'], push: true },
  objection_filed: { title: '公示收到异议', fields: ['applicant', 'title', 'text'], push: true },
  objection_decided: { title: '异议处理结果', fields: ['title', 'outcome', 'decision'], push: true },
  defense_scheduled: { title: '职称评审答辩通知', fields: ['title', 'time', 'place'], push: true },
  defense_reminder: { title: '明天参加职称评审答辩', fields: ['title', 'time', 'place'], push: true },
  result_passed: { title: '职称评审通过', fields: ['title', 'next'], push: true },
  result_not_passed: { title: '职称申报未通过', fields: ['title', 'stage', 'reason'], push: true },
  certificate_issued: { title: '职称证书已发放', fields: ['title', 'how'], push: true },
  withdrawn: { title: '申报人已撤回职称申报', fields: ['applicant', 'title'], push: true },
  recommendation_withdrawn: { title: '推荐单位已撤回推荐', fields: ['title', 'body', 'reason'], push: true },
  green_exception: { title: '已为您开通绿色通道申报（一事一议）', fields: ['validUntil', 'reason'], push: true },
  // The applicant's step messages (messages.ts): what happened, and what comes next.
  step_submitted: { title: '申报已提交单位审核', fields: ['title', 'done', 'next'], push: false },
  step_employer_approved: { title: '单位审核已通过', fields: ['title', 'done', 'next'], push: false },
  step_notice_ended: { title: '单位公示期满，没有未处理的异议', fields: ['title', 'done', 'next'], push: false },
  step_recommended: { title: '单位已推荐报送您的申报', fields: ['title', 'done', 'next'], push: false },
  step_body_reassigned: { title: '已为您的申报改派推荐单位', fields: ['title', 'done', 'next'], push: false },
  step_forwarded: { title: '推荐单位已报送人社部门', fields: ['title', 'done', 'next'], push: false },
  step_accepted: { title: '人社部门已受理您的申报', fields: ['title', 'done', 'next'], push: false },
  step_forwarded_to_region: { title: '您的申报已报送自治区评审', fields: ['title', 'done', 'next'], push: false },
  step_defense_recorded: { title: '答辩情况已登记', fields: ['title', 'done', 'next'], push: false },
  step_archived: { title: '评审表已存入人事档案，申报办结', fields: ['title', 'done', 'next'], push: false },
  step_returned_other: { title: '您的申报退回补正中', fields: ['title', 'done', 'next'], push: false },
  step_resubmitted: { title: '补正后已重新提交', fields: ['title', 'done', 'next'], push: false },
  step_withdrawn: { title: '您已撤回申报', fields: ['title', 'done', 'next'], push: false },
} as const satisfies Record<string, { title: string; fields: readonly string[]; push: boolean }>;
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
