import type { Actor, Role, Scope } from '../auth/roles';
import type { DistrictCode } from '../org/districts';
import { addDays, chinaDate } from '../policy/dates';
import type { RouteId } from '../policy/types';
import type { TitleLevel } from '../policy/vocabulary';
import { TITLE_LEVEL_LABELS } from '../policy/vocabulary';
import type { ActionId } from './actions';
import type { Application, Workflow } from './application';
import type { CreateInput, CreateOptions } from './create';
import { create } from './create';
import type { Effect } from './effects';
import type { TransitionResult } from './machine';
import { transition } from './machine';
import type { Stage } from './stages';

/** Test fixtures: one employer in 昆都仑区, a cast of people around it, and the happy path through both workflows. */

export const KDL: DistrictCode = '150203';
export const GX: DistrictCode = '150271';

const person = (openid: string, ...grants: [Role, Scope][]): Actor => ({
  openid,
  grants: [{ role: 'applicant', scope: { kind: 'self' } }, ...grants.map(([role, scope]) => ({ role, scope }))],
});

export const CAST = {
  applicant: person('o-applicant'),
  otherApplicant: person('o-other-applicant'),
  hr: person('o-hr', ['employer_hr', { kind: 'org', orgId: 'emp-1' }]),
  otherHr: person('o-hr-2', ['employer_hr', { kind: 'org', orgId: 'emp-2' }]),
  body: person('o-centre', ['recommender', { kind: 'org', orgId: 'centre-1' }]),
  otherBody: person('o-centre-2', ['recommender', { kind: 'org', orgId: 'centre-2' }]),
  officer: person('o-kdl', ['district_officer', { kind: 'district', district: KDL }]),
  otherOfficer: person('o-gx', ['district_officer', { kind: 'district', district: GX }]),
  city: person('o-city', ['city_officer', { kind: 'city' }]),
  admin: person('o-admin', ['admin', { kind: 'city' }]),
} satisfies Record<string, Actor>;
export type CastName = keyof typeof CAST;
export const CAST_NAMES = Object.keys(CAST) as CastName[];

export const EMPLOYER = { orgId: 'emp-1', name: '包头市稀土新材料有限公司', district: KDL };
export const CENTRE = { kind: 'talent_centre' as const, orgId: 'centre-1', name: '包头市人才交流服务中心' };

/** A China wall-clock time, e.g. china('2026-04-01T10:00'). */
export function china(local: string): Date {
  return new Date(`${local}:00+08:00`);
}

export function hoursLater(now: Date, hours: number): Date {
  return new Date(now.getTime() + hours * 3_600_000);
}

const ROUTES: Record<TitleLevel, { id: RouteId; name: string; clause: '第二条' | '第七条' | '第八条'; titleName: string }> = {
  junior_staff: { id: 'ordinary', name: '按评审标准申报', clause: '第二条', titleName: '技术员' },
  assistant: { id: 'art7-assistant', name: '高技能人才申报助理工程师', clause: '第七条', titleName: '助理工程师' },
  intermediate: { id: 'art2-intermediate', name: '直接申报中级职称', clause: '第二条', titleName: '工程师' },
  deputy_senior: { id: 'art2-deputy-senior', name: '直接申报副高级职称', clause: '第二条', titleName: '高级工程师' },
  full_senior: { id: 'art8-direct-senior', name: '重大贡献直接申报高级职称', clause: '第八条', titleName: '正高级工程师' },
};

export function routeInput(level: TitleLevel, workflow: Workflow = 'socialized') {
  const r = ROUTES[level];
  const green = workflow === 'green_channel';
  return {
    id: green ? ('art8-green-deputy-senior' as RouteId) : r.id,
    name: green ? '绿色通道申报' : r.name,
    clause: green ? ('第八条' as const) : r.clause,
    verdict: 'likely' as const,
    channels: green ? (['green', 'socialized'] as ('green' | 'socialized')[]) : (['socialized'] as ('green' | 'socialized')[]),
    title: { series: 'engineering' as const, seriesName: '工程技术', level, levelName: TITLE_LEVEL_LABELS[level], titleName: r.titleName },
  };
}

export function createInput(workflow: Workflow, level: TitleLevel, extra: Partial<CreateInput> = {}): CreateInput {
  return { id: 'app-1', workflow, applicantName: '王建国', employer: EMPLOYER, route: routeInput(level, workflow), ...extra };
}

/** 2026-04-01 is in the first month of Q2: the green channel is open. */
export const T0 = china('2026-04-01T10:00');

export function newApp(workflow: Workflow, level: TitleLevel, now: Date = T0, options?: CreateOptions): Application {
  const r = create(createInput(workflow, level), CAST.applicant, now, options);
  if (!r.ok) throw new Error(`create refused: ${r.code} ${r.message}`);
  return r.next;
}

export function ok(r: TransitionResult): { next: Application; effects: Effect[] } {
  if (!r.ok) throw new Error(`refused: ${r.code} ${r.message}`);
  return r;
}

export interface Step {
  action: ActionId;
  actor: Actor;
  input?: unknown;
  now: Date;
}

/** The next move on the expected path, as the right person, at a time it is allowed. */
export function happyStep(app: Application, now: Date, body: 'talent_centre' | 'district_bureau' = 'talent_centre'): Step {
  const step = (action: ActionId, actor: Actor, input?: unknown, at: Date = hoursLater(now, 1)): Step => ({
    action,
    actor,
    input,
    now: at,
  });
  const green = app.workflow === 'green_channel';
  switch (app.stage) {
    case 'draft':
      return step('submit', CAST.applicant, { materialsBound: true });
    case 'employer_review':
      return step('employer_approve', CAST.hr, green ? { rosterStamped: true } : {});
    case 'notice_ready':
      return step('start_notice', CAST.hr, {});
    case 'public_notice':
      return step('end_notice', CAST.hr, {}, china(`${addDays(app.notice!.endsOn, 1)}T09:00`));
    case 'recommendation':
      return step('recommend', CAST.hr, { body: body === 'district_bureau' ? { kind: 'district_bureau' } : CENTRE });
    case 'body_review':
      return step('forward_to_bureau', CAST.body, {});
    case 'bureau_check':
      return step('accept', CAST.officer, {});
    case 'city_collection':
      return step('forward_to_region', CAST.city, {});
    case 'city_check':
      return step('accept', CAST.city, { originalsChecked: true, onlineConfirmed: true });
    case 'awaiting_defense':
      return step('schedule_defense', CAST.officer, {
        at: `${addDays(chinaDate(now), 8)}T09:00:00+08:00`,
        place: '包头市人社局三楼会议室',
      });
    case 'defense_scheduled':
      return step('record_defense', CAST.officer, { attended: true }, hoursLater(new Date(app.defense!.at), 6));
    case 'review':
      return step('approve_result', CAST.officer, {});
    case 'region_review':
      return step('approve_result', CAST.city, {});
    case 'approved':
      return step('issue_certificate', green ? CAST.city : CAST.officer, { certificateNo: 'BT2026-0001' });
    case 'archiving':
      return step('archive_form', CAST.hr, {});
    default:
      throw new Error(`no happy step from ${app.stage}`);
  }
}

/** A file driven along the expected path until it reaches `target`. */
export function driveTo(
  workflow: Workflow,
  level: TitleLevel,
  target: Stage,
  body: 'talent_centre' | 'district_bureau' = 'talent_centre',
): { app: Application; now: Date; effects: Effect[][] } {
  let app = newApp(workflow, level);
  let now = T0;
  const effects: Effect[][] = [];
  for (let i = 0; app.stage !== target; i++) {
    if (i > 30) throw new Error(`${workflow}/${level} never reaches ${target}`);
    const s = happyStep(app, now, body);
    const r = ok(transition(app, s.action, s.actor, s.now, s.input));
    app = r.next;
    now = s.now;
    effects.push(r.effects);
  }
  return { app, now, effects };
}
