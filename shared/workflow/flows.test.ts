import { addDays } from '../time/dates';
import type { ActionId } from './actions';
import type { Application } from './application';
import type { AuditEffect, Effect, NotifyEffect, RemindEffect } from './effects';
import { CAST, CENTRE, china, driveTo, hoursLater, newApp, ok, T0 } from '../../test/fixtures/workflow';
import { availableActions, transition } from './machine';
import type { Stage } from './stages';

const stagesOf = (effects: Effect[][]) => effects.map((e) => (e[0] as AuditEffect).to!.stage);
const notifications = (effects: Effect[]) => effects.filter((e): e is NotifyEffect => e.kind === 'notify');
const reminders = (effects: Effect[]) => effects.filter((e): e is RemindEffect => e.kind === 'remind');
const actions = (app: Application, who: keyof typeof CAST, now: Date) => availableActions(app, CAST[who], now).map((a) => a.action);

describe('the expected paths', () => {
  it('socialized, intermediate: notice, a recommending body, the bureau, a defense, the result, the certificate, the file', () => {
    const { app, effects } = driveTo('socialized', 'intermediate', 'completed');
    expect(stagesOf(effects)).toEqual<Stage[]>([
      'employer_review',
      'notice_ready',
      'public_notice',
      'recommendation',
      'body_review',
      'bureau_check',
      'awaiting_defense',
      'defense_scheduled',
      'review',
      'approved',
      'archiving',
      'completed',
    ]);
    expect(app).toMatchObject({ status: 'completed', holder: null, version: 13, nonPublic: true, expected: [] });
    expect(app.origin).toMatchObject({ routeId: 'art2-intermediate', clause: '第二条' });
    expect(app.history.map((h) => h.action)).toEqual([
      'create',
      'submit',
      'employer_approve',
      'start_notice',
      'end_notice',
      'recommend',
      'forward_to_bureau',
      'accept',
      'schedule_defense',
      'record_defense',
      'approve_result',
      'issue_certificate',
      'archive_form',
    ]);
  });

  it('socialized, senior: accepted by the district, gathered by the city, reviewed by the region', () => {
    const { app, effects } = driveTo('socialized', 'deputy_senior', 'completed', 'district_bureau');
    expect(stagesOf(effects)).toEqual<Stage[]>([
      'employer_review',
      'notice_ready',
      'public_notice',
      'recommendation',
      'bureau_check',
      'city_collection',
      'region_review',
      'approved',
      'archiving',
      'completed',
    ]);
    expect(app.recommendingBody).toEqual({ kind: 'district_bureau', name: '昆都仑区人社局' });
    expect(app.defense).toBeUndefined();
  });

  it('socialized, senior: a district officer can neither forward to the region nor record its result', () => {
    const { app, now } = driveTo('socialized', 'deputy_senior', 'city_collection');
    expect(app.holder).toMatchObject({ role: 'city_officer' });
    expect(transition(app, 'forward_to_region', CAST.officer, now)).toMatchObject({ code: 'FORBIDDEN' });
    const atRegion = ok(transition(app, 'forward_to_region', CAST.city, now)).next;
    expect(atRegion.holder).toEqual({ role: 'region', label: '自治区高评委' });
    expect(transition(atRegion, 'approve_result', CAST.officer, now)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('socialized, junior: no defense, reviewed by the bureau', () => {
    const { effects } = driveTo('socialized', 'assistant', 'approved');
    expect(stagesOf(effects)).toContain('review');
    expect(stagesOf(effects)).not.toContain('awaiting_defense');
  });

  it('green channel: employer, notice, the city’s check of originals, the region, certificates', () => {
    const { app, effects } = driveTo('green_channel', 'deputy_senior', 'completed');
    expect(stagesOf(effects)).toEqual<Stage[]>([
      'employer_review',
      'notice_ready',
      'public_notice',
      'city_check',
      'region_review',
      'approved',
      'completed',
    ]);
    expect(app.greenWindow).toMatchObject({
      window: { applicationMonth: '2026-04', reviewMonth: '2026-05', certificateMonth: '2026-06' },
      openedBy: 'calendar',
    });
  });

  it('green channel: the employer must confirm the stamped roster, the city the originals and the online confirmation', () => {
    const { app, now } = driveTo('green_channel', 'deputy_senior', 'employer_review');
    expect(transition(app, 'employer_approve', CAST.hr, now, {})).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'rosterStamped', message: '请确认已提供加盖单位公章的《申报人员花名册》' }],
    });
    const atCity = driveTo('green_channel', 'deputy_senior', 'city_check');
    const r = transition(atCity.app, 'accept', CAST.city, atCity.now, { originalsChecked: true });
    expect(r).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'onlineConfirmed' }] });
    expect(transition(atCity.app, 'accept', CAST.officer, atCity.now, { originalsChecked: true, onlineConfirmed: true })).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('登记发证', () => {
  it.each([
    ['socialized', 'intermediate', 'officer', 'archiving'],
    ['green_channel', 'deputy_senior', 'city', 'completed'],
  ] as const)('%s: the certificate number is required and registered on the file', (workflow, level, who, next) => {
    const { app, now } = driveTo(workflow, level, 'approved');
    for (const input of [{}, { certificateNo: '' }, { certificateNo: '   ' }])
      expect(transition(app, 'issue_certificate', CAST[who], now, input)).toMatchObject({
        code: 'VALIDATION',
        issues: [{ path: 'certificateNo', message: '请填写证书编号' }],
      });
    expect(transition(app, 'issue_certificate', CAST[who], now, { certificateNo: 'B'.repeat(61) })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'certificateNo', message: '证书编号不超过 60 个字' }],
    });
    const done = ok(transition(app, 'issue_certificate', CAST[who], now, { certificateNo: ' BT2026-0001 ' }));
    expect(done.next.stage).toBe(next);
    expect(done.next.certificate).toMatchObject({ number: 'BT2026-0001' });
  });
});

describe('integrity: version, audit, notifications', () => {
  it('every transition adds one version and one audit entry (who, what, when, from which state)', () => {
    const { app, effects } = driveTo('socialized', 'intermediate', 'completed');
    effects.forEach((e, i) => {
      const audit = e.filter((x) => x.kind === 'audit');
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ target: 'applications/app-1', from: { version: i + 1 }, to: { version: i + 2 } });
      expect((audit[0] as AuditEffect).actor.openid).toBeTruthy();
    });
    expect(app.version).toBe(effects.length + 1);
  });

  it('refuses a stale version with CONFLICT', () => {
    const { app, now } = driveTo('socialized', 'intermediate', 'employer_review');
    expect(transition(app, 'employer_approve', CAST.hr, now, {}, { expectedVersion: app.version - 1 })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    expect(transition(app, 'employer_approve', CAST.hr, now, {}, { expectedVersion: app.version }).ok).toBe(true);
  });

  it('tells each new holder they have a file to handle', () => {
    const { effects } = driveTo('socialized', 'intermediate', 'bureau_check');
    const submitted = notifications(effects[0]);
    expect(submitted).toEqual([
      {
        kind: 'notify',
        to: { role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-1' } },
        template: 'todo',
        data: { applicant: '王建国', title: '工程师', stage: '单位审核' },
      },
      expect.objectContaining({ to: { openid: 'o-applicant' }, template: 'step_submitted' }),
    ]);
    const toBody = notifications(effects[4]);
    expect(toBody[0].to).toEqual({ role: 'recommender', scope: { kind: 'org', orgId: 'centre-1' } });
    const toBureau = notifications(effects[5]);
    expect(toBureau[0].to).toEqual({ role: 'district_officer', scope: { kind: 'district', district: '150203' } });
  });

  it('keeps openids out of notification data', () => {
    const { effects } = driveTo('socialized', 'intermediate', 'completed');
    const all = effects.flat().flatMap((e) => (e.kind === 'notify' ? [e.data] : e.kind === 'remind' ? [e.notify.data] : []));
    expect(JSON.stringify(all)).not.toMatch(/o-[a-z]/);
  });

  it('refuses unknown input fields and unknown actions', () => {
    const app = newApp('socialized', 'intermediate');
    expect(transition(app, 'submit', CAST.applicant, T0, { materialsBound: true, extra: 1 })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'extra', message: '无法识别的项目“extra”，请删除' }],
    });
    expect(transition(app, 'fly' as ActionId, CAST.applicant, T0)).toMatchObject({ code: 'VALIDATION', message: '不支持的操作' });
  });
});

describe('public notice', () => {
  const onNotice = () => driveTo('socialized', 'intermediate', 'public_notice');

  it('runs the configured number of working days from the day it starts', () => {
    const { app } = onNotice();
    // Started on Wednesday 1 April 2026; Qingming (4–6 April) falls inside: 1, 2, 3, 7, 8.
    expect(app.notice).toMatchObject({ startsOn: '2026-04-01', endsOn: '2026-04-08', workingDays: 5, estimated: false, objections: [] });
  });

  it('takes a longer period and a later start, but not a shorter period or a past start', () => {
    const { app, now } = driveTo('socialized', 'intermediate', 'notice_ready');
    expect(ok(transition(app, 'start_notice', CAST.hr, now, { startsOn: '2026-04-07', workingDays: 7 })).next.notice).toMatchObject({
      startsOn: '2026-04-07',
      endsOn: '2026-04-15',
    });
    expect(transition(app, 'start_notice', CAST.hr, now, { workingDays: 3 })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'workingDays' }],
    });
    expect(transition(app, 'start_notice', CAST.hr, now, { startsOn: '2026-03-31' })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'startsOn' }],
    });
    const shorter = transition(app, 'start_notice', CAST.hr, now, { workingDays: 3 }, { settings: { ...DEFAULT_3 } });
    expect(shorter.ok && shorter.next.notice!.endsOn).toBe('2026-04-03');
  });

  it('cannot end before its last working day is over', () => {
    const { app } = onNotice();
    const lastDay = china('2026-04-08T23:59');
    expect(transition(app, 'end_notice', CAST.hr, lastDay)).toMatchObject({
      code: 'NOT_ALLOWED_NOW',
      message: '公示期至 2026-04-08（5 个工作日），期满后才能结束公示',
    });
    expect(availableActions(app, CAST.hr, lastDay).find((a) => a.action === 'end_notice')).toMatchObject({ enabled: false });
    expect(ok(transition(app, 'end_notice', CAST.hr, china('2026-04-09T00:00'))).next.stage).toBe('recommendation');
  });

  it('cannot end while an objection is open; a dismissed objection lets it continue', () => {
    const { app, now } = onNotice();
    const objected = ok(
      transition(app, 'file_objection', CAST.otherApplicant, now, { text: '申报人的业绩材料与实际情况不符，请核实。' }),
    ).next;
    expect(objected.stage).toBe('public_notice');
    const after = china('2026-04-09T09:00');
    expect(transition(objected, 'end_notice', CAST.hr, after)).toMatchObject({
      code: 'NOT_ALLOWED_NOW',
      message: '还有 1 条异议未处理，处理后才能结束公示',
    });
    const dismissed = ok(
      transition(objected, 'decide_objection', CAST.hr, after, {
        objectionId: 'obj-1',
        outcome: 'dismissed',
        decision: '经核实，业绩材料属实',
      }),
    );
    expect(dismissed.next.notice!.objections[0]).toMatchObject({
      status: 'dismissed',
      decidedBy: { openid: 'o-hr', role: 'employer_hr' },
      decision: '经核实，业绩材料属实',
    });
    expect(notifications(dismissed.effects).map((n) => n.to)).toEqual([{ openid: 'o-other-applicant' }, { openid: 'o-applicant' }]);
    expect(ok(transition(dismissed.next, 'end_notice', CAST.hr, after)).next.stage).toBe('recommendation');
  });

  it('an upheld objection sends the file back to the employer; a new notice starts only once every objection is decided', () => {
    const { app, now } = onNotice();
    const one = ok(transition(app, 'file_objection', CAST.otherApplicant, now, { text: '申报人的业绩材料与实际情况不符，请核实。' })).next;
    const two = ok(transition(one, 'file_objection', CAST.otherHr, now, { text: '申报人的专业技术工作年限不足。' })).next;
    const upheld = ok(
      transition(two, 'decide_objection', CAST.officer, now, {
        objectionId: 'obj-1',
        outcome: 'upheld',
        decision: '业绩材料有误，退回单位',
      }),
    ).next;
    expect(upheld).toMatchObject({ stage: 'employer_review', holder: { role: 'employer_hr' } });
    expect(upheld.notice!.closed).toMatchObject({ outcome: 'objection_upheld' });

    expect(transition(upheld, 'employer_approve', CAST.hr, now, {})).toMatchObject({
      code: 'NOT_ALLOWED_NOW',
      message: '还有 1 条公示异议未处理，请先处理异议',
    });
    const decided = ok(
      transition(upheld, 'decide_objection', CAST.hr, now, { objectionId: 'obj-2', outcome: 'dismissed', decision: '年限无误' }),
    );
    expect(decided.next.stage).toBe('employer_review');
    const approved = ok(transition(decided.next, 'employer_approve', CAST.hr, now, {})).next;
    const restarted = ok(transition(approved, 'start_notice', CAST.hr, hoursLater(now, 2), {})).next;
    expect(restarted.pastNotices).toHaveLength(1);
    expect(restarted.notice!.objections).toEqual([]);
    const three = ok(
      transition(restarted, 'file_objection', CAST.otherApplicant, hoursLater(now, 3), { text: '重新公示后仍有异议，请核实。' }),
    ).next;
    expect(three.notice!.objections[0].id).toBe('obj-3');
  });

  it('takes objections only while it runs, one open objection per person, never from the applicant', () => {
    const { app, now } = onNotice();
    const text = { text: '申报人的业绩材料与实际情况不符，请核实。' };
    expect(transition(app, 'file_objection', CAST.applicant, now, text)).toMatchObject({ code: 'FORBIDDEN' });
    const once = ok(transition(app, 'file_objection', CAST.otherApplicant, now, text)).next;
    expect(transition(once, 'file_objection', CAST.otherApplicant, now, text)).toMatchObject({
      code: 'NOT_ALLOWED_NOW',
      message: '您提出的异议正在处理中',
    });
    expect(transition(app, 'file_objection', CAST.otherApplicant, china('2026-04-09T08:00'), text)).toMatchObject({
      code: 'NOT_ALLOWED_NOW',
      message: '公示已于 2026-04-08 结束',
    });
    expect(transition(app, 'file_objection', CAST.otherApplicant, now, { text: '不同意' })).toMatchObject({
      code: 'VALIDATION',
      message: '异议内容至少 10 个字',
    });
  });

  it('hides who objected from the applicant’s timeline', () => {
    const { app, now } = onNotice();
    const objected = ok(transition(app, 'file_objection', CAST.otherApplicant, now, { text: '申报人的业绩材料与实际情况不符，请核实。' }));
    expect(objected.next.history.at(-1)).toMatchObject({ action: 'file_objection', by: { role: 'public' }, summary: '公示期间收到异议' });
    expect(JSON.stringify(objected.next.history)).not.toContain('o-other-applicant');
    expect(notifications(objected.effects).every((n) => !JSON.stringify(n.data).includes('o-other'))).toBe(true);
  });

  it('reminds the employer the day after the notice ends', () => {
    const { effects } = onNotice();
    expect(reminders(effects[2])).toEqual([
      {
        kind: 'remind',
        at: '2026-04-09T01:00:00.000Z',
        key: 'app-1:notice_due',
        onlyIf: { applicationId: 'app-1', stage: 'public_notice' },
        notify: {
          kind: 'notify',
          to: { role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-1' } },
          template: 'notice_due',
          data: { applicant: '王建国', title: '工程师', endsOn: '2026-04-08' },
        },
      },
    ]);
  });
});

const DEFAULT_3 = {
  noticeWorkingDays: 3,
  maxNoticeWorkingDays: 30,
  noticeStartWithinDays: 30,
  defenseNoticeDays: 7,
  greenExceptionValidDays: 30,
  reminderTime: '09:00',
};

describe('defense (附件2: the notice is published one week before)', () => {
  // "7 days ahead" = the session's date in China time is at least 7 calendar days after today's date in
  // China time. The time of day on either side does not count.
  const awaiting = () => driveTo('socialized', 'intermediate', 'awaiting_defense').app;
  const schedule = (now: string, at: string) =>
    transition(awaiting(), 'schedule_defense', CAST.officer, new Date(now), { at, place: '市人社局三楼会议室' });

  it.each`
    now                            | at                             | elapsed                                   | ok
    ${'2026-11-03T09:00:00+08:00'} | ${'2026-11-10T09:00:00+08:00'} | ${'exactly 7 days'}                       | ${true}
    ${'2026-11-03T00:30:00+08:00'} | ${'2026-11-09T23:30:00+08:00'} | ${'6 days 23 hours, on the 6th date'}     | ${false}
    ${'2026-11-03T09:00:00+08:00'} | ${'2026-11-10T08:00:00+08:00'} | ${'6 days 23 hours, on the 7th date'}     | ${true}
    ${'2026-11-03T23:59:00+08:00'} | ${'2026-11-10T00:00:00+08:00'} | ${'6 days and 1 minute, on the 7th date'} | ${true}
    ${'2026-11-02T16:30:00Z'}      | ${'2026-11-09T09:00:00+08:00'} | ${'now is already 3 November in China'}   | ${false}
    ${'2026-11-02T15:30:00Z'}      | ${'2026-11-09T09:00:00+08:00'} | ${'now is still 2 November in China'}     | ${true}
    ${'2026-11-03T09:00:00+08:00'} | ${'2026-11-20T14:00:00+08:00'} | ${'well ahead'}                           | ${true}
  `('$elapsed: $now → $at', ({ now, at, ok: allowed }) => {
    const r = schedule(now, at);
    if (allowed) expect(r.ok).toBe(true);
    else expect(r).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'at' }] });
  });

  it('says when the earliest session can be', () => {
    expect(schedule('2026-11-03T09:00:00+08:00', '2026-11-09T09:00:00+08:00')).toMatchObject({
      message: '答辩通知须在答辩前一周发布，最早可安排在 2026-11-10（附件2 第三项）',
    });
  });

  it('notifies the applicant with time and place, and reminds them the day before', () => {
    const r = ok(schedule('2026-11-03T09:00:00+08:00', '2026-11-10T14:30:00+08:00'));
    expect(r.next.defense).toMatchObject({
      at: '2026-11-10T06:30:00.000Z',
      place: '市人社局三楼会议室',
      scheduledBy: { openid: 'o-kdl', role: 'district_officer' },
    });
    expect(notifications(r.effects)).toEqual([
      {
        kind: 'notify',
        to: { openid: 'o-applicant' },
        template: 'defense_scheduled',
        data: { title: '工程师', time: '2026-11-10 14:30', place: '市人社局三楼会议室' },
      },
    ]);
    expect(reminders(r.effects)[0]).toMatchObject({
      at: '2026-11-09T01:00:00.000Z',
      key: 'app-1:defense',
      notify: { template: 'defense_reminder' },
    });
  });

  it('can be rescheduled, keeping the earlier session on record', () => {
    const first = ok(schedule('2026-11-03T09:00:00+08:00', '2026-11-10T14:30:00+08:00')).next;
    const moved = ok(
      transition(first, 'schedule_defense', CAST.officer, new Date('2026-11-04T09:00:00+08:00'), {
        at: '2026-11-12T09:00:00+08:00',
        place: '稀土高新区政务中心',
      }),
    ).next;
    expect(moved.defense).toMatchObject({
      place: '稀土高新区政务中心',
      rescheduledFrom: [{ at: '2026-11-10T06:30:00.000Z', place: '市人社局三楼会议室' }],
    });
    expect(moved.history.at(-1)!.summary).toBe('调整答辩：2026-11-12 09:00，稀土高新区政务中心');
  });

  it('is recorded only once it has taken place, and an intermediate result needs an attended defense', () => {
    const { app } = driveTo('socialized', 'intermediate', 'defense_scheduled');
    const day = app.defense!.at.slice(0, 10);
    expect(transition(app, 'record_defense', CAST.officer, china(`${addDays(day, -1)}T18:00`), { attended: true })).toMatchObject({
      code: 'NOT_ALLOWED_NOW',
    });
    const absent = ok(transition(app, 'record_defense', CAST.officer, china(`${day}T18:00`), { attended: false })).next;
    expect(absent.stage).toBe('review');
    expect(transition(absent, 'approve_result', CAST.officer, china(`${day}T19:00`))).toMatchObject({
      code: 'NOT_ALLOWED_NOW',
      message: '申报中级职称的须参加评审答辩，登记为已参加答辩后才能登记评审通过（附件2 第三项）',
    });
    expect(availableActions(absent, CAST.officer, china(`${day}T19:00`)).find((a) => a.action === 'approve_result')).toMatchObject({
      enabled: false,
    });
    expect(ok(transition(absent, 'not_passed', CAST.officer, china(`${day}T19:00`), { reason: '未参加答辩' })).next).toMatchObject({
      stage: 'not_passed',
      status: 'not_passed',
      outcome: { passed: false, stage: 'review', remarks: '未参加答辩' },
    });
  });
});

describe('return for correction', () => {
  it('goes back to the party that must fix it, and resumes where it was returned from', () => {
    const { app, now } = driveTo('socialized', 'intermediate', 'bureau_check');
    const returned = ok(
      transition(app, 'return_for_correction', CAST.officer, now, { returnTo: 'employer', reasons: ['单位审核意见未盖章', '缺少花名册'] }),
    );
    expect(returned.next).toMatchObject({
      stage: 'correction',
      status: 'returned',
      holder: { role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-1' } },
    });
    expect(returned.next.corrections).toEqual([
      {
        by: { openid: 'o-kdl', role: 'district_officer' },
        at: now.toISOString(),
        reasons: ['单位审核意见未盖章', '缺少花名册'],
        returnTo: 'employer',
        fromStage: 'bureau_check',
      },
    ]);
    expect(notifications(returned.effects)).toEqual([
      {
        kind: 'notify',
        to: { role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-1' } },
        template: 'returned',
        data: { title: '工程师', stage: '人社部门审核受理', reasons: '单位审核意见未盖章；缺少花名册' },
      },
      expect.objectContaining({ to: { openid: 'o-applicant' }, template: 'step_returned_other' }),
    ]);
    expect(transition(returned.next, 'resubmit', CAST.applicant, now)).toMatchObject({ code: 'FORBIDDEN' });
    const resumed = ok(transition(returned.next, 'resubmit', CAST.hr, now, { note: '已盖章并补充花名册' }));
    expect(resumed.next).toMatchObject({ stage: 'bureau_check', status: 'in_progress' });
    expect(resumed.next.corrections[0].resubmitted).toMatchObject({ by: { role: 'employer_hr' }, note: '已盖章并补充花名册' });
    expect(notifications(resumed.effects)).toEqual([
      expect.objectContaining({
        to: { role: 'district_officer', scope: { kind: 'district', district: '150203' } },
        template: 'resubmitted',
      }),
      expect.objectContaining({ to: { openid: 'o-applicant' }, template: 'step_resubmitted' }),
    ]);
  });

  it('requires reasons, and only returns to parties the stage can return to', () => {
    const { app, now } = driveTo('socialized', 'intermediate', 'employer_review');
    expect(transition(app, 'return_for_correction', CAST.hr, now, { returnTo: 'applicant', reasons: [] })).toMatchObject({
      code: 'VALIDATION',
      message: '请至少填写一条退回原因',
    });
    expect(transition(app, 'return_for_correction', CAST.hr, now, { returnTo: 'recommender', reasons: ['缺材料'] })).toMatchObject({
      code: 'VALIDATION',
      message: '此环节只能退回给申报人',
    });
    const viaBureau = driveTo('socialized', 'intermediate', 'bureau_check', 'district_bureau');
    expect(
      transition(viaBureau.app, 'return_for_correction', CAST.officer, viaBureau.now, { returnTo: 'recommender', reasons: ['缺材料'] }),
    ).toMatchObject({
      code: 'VALIDATION',
      message: '此环节只能退回给申报人或申报单位',
    });
    expect(
      availableActions(viaBureau.app, CAST.officer, viaBureau.now).find((a) => a.action === 'return_for_correction')?.returnTo,
    ).toEqual(['applicant', 'employer']);
  });

  it('a file returned to the applicant from the recommending body comes back to the body', () => {
    const { app, now } = driveTo('socialized', 'intermediate', 'body_review');
    const returned = ok(
      transition(app, 'return_for_correction', CAST.body, now, { returnTo: 'applicant', reasons: ['档案信息与申报表不一致'] }),
    ).next;
    expect(returned.holder).toMatchObject({ role: 'applicant', openid: 'o-applicant' });
    expect(actions(returned, 'applicant', now)).toEqual(['resubmit', 'withdraw']);
    expect(ok(transition(returned, 'resubmit', CAST.applicant, now)).next.stage).toBe('body_review');
  });
});

describe('withdrawal and closed files', () => {
  it('the applicant may withdraw before a final result, and the holder is told', () => {
    const { app, now } = driveTo('socialized', 'intermediate', 'bureau_check');
    const r = ok(transition(app, 'withdraw', CAST.applicant, now, { reason: '今年暂不申报' }));
    expect(r.next).toMatchObject({
      stage: 'withdrawn',
      status: 'withdrawn',
      holder: null,
      withdrawal: { reason: '今年暂不申报' },
      expected: [],
    });
    expect(notifications(r.effects)).toEqual([
      {
        kind: 'notify',
        to: { role: 'district_officer', scope: { kind: 'district', district: '150203' } },
        template: 'withdrawn',
        data: { applicant: '王建国', title: '工程师' },
      },
      expect.objectContaining({ to: { openid: 'o-applicant' }, template: 'step_withdrawn' }),
    ]);
  });

  it('withdrawing during the notice closes it', () => {
    const { app, now } = driveTo('socialized', 'intermediate', 'public_notice');
    expect(ok(transition(app, 'withdraw', CAST.applicant, now)).next.notice!.closed).toMatchObject({ outcome: 'withdrawn' });
  });

  it('cannot withdraw once the result is in', () => {
    const { app, now } = driveTo('socialized', 'intermediate', 'approved');
    expect(transition(app, 'withdraw', CAST.applicant, now)).toMatchObject({
      code: 'NOT_ALLOWED_NOW',
      message: '申报当前处于“评审通过”，不能撤回申报',
    });
  });

  it('the employer may decline a file in its review', () => {
    const { app, now } = driveTo('green_channel', 'deputy_senior', 'employer_review');
    const r = ok(transition(app, 'not_passed', CAST.hr, now, { reason: '业绩材料不实' }));
    expect(r.next).toMatchObject({ stage: 'not_passed', outcome: { passed: false, stage: 'employer_review' } });
    expect(notifications(r.effects)).toEqual([
      {
        kind: 'notify',
        to: { openid: 'o-applicant' },
        template: 'result_not_passed',
        data: { title: '高级工程师', stage: '单位审核', reason: '业绩材料不实' },
      },
    ]);
  });

  it('offers nobody anything on a closed file', () => {
    for (const target of ['completed', 'not_passed'] as Stage[]) {
      const { app, now } =
        target === 'completed'
          ? driveTo('socialized', 'assistant', 'completed')
          : (() => {
              const d = driveTo('socialized', 'assistant', 'review');
              return { app: ok(transition(d.app, 'not_passed', CAST.officer, d.now, { reason: '评审未通过' })).next, now: d.now };
            })();
      for (const who of Object.keys(CAST) as (keyof typeof CAST)[]) expect(actions(app, who, now)).toEqual([]);
    }
  });
});

describe('buttons (availableActions) follow the same rules', () => {
  it('shows each party what they can do in employer review', () => {
    const { app, now } = driveTo('socialized', 'intermediate', 'employer_review');
    expect(actions(app, 'hr', now)).toEqual(['employer_approve', 'not_passed', 'return_for_correction']);
    expect(actions(app, 'applicant', now)).toEqual(['withdraw']);
    expect(actions(app, 'otherHr', now)).toEqual([]);
    expect(actions(app, 'city', now)).toEqual([]);
  });

  it('offers the public an objection while the notice runs', () => {
    const { app, now } = driveTo('socialized', 'intermediate', 'public_notice');
    expect(availableActions(app, CAST.otherApplicant, now)).toEqual([
      { action: 'file_objection', label: '提出异议', as: 'public', enabled: true, inputRequired: true },
    ]);
    expect(actions(app, 'hr', now)).toEqual(['end_notice']);
    expect(availableActions(app, CAST.hr, now)[0]).toMatchObject({
      enabled: false,
      reason: '公示期至 2026-04-08（5 个工作日），期满后才能结束公示',
    });
  });

  it('shows the recommending body only once it is chosen', () => {
    const { app, now } = driveTo('socialized', 'intermediate', 'body_review');
    expect(app.recommendingBody).toEqual(CENTRE);
    expect(actions(app, 'body', now)).toEqual(['forward_to_bureau', 'withdraw_recommendation', 'return_for_correction']);
    expect(actions(app, 'otherBody', now)).toEqual([]);
  });
});

describe('expected dates', () => {
  it('lists the remaining steps with their expected dates and where each comes from', () => {
    const { app } = driveTo('socialized', 'intermediate', 'public_notice');
    expect(app.expected.slice(0, 3)).toEqual([
      { stage: 'public_notice', label: '单位公示', by: '2026-04-08', basis: 'notice', rule: '公示 5 个工作日', estimated: false },
      { stage: 'recommendation', label: '推荐报送', by: '2026-04-15', basis: 'reference', rule: '参考时限 5 个工作日', estimated: false },
      {
        stage: 'body_review',
        label: '推荐单位受理',
        by: '2026-04-22',
        basis: 'reference',
        rule: '“应及时受理”，参考时限 5 个工作日',
        estimated: false,
      },
    ]);
    expect(app.expected.find((s) => s.stage === 'defense_scheduled')).toMatchObject({ by: null, basis: 'open' });
  });

  it('puts the green channel’s review in the second month and certificates in the third', () => {
    const { app } = driveTo('green_channel', 'deputy_senior', 'employer_review');
    expect(app.expected.map((s) => [s.stage, s.by, s.basis])).toEqual([
      ['employer_review', '2026-04-30', 'policy'],
      ['notice_ready', '2026-04-30', 'policy'],
      ['public_notice', '2026-04-09', 'notice'],
      ['city_check', '2026-04-30', 'policy'],
      ['region_review', '2026-05-31', 'policy'],
      ['approved', '2026-06-30', 'policy'],
    ]);
  });
});
