import { addDays, daysBetween } from '../../time/dates';
import { chinaDateOf, chinaInstant, formatChinaTime } from '../../time/instants';
import type { Effect } from '../effects';
import { notify } from '../effects';
import { refuse } from '../refusal';
import { defineAction } from './define';
import { ACTION_INPUTS } from './input-schemas';
import { titleOf, toApplicant } from './changes';
import { OFFICERS, S } from './who';

export const scheduleDefense = defineAction({
  id: 'schedule_defense',
  label: '安排答辩',
  input: ACTION_INPUTS.schedule_defense,
  form: [
    { key: 'at', kind: 'instant', label: '答辩日期', timeLabel: '答辩时间', hint: '答辩通知至少提前一周发布' },
    { key: 'place', kind: 'text', label: '答辩地点' },
  ],
  rules: [{ workflows: S, from: ['awaiting_defense', 'defense_scheduled'], to: 'defense_scheduled', who: OFFICERS }],
  check: ({ today, settings }, input) => {
    // "答辩前一周发布答辩通知" (附件2 第三项): the session's date, in China time, must be at least 7 calendar days
    // after today's date in China time. Times of day do not matter: a notice published any time on 3 November
    // allows a session from 10 November 00:00 on, and none on 9 November.
    const earliest = addDays(today, settings.defenseNoticeDays);
    if (daysBetween(today, chinaDateOf(input.at)) < settings.defenseNoticeDays) {
      const message = `答辩通知须在答辩前一周发布，最早可安排在 ${earliest}（附件2 第三项）`;
      return refuse('VALIDATION', message, [{ path: 'at', message }]);
    }
    return null;
  },
  apply: ({ app, by, at, settings }, input) => {
    const previous = app.defense ? [...(app.defense.rescheduledFrom ?? []), { at: app.defense.at, place: app.defense.place }] : undefined;
    const defenseAt = new Date(input.at).toISOString();
    const data = { title: titleOf(app), time: formatChinaTime(defenseAt), place: input.place };
    const effects: Effect[] = [
      notify(toApplicant(app), 'defense_scheduled', data),
      {
        kind: 'remind',
        at: chinaInstant(addDays(chinaDateOf(defenseAt), -1), settings.reminderTime),
        key: `${app.id}:defense`,
        onlyIf: { applicationId: app.id, stage: 'defense_scheduled' },
        notify: notify(toApplicant(app), 'defense_reminder', data),
      },
    ];
    return {
      patch: {
        defense: {
          at: defenseAt,
          place: input.place,
          scheduledBy: by,
          scheduledAt: at,
          ...(previous ? { rescheduledFrom: previous } : {}),
        },
      },
      effects,
      summary: `${previous ? '调整' : '安排'}答辩：${data.time}，${input.place}`,
    };
  },
  sample: ({ today, variant }) => ({ at: `${addDays(today, 6 + (variant % 4))}T09:00:00+08:00`, place: '市人社局三楼会议室' }),
});
