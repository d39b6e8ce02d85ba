import { levelClass } from '../application';
import { defineAction } from './define';
import { ACTION_INPUTS } from './input-schemas';
import { REMARKS_FIELD } from './inputs';
import { nothing } from './changes';
import { CITY, G, OFFICERS, S } from './who';

export const accept = defineAction({
  id: 'accept',
  label: '审核受理',
  input: ACTION_INPUTS.accept,
  form: {
    socialized: [REMARKS_FIELD],
    green_channel: [
      { key: 'originalsChecked', kind: 'confirm', label: '已审核报送材料的原件' },
      { key: 'onlineConfirmed', kind: 'confirm', label: '已在内蒙古人才信息库完成网上确认' },
      REMARKS_FIELD,
    ],
  },
  rules: [
    {
      workflows: S,
      from: ['bureau_check'],
      // 附件2 第三项: senior titles go to the region through the city; those with a defense wait for it.
      to: {
        among: { senior: 'city_collection', intermediate: 'awaiting_defense', junior: 'review' },
        choose: (app) => levelClass(app.title.level),
      },
      who: OFFICERS,
    },
    { workflows: G, from: ['city_check'], to: 'region_review', who: CITY },
  ],
  step: 'step_accepted',
  apply: ({ app }) => nothing(app.workflow === 'green_channel' ? '市人社局已审核原件并完成网上确认' : '人社部门审核合格，已接收申报材料'),
  sample: ({ app }): { originalsChecked?: true; onlineConfirmed?: true } =>
    app.workflow === 'green_channel' ? { originalsChecked: true, onlineConfirmed: true } : {},
});
