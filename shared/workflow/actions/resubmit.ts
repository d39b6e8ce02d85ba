import { openCorrection } from '../application';
import { defineAction } from './define';
import { ACTION_INPUTS } from './input-schemas';
import { HOLDER, SG } from './who';

export const resubmit = defineAction({
  id: 'resubmit',
  label: '补正后重新提交',
  input: ACTION_INPUTS.resubmit,
  form: [{ key: 'note', kind: 'text', label: '补正说明（可不填）', optional: true }],
  rules: [{ workflows: SG, from: ['correction'], to: 'resume', who: HOLDER }],
  step: 'step_resubmitted',
  apply: ({ app, by, at }, input) => {
    const open = openCorrection(app)!;
    const corrections = app.corrections.map((c) =>
      c === open ? { ...c, resubmitted: { by, at, ...(input.note ? { note: input.note } : {}) } } : c,
    );
    return { patch: { corrections }, effects: [], summary: input.note ? `补正后重新提交：${input.note}` : '补正后重新提交' };
  },
});
