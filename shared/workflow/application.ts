import type { Role, Scope } from '../auth/roles';
import type { DistrictCode } from '../org/districts';
import type { GreenChannelWindow } from '../policy/calendar';
import type { ClauseId, SubmissionBodyId } from '../policy/clauses';
import type { IsoDate } from '../time/dates';
import type { SeriesId } from '../policy/series';
import type { RouteId, Verdict } from '../policy/types';
import type { TitleLevel } from '../policy/vocabulary';
import { isSeniorLevel } from '../policy/vocabulary';
import { DEFAULT_RULESET } from '../policy/ruleset';
import { parameterAt } from '../policy/parameters';
import { chinaDateOf } from '../time/instants';
import type { ActionId } from './actions';
import type { Stage } from './stages';

export const WORKFLOWS = ['socialized', 'green_channel'] as const;
export type Workflow = (typeof WORKFLOWS)[number];
export const WORKFLOW_LABELS: Record<Workflow, string> = { socialized: '社会化评审', green_channel: '绿色通道' };

/** An application runs on the rules in force on the day it was started (China time): a later change does not move it. */
export function rulesDateOf(app: Pick<Application, 'createdAt'>): IsoDate {
  return chinaDateOf(app.createdAt);
}

/** 附件2 第三项: the levels whose candidates attend a defense, as the clause's parameter says on `asOf`. */
export function defenseRequired(level: TitleLevel, asOf: IsoDate): boolean {
  return parameterAt(DEFAULT_RULESET, '附件2 第三项', 'defenseLevels', asOf).includes(level);
}

/**
 * 附件2 第三项 treats levels in three classes: senior goes to the region; `intermediate`, the levels with a
 * defense (defenseRequired), waits for it; the others go straight to review.
 */
export type LevelClass = 'junior' | 'intermediate' | 'senior';
export function levelClass(level: TitleLevel, asOf: IsoDate): LevelClass {
  if (isSeniorLevel(level)) return 'senior';
  return defenseRequired(level, asOf) ? 'intermediate' : 'junior';
}

/** The parties a file can be returned to for correction. */
export const PARTIES = ['applicant', 'employer', 'recommender'] as const;
export type Party = (typeof PARTIES)[number];
export const PARTY_LABELS: Record<Party, string> = { applicant: '申报人', employer: '申报单位', recommender: '推荐单位' };

/** Who did something: the openid and the role they acted in ('public' = any signed-in person, for objections). */
export interface ActorRef {
  openid: string;
  role: Role | 'public';
}

/** Who holds the file now; `region` is the autonomous region's HR department, outside this program. */
export type Holder =
  | { role: 'applicant'; scope: Extract<Scope, { kind: 'self' }>; openid: string; label: string }
  | { role: 'employer_hr' | 'recommender'; scope: Extract<Scope, { kind: 'org' }>; label: string }
  | { role: 'district_officer'; scope: Extract<Scope, { kind: 'district' }>; label: string }
  | { role: 'city_officer'; scope: Extract<Scope, { kind: 'city' }>; label: string }
  | { role: 'region'; label: string };

/** 第一条's four channels. The district bureau is itself an officer organization, so it needs no orgId. */
export interface RecommendingBody {
  kind: SubmissionBodyId;
  orgId?: string;
  name: string;
}

export const OBJECTION_STATUSES = ['open', 'upheld', 'dismissed'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];
export interface Objection {
  id: string;
  /** The objector's openid; never shown to the applicant or the public. */
  by: string;
  at: string;
  text: string;
  status: ObjectionStatus;
  decidedBy?: ActorRef;
  decidedAt?: string;
  decision?: string;
}

export const NOTICE_OUTCOMES = ['ended', 'objection_upheld', 'withdrawn'] as const;
export type NoticeOutcome = (typeof NOTICE_OUTCOMES)[number];
export interface PublicNotice {
  startsOn: IsoDate;
  endsOn: IsoDate;
  workingDays: number;
  /** The period runs into a year whose holidays are not yet announced (Monday–Friday assumed). */
  estimated: boolean;
  startedBy: ActorRef;
  startedAt: string;
  objections: Objection[];
  closed?: { at: string; outcome: NoticeOutcome };
}

export interface Defense {
  /** ISO instant of the session. */
  at: string;
  place: string;
  scheduledBy: ActorRef;
  scheduledAt: string;
  /** Sessions scheduled earlier for this file and replaced. */
  rescheduledFrom?: { at: string; place: string }[];
  record?: { attended: boolean; remarks?: string; by: ActorRef; at: string };
}

export interface Correction {
  by: ActorRef;
  at: string;
  reasons: string[];
  returnTo: Party;
  /** The stage the file was returned from, and resumes at when resubmitted. */
  fromStage: Stage;
  resubmitted?: { by: ActorRef; at: string; note?: string };
}

export interface Outcome {
  passed: boolean;
  by: ActorRef;
  at: string;
  /** The stage the decision was taken in (employer review, bureau check, review, region review). */
  stage: Stage;
  remarks?: string;
  documentNo?: string;
}

export interface TimelineEntry {
  at: string;
  action: ActionId | 'create';
  from: Stage | null;
  to: Stage;
  /**
   * No openid for objections: the timeline is shown to the applicant, who must not learn who objected. The
   * name is the actor's as it was when they acted (so the trail reads from the file alone); it never leaves
   * the function inside the timeline (timelineWithoutNames), only through the masked trail.
   */
  by: { role: ActorRef['role']; openid?: string; name?: string };
  /** One line in Chinese for the 进度 page. */
  summary: string;
}

/** Where an expected date comes from: the policy's calendar, the notice, the round, a scheduled session, a service target, or nowhere yet. */
export const EXPECTATION_BASES = ['policy', 'notice', 'round', 'scheduled', 'reference', 'open'] as const;
export type ExpectationBasis = (typeof EXPECTATION_BASES)[number];
export interface ExpectedStep {
  stage: Stage;
  label: string;
  /** Expected completion (China date); null when it depends on a body outside this program. */
  by: IsoDate | null;
  basis: ExpectationBasis;
  rule: string;
  estimated: boolean;
}

/** A socialized round's dates as far as the file needs them (附件2 第二项). */
export interface RoundRef {
  id: string;
  name: string;
  applyFrom: IsoDate;
  applyTo: IsoDate;
  defenseFrom?: IsoDate;
  defenseTo?: IsoDate;
}

/** An officer's recorded decision to open the green channel outside its month (第八条 一事一议). */
export interface GreenWindowException {
  id: string;
  applicantOpenid: string;
  employer: { orgId: string; name: string; district: DistrictCode };
  reason: string;
  grantedBy: ActorRef;
  grantedAt: string;
  validUntil: IsoDate;
}

export interface GreenWindow {
  window: GreenChannelWindow;
  openedBy: 'calendar' | { exceptionId: string; by: ActorRef; at: string; reason: string; validUntil: IsoDate };
}

export const APPLICATION_STATUSES = ['draft', 'in_progress', 'returned', 'passed', 'completed', 'not_passed', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  draft: '填写中',
  in_progress: '办理中',
  returned: '退回补正',
  passed: '评审通过',
  completed: '已办结',
  not_passed: '未通过',
  withdrawn: '已撤回',
};

export interface Application {
  id: string;
  workflow: Workflow;
  stage: Stage;
  status: ApplicationStatus;
  applicant: { openid: string; name: string };
  employer: { orgId: string; name: string; district: DistrictCode };
  title: { series: SeriesId; seriesName: string; level: TitleLevel; levelName: string; titleName: string };
  /** The self-check route the application was started from, and its clause. */
  origin: { routeId: RouteId; routeName: string; clause: ClauseId; verdict: Verdict; checkId?: string; rulesetVersion?: string };
  /** 第五条: non-public applicants are grouped and reviewed separately. */
  nonPublic: true;
  round?: RoundRef;
  greenWindow?: GreenWindow;
  recommendingBody?: RecommendingBody;
  notice?: PublicNotice;
  pastNotices: PublicNotice[];
  defense?: Defense;
  corrections: Correction[];
  outcome?: Outcome;
  certificate?: { by: ActorRef; at: string; number?: string };
  archived?: { by: ActorRef; at: string };
  withdrawal?: { at: string; reason?: string };
  holder: Holder | null;
  expected: ExpectedStep[];
  history: TimelineEntry[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The correction the file is waiting for, if it is in the correction stage. */
export function openCorrection(app: Application): Correction | undefined {
  const last = app.corrections[app.corrections.length - 1];
  return app.stage === 'correction' && last && !last.resubmitted ? last : undefined;
}

export function openObjections(app: Application): Objection[] {
  return app.notice?.objections.filter((o) => o.status === 'open') ?? [];
}
