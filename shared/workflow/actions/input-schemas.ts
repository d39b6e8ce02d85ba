import { z } from 'zod';
import { SUBMISSION_BODY_IDS } from '../../policy/clauses';
import { dateField, text } from '../../policy/fields';
import { isInstant } from '../../time/instants';
import { PARTIES } from '../application';
import type { ActionId } from './ids';
import { confirm, empty, minLength, remarks, withRemarks } from './inputs';

/**
 * What each action asks for, apart from its definition (the definitions take their `input` from here) so that the
 * applications contract, which the weapp's main package checks on the phone, carries the inputs without every
 * definition's guards and changes. Messages are what the form shows beside the field.
 */

/** An input by workflow, where the two workflows ask different things (附件1 and 附件2 differ). */
export interface PerWorkflow<A, B> {
  socialized: z.ZodType<A>;
  green_channel: z.ZodType<B>;
}

const opinion = text('审核意见', 200).optional();

export const recommendInput = z.strictObject({
  body: z
    .strictObject(
      {
        kind: z.enum(SUBMISSION_BODY_IDS, { error: '请选择推荐报送渠道' }),
        orgId: z.string().trim().min(1, '请选择推荐单位').max(64, '单位编号过长').optional(),
        name: text('推荐单位名称', 60).optional(),
      },
      { error: '请选择推荐报送渠道' },
    )
    .superRefine((b, ctx) => {
      if (b.kind === 'district_bureau') return;
      if (!b.orgId) ctx.addIssue({ code: 'custom', path: ['orgId'], message: '请选择推荐单位' });
      if (!b.name) ctx.addIssue({ code: 'custom', path: ['name'], message: '请填写推荐单位名称' });
    }),
});

export const ACTION_INPUTS = {
  submit: z.strictObject({ materialsBound: confirm('请确认已按要求准备并装订好书面材料') }),
  employer_approve: {
    socialized: z.strictObject({ opinion }),
    // 附件1 第三项: the unit stamps the 《申报人员花名册》.
    green_channel: z.strictObject({ opinion, rosterStamped: confirm('请确认已提供加盖单位公章的《申报人员花名册》') }),
  },
  start_notice: z.strictObject({
    startsOn: dateField('公示开始日期').optional(),
    workingDays: z.number({ error: '公示天数应为数字' }).int('公示天数应为整数').optional(),
  }),
  file_objection: z.strictObject({ text: text('异议内容', 500).pipe(minLength('异议内容', 10)) }),
  decide_objection: z.strictObject({
    objectionId: z.string({ error: '请选择要处理的异议' }).min(1, '请选择要处理的异议'),
    outcome: z.enum(['upheld', 'dismissed'], { error: '请选择异议是否成立' }),
    decision: text('处理意见', 500).pipe(minLength('处理意见', 2)),
  }),
  end_notice: empty,
  recommend: recommendInput,
  reassign_body: recommendInput,
  forward_to_bureau: withRemarks,
  accept: {
    socialized: withRemarks,
    // 附件1 第三项: the city checks the originals and confirms online.
    green_channel: z.strictObject({
      originalsChecked: confirm('请确认已审核报送材料的原件'),
      onlineConfirmed: confirm('请确认已在内蒙古人才信息库完成网上确认'),
      remarks,
    }),
  },
  forward_to_region: withRemarks,
  schedule_defense: z.strictObject({
    at: z.string({ error: '请选择答辩时间' }).refine(isInstant, '答辩时间应为带时区的时间，例如 2026-11-10T09:00:00+08:00'),
    place: text('答辩地点', 100).pipe(minLength('答辩地点', 2)),
  }),
  record_defense: z.strictObject({ attended: z.boolean({ error: '请选择是否参加了答辩' }), remarks }),
  approve_result: z.strictObject({ documentNo: text('文号', 60).optional(), remarks }),
  not_passed: z.strictObject({ reason: text('未通过原因', 500).pipe(minLength('未通过原因', 2)) }),
  issue_certificate: z.strictObject({ certificateNo: text('证书编号', 60).pipe(z.string().min(1, '请填写证书编号')), remarks }),
  archive_form: empty,
  return_for_correction: z.strictObject({
    returnTo: z.enum(PARTIES, { error: '请选择退回给谁补正' }),
    reasons: z
      .array(text('退回原因', 200).pipe(minLength('退回原因', 2)), { error: '请填写退回原因' })
      .min(1, '请至少填写一条退回原因')
      .max(10, '退回原因最多 10 条'),
  }),
  resubmit: z.strictObject({ note: text('补正说明', 200).optional() }),
  withdraw: z.strictObject({ reason: text('撤回原因', 200).optional() }),
} as const satisfies Record<ActionId, z.ZodType | PerWorkflow<unknown, unknown>>;

type Inputs = typeof ACTION_INPUTS;
/** Every input an action accepts in any workflow: the contract's (the file's workflow's own is checked after). */
export type AnyInput<I> = I extends PerWorkflow<unknown, unknown> ? z.ZodUnion<[I['socialized'], I['green_channel']]> : I;

export function anyInputOf<I extends z.ZodType | PerWorkflow<unknown, unknown>>(input: I): AnyInput<I> {
  return (input instanceof z.ZodType ? input : z.union([input.socialized, input.green_channel])) as AnyInput<I>;
}

/** What the caller sends for `action`, in any workflow. */
export type ActionInput<A extends ActionId> = z.input<AnyInput<Inputs[A]>>;
