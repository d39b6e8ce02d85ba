import type { Workflow } from '../application';
import type { Effect } from '../effects';
import { holderRecipient, notify } from '../effects';
import type { Stage } from '../stages';
import { TERMINAL_STAGES, WORKFLOW_STAGES } from '../stages';
import { defineAction } from './define';
import { ACTION_INPUTS } from './input-schemas';
import { closeNotice, titleOf } from './changes';
import { APPLICANT, G, S } from './who';

/** Before a final result the applicant may withdraw: every stage but the result and what follows it. */
const AFTER_RESULT: readonly Stage[] = ['approved', 'archiving', ...TERMINAL_STAGES];
const withdrawable = (w: Workflow): Stage[] => WORKFLOW_STAGES[w].filter((s) => !AFTER_RESULT.includes(s));

export const withdraw = defineAction({
  id: 'withdraw',
  label: '撤回申报',
  input: ACTION_INPUTS.withdraw,
  form: [{ key: 'reason', kind: 'text', label: '撤回原因（可不填）', optional: true }],
  rules: [
    { workflows: S, from: withdrawable('socialized'), to: 'withdrawn', who: APPLICANT },
    { workflows: G, from: withdrawable('green_channel'), to: 'withdrawn', who: APPLICANT },
  ],
  step: 'step_withdrawn',
  apply: ({ app, at }, input) => {
    const holder = holderRecipient(app.holder);
    const effects: Effect[] =
      holder && app.holder?.role !== 'applicant'
        ? [notify(holder, 'withdrawn', { applicant: app.applicant.name, title: titleOf(app) })]
        : [];
    return {
      patch: { withdrawal: { at, ...(input.reason ? { reason: input.reason } : {}) }, notice: closeNotice(app.notice, at, 'withdrawn') },
      effects,
      summary: input.reason ? `申报人撤回申报：${input.reason}` : '申报人撤回申报',
    };
  },
});
