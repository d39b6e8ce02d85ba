import { defineAction } from './define';
import { ACTION_INPUTS } from './input-schemas';
import { BODY_FIELD, BY_BODY, recommendingBodyChange, sampleBody } from './recommend';
import { OFFICERS, S } from './who';

export const reassignBody = defineAction({
  id: 'reassign_body',
  label: '改派推荐单位',
  input: ACTION_INPUTS.reassign_body,
  form: [BODY_FIELD],
  // A file stuck with a recommending body that no longer exists: an officer of its scope sends it to another
  // channel of 第一条 (the function checks the current body is gone).
  rules: [{ workflows: S, from: ['body_review'], to: BY_BODY, who: OFFICERS }],
  step: 'step_body_reassigned',
  apply: ({ app }, input) => {
    const change = recommendingBodyChange(app, input);
    const was = app.recommendingBody?.name ?? '原推荐单位';
    return { ...change, summary: `${was}已不存在，改由${change.patch.recommendingBody!.name}推荐报送（第一条）` };
  },
  sample: sampleBody,
});
