import { CAST, china, driveTo, ok } from '../../test/fixtures/workflow';
import { transition } from './machine';
import { applicationFor, noticeBoard, objectionsFor, publicNoticeView } from './notice';

const onNotice = () => driveTo('socialized', 'intermediate', 'public_notice');
const objected = () => {
  const { app, now } = onNotice();
  return {
    app: ok(transition(app, 'file_objection', CAST.otherApplicant, now, { text: '申报人的业绩材料与实际情况不符，请核实。' })).next,
    now,
  };
};

describe('the published notice', () => {
  it('lists only name, employer, series and level (and the notice’s own dates)', () => {
    const { app, now } = onNotice();
    expect(publicNoticeView(app, now)).toEqual({
      applicationId: 'app-1',
      name: '王建国',
      employer: '包头市稀土新材料有限公司',
      series: '工程技术',
      level: '中级',
      startsOn: '2026-04-01',
      endsOn: '2026-04-08',
      workingDays: 5,
      status: 'running',
    });
  });

  it('carries nothing else about the person', () => {
    const { app, now } = objected();
    const text = JSON.stringify(publicNoticeView(app, now));
    for (const secret of [
      app.applicant.openid,
      app.employer.orgId,
      app.employer.district,
      app.origin.routeId,
      '业绩材料',
      'o-other-applicant',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('is shown only while the notice runs', () => {
    const { app } = onNotice();
    expect(publicNoticeView(app, china('2026-04-08T23:59'))).not.toBeNull();
    expect(publicNoticeView(app, china('2026-04-09T00:00'))).toBeNull();
    expect(publicNoticeView(driveTo('socialized', 'intermediate', 'notice_ready').app, china('2026-04-02T10:00'))).toBeNull();
  });

  it('shows upcoming notices and sorts the board by start', () => {
    const { app: ready, now } = driveTo('socialized', 'intermediate', 'notice_ready');
    const later = ok(transition({ ...ready, id: 'app-2' }, 'start_notice', CAST.hr, now, { startsOn: '2026-04-07' })).next;
    const { app: running } = onNotice();
    expect(noticeBoard([later, running], now).map((v) => [v.applicationId, v.status])).toEqual([
      ['app-1', 'running'],
      ['app-2', 'upcoming'],
    ]);
  });

  it('says when its period was counted Monday to Friday', () => {
    const { app: ready } = driveTo('socialized', 'intermediate', 'notice_ready');
    const december = ok(transition(ready, 'start_notice', CAST.hr, china('2026-12-28T09:00'), {})).next;
    expect(publicNoticeView(december, china('2026-12-28T10:00'))).toMatchObject({
      endsOn: '2027-01-01',
      note: '2027年节假日安排尚未公布，按周一至周五计算',
    });
  });
});

describe('who sees which objection', () => {
  it('deciders see the objector; the applicant sees the objection without; others see only their own', () => {
    const { app, now } = objected();
    const two = ok(transition(app, 'file_objection', CAST.body, now, { text: '申报人的工作年限计算有误，请核实。' })).next;
    expect(objectionsFor(two, CAST.hr).map((o) => o.by)).toEqual(['o-other-applicant', 'o-centre']);
    expect(objectionsFor(two, CAST.city).map((o) => o.by)).toEqual(['o-other-applicant', 'o-centre']);
    expect(objectionsFor(two, CAST.applicant)).toEqual([
      { id: 'obj-1', at: expect.any(String), text: '申报人的业绩材料与实际情况不符，请核实。', status: 'open', mine: false },
      { id: 'obj-2', at: expect.any(String), text: '申报人的工作年限计算有误，请核实。', status: 'open', mine: false },
    ]);
    expect(objectionsFor(two, CAST.body)).toEqual([expect.objectContaining({ id: 'obj-2', mine: true })]);
    expect(objectionsFor(two, CAST.otherHr)).toEqual([]);
  });

  it('the stored application is redacted the same way before it is sent to a reader', () => {
    const { app } = objected();
    expect(JSON.stringify(applicationFor(app, CAST.applicant))).not.toContain('o-other-applicant');
    expect(applicationFor(app, CAST.applicant).notice!.objections[0].by).toBe('');
    expect(applicationFor(app, CAST.otherHr).notice!.objections).toEqual([]);
    expect(applicationFor(app, CAST.otherApplicant).notice!.objections[0].by).toBe('o-other-applicant');
    expect(applicationFor(app, CAST.officer).notice).toBe(app.notice);
  });
});
