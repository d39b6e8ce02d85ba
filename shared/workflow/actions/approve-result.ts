import { defenseRequired } from '../application';
import { notify } from '../effects';
import { VERIFY_PLACES } from '../verify';
import { defineAction } from './define';
import { ACTION_INPUTS } from './input-schemas';
import { REMARKS_FIELD } from './inputs';
import { titleOf, toApplicant } from './changes';
import { CITY, OFFICERS, S, SG } from './who';

export const approveResult = defineAction({
  id: 'approve_result',
  label: '登记评审通过',
  input: ACTION_INPUTS.approve_result,
  form: [{ key: 'documentNo', kind: 'text', label: '文号（可不填）', optional: true }, REMARKS_FIELD],
  rules: [
    { workflows: S, from: ['review'], to: 'approved', who: OFFICERS },
    // The region decides; the city records its result.
    { workflows: SG, from: ['region_review'], to: 'approved', who: CITY },
  ],
  ready: ({ app }) => {
    const needsDefense = app.workflow === 'socialized' && app.stage === 'review' && defenseRequired(app.title.level);
    if (needsDefense && !app.defense?.record?.attended) {
      return { message: '申报中级职称的须参加评审答辩，登记为已参加答辩后才能登记评审通过（附件2 第三项）' };
    }
    return null;
  },
  apply: ({ app, by, at }, input) => ({
    patch: { outcome: { passed: true, by, at, stage: app.stage, ...input } },
    effects: [
      notify(toApplicant(app), 'result_passed', {
        title: titleOf(app),
        next:
          app.workflow === 'green_channel'
            ? '季度第三个月核准结果、发放证书'
            : `发证后请登录${VERIFY_PLACES.nmgrck.name}（${VERIFY_PLACES.nmgrck.site}）自行打印电子证书`,
      }),
    ],
    summary: app.stage === 'region_review' ? '自治区评审通过' : '评审通过',
  }),
});
