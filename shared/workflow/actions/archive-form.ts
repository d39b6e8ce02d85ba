import { defineAction } from './define';
import { ACTION_INPUTS } from './input-schemas';
import { EMPLOYER, S } from './who';

export const archiveForm = defineAction({
  id: 'archive_form',
  label: '评审表存入档案',
  input: ACTION_INPUTS.archive_form,
  form: [],
  rules: [{ workflows: S, from: ['archiving'], to: 'completed', who: EMPLOYER }],
  step: 'step_archived',
  apply: ({ by, at }) => ({ patch: { archived: { by, at } }, effects: [], summary: '评审表已存入本人人事档案' }),
});
