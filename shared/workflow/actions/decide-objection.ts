import type { PublicNotice } from '../application';
import { openObjections } from '../application';
import { notify } from '../effects';
import { refuse } from '../refusal';
import { defineAction } from './define';
import { ACTION_INPUTS } from './input-schemas';
import { closeNotice, titleOf, toApplicant } from './changes';
import { EMPLOYER, OFFICERS, SG } from './who';

export const decideObjection = defineAction({
  id: 'decide_objection',
  label: '处理异议',
  input: ACTION_INPUTS.decide_objection,
  form: [
    {
      key: 'objectionId',
      kind: 'choice',
      label: '要处理的异议',
      options: ({ app }) => (app.notice?.objections ?? []).filter((o) => o.status === 'open').map((o) => ({ value: o.id, label: o.text })),
    },
    {
      key: 'outcome',
      kind: 'choice',
      label: '异议是否成立',
      options: [
        { value: 'dismissed', label: '不成立，继续公示' },
        { value: 'upheld', label: '成立，终止公示' },
      ],
    },
    { key: 'decision', kind: 'long', label: '处理意见' },
  ],
  rules: [
    {
      workflows: SG,
      // Objections left open when an upheld one sent the file back are still decided, in employer review.
      from: ['public_notice', 'employer_review'],
      to: { among: { upheld: 'employer_review', dismissed: 'stay' }, choose: (_app, input) => input.outcome },
      who: [...EMPLOYER, ...OFFICERS],
    },
  ],
  ready: ({ app }) => (openObjections(app).length ? null : { message: '没有待处理的异议', hide: true }),
  check: ({ app }, input) => {
    const objection = app.notice?.objections.find((o) => o.id === input.objectionId);
    if (!objection) return refuse('VALIDATION', '找不到这条异议', [{ path: 'objectionId', message: '找不到这条异议' }]);
    return objection.status === 'open' ? null : refuse('NOT_ALLOWED_NOW', '这条异议已经处理过了');
  },
  apply: ({ app, by, at }, input) => {
    const upheld = input.outcome === 'upheld';
    const objections = app.notice!.objections.map((o) =>
      o.id === input.objectionId ? { ...o, status: input.outcome, decidedBy: by, decidedAt: at, decision: input.decision } : o,
    );
    const objector = app.notice!.objections.find((o) => o.id === input.objectionId)!.by;
    let notice: PublicNotice = { ...app.notice!, objections };
    if (upheld) notice = closeNotice(notice, at, 'objection_upheld')!;
    const data = { title: titleOf(app), outcome: upheld ? '异议成立' : '异议不成立', decision: input.decision };
    return {
      patch: { notice },
      effects: [notify({ openid: objector }, 'objection_decided', data), notify(toApplicant(app), 'objection_decided', data)],
      summary: upheld ? `异议成立，退回单位重新审核：${input.decision}` : `异议不成立：${input.decision}`,
    };
  },
  sample: ({ app, variant }) => ({
    objectionId: openObjections(app)[0]?.id ?? 'obj-1',
    outcome: variant % 2 ? ('upheld' as const) : ('dismissed' as const),
    decision: '经核实处理',
  }),
});
