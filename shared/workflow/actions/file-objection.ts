import { notify } from '../effects';
import { defineAction } from './define';
import { ACTION_INPUTS } from './input-schemas';
import { titleOf, toApplicant, toEmployer } from './changes';
import { PUBLIC, SG } from './who';

export const fileObjection = defineAction({
  id: 'file_objection',
  label: '提出异议',
  input: ACTION_INPUTS.file_objection,
  form: [{ key: 'text', kind: 'long', label: '异议内容（至少 10 个字）' }],
  rules: [{ workflows: SG, from: ['public_notice'], to: 'stay', who: PUBLIC }],
  ready: ({ app, today, by }) => {
    const n = app.notice;
    if (!n) return { message: '尚未公示', hide: true };
    if (today < n.startsOn) return { message: `公示将于 ${n.startsOn} 开始` };
    if (today > n.endsOn) return { message: `公示已于 ${n.endsOn} 结束` };
    if (n.objections.some((o) => o.by === by.openid && o.status === 'open')) return { message: '您提出的异议正在处理中' };
    return null;
  },
  apply: ({ app, by, at }, input) => {
    const count = [...app.pastNotices, app.notice!].reduce((n, notice) => n + notice.objections.length, 0);
    const objection = { id: `obj-${count + 1}`, by: by.openid, at, text: input.text, status: 'open' as const };
    const data = { applicant: app.applicant.name, title: titleOf(app), text: input.text };
    return {
      patch: { notice: { ...app.notice!, objections: [...app.notice!.objections, objection] } },
      effects: [notify(toEmployer(app), 'objection_filed', data), notify(toApplicant(app), 'objection_filed', data)],
      summary: '公示期间收到异议',
    };
  },
  sample: () => ({ text: '申报人的业绩材料与实际情况不符，请核实。' }),
});
