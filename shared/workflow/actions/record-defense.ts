import { chinaDateOf, formatChinaTime } from '../../time/instants';
import { defineAction } from './define';
import { ACTION_INPUTS } from './input-schemas';
import { REMARKS_FIELD } from './inputs';
import { OFFICERS, S } from './who';

export const recordDefense = defineAction({
  id: 'record_defense',
  label: '登记答辩情况',
  input: ACTION_INPUTS.record_defense,
  form: [{ key: 'attended', kind: 'yesno', label: '申报人是否参加了答辩' }, REMARKS_FIELD],
  rules: [{ workflows: S, from: ['defense_scheduled'], to: 'review', who: OFFICERS }],
  step: 'step_defense_recorded',
  ready: ({ app, today }) => {
    if (!app.defense) return { message: '尚未安排答辩' };
    return today < chinaDateOf(app.defense.at) ? { message: `答辩安排在 ${formatChinaTime(app.defense.at)}，答辩后才能登记` } : null;
  },
  apply: ({ app, by, at }, input) => ({
    patch: {
      defense: { ...app.defense!, record: { attended: input.attended, ...(input.remarks ? { remarks: input.remarks } : {}), by, at } },
    },
    effects: [],
    summary: input.attended ? '已参加答辩' : '未参加答辩',
  }),
  sample: ({ variant }) => ({ attended: variant % 4 !== 0 }),
});
