import type { IsoDate } from '../time/dates';
import { addDays, daysBetween } from '../time/dates';
import { nextGreenChannel } from '../policy/calendar';
import type { ActionId } from './actions';
import type { ActorRef, Application, Party } from './application';
import { levelClass, openObjections, PARTY_LABELS } from './application';
import type { DecideObjectionInput, ReturnForCorrectionInput, ScheduleDefenseInput, StartNoticeInput } from './inputs';
import type { Refusal } from './refusal';
import { refuse } from './refusal';
import type { WorkflowSettings } from './settings';
import { chinaDateOf, endOfMonth, formatChinaTime } from '../time/instants';
import type { TransitionRule } from './transitions';

/**
 * The conditions a transition needs beyond who and from where: `READY` ones hold whatever is entered (the
 * client disables a button with their message), `CHECK` ones depend on the input.
 */

/** A file can go back to a recommending body only if one with its own staff was chosen. */
export function returnableParties(app: Application, rule: TransitionRule): Party[] {
  const hasBodyStaff = app.recommendingBody?.kind !== 'district_bureau' && !!app.recommendingBody?.orgId;
  return (rule.returnTo ?? []).filter((p) => p !== 'recommender' || hasBodyStaff);
}

export interface Ctx {
  app: Application;
  action: ActionId;
  rule: TransitionRule;
  by: ActorRef;
  now: Date;
  at: string;
  today: IsoDate;
  settings: WorkflowSettings;
}

/** Why an action cannot be taken now, whatever is entered; `hide` = not worth a disabled button. */
export interface Block {
  message: string;
  hide?: boolean;
}

type Ready = (ctx: Ctx) => Block | null;
type Check = (ctx: Ctx, input: never) => Refusal | null;

export const READY: Partial<Record<ActionId, Ready>> = {
  submit: ({ app, today }) => {
    if (app.workflow === 'green_channel' && app.greenWindow) {
      const opened = app.greenWindow.openedBy;
      const until = opened === 'calendar' ? endOfMonth(app.greenWindow.window.applicationMonth) : opened.validUntil;
      if (today > until) {
        return {
          message: `本次绿色通道申报已于 ${until} 截止，下一次申报在 ${nextGreenChannel(today).next.applicationMonth}（附件1 第二项）`,
        };
      }
    }
    if (app.workflow === 'socialized' && app.round && today > app.round.applyTo) {
      return { message: `${app.round.name}已于 ${app.round.applyTo} 截止申报` };
    }
    return null;
  },
  employer_approve: ({ app }) => {
    const open = openObjections(app).length;
    return open ? { message: `还有 ${open} 条公示异议未处理，请先处理异议` } : null;
  },
  start_notice: ({ app }) => {
    const open = openObjections(app).length;
    return open ? { message: `上一次公示还有 ${open} 条异议未处理，请先处理异议` } : null;
  },
  file_objection: ({ app, today, by }) => {
    const n = app.notice;
    if (!n) return { message: '尚未公示', hide: true };
    if (today < n.startsOn) return { message: `公示将于 ${n.startsOn} 开始` };
    if (today > n.endsOn) return { message: `公示已于 ${n.endsOn} 结束` };
    if (n.objections.some((o) => o.by === by.openid && o.status === 'open')) return { message: '您提出的异议正在处理中' };
    return null;
  },
  decide_objection: ({ app }) => (openObjections(app).length ? null : { message: '没有待处理的异议', hide: true }),
  end_notice: ({ app, today }) => {
    const n = app.notice;
    if (!n) return { message: '尚未公示' };
    if (today <= n.endsOn) return { message: `公示期至 ${n.endsOn}（${n.workingDays} 个工作日），期满后才能结束公示` };
    const open = openObjections(app).length;
    return open ? { message: `还有 ${open} 条异议未处理，处理后才能结束公示` } : null;
  },
  record_defense: ({ app, today }) => {
    if (!app.defense) return { message: '尚未安排答辩' };
    return today < chinaDateOf(app.defense.at) ? { message: `答辩安排在 ${formatChinaTime(app.defense.at)}，答辩后才能登记` } : null;
  },
  approve_result: ({ app }) => {
    const needsDefense = app.workflow === 'socialized' && app.stage === 'review' && levelClass(app.title.level) === 'intermediate';
    if (needsDefense && !app.defense?.record?.attended) {
      return { message: '申报中级职称的须参加评审答辩，登记为已参加答辩后才能登记评审通过（附件2 第三项）' };
    }
    return null;
  },
};

export const CHECK: Partial<Record<ActionId, Check>> = {
  start_notice: ({ today, settings }, input: StartNoticeInput) => {
    const startsOn = input.startsOn ?? today;
    const latest = addDays(today, settings.noticeStartWithinDays);
    if (startsOn < today)
      return refuse('VALIDATION', '公示开始日期不能早于今天', [{ path: 'startsOn', message: '公示开始日期不能早于今天' }]);
    if (startsOn > latest) {
      const message = `公示开始日期不能晚于 ${latest}`;
      return refuse('VALIDATION', message, [{ path: 'startsOn', message }]);
    }
    const days = input.workingDays ?? settings.noticeWorkingDays;
    if (days < settings.noticeWorkingDays || days > settings.maxNoticeWorkingDays) {
      const message = `公示期应为 ${settings.noticeWorkingDays} 至 ${settings.maxNoticeWorkingDays} 个工作日`;
      return refuse('VALIDATION', message, [{ path: 'workingDays', message }]);
    }
    return null;
  },
  decide_objection: ({ app }, input: DecideObjectionInput) => {
    const objection = app.notice?.objections.find((o) => o.id === input.objectionId);
    if (!objection) return refuse('VALIDATION', '找不到这条异议', [{ path: 'objectionId', message: '找不到这条异议' }]);
    return objection.status === 'open' ? null : refuse('NOT_ALLOWED_NOW', '这条异议已经处理过了');
  },
  schedule_defense: ({ today, settings }, input: ScheduleDefenseInput) => {
    // "答辩前一周发布答辩通知" (附件2 第三项): the session's date, in China time, must be at least 7 calendar days
    // after today's date in China time. Times of day do not matter: a notice published any time on 3 November
    // allows a session from 10 November 00:00 on, and none on 9 November.
    const earliest = addDays(today, settings.defenseNoticeDays);
    if (daysBetween(today, chinaDateOf(input.at)) < settings.defenseNoticeDays) {
      const message = `答辩通知须在答辩前一周发布，最早可安排在 ${earliest}（附件2 第三项）`;
      return refuse('VALIDATION', message, [{ path: 'at', message }]);
    }
    return null;
  },
  return_for_correction: ({ app, rule }, input: ReturnForCorrectionInput) => {
    const allowed = returnableParties(app, rule);
    if (!allowed.includes(input.returnTo)) {
      const message = `此环节只能退回给${allowed.map((p) => PARTY_LABELS[p]).join('或')}`;
      return refuse('VALIDATION', message, [{ path: 'returnTo', message }]);
    }
    return null;
  },
};
