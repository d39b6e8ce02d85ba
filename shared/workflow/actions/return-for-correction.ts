import type { Correction } from '../application';
import { PARTIES, PARTY_LABELS } from '../application';
import { notify } from '../effects';
import { returnableParties } from '../guards';
import { refuse } from '../refusal';
import { stageLabel } from '../stages';
import { defineAction } from './define';
import { ACTION_INPUTS } from './input-schemas';
import { partyRecipient, titleOf } from './changes';
import { BODY, CITY, EMPLOYER, G, OFFICERS, S, SG } from './who';

export const returnForCorrection = defineAction({
  id: 'return_for_correction',
  label: '退回补正',
  input: ACTION_INPUTS.return_for_correction,
  form: [
    {
      key: 'returnTo',
      kind: 'choice',
      label: '退回给谁补正',
      options: ({ returnTo }) => (returnTo ?? ['applicant']).map((p) => ({ value: p, label: PARTY_LABELS[p] })),
    },
    { key: 'reasons', kind: 'lines', label: '退回原因', hint: '有多条原因时，用分号（；）隔开' },
  ],
  rules: [
    { workflows: SG, from: ['employer_review', 'notice_ready'], to: 'correction', who: EMPLOYER, returnTo: ['applicant'] },
    { workflows: S, from: ['recommendation'], to: 'correction', who: EMPLOYER, returnTo: ['applicant'] },
    { workflows: S, from: ['body_review'], to: 'correction', who: BODY, returnTo: ['applicant', 'employer'] },
    { workflows: S, from: ['bureau_check'], to: 'correction', who: OFFICERS, returnTo: ['applicant', 'employer', 'recommender'] },
    { workflows: S, from: ['city_collection'], to: 'correction', who: CITY, returnTo: ['applicant', 'employer', 'recommender'] },
    { workflows: G, from: ['city_check'], to: 'correction', who: CITY, returnTo: ['applicant', 'employer'] },
  ],
  // Returned to the employer or the recommending body: the applicant is told too (a return to the applicant is 'returned').
  step: 'step_returned_other',
  check: ({ app, rule }, input) => {
    const allowed = returnableParties(app, rule);
    if (!allowed.includes(input.returnTo)) {
      const message = `此环节只能退回给${allowed.map((p) => PARTY_LABELS[p]).join('或')}`;
      return refuse('VALIDATION', message, [{ path: 'returnTo', message }]);
    }
    return null;
  },
  apply: ({ app, by, at }, input) => {
    const correction: Correction = { by, at, reasons: input.reasons, returnTo: input.returnTo, fromStage: app.stage };
    return {
      patch: { corrections: [...app.corrections, correction] },
      effects: [
        notify(partyRecipient(app, input.returnTo), 'returned', {
          title: titleOf(app),
          stage: stageLabel(app.stage),
          reasons: input.reasons.join('；'),
        }),
      ],
      summary: `${stageLabel(app.stage)}退回${PARTY_LABELS[input.returnTo]}补正：${input.reasons.join('；')}`,
    };
  },
  sample: ({ variant }) => ({ returnTo: PARTIES[variant % 3], reasons: ['材料不全'] }),
});
