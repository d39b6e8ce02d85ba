import { nextGreenChannel } from '../../policy/calendar';
import { endOfMonth } from '../../time/instants';
import { defineAction } from './define';
import { ACTION_INPUTS } from './input-schemas';
import { nothing } from './changes';
import { APPLICANT, SG } from './who';

export const submit = defineAction({
  id: 'submit',
  label: '提交单位审核',
  input: ACTION_INPUTS.submit,
  form: [{ key: 'materialsBound', kind: 'confirm', label: '我已按要求准备并装订好书面材料' }],
  rules: [{ workflows: SG, from: ['draft'], to: 'employer_review', who: APPLICANT }],
  step: 'step_submitted',
  ready: ({ app, today }) => {
    if (app.workflow === 'green_channel' && app.greenWindow) {
      const opened = app.greenWindow.openedBy;
      const until = opened === 'calendar' ? endOfMonth(app.greenWindow.window.applicationMonth) : opened.validUntil;
      if (today > until) {
        return {
          message: `本次绿色通道申报已于 ${until} 截止，下一次申报在 ${nextGreenChannel(today).next.applicationMonth}（附件1 第二项）`,
        };
      }
    }
    if (app.workflow === 'socialized' && app.round && today > app.round.applyTo) {
      return { message: `${app.round.name}已于 ${app.round.applyTo} 截止申报` };
    }
    return null;
  },
  apply: () => nothing('提交单位审核'),
  sample: () => ({ materialsBound: true as const }),
});
