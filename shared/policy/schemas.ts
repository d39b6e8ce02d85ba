import { z } from 'zod';
import type { Same } from '../types/same';
import type { GreenChannelCalendar, GreenChannelToday, GreenChannelWindow, Round, SocializedCalendar } from './calendar';
import { GREEN_CHANNEL_PHASES, ROUND_STATUSES, roundSchema } from './calendar';
import { CLAUSE_IDS, SUBMISSION_BODY_IDS } from './clauses';
import type { InterpretationId } from './interpretations';
import { INTERPRETATIONS } from './interpretations';
import { QUARTERS } from './quarters';
import { METHODS, SERIES_IDS } from './series';
import type { Condition, EligibilityResult, RouteResult } from './types';
import { CHANNEL_IDS, CONDITION_STATUSES, ROUTE_IDS, VERDICTS } from './types';
import { TITLE_LEVELS } from './vocabulary';

/**
 * The policy's answers as schemas, for the contracts to check on the way out (shared/contracts). Each is held to
 * its type at compile time (`Same`, below), so a field added to the type and not here fails to compile rather than
 * being stripped from the answer.
 */
const clause = z.enum(CLAUSE_IDS);
const interpretationId = z.enum(Object.keys(INTERPRETATIONS) as [InterpretationId, ...InterpretationId[]]);
const cited = { clause, citation: z.string(), quote: z.string() };

/** As stored and listed: the round's own fields, other keys dropped (the policy checks a new round with roundSchema). */
export const roundView = z.object(roundSchema.shape);

const condition = z.object({
  id: z.string(),
  label: z.string(),
  status: z.enum(CONDITION_STATUSES),
  kind: z.enum(['gate', 'seniority', 'declared']),
  clause,
  citation: z.string(),
  quote: z.string(),
  detail: z.string(),
  eligibleFrom: z.string().optional(),
  interpretations: z.array(interpretationId).optional(),
  /** The dated value the condition applied (shared/policy/dated.ts): from when, set by which text. */
  rule: z.object({ from: z.string(), ref: z.string() }).optional(),
});

export const greenChannelWindow = z.object({
  year: z.number(),
  quarter: z.union(QUARTERS.map((q) => z.literal(q)) as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>, z.ZodLiteral<4>]),
  label: z.string(),
  applicationMonth: z.string(),
  reviewMonth: z.string(),
  certificateMonth: z.string(),
});

const greenChannelToday = z.object({
  date: z.string(),
  month: z.string(),
  quarter: greenChannelWindow,
  monthOfQuarter: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  phase: z.enum(GREEN_CHANNEL_PHASES),
  phaseLabel: z.string(),
  note: z.string(),
});

const greenChannelCalendar = z.object({
  next: greenChannelWindow,
  applicationMonthIsNow: z.boolean(),
  following: greenChannelWindow.optional(),
  today: greenChannelToday,
  note: z.string(),
  clause: z.literal('附件1 第二项'),
  citation: z.string(),
  quote: z.string(),
});

const socializedCalendar = z.object({
  round: roundView.nullable(),
  status: z.enum(ROUND_STATUSES).optional(),
  by: z.enum(['choice', 'default']),
  open: z.array(roundView),
  upcoming: z.array(roundView),
  roundsKnown: z.boolean(),
  note: z.string(),
  clause: z.literal('附件2 第二项'),
  citation: z.string(),
  quote: z.string(),
});

const channel = z.enum(CHANNEL_IDS);
const nextSteps = z.object({
  channels: z.array(z.object({ id: channel, name: z.string(), ...cited })),
  submissionBodies: z.array(
    z.object({
      id: z.enum([...SUBMISSION_BODY_IDS, 'employer']),
      name: z.string(),
      bestFit: z.boolean(),
      reason: z.string(),
      ...cited,
    }),
  ),
  reviewer: z.array(z.object({ channel, body: z.string(), ...cited })),
  defense: z.object({ required: z.boolean(), detail: z.string(), from: z.string().optional(), to: z.string().optional(), ...cited }),
  continuingEducation: z.object({ required: z.literal(false), detail: z.string(), ...cited }).nullable(),
  papersReplaceable: z.object({ by: z.array(z.string()), yours: z.array(z.string()), ...cited }).nullable(),
  separateGrouping: z.object({ marker: z.literal('非公领域'), detail: z.string(), ...cited }).nullable(),
  checklist: z.array(z.object({ item: z.string(), channel: channel.optional(), ...cited })),
  calendar: z.object({ greenChannel: greenChannelCalendar.optional(), socialized: socializedCalendar.optional() }),
});

/** A title as results and applications name it (series and level, with their words). */
export const titleSchema = z.object({
  series: z.enum(SERIES_IDS),
  seriesName: z.string(),
  level: z.enum(TITLE_LEVELS),
  levelName: z.string(),
  titleName: z.string(),
});

const routeResult = z.object({
  id: z.enum(ROUTE_IDS),
  clause,
  name: z.string(),
  title: titleSchema.extend({ method: z.enum(METHODS).nullable() }),
  conditions: z.array(condition),
  channels: z.array(channel),
  redirect: z.object({ kind: z.enum(['exam', 'exam_review', 'standards']), text: z.string() }).optional(),
  interpretations: z.array(interpretationId),
  verdict: z.enum(VERDICTS),
  verdictLabel: z.string(),
  eligibleFrom: z.string().optional(),
  summary: z.string(),
  nextSteps: nextSteps.optional(),
});

export const eligibilityResultSchema = z.object({
  rulesetVersion: z.string(),
  lastReviewed: z.string(),
  document: z.object({ number: z.string(), title: z.string() }),
  asOf: z.string(),
  countedTo: z.object({
    date: z.string(),
    basis: z.enum(['round_cutoff', 'as_of']),
    by: z.enum(['choice', 'default']),
    roundId: z.string().optional(),
    explanation: z.string(),
  }),
  sector: z.object({ id: z.string(), label: z.string(), nonPublic: z.boolean() }),
  disclaimer: z.string(),
  notices: z.array(z.string()),
  routes: z.array(routeResult),
  interpretations: z.array(
    z.object({ id: interpretationId, title: z.string(), reading: z.string(), clauses: z.array(clause), lastReviewed: z.string() }),
  ),
  calendar: z.object({ greenChannel: greenChannelCalendar, socialized: socializedCalendar }),
  help: z.object({ hotlines: z.array(z.string()), services: z.array(z.string()), ...cited }),
});

const _round: Same<z.output<typeof roundView>, Round> = true;
const _condition: Same<z.output<typeof condition>, Condition> = true;
const _window: Same<z.output<typeof greenChannelWindow>, GreenChannelWindow> = true;
const _today: Same<z.output<typeof greenChannelToday>, GreenChannelToday> = true;
const _green: Same<z.output<typeof greenChannelCalendar>, GreenChannelCalendar> = true;
const _socialized: Same<z.output<typeof socializedCalendar>, SocializedCalendar> = true;
const _route: Same<z.output<typeof routeResult>, RouteResult> = true;
const _result: Same<z.output<typeof eligibilityResultSchema>, EligibilityResult> = true;
