import { z } from 'zod';
import { ROLES } from '../auth/roles';
import { DISTRICT_CODES } from '../org/districts';
import { CLAUSE_IDS, SUBMISSION_BODY_IDS } from '../policy/clauses';
import { greenChannelWindow, titleSchema } from '../policy/schemas';
import { ROUTE_IDS, VERDICTS } from '../policy/types';
import type { Same } from '../types/same';
import { ACTION_IDS } from './actions/ids';
import type {
  ActorRef,
  Application,
  Correction,
  Defense,
  ExpectedStep,
  GreenWindow,
  Holder,
  Objection,
  Outcome,
  PublicNotice,
  TimelineEntry,
} from './application';
import { APPLICATION_STATUSES, EXPECTATION_BASES, NOTICE_OUTCOMES, OBJECTION_STATUSES, PARTIES, WORKFLOWS } from './application';
import type { AvailableAction } from './machine';
import type { PublicNoticeView } from './notice';
import { STAGES } from './stages';

/**
 * The application and what is said about it, as schemas for the contracts to check on the way out
 * (shared/contracts/applications). Each is held to its type at compile time (`Same`, below): a field added to the
 * type and not here fails to compile rather than being stripped from the answer.
 */
export const stage = z.enum(STAGES);
export const applicationStatus = z.enum(APPLICATION_STATUSES);
export const workflow = z.enum(WORKFLOWS);
/** What a timeline line or an audit entry records: an action, or the file's creation. */
export const recordedAction = z.enum([...ACTION_IDS, 'create']);
const district = z.enum(DISTRICT_CODES);
const actorRef = z.object({ openid: z.string(), role: z.enum([...ROLES, 'public']) });

const holder = z.discriminatedUnion('role', [
  z.object({ role: z.literal('applicant'), scope: z.object({ kind: z.literal('self') }), openid: z.string(), label: z.string() }),
  z.object({
    role: z.enum(['employer_hr', 'recommender']),
    scope: z.object({ kind: z.literal('org'), orgId: z.string() }),
    label: z.string(),
  }),
  z.object({ role: z.literal('district_officer'), scope: z.object({ kind: z.literal('district'), district }), label: z.string() }),
  z.object({ role: z.literal('city_officer'), scope: z.object({ kind: z.literal('city') }), label: z.string() }),
  z.object({ role: z.literal('region'), label: z.string() }),
]);

const objection = z.object({
  id: z.string(),
  by: z.string(),
  at: z.string(),
  text: z.string(),
  status: z.enum(OBJECTION_STATUSES),
  decidedBy: actorRef.optional(),
  decidedAt: z.string().optional(),
  decision: z.string().optional(),
});

const publicNotice = z.object({
  startsOn: z.string(),
  endsOn: z.string(),
  workingDays: z.number(),
  estimated: z.boolean(),
  startedBy: actorRef,
  startedAt: z.string(),
  objections: z.array(objection),
  closed: z.object({ at: z.string(), outcome: z.enum(NOTICE_OUTCOMES) }).optional(),
});

const defense = z.object({
  at: z.string(),
  place: z.string(),
  scheduledBy: actorRef,
  scheduledAt: z.string(),
  rescheduledFrom: z.array(z.object({ at: z.string(), place: z.string() })).optional(),
  record: z.object({ attended: z.boolean(), remarks: z.string().optional(), by: actorRef, at: z.string() }).optional(),
});

const correction = z.object({
  by: actorRef,
  at: z.string(),
  reasons: z.array(z.string()),
  returnTo: z.enum(PARTIES),
  fromStage: stage,
  resubmitted: z.object({ by: actorRef, at: z.string(), note: z.string().optional() }).optional(),
});

const outcome = z.object({
  passed: z.boolean(),
  by: actorRef,
  at: z.string(),
  stage,
  remarks: z.string().optional(),
  documentNo: z.string().optional(),
});

const timelineEntry = z.object({
  at: z.string(),
  action: recordedAction,
  from: stage.nullable(),
  to: stage,
  by: z.object({ role: actorRef.shape.role, openid: z.string().optional(), name: z.string().optional() }),
  summary: z.string(),
});

export const expectedStep = z.object({
  stage,
  label: z.string(),
  by: z.string().nullable(),
  basis: z.enum(EXPECTATION_BASES),
  rule: z.string(),
  estimated: z.boolean(),
});

const greenWindow = z.object({
  window: greenChannelWindow,
  openedBy: z.union([
    z.literal('calendar'),
    z.object({ exceptionId: z.string(), by: actorRef, at: z.string(), reason: z.string(), validUntil: z.string() }),
  ]),
});

const employer = z.object({ orgId: z.string(), name: z.string(), district });

export const applicationSchema = z.object({
  id: z.string(),
  workflow,
  stage,
  status: applicationStatus,
  applicant: z.object({ openid: z.string(), name: z.string() }),
  employer,
  title: titleSchema,
  origin: z.object({
    routeId: z.enum(ROUTE_IDS),
    routeName: z.string(),
    clause: z.enum(CLAUSE_IDS),
    verdict: z.enum(VERDICTS),
    checkId: z.string().optional(),
    rulesetVersion: z.string().optional(),
  }),
  nonPublic: z.literal(true),
  round: z
    .object({
      id: z.string(),
      name: z.string(),
      applyFrom: z.string(),
      applyTo: z.string(),
      defenseFrom: z.string().optional(),
      defenseTo: z.string().optional(),
    })
    .optional(),
  greenWindow: greenWindow.optional(),
  recommendingBody: z.object({ kind: z.enum(SUBMISSION_BODY_IDS), orgId: z.string().optional(), name: z.string() }).optional(),
  notice: publicNotice.optional(),
  pastNotices: z.array(publicNotice),
  defense: defense.optional(),
  corrections: z.array(correction),
  outcome: outcome.optional(),
  certificate: z.object({ by: actorRef, at: z.string(), number: z.string().optional() }).optional(),
  archived: z.object({ by: actorRef, at: z.string() }).optional(),
  withdrawal: z.object({ at: z.string(), reason: z.string().optional() }).optional(),
  holder: holder.nullable(),
  expected: z.array(expectedStep),
  history: z.array(timelineEntry),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const availableAction = z.object({
  action: z.enum(ACTION_IDS),
  label: z.string(),
  as: actorRef.shape.role,
  enabled: z.boolean(),
  reason: z.string().optional(),
  inputRequired: z.boolean(),
  returnTo: z.array(z.enum(PARTIES)).optional(),
});

export const publicNoticeView = z.object({
  applicationId: z.string(),
  name: z.string(),
  employer: z.string(),
  series: z.string(),
  level: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  workingDays: z.number(),
  status: z.enum(['upcoming', 'running']),
  note: z.string().optional(),
});

/** The role an audit line names: the one acted in, 'public' for an objector hidden from the applicant, 'unknown' for old lines. */
export const auditRole = z.enum([...ROLES, 'public', 'unknown']);

const _actor: Same<z.output<typeof actorRef>, ActorRef> = true;
const _holder: Same<z.output<typeof holder>, Holder> = true;
const _objection: Same<z.output<typeof objection>, Objection> = true;
const _notice: Same<z.output<typeof publicNotice>, PublicNotice> = true;
const _defense: Same<z.output<typeof defense>, Defense> = true;
const _correction: Same<z.output<typeof correction>, Correction> = true;
const _outcome: Same<z.output<typeof outcome>, Outcome> = true;
const _timeline: Same<z.output<typeof timelineEntry>, TimelineEntry> = true;
const _expected: Same<z.output<typeof expectedStep>, ExpectedStep> = true;
const _green: Same<z.output<typeof greenWindow>, GreenWindow> = true;
const _application: Same<z.output<typeof applicationSchema>, Application> = true;
const _available: Same<z.output<typeof availableAction>, AvailableAction> = true;
const _noticeView: Same<z.output<typeof publicNoticeView>, PublicNoticeView> = true;
