import { z } from 'zod';
import { text } from '../../policy/fields';
import { openObjections } from '../application';
import { defineAction } from './define';
import { confirm } from './inputs';
import { nothing } from './changes';
import { EMPLOYER, SG } from './who';

const opinion = text('审核意见', 200).optional();
const OPINION_FIELD = { key: 'opinion', kind: 'text', label: '审核意见（可不填）', optional: true } as const;

export const employerApprove = defineAction({
  id: 'employer_approve',
  label: '单位审核通过',
  input: {
    socialized: z.strictObject({ opinion }),
    // 附件1 第三项: the unit stamps the 《申报人员花名册》.
    green_channel: z.strictObject({ opinion, rosterStamped: confirm('请确认已提供加盖单位公章的《申报人员花名册》') }),
  },
  form: {
    socialized: [OPINION_FIELD],
    green_channel: [OPINION_FIELD, { key: 'rosterStamped', kind: 'confirm', label: '已提供加盖单位公章的《申报人员花名册》' }],
  },
  rules: [{ workflows: SG, from: ['employer_review'], to: 'notice_ready', who: EMPLOYER }],
  step: 'step_employer_approved',
  ready: ({ app }) => {
    const open = openObjections(app).length;
    return open ? { message: `还有 ${open} 条公示异议未处理，请先处理异议` } : null;
  },
  apply: (_ctx, input) => nothing(input.opinion ? `单位审核通过：${input.opinion}` : '单位审核通过'),
  sample: ({ app }): { rosterStamped?: true } => (app.workflow === 'green_channel' ? { rosterStamped: true } : {}),
});
