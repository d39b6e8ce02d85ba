import { defineAction } from './define';
import { empty } from './inputs';
import { EMPLOYER, S } from './who';

export const archiveForm = defineAction({
  id: 'archive_form',
  label: '评审表存入档案',
  input: empty,
  form: [],
  rules: [{ workflows: S, from: ['archiving'], to: 'completed', who: EMPLOYER }],
  step: 'step_archived',
  apply: ({ by, at }) => ({ patch: { archived: { by, at } }, effects: [], summary: '评审表已存入本人人事档案' }),
});
