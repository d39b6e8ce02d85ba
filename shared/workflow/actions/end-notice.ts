import { openObjections } from '../application';
import { defineAction } from './define';
import { ACTION_INPUTS } from './input-schemas';
import { closeNotice } from './changes';
import { EMPLOYER, G, S } from './who';

export const endNotice = defineAction({
  id: 'end_notice',
  label: '结束公示',
  input: ACTION_INPUTS.end_notice,
  form: [],
  rules: [
    { workflows: S, from: ['public_notice'], to: 'recommendation', who: EMPLOYER },
    { workflows: G, from: ['public_notice'], to: 'city_check', who: EMPLOYER },
  ],
  step: 'step_notice_ended',
  ready: ({ app, today }) => {
    const n = app.notice;
    if (!n) return { message: '尚未公示' };
    if (today <= n.endsOn) return { message: `公示期至 ${n.endsOn}（${n.workingDays} 个工作日），期满后才能结束公示` };
    const open = openObjections(app).length;
    return open ? { message: `还有 ${open} 条异议未处理，处理后才能结束公示` } : null;
  },
  apply: ({ app, at }) => ({
    patch: { notice: closeNotice(app.notice, at, 'ended') },
    effects: [],
    summary: `公示期满（${app.notice!.startsOn} 至 ${app.notice!.endsOn}），无未处理的异议`,
  }),
});
