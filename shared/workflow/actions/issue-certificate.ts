import { notify } from '../effects';
import { verifyHint, VERIFY_PLACES } from '../verify';
import { defineAction } from './define';
import { ACTION_INPUTS } from './input-schemas';
import { REMARKS_FIELD } from './inputs';
import { titleOf, toApplicant } from './changes';
import { CITY, G, OFFICERS, S } from './who';

export const issueCertificate = defineAction({
  id: 'issue_certificate',
  label: '登记发证',
  /** 登记发证 registers the certificate by its number: the record the person and their unit later verify against. */
  input: ACTION_INPUTS.issue_certificate,
  form: [{ key: 'certificateNo', kind: 'text', label: '证书编号', hint: '按证书上的编号填写，登记后申报人可凭此查询' }, REMARKS_FIELD],
  rules: [
    { workflows: S, from: ['approved'], to: 'archiving', who: OFFICERS },
    { workflows: G, from: ['approved'], to: 'completed', who: CITY },
  ],
  apply: ({ app, by, at }, input) => ({
    patch: { certificate: { by, at, ...(input.certificateNo ? { number: input.certificateNo } : {}) } },
    effects: [
      notify(toApplicant(app), 'certificate_issued', {
        title: titleOf(app),
        how:
          app.workflow === 'green_channel'
            ? `请按市人社局通知领取证书。${verifyHint()}`
            : `登录${VERIFY_PLACES.nmgrck.name}（${VERIFY_PLACES.nmgrck.site}）自行打印电子证书；评审表将通过单位存入本人人事档案。${verifyHint()}`,
      }),
    ],
    summary: app.workflow === 'green_channel' ? '核准结果，发放证书' : '电子证书可打印，评审表返回单位',
  }),
  sample: ({ variant }) => ({ certificateNo: `BT2026-${String(variant).padStart(4, '0')}` }),
});
