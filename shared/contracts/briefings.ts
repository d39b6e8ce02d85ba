import { z } from 'zod';
import { fileView } from '../announcements/files';
import { audienceSchema } from '../announcements/target';
import { CADENCE_STATE_LABELS } from '../briefings/cadence';
import {
  attachSchema,
  cancelSchema,
  moveSchema,
  SESSION_PHASE_LABELS,
  sessionFieldsSchema,
  updateSchema,
  venueSchema,
} from '../briefings/session';
import { commentRequired, RATING_SHAPE } from '../briefings/rating';
import { signUpRequestSchema } from '../briefings/roster';
import { CLAUSE_IDS } from '../policy/clauses';
import { DISTRICT_CODES } from '../org/districts';
import * as f from '../fields/common';

/**
 * 政策宣讲 (第六条, issue 8): officers schedule, update, move and cancel sessions; people list, open, sign up,
 * cancel, check in and rate; officers export attendance and see the cadence dashboard. The session's own
 * rules are the domain's schemas in shared/briefings, used here as they are; outputs are real schemas.
 */

const version = z.number({ error: '缺少版本号' }).int('版本号应为整数').min(1, '版本号不正确');
const instant = z.string();
const phase = z.enum(Object.keys(SESSION_PHASE_LABELS) as [keyof typeof SESSION_PHASE_LABELS, ...(keyof typeof SESSION_PHASE_LABELS)[]]);

/** Officers organize (rule briefing-organizers): the city, or one district. */
export const organizerIdentity = z.discriminatedUnion(
  'role',
  [
    z.strictObject({ role: z.literal('city_officer'), scope: z.strictObject({ kind: z.literal('city') }) }),
    z.strictObject({ role: z.literal('district_officer'), scope: z.strictObject({ kind: z.literal('district'), district: f.district }) }),
  ],
  { error: '宣讲由市人社局或旗县区人社部门组织' },
);

// ---------------------------------------------------------------- views

const rosterView = z.object({
  capacity: z.number(),
  taken: z.number(),
  free: z.number(),
  waiting: z.number(),
  full: z.boolean(),
  /** “23/30”, as the updatable message shows it. */
  label: z.string(),
  mine: z.object({ status: z.enum(['confirmed', 'waiting']), seats: z.number(), position: z.number().optional() }).nullable(),
});

const sessionView = z.object({
  id: z.string(),
  organizer: z.object({
    role: z.enum(['city_officer', 'district_officer']),
    name: z.string(),
    district: z.enum(DISTRICT_CODES).nullable(),
  }),
  topic: z.string(),
  summary: z.string(),
  clauses: z.array(z.object({ id: z.enum(CLAUSE_IDS), heading: z.string() })),
  startsAt: instant,
  endsAt: instant,
  /** '2026-12-10 09:30', China time. */
  timeText: z.string(),
  venue: venueSchema,
  venueText: z.string(),
  capacity: z.number(),
  audience: audienceSchema,
  audienceText: z.string(),
  signUp: z.object({ opensAt: instant, closesAt: instant }),
  status: z.enum(['scheduled', 'cancelled']),
  phase,
  phaseLabel: z.string(),
  cancellation: z.object({ at: instant, reason: z.string() }).optional(),
  moves: z.array(z.object({ at: instant, fromStartsAt: instant, reason: z.string() })),
  materials: z.array(fileView),
  qaSummary: z.string().optional(),
  version: z.number(),
  updatedAt: instant,
});

const detail = z.object({
  session: sessionView,
  roster: rosterView,
  /** The caller's own standing beyond the roster: checked in, rated. */
  me: z.object({ checkedInAt: instant.nullable(), rated: z.boolean(), canRate: z.boolean(), ratingClosedReason: z.string().optional() }),
  /** Why the caller may not sign up now (closed window, outside the audience, full waiting list), if so. */
  signUpBlocked: z.string().optional(),
  /** The organizer's staff: what they may do. */
  manage: z.object({ edit: z.boolean(), cancel: z.boolean() }),
});
export type BriefingDetail = z.infer<typeof detail>;

const listItem = z.object({
  id: z.string(),
  topic: z.string(),
  organizer: z.string(),
  startsAt: instant,
  endsAt: instant,
  timeText: z.string(),
  venueText: z.string(),
  audienceText: z.string(),
  phase,
  phaseLabel: z.string(),
  /** Seats taken / capacity, e.g. “23/30”. */
  label: z.string(),
  full: z.boolean(),
  mine: z.enum(['confirmed', 'waiting']).nullable(),
});
export type BriefingListItem = z.infer<typeof listItem>;

const ratingSummary = z.object({
  count: z.number(),
  average: z.number().nullable(),
  distribution: z.object({ 5: z.number(), 4: z.number(), 3: z.number(), 2: z.number(), 1: z.number() }),
  satisfiedPercent: z.number().nullable(),
});

const cadenceState = z.enum(
  Object.keys(CADENCE_STATE_LABELS) as [keyof typeof CADENCE_STATE_LABELS, ...(keyof typeof CADENCE_STATE_LABELS)[]],
);
const cadenceRow = z.object({
  district: z.enum(DISTRICT_CODES),
  name: z.string(),
  state: cadenceState,
  label: z.string(),
  required: z.number(),
  held: z.number(),
  planned: z.number(),
  sessions: z.array(z.string()),
});

const exported = z.object({ filename: z.string(), base64: z.string(), rows: z.number() });
const quarter = z.string({ error: '请选择季度' }).regex(/^\d{4}-Q[1-4]$/, '季度格式应为 2026-Q4');

// ---------------------------------------------------------------- actions

export const briefings = {
  create: { input: z.strictObject({ organizer: organizerIdentity, fields: sessionFieldsSchema }), output: detail },
  /** Topic, summary, clauses, capacity, audience, sign-up window; not the time or place (that is `move`). */
  update: { input: z.strictObject({ id: f.id, expectedVersion: version, changes: updateSchema }), output: detail },
  /** A new time (and place): everyone signed up is told. */
  move: { input: z.strictObject({ id: f.id, expectedVersion: version, move: moveSchema }), output: detail },
  cancel: { input: z.strictObject({ id: f.id, expectedVersion: version, ...cancelSchema.shape }), output: detail },
  'materials.attach': { input: z.strictObject({ id: f.id, expectedVersion: version, attach: attachSchema }), output: detail },
  list: {
    input: z.strictObject({
      /** open: sign-up open and for me; upcoming: not ended and for me; mine: I signed up; organized: my bureau's; past: ended and for me. */
      view: z.enum(['open', 'upcoming', 'mine', 'organized', 'past'], { error: '列表类型不正确' }).default('upcoming'),
      district: f.district.optional(),
      page: f.page,
      pageSize: f.pageSize,
    }),
    output: z.object({ items: z.array(listItem), total: z.number() }),
  },
  get: { input: z.strictObject({ id: f.id }), output: detail },
  signUp: {
    input: z.strictObject({ id: f.id, ...signUpRequestSchema.shape }),
    output: z.object({ outcome: z.enum(['confirmed', 'waiting']), position: z.number().optional(), roster: rosterView }),
  },
  cancelSignUp: { input: z.strictObject({ id: f.id }), output: z.object({ cancelled: z.literal(true), roster: rosterView }) },
  /** The code typed on H5, or the scene of the scanned mini-program code (`<sessionId>.<code>`). */
  checkIn: {
    input: z.strictObject({ id: f.id, code: z.string({ error: '请输入签到码' }).trim().min(1, '请输入签到码').max(40, '签到码不正确') }),
    output: z.object({ checkedInAt: instant, topic: z.string() }),
  },
  /** The organizer's current check-in code, with its expiry and the weapp code's scene (and image, when generated). */
  'checkIn.code': {
    input: z.strictObject({ id: f.id }),
    output: z.object({ code: z.string(), expiresAt: instant, scene: z.string(), wxacodeBase64: z.string().optional() }),
  },
  rate: { input: z.strictObject({ id: f.id, ...RATING_SHAPE }).superRefine(commentRequired), output: z.object({ rated: z.literal(true) }) },
  /** The organizer's view of the ratings: the summary and the comments (no names). */
  'ratings.summary': {
    input: z.strictObject({ id: f.id }),
    output: z.object({
      summary: ratingSummary,
      comments: z.array(z.object({ score: z.number(), label: z.string(), comment: z.string(), at: instant })).max(500),
    }),
  },
  'attendance.export': { input: z.strictObject({ id: f.id }), output: exported },
  /**
   * WeChat's updatable share message (“报名中 23/30”): the session's activity id (updatableMessage.createActivityId)
   * and the templateInfo for wx.updateShareMenu; the server updates the cards as the roster changes.
   */
  share: {
    input: z.strictObject({ id: f.id }),
    output: z.object({
      activityId: z.string(),
      expiresAt: instant,
      path: z.string(),
      state: z.object({
        targetState: z.union([z.literal(0), z.literal(1)]),
        memberCount: z.number().int().min(0),
        roomLimit: z.number().int().min(1),
      }),
      templateInfo: z.object({
        parameterList: z.array(z.object({ name: z.enum(['member_count', 'room_limit']), value: z.string() })).length(2),
      }),
    }),
  },
  /** The .ics file for H5. */
  ics: { input: z.strictObject({ id: f.id }), output: z.object({ filename: z.string(), text: z.string() }) },
  /** The city dashboard: each district's state this quarter (officers; districts see their own). */
  cadence: {
    input: z.strictObject({ quarter: quarter.optional() }),
    output: z.object({
      quarter: z.string(),
      label: z.string(),
      perQuarter: z.number(),
      rows: z.array(cadenceRow),
      summary: z.object({ held: z.number(), planned: z.number(), unplanned: z.number(), missed: z.number() }),
    }),
  },
} as const;
