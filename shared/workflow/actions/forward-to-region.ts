import { defineAction } from './define';
import { REMARKS_FIELD, withRemarks } from './inputs';
import { nothing } from './changes';
import { CITY, S } from './who';

export const forwardToRegion = defineAction({
  id: 'forward_to_region',
  label: '汇总报送自治区',
  input: withRemarks,
  form: [REMARKS_FIELD],
  rules: [{ workflows: S, from: ['city_collection'], to: 'region_review', who: CITY }],
  step: 'step_forwarded_to_region',
  apply: () => nothing('市人社局已汇总报送自治区'),
});
