import { openObjections } from '../application';
import { defineAction } from './define';
import { ACTION_INPUTS } from './input-schemas';
import { nothing } from './changes';
import { EMPLOYER, SG } from './who';

const OPINION_FIELD = { key: 'opinion', kind: 'text', label: '审核意见（可不填）', optional: true } as const;

export const employerApprove = defineAction({
  id: 'employer_approve',
  label: '单位审核通过',
  input: ACTION_INPUTS.employer_approve,
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
