/**
 * Application tracking for 职称通: the socialized (附件2) and green-channel (附件1) workflows as pure state
 * machines. `transition` returns the next version of an application and the effects to carry out (audit,
 * notifications, reminders); the caller performs them and stores the result with compare-and-set on
 * `version`. `availableActions` gives the client the same rules as buttons. Platform-free, no clock reads.
 */
export { ACTION_LIST, ACTION_IDS, ACTION_LABELS, isActionId, inputSchema, BODY_KINDS } from './actions';
export type { ActionId, Action, FieldSpec, FieldKind, FormContext, SampleContext } from './actions';
export {
  WORKFLOWS,
  WORKFLOW_LABELS,
  PARTIES,
  PARTY_LABELS,
  STATUS_LABELS,
  levelClass,
  defenseRequired,
  openCorrection,
  openObjections,
} from './application';
export type {
  Application,
  ApplicationStatus,
  Workflow,
  LevelClass,
  Party,
  ActorRef,
  Holder,
  RecommendingBody,
  Objection,
  ObjectionStatus,
  PublicNotice,
  NoticeOutcome,
  Defense,
  Correction,
  Outcome,
  TimelineEntry,
  ExpectedStep,
  ExpectationBasis,
  RoundRef,
  GreenWindow,
  GreenWindowException,
} from './application';
export {
  STAGES,
  SOCIALIZED_STAGES,
  GREEN_CHANNEL_STAGES,
  WORKFLOW_STAGES,
  TERMINAL_STAGES,
  STAGE_INFO,
  STAGE_STATUS,
  isTerminal,
  stageLabel,
  holderOf,
  mainPath,
  currentStep,
} from './stages';
export type { Stage, StageInfo, HolderRule, ExpectationRule } from './stages';
export { ACTIONS, ruleFor, possibleTargets } from './transitions';
export type { ActionDef, TransitionRule, Target, Choice, Who, ScopeRule } from './transitions';
export { transition, availableActions } from './machine';
export { actingAs, decidesObjections } from './access';
export type { TransitionResult, TransitionOptions, AvailableAction } from './machine';
export type { Refusal, WorkflowErrorCode } from './refusal';
export { create, createInputSchema, greenWindowOf, openGreenOutsideWindow, greenExceptionSchema, GREEN_EXCEPTION_WHO } from './create';
export type { CreateInput, CreateResult, CreateOptions, GreenExceptionResult } from './create';
export { expectedSteps } from './expected';
export { TEMPLATES, holderRecipient } from './effects';
export type { Effect, AuditEffect, NotifyEffect, RemindEffect, Recipient, TemplateId } from './effects';
export { publicNoticeView, noticeBoard, objectionsFor, applicationFor } from './notice';
export { trailFor, unnamedOnTrail, type TrailLine } from './trail';
export type { PublicNoticeView, ObjectionView } from './notice';
export {
  addWorkdays,
  noticePeriod,
  countWorkdays,
  isWorkday,
  dayInfo,
  weekday,
  weekdayName,
  hasOfficialCalendar,
  officialCalendarYears,
  estimateNote,
  ESTIMATE_NOTE,
} from '../time/workdays';
export type { DayInfo, DayKind, WorkdayResult, NoticePeriod } from '../time/workdays';
export { DEFAULT_SETTINGS } from './settings';
export type { WorkflowSettings } from './settings';
export { chinaDateOf, chinaInstant, formatChinaTime } from '../time/instants';
export {
  applicationKeys,
  matches,
  visibleApplications,
  canSeeApplication,
  worksOnApplications,
  seesStatistics,
  listShowsFullName,
  auditShowsFullNames,
  NOTICE_AUDIENCE,
  visibleNotices,
  canSeeNotice,
} from './visibility';
export type { ApplicationKeys, Condition, NoticeViewer, NoticeAudienceParameters } from './visibility';
export { STEP_MESSAGES, nextStepText, pushValues } from './messages';
export { messageText } from './message-text';
export { VERIFY_PLACES, VERIFY_ORDER, verifyHint } from './verify';
export type { VerifyPlace } from './verify';
export { deskQueues } from './desk';
export type { DeskQueue } from './desk';
