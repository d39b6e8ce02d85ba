import type { Actor } from '../auth/roles';
import { CLAUSES } from '../policy/clauses';
import { addDays, chinaDate, daysBetween } from '../time/dates';
import type { Application } from '../workflow/application';
import type { Recipient as Addressee } from '../workflow/effects';
import { refuse } from '../workflow/refusal';
import { chinaDateOf, chinaInstant, formatChinaTime } from '../time/instants';
import { paragraphs } from './body';
import type { AnnouncementEffect } from './effects';
import type { AnnouncementResult } from './lifecycle';
import { createDraft, transition } from './lifecycle';
import type { Announcement, AnnouncementContent } from './model';
import type { Publisher } from './publishers';
import { publisherOf } from './publishers';
import { ANNOUNCEMENT_RULES } from './rules';

/**
 * The defense notice (附件2 第三项: “答辩前一周通过包头市人才资源和社会保障网发布答辩通知”). When an officer
 * schedules a defense (shared/workflow `schedule_defense`, which already refuses a session less than
 * `defenseNoticeDaysBefore` days ahead), the function calls `defenseNotice` and carries out its effects in
 * the same request: a published 答辩通知 announcement for the employer's people, and a message to the
 * employer's HR. A rescheduled defense revises the same announcement (new version, told again).
 */

/** Rule `defense-notice-audience` (rules.ts). */
export const DEFENSE_NOTICE_PARAMETERS = ANNOUNCEMENT_RULES.defenseNotice;

export function defenseNoticeId(applicationId: string): string {
  return `defense-${applicationId}`;
}

/** The announcement is the scheduling officer's: their district's bureau, or the city. */
export function defenseNoticePublisher(app: Application): Publisher {
  const role = app.defense?.scheduledBy.role;
  return role === 'district_officer'
    ? publisherOf({ role: 'district_officer', scope: { kind: 'district', district: app.employer.district } })
    : publisherOf({ role: 'city_officer', scope: { kind: 'city' } });
}

/** The latest China date on which the notice may appear for a defense at `defenseAt`. */
export function latestNoticeDate(defenseAt: string, daysBefore = DEFENSE_NOTICE_PARAMETERS.parameters.daysBefore): string {
  return addDays(chinaDateOf(defenseAt), -daysBefore);
}

export function defenseNoticeContent(app: Application, publisher: Publisher): AnnouncementContent {
  const d = app.defense!;
  const clause = CLAUSES['附件2 第三项'];
  const previous = d.rescheduledFrom?.[d.rescheduledFrom.length - 1];
  const { title } = app;
  return {
    title: `职称评审答辩通知：${title.titleName}`,
    category: 'defense_notice',
    body: paragraphs(
      `${app.applicant.name}（${app.employer.name}）申报${title.seriesName}系列${title.levelName}职称（${title.titleName}），定于 ${formatChinaTime(d.at)}（北京时间）在${d.place}参加评审答辩。`,
      ...(previous ? [`原定 ${formatChinaTime(previous.at)} 在${previous.place}的答辩已调整，以本通知为准。`] : []),
      `请申报人按时参加；单位人事请通知并协助申报人做好准备。如有疑问，请联系${publisher.name}。`,
      [{ text: '依据：' }, { text: '附件2 第三项', link: { kind: 'clause', clause: '附件2 第三项' } }, { text: `“${clause.quotes.defense}”` }],
    ),
    attachments: [],
    // Rule `defense-notice-audience`: the employer's people (the same circle as the employer's public notice).
    target: { districts: [app.employer.district], employers: [app.employer.orgId] },
    publishAt: null,
    // Expires when the defense day ends (China time).
    expiresAt: chinaInstant(addDays(chinaDateOf(d.at), 1), '00:00'),
    pinned: false,
  };
}

/** Who is told (besides the feed): the employer's HR, and the applicant if the workflow did not already tell them. */
export function defenseNoticeAddressees(app: Application, p = DEFENSE_NOTICE_PARAMETERS.parameters): Addressee[] {
  const to: Addressee[] = [];
  if (p.notifyEmployerHr) to.push({ role: 'employer_hr', scope: { kind: 'org', orgId: app.employer.orgId } });
  if (p.notifyApplicant) to.push({ openid: app.applicant.openid });
  return to;
}

/**
 * The 答辩通知 for a scheduled defense, published by `actor` (the officer who scheduled it) at `now`: a new
 * announcement, or a new version of `existing` when the defense was moved. Its effects carry no fan-out:
 * the addressees are told directly.
 */
export function defenseNotice(app: Application, actor: Actor, now: Date, existing?: Announcement | null): AnnouncementResult {
  const d = app.defense;
  if (!d || app.stage !== 'defense_scheduled') return refuse('NOT_ALLOWED_NOW', '这份申报尚未安排答辩');
  const days = DEFENSE_NOTICE_PARAMETERS.parameters.daysBefore;
  if (daysBetween(chinaDate(now), chinaDateOf(d.at)) < days) {
    return refuse('NOT_ALLOWED_NOW', `答辩通知须在答辩前一周发布：${formatChinaTime(d.at)} 的答辩最晚应在 ${latestNoticeDate(d.at)} 发布通知（附件2 第三项）`);
  }
  const publisher = existing?.publisher ?? defenseNoticePublisher(app);
  const content = defenseNoticeContent(app, publisher);
  let result: AnnouncementResult;
  const effects: AnnouncementEffect[] = [];
  if (existing && existing.status === 'published') {
    result = transition(existing, 'revise', actor, now, { content, notifyAgain: true, note: '答辩时间或地点调整' });
  } else {
    // A notice withdrawn (or left a draft) is replaced by a new one; the function finds notices by `origin.applicationId`.
    const id = existing ? `${defenseNoticeId(app.id)}-r${existing.version}` : defenseNoticeId(app.id);
    const draft = createDraft({ id, publisher, content, origin: { kind: 'defense', applicationId: app.id } }, actor, now);
    if (!draft.ok) return draft;
    effects.push(...draft.effects);
    result = transition(draft.next, 'publish', actor, now);
  }
  if (!result.ok) return result;
  effects.push(...result.effects.filter((e) => e.kind !== 'fanout'));
  const data = { applicant: app.applicant.name, title: app.title.titleName, time: formatChinaTime(d.at), place: d.place };
  for (const to of defenseNoticeAddressees(app)) effects.push({ kind: 'notify', to, template: 'defense_notice', data, announcementId: result.next.id });
  return { ok: true, next: result.next, effects };
}
