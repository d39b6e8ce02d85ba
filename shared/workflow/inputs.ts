import { z } from 'zod';
import { dateField, text } from '../policy/fields';
import type { ActionId } from './actions';
import type { Workflow } from './application';
import { PARTIES } from './application';
import { isInstant } from '../time/instants';

/** What each action asks of the person taking it. Messages are what the form shows beside the field. */

const remarks = text('备注', 200).optional();
const confirm = (message: string) => z.literal(true, { error: message });
const minLength = (label: string, min: number) => z.string().min(min, `${label}至少 ${min} 个字`);

export const BODY_KINDS = ['talent_centre', 'district_bureau', 'social_org', 'service_point'] as const;

const submit = z.strictObject({ materialsBound: confirm('请确认已按要求准备并装订好书面材料') });

const employerApprove = {
  socialized: z.strictObject({ opinion: text('审核意见', 200).optional() }),
  green_channel: z.strictObject({
    opinion: text('审核意见', 200).optional(),
    rosterStamped: confirm('请确认已提供加盖单位公章的《申报人员花名册》'),
  }),
};

const startNotice = z.strictObject({
  startsOn: dateField('公示开始日期').optional(),
  workingDays: z.number({ error: '公示天数应为数字' }).int('公示天数应为整数').optional(),
});

const fileObjection = z.strictObject({ text: text('异议内容', 500).pipe(minLength('异议内容', 10)) });

const decideObjection = z.strictObject({
  objectionId: z.string({ error: '请选择要处理的异议' }).min(1, '请选择要处理的异议'),
  outcome: z.enum(['upheld', 'dismissed'], { error: '请选择异议是否成立' }),
  decision: text('处理意见', 500).pipe(minLength('处理意见', 2)),
});

const recommend = z.strictObject({
  body: z
    .strictObject(
      {
        kind: z.enum(BODY_KINDS, { error: '请选择推荐报送渠道' }),
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

const accept = {
  socialized: z.strictObject({ remarks }),
  green_channel: z.strictObject({
    originalsChecked: confirm('请确认已审核报送材料的原件'),
    onlineConfirmed: confirm('请确认已在内蒙古人才信息库完成网上确认'),
    remarks,
  }),
};

const scheduleDefense = z.strictObject({
  at: z.string({ error: '请选择答辩时间' }).refine(isInstant, '答辩时间应为带时区的时间，例如 2026-11-10T09:00:00+08:00'),
  place: text('答辩地点', 100).pipe(minLength('答辩地点', 2)),
});

const recordDefense = z.strictObject({ attended: z.boolean({ error: '请选择是否参加了答辩' }), remarks });

const approveResult = z.strictObject({ documentNo: text('文号', 60).optional(), remarks });

const notPassed = z.strictObject({ reason: text('未通过原因', 500).pipe(minLength('未通过原因', 2)) });

/** 登记发证 registers the certificate by its number: the record the person and their unit later verify against. */
const issueCertificate = z.strictObject({ certificateNo: text('证书编号', 60).pipe(z.string().min(1, '请填写证书编号')), remarks });

const returnForCorrection = z.strictObject({
  returnTo: z.enum(PARTIES, { error: '请选择退回给谁补正' }),
  reasons: z
    .array(text('退回原因', 200).pipe(minLength('退回原因', 2)), { error: '请填写退回原因' })
    .min(1, '请至少填写一条退回原因')
    .max(10, '退回原因最多 10 条'),
});

const empty = z.strictObject({});

export const INPUTS: Record<ActionId, z.ZodType | Record<Workflow, z.ZodType>> = {
  submit,
  employer_approve: employerApprove,
  start_notice: startNotice,
  file_objection: fileObjection,
  decide_objection: decideObjection,
  end_notice: empty,
  recommend,
  reassign_body: recommend,
  forward_to_bureau: z.strictObject({ remarks }),
  accept,
  forward_to_region: z.strictObject({ remarks }),
  schedule_defense: scheduleDefense,
  record_defense: recordDefense,
  approve_result: approveResult,
  not_passed: notPassed,
  issue_certificate: issueCertificate,
  archive_form: empty,
  return_for_correction: returnForCorrection,
  resubmit: z.strictObject({ note: text('补正说明', 200).optional() }),
  withdraw: z.strictObject({ reason: text('撤回原因', 200).optional() }),
};

export function inputSchema(action: ActionId, workflow: Workflow): z.ZodType {
  const s = INPUTS[action];
  return s instanceof z.ZodType ? s : s[workflow];
}

export type StartNoticeInput = z.output<typeof startNotice>;
export type FileObjectionInput = z.output<typeof fileObjection>;
export type DecideObjectionInput = z.output<typeof decideObjection>;
export type RecommendInput = z.output<typeof recommend>;
export type ScheduleDefenseInput = z.output<typeof scheduleDefense>;
export type RecordDefenseInput = z.output<typeof recordDefense>;
export type ApproveResultInput = z.output<typeof approveResult>;
export type NotPassedInput = z.output<typeof notPassed>;
export type IssueCertificateInput = z.output<typeof issueCertificate>;
export type ReturnForCorrectionInput = z.output<typeof returnForCorrection>;
