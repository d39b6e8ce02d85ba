/**
 * How often one person may call an action: every write, every paid or external call (content checks,
 * subscribe messages), and every heavy read (exports, the dashboard). Windows are fixed and expire; each
 * rule is counted per caller and action, in the database, so it holds across function instances.
 * An action not listed here is a cheap read and is not counted.
 */

export interface RateRule {
  /** Window length in seconds. */
  windowSec: number;
  /** Calls allowed in one window. */
  max: number;
}

const perMinute = (max: number): RateRule => ({ windowSec: 60, max });
const perHour = (max: number): RateRule => ({ windowSec: 3600, max });
const perDay = (max: number): RateRule => ({ windowSec: 86_400, max });

/** Typical writes: a person filling forms at their own pace never meets these. */
const WRITE = [perMinute(30), perHour(300)];
/** Officers' work on many files (transitions, batches) in a working day. */
const CASEWORK = [perMinute(60), perHour(1200)];

export const RATE_LIMITS: Record<string, RateRule[]> = {
  'identity.updateProfile': [perMinute(10), perHour(60)],
  'identity.grantRole': WRITE,
  'identity.revokeRole': WRITE,
  /** Masked as results are, a search over people is still a look into who uses the product: bounded per officer. */
  'identity.people.search': [perMinute(20), perHour(200)],
  'identity.grants.list': [perMinute(30), perHour(600)],
  'identity.issueInvitation': [perMinute(10), perDay(200)],
  /** Guessing codes: 8 characters from 32 are 2^40; five tries a minute and thirty a day make guessing hopeless. */
  'identity.claimInvitation': [perMinute(5), perDay(30)],
  'identity.upsertOrganization': WRITE,
  'identity.privacy.consent': [perMinute(10), perDay(100)],
  /** Everything about a person in one answer (heavy read). */
  'identity.mine.export': [perMinute(3), perDay(30)],
  /** Many writes across collections; a person deletes once, a retry finishes an interrupted one. */
  'identity.mine.delete': [perMinute(3), perDay(10)],
  'eligibility.evaluate': [perMinute(20), perHour(200)],
  'eligibility.rounds.publish': [perMinute(10), perDay(100)],
  'eligibility.policyMatch.set': [perMinute(10), perDay(100)],
  /** A count over the employer's recipients (heavy read). */
  'eligibility.staff.counts': [perMinute(20), perHour(300)],
  'applications.create': [perMinute(5), perDay(20)],
  'applications.transition': CASEWORK,
  'applications.batch': [perMinute(10), perHour(200)],
  'applications.notices.object': [perMinute(3), perDay(10)],
  'applications.greenException.open': [perMinute(10), perDay(100)],
  'applications.inbox.read': [perMinute(60), perHour(1200)],
  'applications.export.roster': [perMinute(5), perHour(60)],
  'applications.export.queue': [perMinute(5), perHour(60)],
  'applications.dashboard': [perMinute(20), perHour(300)],
  'briefings.create': [perMinute(5), perDay(50)],
  'briefings.update': [perMinute(20), perHour(200)],
  'briefings.move': [perMinute(5), perDay(50)],
  'briefings.cancel': [perMinute(5), perDay(50)],
  'briefings.materials.attach': [perMinute(10), perHour(100)],
  'briefings.signUp': [perMinute(10), perHour(60)],
  'briefings.cancelSignUp': [perMinute(10), perHour(60)],
  /** Guessing a 6-character code (2^30): five tries a minute make it hopeless within a session's window. */
  'briefings.checkIn': [perMinute(5), perHour(30)],
  'briefings.checkIn.code': [perMinute(30), perHour(600)],
  'briefings.rate': [perMinute(5), perDay(50)],
  'briefings.attendance.export': [perMinute(5), perHour(60)],
  'briefings.cadence': [perMinute(20), perHour(300)],
  /** May call updatableMessage.createActivityId (an open-API quota) when no fresh id exists. */
  'briefings.share': [perMinute(10), perHour(120)],
  'groups.create': [perMinute(5), perDay(50)],
  'groups.update': [perMinute(20), perHour(200)],
  'groups.roster.remove': [perMinute(20), perHour(200)],
  'groups.bind': [perMinute(5), perHour(30)],
  'groups.enter': [perMinute(20), perHour(200)],
  'groups.coverage': [perMinute(30), perHour(600)],
  'groups.coverage.city': [perMinute(20), perHour(300)],
  /** A content check (msg_sec_check) per question: a paid call. */
  'groups.questions.ask': [perMinute(3), perDay(30)],
  'groups.questions.answer': [perMinute(20), perHour(300)],
  'groups.questions.helpful': [perMinute(20), perHour(200)],
  'groups.faq.promote': [perMinute(10), perHour(100)],
  'groups.faq.withdraw': [perMinute(10), perHour(100)],
  'groups.faq.helpful': [perMinute(20), perHour(200)],
  'groups.tasks.create': [perMinute(5), perDay(50)],
  'groups.tasks.done': [perMinute(20), perHour(200)],
  /** May call updatableMessage.createActivityId for a task (an open-API quota). */
  'groups.share': [perMinute(20), perHour(200)],
  'groups.settings.set': [perMinute(5), perDay(50)],
  'announcements.draft.save': [perMinute(20), perHour(300)],
  /** Publish and revise call msg_sec_check (paid) and start a fan-out. */
  'announcements.publish': [perMinute(5), perDay(50)],
  'announcements.revise': [perMinute(5), perDay(100)],
  'announcements.withdraw': [perMinute(10), perDay(100)],
  /** A count over the recipients collection per call. */
  'announcements.reach': [perMinute(30), perHour(300)],
  'announcements.receipts.export': [perMinute(5), perHour(60)],
  'announcements.read': [perMinute(60), perHour(1200)],
  'announcements.subscriptions.record': [perMinute(10), perDay(200)],
  /** A 20 MB file is 80 chunks; ten of them on one announcement in a few minutes. */
  'announcements.files.upload': [perMinute(300), perHour(3000)],
  'announcements.files.discard': [perMinute(30), perHour(300)],
  /** Opening an announcement marks it read (a write). */
  'announcements.get': [perMinute(120), perHour(2000)],
};

export function rateRulesFor(fn: string, action: string): RateRule[] {
  return RATE_LIMITS[`${fn}.${action}`] ?? [];
}

/** The window a moment falls in, as the start of the window in epoch seconds. */
export function windowStart(rule: RateRule, nowMs: number): number {
  const s = Math.floor(nowMs / 1000);
  return s - (s % rule.windowSec);
}

/** The message a person sees, with when to try again. */
export function rateLimitedMessage(retryAfterSec: number): string {
  if (retryAfterSec <= 90) return `操作太频繁，请 ${Math.max(1, retryAfterSec)} 秒后再试`;
  if (retryAfterSec <= 5400) return `操作太频繁，请 ${Math.ceil(retryAfterSec / 60)} 分钟后再试`;
  return `今天的操作次数已达上限，请 ${Math.ceil(retryAfterSec / 3600)} 小时后再试`;
}
