import { notify } from '../effects';
import { stageLabel } from '../stages';
import { defineAction } from './define';
import { ACTION_INPUTS } from './input-schemas';
import { titleOf, toApplicant } from './changes';
import { CITY, EMPLOYER, G, OFFICERS, S, SG } from './who';

export const notPassed = defineAction({
  id: 'not_passed',
  label: '登记未通过',
  input: ACTION_INPUTS.not_passed,
  form: [{ key: 'reason', kind: 'long', label: '未通过原因' }],
  rules: [
    { workflows: SG, from: ['employer_review'], to: 'not_passed', who: EMPLOYER },
    { workflows: S, from: ['bureau_check', 'review'], to: 'not_passed', who: OFFICERS },
    { workflows: S, from: ['region_review'], to: 'not_passed', who: CITY },
    { workflows: G, from: ['city_check', 'region_review'], to: 'not_passed', who: CITY },
  ],
  apply: ({ app, by, at }, input) => ({
    patch: { outcome: { passed: false, by, at, stage: app.stage, remarks: input.reason } },
    effects: [notify(toApplicant(app), 'result_not_passed', { title: titleOf(app), stage: stageLabel(app.stage), reason: input.reason })],
    summary: `${stageLabel(app.stage)}未通过：${input.reason}`,
  }),
  sample: () => ({ reason: '不符合评审标准' }),
});
