import { z } from 'zod';
import type { Actor } from '../auth/roles';
import { id as idField, openid as openidField, orgName, personName, district } from '../fields/common';
import type { GreenChannelWindow } from '../policy/calendar';
import { followingGreenChannel, greenChannelWindowAt, nextGreenChannel } from '../policy/calendar';
import { MONTH_OF_QUARTER_LABELS, greenChannelMonthOfQuarter, greenChannelMonths } from '../policy/quarters';
import { CLAUSE_IDS } from '../policy/clauses';
import type { IsoDate } from '../time/dates';
import { addDays, chinaDate, isoMonth, monthOf } from '../time/dates';
import { dateField, fieldIssues, text } from '../policy/fields';
import { SERIES_IDS } from '../policy/series';
import { ROUTE_IDS } from '../policy/types';
import { TITLE_LEVELS } from '../policy/vocabulary';
import type { ActorRef, Application, GreenWindow, GreenWindowException } from './application';
import { WORKFLOWS } from './application';
import type { Effect } from './effects';
import { notify } from './effects';
import { expectedSteps } from './expected';
import type { Refusal } from './refusal';
import { refuse } from './refusal';
import type { WorkflowSettings } from './settings';
import { DEFAULT_SETTINGS } from './settings';
import { holderOf } from './stages';
import type { Who } from './transitions';

const employer = z.object({ orgId: idField, name: orgName, district }, { error: '请选择申报单位' });

/** The part of a self-check route an application keeps (a RouteResult from the eligibility engine fits). */
const route = z.object(
  {
    id: z.enum(ROUTE_IDS, { error: '申报路径不正确' }),
    name: z.string({ error: '申报路径不正确' }),
    clause: z.enum(CLAUSE_IDS, { error: '申报路径的条款不正确' }),
    verdict: z.enum(['likely', 'not_yet', 'not_eligible', 'confirm'], { error: '缺少自测结论' }),
    channels: z.array(z.enum(['green', 'socialized'])),
    eligibleFrom: z.string().optional(),
    title: z.object({
      series: z.enum(SERIES_IDS, { error: '职称系列不正确' }),
      seriesName: z.string(),
      level: z.enum(TITLE_LEVELS, { error: '职称级别不正确' }),
      levelName: z.string(),
      titleName: z.string(),
    }),
  },
  { error: '请先完成自测并选择申报路径' },
);

const round = z.object({
  id: idField,
  name: text('轮次名称', 60),
  applyFrom: dateField('申报开始日期'),
  applyTo: dateField('申报截止日期'),
  defenseFrom: dateField('答辩开始日期').optional(),
  defenseTo: dateField('答辩结束日期').optional(),
});

export const createInputSchema = z.object({
  /** The document id, chosen by the caller. */
  id: idField,
  workflow: z.enum(WORKFLOWS, { error: '请选择申报渠道（社会化评审或绿色通道）' }),
  applicantName: personName,
  employer,
  route,
  checkId: idField.optional(),
  rulesetVersion: z.string().max(40).optional(),
  /** The published socialized round applied in (附件2 第二项), if any. */
  round: round.optional(),
});
export type CreateInput = z.input<typeof createInputSchema>;

export type CreateResult = { ok: true; next: Application; effects: Effect[] } | Refusal;

export interface CreateOptions {
  /** An officer's recorded exception, for a green-channel application outside the application month. */
  exception?: GreenWindowException;
  settings?: WorkflowSettings;
}

/** 附件1 第二项: is `today` in the first month of its quarter? */
export function greenWindowOf(today: IsoDate): { window: GreenChannelWindow; open: boolean } {
  const { year, month } = monthOf(today);
  const window = greenChannelWindowAt(today);
  return { window, open: window.applicationMonth === isoMonth(year, month) };
}

/** The round an exceptional application joins: this quarter's while its review month is still ahead, else the next. */
function exceptionWindow(today: IsoDate): GreenChannelWindow {
  const { year, month } = monthOf(today);
  const here = greenChannelWindowAt(today);
  return isoMonth(year, month) <= here.reviewMonth ? here : followingGreenChannel(here);
}

function greenWindowFor(today: IsoDate, actor: Actor, employerOrgId: string, exception?: GreenWindowException): GreenWindow | Refusal {
  const { window, open } = greenWindowOf(today);
  if (open) return { window, openedBy: 'calendar' };
  if (!exception) {
    return refuse(
      'NOT_ALLOWED_NOW',
      `绿色通道每季度${MONTH_OF_QUARTER_LABELS[greenChannelMonthOfQuarter('application', today)]}申报（${greenChannelMonths('application', today).join('、')} 月），下一次申报在 ${nextGreenChannel(today).next.applicationMonth}（附件1 第二项）；确有特殊情况的，可请人社部门一事一议开通`,
    );
  }
  if (exception.applicantOpenid !== actor.openid || exception.employer.orgId !== employerOrgId) {
    return refuse('NOT_ALLOWED_NOW', '这项一事一议的开通不是为您或您所在的单位办理的');
  }
  if (today > exception.validUntil) return refuse('NOT_ALLOWED_NOW', `一事一议开通的申报已于 ${exception.validUntil} 过期，请联系人社部门`);
  return {
    window: exceptionWindow(today),
    openedBy: {
      exceptionId: exception.id,
      by: exception.grantedBy,
      at: exception.grantedAt,
      reason: exception.reason,
      validUntil: exception.validUntil,
    },
  };
}

/**
 * A new application in the draft stage, started by the applicant from a self-check route. The caller
 * supplies the route from a saved check, verifies the employer is a registered employer, and makes sure the
 * person has no other open application for the same title.
 */
export function create(input: unknown, actor: Actor, now: Date, options: CreateOptions = {}): CreateResult {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  if (!actor.openid) return refuse('FORBIDDEN', '请先登录');
  const parsed = createInputSchema.safeParse(input);
  if (!parsed.success) {
    const issues = fieldIssues(parsed.error);
    return refuse('VALIDATION', issues[0]?.message ?? '输入有误，请检查标红的项目', issues);
  }
  const v = parsed.data;
  const today = chinaDate(now);
  const at = now.toISOString();

  if (v.route.verdict === 'not_eligible') {
    return refuse('VALIDATION', '自测结果为“不符合”，不能按这条路径申报', [{ path: 'route', message: '自测结果为“不符合”' }]);
  }
  if (v.route.verdict === 'not_yet') {
    return refuse(
      'NOT_ALLOWED_NOW',
      `按自测结果，您${v.route.eligibleFrom ? `在 ${v.route.eligibleFrom} ` : '满足年限后'}才能按这条路径申报`,
    );
  }
  const channel = v.workflow === 'green_channel' ? 'green' : 'socialized';
  if (!v.route.channels.includes(channel)) {
    const message = v.workflow === 'green_channel' ? '这条申报路径不能走绿色通道（第八条）' : '这条申报路径不能走社会化评审';
    return refuse('VALIDATION', message, [{ path: 'workflow', message }]);
  }

  let greenWindow: GreenWindow | undefined;
  if (v.workflow === 'green_channel') {
    const w = greenWindowFor(today, actor, v.employer.orgId, options.exception);
    if ('ok' in w) return w;
    greenWindow = w;
  } else if (v.round) {
    if (today < v.round.applyFrom) return refuse('NOT_ALLOWED_NOW', `${v.round.name}将于 ${v.round.applyFrom} 开始申报`);
    if (today > v.round.applyTo) return refuse('NOT_ALLOWED_NOW', `${v.round.name}已于 ${v.round.applyTo} 截止申报`);
  }

  const by: ActorRef = { openid: actor.openid, role: 'applicant' };
  const base = {
    id: v.id,
    workflow: v.workflow,
    stage: 'draft' as const,
    status: 'draft' as const,
    applicant: { openid: actor.openid, name: v.applicantName },
    employer: v.employer,
    title: v.route.title,
    origin: {
      routeId: v.route.id,
      routeName: v.route.name,
      clause: v.route.clause,
      verdict: v.route.verdict,
      ...(v.checkId ? { checkId: v.checkId } : {}),
      ...(v.rulesetVersion ? { rulesetVersion: v.rulesetVersion } : {}),
    },
    nonPublic: true as const,
    ...(v.round && v.workflow === 'socialized' ? { round: v.round } : {}),
    ...(greenWindow ? { greenWindow } : {}),
    pastNotices: [],
    corrections: [],
    history: [
      {
        at,
        action: 'create' as const,
        from: null,
        to: 'draft' as const,
        by: { ...by, name: v.applicantName },
        summary: `从自测结果“${v.route.name}”发起申报`,
      },
    ],
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  const next: Application = { ...base, holder: holderOf(base), expected: [] };
  next.expected = expectedSteps(next, today, settings);
  return {
    ok: true,
    next,
    effects: [
      { kind: 'audit', at, actor: by, action: 'create', target: `applications/${v.id}`, from: null, to: { stage: 'draft', version: 1 } },
    ],
  };
}

// ---------------------------------------------------------------- 一事一议: opening the green channel outside its month

/** Officers over the employer's district, and the city, may open the green channel for one person (第八条 一事一议). */
export const GREEN_EXCEPTION_WHO: readonly Who[] = [
  { role: 'district_officer', scope: 'district' },
  { role: 'city_officer', scope: 'city' },
  { role: 'admin', scope: 'city' },
];

export const greenExceptionSchema = z.object({
  id: idField,
  applicantOpenid: openidField,
  employer,
  reason: text('一事一议的理由', 500).pipe(z.string().min(5, '请写明一事一议的理由（至少 5 个字）')),
  validDays: z
    .number({ error: '有效天数应为数字' })
    .int('有效天数应为整数')
    .min(1, '有效期至少 1 天')
    .max(60, '有效期最长 60 天')
    .optional(),
});

export type GreenExceptionResult = { ok: true; next: GreenWindowException; effects: Effect[] } | Refusal;

export function openGreenOutsideWindow(
  actor: Actor,
  now: Date,
  input: unknown,
  options: { settings?: WorkflowSettings } = {},
): GreenExceptionResult {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  if (!actor.grants.some((g) => GREEN_EXCEPTION_WHO.some((w) => w.role === g.role))) {
    return refuse('FORBIDDEN', '只有人社部门工作人员可以一事一议开通绿色通道');
  }
  const parsed = greenExceptionSchema.safeParse(input);
  if (!parsed.success) {
    const issues = fieldIssues(parsed.error);
    return refuse('VALIDATION', issues[0]?.message ?? '输入有误，请检查标红的项目', issues);
  }
  const v = parsed.data;
  const grant = actor.grants.find((g) => {
    if (g.role === 'district_officer') return g.scope.kind === 'district' && g.scope.district === v.employer.district;
    return (g.role === 'city_officer' || g.role === 'admin') && g.scope.kind === 'city';
  });
  if (!grant) return refuse('FORBIDDEN', '申报单位不在您负责的地区');
  if (v.applicantOpenid === actor.openid) return refuse('FORBIDDEN', '不能为自己开通');
  const role = grant.role;
  const today = chinaDate(now);
  if (greenWindowOf(today).open) return refuse('NOT_ALLOWED_NOW', '本月就是绿色通道申报月，直接申报即可，无需一事一议');

  const at = now.toISOString();
  const by: ActorRef = { openid: actor.openid, role };
  const exception: GreenWindowException = {
    id: v.id,
    applicantOpenid: v.applicantOpenid,
    employer: v.employer,
    reason: v.reason,
    grantedBy: by,
    grantedAt: at,
    validUntil: addDays(today, v.validDays ?? settings.greenExceptionValidDays),
  };
  return {
    ok: true,
    next: exception,
    effects: [
      {
        kind: 'audit',
        at,
        actor: by,
        action: 'open_green_outside_window',
        target: `green_exceptions/${v.id}`,
        from: null,
        to: null,
        detail: { applicantOpenid: v.applicantOpenid, employer: v.employer, reason: v.reason, validUntil: exception.validUntil },
      },
      notify({ openid: v.applicantOpenid }, 'green_exception', { validUntil: exception.validUntil, reason: v.reason }),
    ],
  };
}
