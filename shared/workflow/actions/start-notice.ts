import { addDays } from '../../time/dates';
import { chinaInstant } from '../../time/instants';
import { noticePeriod } from '../../time/workdays';
import { openObjections } from '../application';
import type { PublicNotice } from '../application';
import type { Effect } from '../effects';
import { notify } from '../effects';
import { refuse } from '../refusal';
import { defineAction } from './define';
import { ACTION_INPUTS } from './input-schemas';
import { titleOf, toApplicant, toEmployer } from './changes';
import { EMPLOYER, SG } from './who';

export const startNotice = defineAction({
  id: 'start_notice',
  label: '开始公示',
  input: ACTION_INPUTS.start_notice,
  form: [],
  rules: [{ workflows: SG, from: ['notice_ready'], to: 'public_notice', who: EMPLOYER }],
  ready: ({ app }) => {
    const open = openObjections(app).length;
    return open ? { message: `上一次公示还有 ${open} 条异议未处理，请先处理异议` } : null;
  },
  check: ({ today, settings }, input) => {
    const startsOn = input.startsOn ?? today;
    const latest = addDays(today, settings.noticeStartWithinDays);
    if (startsOn < today)
      return refuse('VALIDATION', '公示开始日期不能早于今天', [{ path: 'startsOn', message: '公示开始日期不能早于今天' }]);
    if (startsOn > latest) {
      const message = `公示开始日期不能晚于 ${latest}`;
      return refuse('VALIDATION', message, [{ path: 'startsOn', message }]);
    }
    const days = input.workingDays ?? settings.noticeWorkingDays;
    if (days < settings.noticeWorkingDays || days > settings.maxNoticeWorkingDays) {
      const message = `公示期应为 ${settings.noticeWorkingDays} 至 ${settings.maxNoticeWorkingDays} 个工作日`;
      return refuse('VALIDATION', message, [{ path: 'workingDays', message }]);
    }
    return null;
  },
  apply: ({ app, by, at, today, settings }, input) => {
    const period = noticePeriod(input.startsOn ?? today, input.workingDays ?? settings.noticeWorkingDays);
    const notice: PublicNotice = {
      startsOn: period.startsOn,
      endsOn: period.endsOn,
      workingDays: period.workingDays,
      estimated: period.estimated,
      startedBy: by,
      startedAt: at,
      objections: [],
    };
    const due = notify(toEmployer(app), 'notice_due', { applicant: app.applicant.name, title: titleOf(app), endsOn: period.endsOn });
    const effects: Effect[] = [
      notify(toApplicant(app), 'notice_started', { title: titleOf(app), startsOn: period.startsOn, endsOn: period.endsOn }),
      {
        kind: 'remind',
        at: chinaInstant(addDays(period.endsOn, 1), settings.reminderTime),
        key: `${app.id}:notice_due`,
        onlyIf: { applicationId: app.id, stage: 'public_notice' },
        notify: due,
      },
    ];
    return {
      patch: { notice, pastNotices: app.notice ? [...app.pastNotices, app.notice] : app.pastNotices },
      effects,
      summary: `在本单位公示 ${period.workingDays} 个工作日（${period.startsOn} 至 ${period.endsOn}）${period.estimated ? `；${period.note}` : ''}`,
    };
  },
  sample: ({ today, variant }) => [{}, { workingDays: 7 }, { startsOn: addDays(today, variant % 10) }][variant % 3],
});
