import { defineAction } from './define';
import { ACTION_INPUTS } from './input-schemas';
import { REMARKS_FIELD } from './inputs';
import { nothing } from './changes';
import { CITY, S } from './who';

export const forwardToRegion = defineAction({
  id: 'forward_to_region',
  label: '汇总报送自治区',
  input: ACTION_INPUTS.forward_to_region,
  form: [REMARKS_FIELD],
  rules: [{ workflows: S, from: ['city_collection'], to: 'region_review', who: CITY }],
  step: 'step_forwarded_to_region',
  apply: () => nothing('市人社局已汇总报送自治区'),
});
