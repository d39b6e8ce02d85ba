import { z } from 'zod';
import { text } from '../../policy/fields';
import { notify } from '../effects';
import { defineAction } from './define';
import { minLength } from './inputs';
import { titleOf, toApplicant, toEmployer } from './changes';
import { BODY, S } from './who';

const REASON = '撤回推荐的原因';

/**
 * 第一条: the body the employer chose may take its recommendation back before the bureau accepts the file. The
 * file returns to 推荐报送 with no body, so the employer chooses a channel again (and the body no longer sees it).
 */
export const withdrawRecommendation = defineAction({
  id: 'withdraw_recommendation',
  label: '撤回推荐',
  input: z.strictObject({ reason: text(REASON, 200).pipe(minLength(REASON, 2)) }),
  form: [{ key: 'reason', kind: 'long', label: REASON, hint: '申报人和申报单位会看到这个原因' }],
  // 'body' scope: only staff of the file's own recommending body; a district-bureau channel has none.
  rules: [{ workflows: S, from: ['body_review', 'bureau_check'], to: 'recommendation', who: BODY }],
  apply: ({ app }, input) => {
    const body = app.recommendingBody?.name ?? '推荐单位';
    const data = { title: titleOf(app), body, reason: input.reason };
    return {
      patch: { recommendingBody: undefined },
      effects: [notify(toApplicant(app), 'recommendation_withdrawn', data), notify(toEmployer(app), 'recommendation_withdrawn', data)],
      summary: `${body}撤回推荐：${input.reason}`,
    };
  },
  sample: () => ({ reason: '申报材料不属于本单位推荐范围' }),
});
