import { z } from 'zod';
import { eligibilityResultSchema, roundView } from '../policy/schemas';
import { VERDICTS } from '../policy/types';
import { TITLE_LEVELS } from '../policy/vocabulary';
import * as f from '../fields/common';

/**
 * The profile and the round are validated by the policy's own schemas inside the handler (the profile's
 * schema depends on the evaluation date), so here they are only bounded in size.
 */
// An empty date is one not chosen yet (the forms use a date wheel): asked for, not told a format.
const isoDate = z
  .string({ error: '请选择日期' })
  .min(1, { error: '请选择日期', abort: true })
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 2026-03-01');
const boundedObject = z
  .record(z.string(), z.unknown(), { error: '请填写自测问卷' })
  .refine((v) => JSON.stringify(v).length <= 20_000, '问卷内容过长');

const verdict = z.enum(VERDICTS);

const historyItem = z.object({
  id: z.string(),
  at: z.string(),
  asOf: z.string(),
  roundId: z.string().optional(),
  /** The version of the rules that decided it (rulesetVersionAt); absent in checks saved before it was kept. */
  rulesetVersion: z.string().max(80).optional(),
  /** One line per route: what was sought and the verdict, enough to list past checks with the result's headline (shared/policy/headline). */
  routes: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      titleName: z.string(),
      /** Absent in checks saved before it was kept. */
      level: z.enum(TITLE_LEVELS).optional(),
      verdict,
      eligibleFrom: z.string().optional(),
    }),
  ),
});
export type EligibilityHistoryItem = z.infer<typeof historyItem>;

/** 政策找人 (shared/announcements/policy-match.ts): the person's consent as they see it. */
const policyWatchView = z.object({
  consent: z.boolean(),
  consentAt: z.string().nullable(),
  /** Whether a saved self-check exists to match on. */
  hasCheck: z.boolean(),
  /** The next eligible-from date that will be told (consent on). */
  dueFrom: z.string().nullable(),
  text: z.string(),
});
const maskedCount = z.object({ count: z.number().int().min(0).nullable(), text: z.string() });

const roundOut = roundView;

export const eligibility = {
  evaluate: {
    input: z
      .object({
        profile: boundedObject,
        /** The evaluation date; the server's today (China time) when absent. */
        asOf: isoDate.optional(),
        /**
         * The published socialized round the person chose: seniority is counted to its cut-off date. With
         * neither this nor `countToAsOf`, the function counts to the open published round (the engine's default).
         */
        roundId: f.id.optional(),
        /** The person chose to count seniority to the evaluation date, not to a round. */
        countToAsOf: z.boolean().optional(),
        /** Keep this check in the person's history (so it can become an application later). */
        save: z.boolean().default(false),
      })
      .strict()
      .refine((v) => !(v.roundId && v.countToAsOf), { path: ['countToAsOf'], message: '评审轮次和“按今天计算”只能选一个' }),
    output: z.object({ result: eligibilityResultSchema, savedId: z.string().optional() }),
  },
  history: {
    input: z.object({ page: f.page, pageSize: f.pageSize }).strict(),
    output: z.object({ items: z.array(historyItem), total: z.number() }),
  },
  'history.get': {
    input: z.object({ id: f.id }).strict(),
    output: z.object({
      id: z.string(),
      at: z.string(),
      profile: z.record(z.string(), z.unknown()),
      /** The version of the rules that decided it (also in the result); absent in checks saved before it was kept. */
      rulesetVersion: z.string().max(80).optional(),
      result: eligibilityResultSchema,
    }),
  },
  /** Published rounds are public (附件2 第二项: the city's arrangement): a visitor who has not signed in may list them too. */
  'rounds.list': {
    input: z.object({ includeClosed: z.boolean().default(false) }).strict(),
    output: z.object({ items: z.array(roundOut) }),
  },
  'rounds.publish': {
    input: z
      .object({
        name: z.string({ error: '请填写轮次名称' }).trim().min(1, '请填写轮次名称').max(60, '轮次名称不超过 60 个字'),
        applyFrom: isoDate,
        applyTo: isoDate,
        seniorityCutoff: isoDate,
        defenseFrom: isoDate.optional(),
        defenseTo: isoDate.optional(),
      })
      .strict(),
    output: roundOut,
  },
  /** 政策找人: whether the caller agreed to be told when a round or a date matters to them. */
  'policyMatch.get': { input: z.strictObject({}), output: policyWatchView },
  /** Agree or withdraw (audited). */
  'policyMatch.set': {
    input: z.strictObject({ consent: z.boolean({ error: '请选择是否接收提醒' }) }),
    output: policyWatchView,
  },
  /** Employer HR: how many of their staff are likely eligible, by series — counts only, small counts masked. */
  'staff.counts': {
    input: z.strictObject({ orgId: f.id }),
    output: z.object({
      orgName: z.string(),
      checked: maskedCount,
      items: z.array(z.object({ series: z.string(), seriesName: z.string(), count: z.number().int().min(0).nullable(), text: z.string() })),
      note: z.string(),
      rule: z.object({ id: z.string(), title: z.string(), reading: z.string() }),
    }),
  },
} as const;
