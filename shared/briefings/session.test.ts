import { person } from '../../test/fixtures/announcements';
import { CREATED, FIELDS, PEOPLE, PUBLISHERS, china, roster, session } from '../../test/fixtures/briefings';
import { signUp } from './roster';
import { attachMaterials, cancelSession, createSession, moveSession, sessionPhase, updateSession, venueText } from './session';

const NOW = china('2026-12-02T10:00');

describe('creating a session', () => {
  it('by city or district officers in their own capacity, with an audience inside their reach', () => {
    const s = session();
    expect(s).toMatchObject({ status: 'scheduled', version: 1, capacity: 30, signUp: { opensAt: CREATED.toISOString(), closesAt: '2026-12-10T01:30:00.000Z' } });
    expect(createSession({ id: 'b', organizer: PUBLISHERS.kdl, fields: FIELDS }, PEOPLE.gxOfficer, CREATED)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(createSession({ id: 'b', organizer: PUBLISHERS.gxHr, fields: FIELDS }, PEOPLE.gxHr, CREATED)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: '宣讲由市人社局或旗县区人社部门组织',
    });
    expect(createSession({ id: 'b', organizer: PUBLISHERS.kdl, fields: { ...FIELDS, audience: { districts: ['150271'] } } }, PEOPLE.kdlOfficer, CREATED)).toMatchObject({
      ok: false,
      message: '旗县区人社部门只能发给本旗县区：宣讲对象的旗县区请只选“昆都仑区”',
    });
    expect(createSession({ id: 'b', organizer: PUBLISHERS.city, fields: { ...FIELDS, audience: {} } }, PEOPLE.cityOfficer, CREATED).ok).toBe(true);
  });

  it('online links are https only; times make sense; clauses exist; the audience is districts, industries and roles', () => {
    const issue = (fields: object) => {
      const r = createSession({ id: 'b', organizer: PUBLISHERS.kdl, fields: { ...FIELDS, ...fields } }, PEOPLE.kdlOfficer, CREATED);
      return r.ok ? null : r.message;
    };
    expect(issue({ venue: { kind: 'online', url: 'http://meeting.tencent.com/dm/abc' } })).toBe('线上链接须以 https:// 开头，且是完整的网址');
    expect(issue({ venue: { kind: 'online', url: 'javascript:alert(1)' } })).toBe('线上链接须以 https:// 开头，且是完整的网址');
    expect(issue({ venue: { kind: 'online', url: 'https://meeting.tencent.com/dm/a"onmouseover="x' } })).toBe('线上链接须以 https:// 开头，且是完整的网址');
    expect(issue({ venue: { kind: 'online', url: 'https://meeting.tencent.com/dm/abc', platform: '腾讯会议' } })).toBeNull();
    expect(issue({ endsAt: '2026-12-10T09:00:00+08:00' })).toBe('结束时间须晚于开始时间');
    expect(issue({ endsAt: '2026-12-10T19:00:00+08:00' })).toBe('一场宣讲不超过 8 小时');
    expect(issue({ startsAt: '2026-11-30T09:30:00+08:00', endsAt: '2026-11-30T10:30:00+08:00' })).toBe('开始时间须晚于现在');
    expect(issue({ signUpClosesAt: '2026-12-11T09:00:00+08:00' })).toBe('报名截止时间不能晚于宣讲开始时间');
    expect(issue({ clauses: ['第十条'] })).toBe('请从条款列表中选择宣讲涉及的条款');
    expect(issue({ clauses: [] })).toBe('请至少选择一条宣讲涉及的条款');
    expect(issue({ capacity: 501 })).toBe('名额最多 500 人');
    expect(issue({ audience: { districts: ['150203'], employers: ['emp-1'] } })).not.toBeNull();
    expect(issue({ startsAt: '2026-12-10 09:30' })).toBe('开始时间应为带时区的时间，例如 2026-11-10T09:00:00+08:00');
  });

  it('the phase follows the window and the clock', () => {
    const s = session({ signUpOpensAt: '2026-12-03T09:00:00+08:00' });
    expect(sessionPhase(s, NOW)).toBe('not_open');
    expect(sessionPhase(s, china('2026-12-05T09:00'))).toBe('open');
    expect(sessionPhase(s, china('2026-12-10T09:30'))).toBe('ongoing');
    expect(sessionPhase(s, china('2026-12-10T11:30'))).toBe('ended');
    expect(venueText({ kind: 'online', url: 'https://x.y', platform: '腾讯会议', meetingCode: '123 456' })).toBe('线上（腾讯会议 会议号 123 456）');
  });
});

describe('changing a session', () => {
  it('update: a bigger capacity promotes the waiting list; fewer places than confirmed are refused', () => {
    const s = session({ capacity: 1 });
    let r = roster(s);
    const p = (i: number) => person(`o-${i}`, { districts: ['150203'] });
    r = (signUp(s, r, { person: p(1) }, NOW) as { roster: typeof r }).roster;
    r = (signUp(s, r, { person: p(2) }, NOW) as { roster: typeof r }).roster;
    const u = updateSession(s, r, PEOPLE.kdlOfficer, NOW, { capacity: 2, topic: '职称政策宣讲（增加名额）' });
    expect(u).toMatchObject({ ok: true, next: { capacity: 2, version: 2, topic: '职称政策宣讲（增加名额）' }, roster: { capacity: 2 } });
    if (!u.ok) return;
    expect(u.roster.confirmed.map((e) => e.openid)).toEqual(['o-1', 'o-2']);
    expect(u.effects.map((e) => e.kind)).toEqual(['content_check', 'audit', 'notify', 'remind', 'remind']);
    expect(updateSession(s, u.roster, PEOPLE.kdlOfficer, NOW, { capacity: 1 })).toMatchObject({ ok: false, message: '已确认 2 人参加，名额不能少于 2 人' });
    expect(updateSession(s, r, PEOPLE.kdlOfficer, NOW, { capacity: 2 }, { expectedVersion: 9 })).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  it('move: everyone on the roster is told, reminders follow the new time, the window never passes the new start', () => {
    const s = session();
    const m = moveSession(s, PEOPLE.kdlOfficer, NOW, {
      startsAt: '2026-12-09T14:00:00+08:00',
      endsAt: '2026-12-09T16:00:00+08:00',
      venue: { kind: 'online', url: 'https://meeting.tencent.com/dm/abc', platform: '腾讯会议' },
      reason: '会议室另有安排，改为线上',
    });
    expect(m.ok).toBe(true);
    if (!m.ok) return;
    expect(m.next).toMatchObject({ startsAt: '2026-12-09T06:00:00.000Z', signUp: { closesAt: '2026-12-09T06:00:00.000Z' }, version: 2 });
    expect(m.next.moves).toEqual([expect.objectContaining({ from: expect.objectContaining({ startsAt: s.startsAt }), reason: '会议室另有安排，改为线上' })]);
    expect(m.effects.map((e) => e.kind)).toEqual(['content_check', 'audit', 'notify_roster', 'reschedule_reminders']);
    expect(m.effects[2]).toMatchObject({ statuses: ['confirmed', 'waiting'], template: 'briefing_moved', data: { time: '2026-12-09 14:00', place: '线上（腾讯会议）', note: '会议室另有安排，改为线上' } });
    expect(moveSession(s, PEOPLE.kdlOfficer, NOW, { startsAt: s.startsAt, endsAt: s.endsAt, reason: '没有变化' })).toMatchObject({ ok: false, message: '时间和地点都没有变化' });
    expect(moveSession(s, PEOPLE.kdlOfficer, china('2026-12-10T10:00'), { startsAt: '2026-12-11T09:00:00+08:00', endsAt: '2026-12-11T10:00:00+08:00', reason: '顺延' })).toMatchObject({
      ok: false,
      message: '宣讲已经开始，不能调整',
    });
  });

  it('cancel: a reason, everyone told, no reminders; the city may cancel a district’s session but not edit it', () => {
    const s = session();
    expect(cancelSession(s, PEOPLE.kdlOfficer, NOW, {})).toMatchObject({ ok: false, message: '请填写取消原因' });
    const c = cancelSession(s, PEOPLE.cityOfficer, NOW, { reason: '与全市培训时间冲突' });
    expect(c).toMatchObject({ ok: true, next: { status: 'cancelled', cancellation: { reason: '与全市培训时间冲突', by: { role: 'city_officer' } } } });
    if (!c.ok) return;
    expect(c.effects.map((e) => e.kind)).toEqual(['audit', 'notify_roster', 'cancel_reminders']);
    expect(updateSession(s, roster(s), PEOPLE.cityOfficer, NOW, { topic: '市局改的主题' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(cancelSession(s, PEOPLE.gxOfficer, NOW, { reason: '不是我的' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(cancelSession(c.next, PEOPLE.kdlOfficer, NOW, { reason: '再取消' })).toMatchObject({ ok: false, message: '这场宣讲已取消，不能取消' });
  });

  it('materials and the Q&A summary may be attached after the session', () => {
    const s = session();
    const a = attachMaterials(s, PEOPLE.kdlOfficer, china('2026-12-10T12:00'), {
      materials: [{ fileID: 'cloud://local.6c6f-local-1250000000/briefings/b-1/slides.pptx', name: '宣讲课件.pptx', size: 2_000_000, type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' }],
      qaSummary: '问：专科毕业满 8 年可以直接申报中级吗？答：可以（第二条）。',
    });
    expect(a).toMatchObject({ ok: true, next: { materials: [{ name: '宣讲课件.pptx' }], version: 2 } });
    const bad = attachMaterials(s, PEOPLE.kdlOfficer, NOW, { materials: [{ fileID: 'cloud://local.x/a.exe', name: 'a.exe', size: 10, type: 'application/x-msdownload' }] });
    expect(bad).toMatchObject({ ok: false, message: expect.stringContaining('不支持这种文件类型') });
  });
});
