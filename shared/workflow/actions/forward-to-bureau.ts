import { defineAction } from './define';
import { ACTION_INPUTS } from './input-schemas';
import { REMARKS_FIELD } from './inputs';
import { nothing } from './changes';
import { BODY, S } from './who';

export const forwardToBureau = defineAction({
  id: 'forward_to_bureau',
  label: '报送人社部门',
  input: ACTION_INPUTS.forward_to_bureau,
  form: [REMARKS_FIELD],
  rules: [{ workflows: S, from: ['body_review'], to: 'bureau_check', who: BODY }],
  step: 'step_forwarded',
  apply: ({ app }) => nothing(`${app.recommendingBody?.name ?? '推荐单位'}已报送人社部门`),
});
