/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are inspected loosely in tests */
/**
 * The `briefings` function in-process through the real SDK against a fresh local gateway: officers organize
 * within their scope, the audience rule, 50 simultaneous sign-ups for 30 places, the waiting list moving up,
 * refusals (window, twice), moves and cancellations telling everyone, reminders in the outbox at China times
 * and skipped when no longer due, signed check-in codes, ratings after check-in, the attendance export read
 * back with exceljs, the cadence per district, and bad input answered in Chinese with nothing written.
 */
import ExcelJS from 'exceljs';
import { addDays } from '../../shared/time/dates';
import { chinaDateOf, chinaInstant } from '../../shared/time/instants';
import { quarterKey, quarterOf } from '../../shared/briefings';
import { deliverOutbox } from '../../cloudfunctions/applications/deliver';
import { ok, startCloud, type Cloud } from '../support/cloud';
import { arrange, GX, KDL, U } from '../support/fixtures';

jest.setTimeout(120_000);

let cloud: Cloud;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const call = (action: string, input: unknown, openid?: string) => cloud.call('briefings', action, input, openid);
const at = (ms: number) => new Date(Date.now() + ms).toISOString();
const KDL_OFFICER = { role: 'district_officer', scope: { kind: 'district', district: KDL } };
const CITY = { role: 'city_officer', scope: { kind: 'city' } };
const fields = (over: Record<string, unknown> = {}) => ({
  topic: '2026年度职称评审政策解读',
  summary: '讲解申报条件与材料要求',
  clauses: ['第二条', '第六条'],
  startsAt: at(3 * DAY),
  endsAt: at(3 * DAY + 2 * HOUR),
  venue: { kind: 'place', address: '昆都仑区人社局三楼会议室' },
  capacity: 30,
  audience: {},
  ...over,
});
const [KDL_A, KDL_B] = ['person-000', 'person-001'];
const PEOPLE = Array.from({ length: 50 }, (_, i) => `person-${String(i).padStart(3, '0')}`);
const resetLimits = async () => {
  const _ = cloud.db.command;
  await cloud.db.collection('rate_limits').where({ count: _.gte(0) }).remove();
};
const count = async (coll: string, where: object = {}) => (await cloud.db.collection(coll).where(where).count()).total;

beforeAll(async () => {
  cloud = await startCloud();
  await arrange(cloud);
  for (const p of PEOPLE) await cloud.db.collection('users').doc(p).set({ openid: p, name: `报名人${p.slice(-3)}`, version: 1 });
  // Two HR of another employer in 昆都仑区: reached by a district's audience.
  for (const p of [KDL_A, KDL_B]) await cloud.db.collection('grants').doc(`g-${p}`).set({ openid: p, role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-kdl-2' }, grantedBy: 'seed', grantedAt: at(0) });
});
afterAll(() => cloud.close());
beforeEach(async () => {
  cloud.clockOffsetMs = 0;
  await resetLimits();
});

let kdlSession: string;

describe('organizing', () => {
  it('a district officer schedules for their own district only; HR may not organize', async () => {
    const d = ok(await call('create', { organizer: KDL_OFFICER, fields: fields({ audience: { districts: [KDL] } }) }, U.kdl));
    kdlSession = d.session.id;
    expect(d.session).toMatchObject({ status: 'scheduled', phase: 'open', capacity: 30, version: 1, organizer: { role: 'district_officer', district: KDL } });
    expect(d.manage).toEqual({ edit: true, cancel: true });
    expect(await call('create', { organizer: KDL_OFFICER, fields: fields({ audience: { districts: [GX] } }) }, U.kdl)).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await call('create', { organizer: CITY, fields: fields() }, U.kdl)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call('create', { organizer: { role: 'district_officer', scope: { kind: 'district', district: GX } }, fields: fields() }, U.kdl)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call('create', { organizer: KDL_OFFICER, fields: fields() }, U.hrKdl)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await count('briefings')).toBe(1);
    expect(await count('audit', { action: 'briefing.create' })).toBe(1);
  });

  it('the audience rule: HR of the district sees and signs up; HR of another district does not learn it exists', async () => {
    expect(ok(await call('get', { id: kdlSession }, U.hrKdl)).session.id).toBe(kdlSession);
    expect(await call('get', { id: kdlSession }, U.hrGx)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await call('signUp', { id: kdlSession }, U.hrGx)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const list = ok(await call('list', { view: 'open' }, U.hrGx));
    expect(list.items.map((i: any) => i.id)).not.toContain(kdlSession);
    const r = ok(await call('signUp', { id: kdlSession, seats: 3, employerOrgId: 'emp-kdl' }, U.hrKdl));
    expect(r).toMatchObject({ outcome: 'confirmed', roster: { taken: 3, label: '3/30', mine: { status: 'confirmed', seats: 3 } } });
    expect(ok(await call('list', { view: 'mine' }, U.hrKdl)).items.map((i: any) => i.id)).toEqual([kdlSession]);
  });

  it('sign-up twice, for several people without being HR, or after the window is refused in Chinese', async () => {
    expect(await call('signUp', { id: kdlSession, seats: 1 }, U.hrKdl)).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW', message: '您已报名这场宣讲' });
    const city = ok(await call('create', { organizer: CITY, fields: fields({ signUpClosesAt: at(DAY) }) }, U.city));
    expect(await call('signUp', { id: city.session.id, seats: 2 }, U.alice)).toMatchObject({ ok: false, code: 'VALIDATION', message: '只有单位人事可以为本单位报名多人' });
    cloud.clockOffsetMs = 2 * DAY;
    const late = await call('signUp', { id: city.session.id }, U.alice);
    expect(late).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
    expect((late as any).message).toMatch(/^报名已于 .* 截止$/);
    expect(await count('briefing_signups', { openid: U.alice })).toBe(0);
  });
});

describe('capacity under concurrency', () => {
  let big: string;
  it('50 simultaneous sign-ups for 30 places: exactly 30 confirmed and 20 waiting', async () => {
    big = ok(await call('create', { organizer: CITY, fields: fields({ topic: '专技人员职称申报答疑会' }) }, U.city)).session.id;
    const answers = await Promise.all(PEOPLE.map((p) => call('signUp', { id: big }, p)));
    const outcomes = answers.map((a) => ok(a).outcome);
    expect(outcomes.filter((o) => o === 'confirmed')).toHaveLength(30);
    expect(outcomes.filter((o) => o === 'waiting')).toHaveLength(20);
    const roster = (await cloud.db.collection('briefing_rosters').doc(big).get()).data[0] as any;
    expect(roster.confirmed).toHaveLength(30);
    expect(roster.waiting).toHaveLength(20);
    expect(new Set([...roster.confirmed, ...roster.waiting].map((e: any) => e.openid)).size).toBe(50);
    expect(await count('briefing_signups', { sessionId: big, status: 'confirmed' })).toBe(30);
    expect(await count('briefing_signups', { sessionId: big, status: 'waiting' })).toBe(20);
    expect(ok(await call('get', { id: big }, U.alice)).roster).toMatchObject({ taken: 30, full: true, waiting: 20, label: '30/30' });
  });

  it('a cancellation moves the first on the waiting list up, and tells them', async () => {
    const roster = (await cloud.db.collection('briefing_rosters').doc(big).get()).data[0] as any;
    const leaving = roster.confirmed[0].openid;
    const first = roster.waiting[0].openid;
    const r = ok(await call('cancelSignUp', { id: big }, leaving));
    expect(r.roster).toMatchObject({ taken: 30, waiting: 19, mine: null });
    expect(ok(await call('get', { id: big }, first)).roster.mine).toMatchObject({ status: 'confirmed' });
    expect(await count('inbox', { openid: first, template: 'briefing_promoted' })).toBe(1);
    expect(await count('outbox', { _id: `remind-briefing:${big}:${first}:hour_before` })).toBe(1);
    expect((await cloud.db.collection('outbox').doc(`remind-briefing:${big}:${leaving}:hour_before`).get()).data[0]).toMatchObject({ status: 'skipped' });
    expect(await call('cancelSignUp', { id: big }, leaving)).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW', message: '您没有报名这场宣讲' });
  });
});

describe('reminders, moves and cancellations', () => {
  let sid: string;
  it('reminders wait in the outbox for the day before at 09:00 China time and an hour before', async () => {
    sid = ok(await call('create', { organizer: KDL_OFFICER, fields: fields({ topic: '评审材料准备说明会', audience: { districts: [KDL] } }) }, U.kdl)).session.id;
    ok(await call('signUp', { id: sid }, KDL_A));
    ok(await call('signUp', { id: sid }, KDL_B));
    const s = ok(await call('get', { id: sid }, KDL_A)).session;
    const day = (await cloud.db.collection('outbox').doc(`remind-briefing:${sid}:${KDL_A}:day_before`).get()).data[0] as any;
    const hour = (await cloud.db.collection('outbox').doc(`remind-briefing:${sid}:${KDL_A}:hour_before`).get()).data[0] as any;
    expect(day).toMatchObject({ kind: 'remind', status: 'pending', template: 'briefing_reminder_day', nextAttemptAt: chinaInstant(addDays(chinaDateOf(s.startsAt), -1), '09:00') });
    expect(hour).toMatchObject({ template: 'briefing_reminder_hour', nextAttemptAt: new Date(Date.parse(s.startsAt) - HOUR).toISOString() });
    expect(await count('inbox', { openid: KDL_A, template: 'briefing_confirmed' })).toBeGreaterThan(0);
  });

  it('a move tells everyone, reminders follow the new time, and a stale reminder is skipped by the sender', async () => {
    const v = ok(await call('get', { id: sid }, U.kdl)).session.version;
    const startsAt = at(4 * DAY);
    const d = ok(await call('move', { id: sid, expectedVersion: v, move: { startsAt, endsAt: at(4 * DAY + HOUR), reason: '会议室调整' } }, U.kdl));
    expect(d.session.moves).toHaveLength(1);
    expect(await count('inbox', { briefingId: sid, template: 'briefing_moved' })).toBe(2);
    expect(await count('outbox', { briefingId: sid, template: 'briefing_moved' })).toBe(2);
    const hour = (await cloud.db.collection('outbox').doc(`remind-briefing:${sid}:${KDL_B}:hour_before`).get()).data[0] as any;
    expect(hour).toMatchObject({ status: 'pending', nextAttemptAt: new Date(Date.parse(d.session.startsAt) - HOUR).toISOString() });
    // A reminder planned for the old time (written by a sign-up that raced the move) is not sent.
    const { _id: _drop, ...body } = hour;
    await cloud.db.collection('outbox').doc('remind-stale').set({ ...body, nextAttemptAt: at(-HOUR), onlyIf: { ...hour.onlyIf, startsAt: at(3 * DAY) } });
    const sent: any[] = [];
    const r = await deliverOutbox(cloud.db as any, new Date(), { ids: ['remind-stale'], send: async (m) => void sent.push(m) });
    expect(r).toMatchObject({ skipped: 1, sent: 0 });
    expect(await call('move', { id: sid, expectedVersion: v, move: { startsAt, endsAt: at(4 * DAY + HOUR), reason: '再次调整' } }, U.kdl)).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  it('a cancellation tells everyone and drops every reminder; the city may cancel a district’s session', async () => {
    const v = ok(await call('get', { id: sid }, U.kdl)).session.version;
    expect(await call('cancel', { id: sid, expectedVersion: v, reason: '讲师临时有事' }, U.hrKdl)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const d = ok(await call('cancel', { id: sid, expectedVersion: v, reason: '讲师临时有事' }, U.city));
    expect(d.session).toMatchObject({ status: 'cancelled', phase: 'cancelled', cancellation: { reason: '讲师临时有事' } });
    expect(await count('inbox', { briefingId: sid, template: 'briefing_cancelled' })).toBe(2);
    expect(await count('outbox', { briefingId: sid, kind: 'remind', status: 'pending' })).toBe(0);
    const due = await deliverOutbox(cloud.db as any, new Date(Date.now() + 10 * DAY), { send: async () => undefined, limit: 500 });
    expect(await count('outbox', { briefingId: sid, kind: 'remind', status: 'sent' })).toBe(0);
    expect(due.sent).toBeGreaterThan(0);
  });
});

describe('check-in, rating, export', () => {
  let sid: string;
  beforeAll(async () => {
    await resetLimits();
    sid = ok(await call('create', { organizer: CITY, fields: fields({ topic: '职称评审现场宣讲会', capacity: 1 }) }, U.city)).session.id;
    ok(await call('signUp', { id: sid }, U.alice));
    expect(ok(await call('signUp', { id: sid }, U.bob)).outcome).toBe('waiting');
  });

  it('checks in with the right code (typed or the scanned scene); forged, waiting or early are refused', async () => {
    expect(await call('checkIn.code', { id: sid }, U.city)).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
    cloud.clockOffsetMs = 3 * DAY - 10 * 60_000; // ten minutes before the start
    expect(await call('checkIn.code', { id: sid }, U.alice)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const c = ok(await call('checkIn.code', { id: sid }, U.city));
    expect(c.code).toMatch(/^[A-Z2-9]{6}$/);
    expect(c.scene).toBe(`${sid}.${c.code}`);
    expect((await cloud.outbox()).some((x) => x.apiName === '/wxa/getwxacodeunlimit' && x.requestData.scene === c.scene)).toBe(true);
    const forged = c.code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    expect(await call('checkIn', { id: sid, code: forged }, U.alice)).toMatchObject({ ok: false, code: 'VALIDATION', message: '签到码不正确，请核对后重新输入' });
    expect(await call('checkIn', { id: sid, code: c.code }, U.bob)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call('rate', { id: sid, score: 5 }, U.alice)).toMatchObject({ ok: false, code: 'FORBIDDEN', message: '签到后才能评价' });
    expect(ok(await call('checkIn', { id: sid, code: c.scene }, U.alice)).topic).toBe('职称评审现场宣讲会');
    expect(await call('checkIn', { id: sid, code: c.code.toLowerCase() }, U.alice)).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW', message: '您已签到' });
    expect(await count('briefing_checkins', { sessionId: sid })).toBe(1);
  });

  it('an expired code is refused after the window', async () => {
    cloud.clockOffsetMs = 3 * DAY - 10 * 60_000;
    const c = ok(await call('checkIn.code', { id: sid }, U.city));
    cloud.clockOffsetMs = 3 * DAY + 3 * HOUR;
    const r = await call('checkIn', { id: sid, code: c.code }, U.bob);
    expect(r).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
    expect((r as any).message).toMatch(/^签到已于 /);
  });

  it('rates once after check-in; a low score needs a reason; the organizer sees the summary', async () => {
    cloud.clockOffsetMs = 3 * DAY + 3 * HOUR;
    expect(await call('rate', { id: sid, score: 2 }, U.alice)).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(ok(await call('rate', { id: sid, score: 4, comment: '讲得清楚' }, U.alice))).toEqual({ rated: true });
    expect(await call('rate', { id: sid, score: 5 }, U.alice)).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW', message: '您已评价过这场宣讲' });
    expect(await call('ratings.summary', { id: sid }, U.alice)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const s = ok(await call('ratings.summary', { id: sid }, U.city));
    expect(s.summary).toMatchObject({ count: 1, average: 4, satisfiedPercent: 100 });
    expect(s.comments).toEqual([expect.objectContaining({ score: 4, label: '满意', comment: '讲得清楚' })]);
  });

  it('exports the attendance list as .xlsx (read back with exceljs), audited; others may not', async () => {
    expect(await call('attendance.export', { id: sid }, U.hrKdl)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const x = ok(await call('attendance.export', { id: sid }, U.city));
    expect(x.rows).toBe(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(x.base64, 'base64') as any);
    const ws = wb.getWorksheet('签到表')!;
    expect(ws.getRow(2).values).toEqual([undefined, '序号', '姓名', '单位', '人数', '报名状态', '签到时间']);
    expect((ws.getRow(3).values as any[]).slice(1, 6)).toEqual([1, '测试用户', '', 1, '已确认']);
    expect(String(ws.getRow(3).getCell(6).value)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect((ws.getRow(4).values as any[])[5]).toBe('候补第 1 位');
    expect(await count('audit', { action: 'briefing.attendance.export', target: `briefings/${sid}` })).toBe(1);
  });

  it('the .ics file for H5', async () => {
    const f = ok(await call('ics', { id: sid }, U.alice));
    expect(f.filename).toMatch(/\.ics$/);
    expect(f.text).toContain('BEGIN:VEVENT');
  });
});

describe('cadence', () => {
  it('the city sees every district this quarter; a district officer its own; HR may not', async () => {
    const quarter = quarterKey(quarterOf(chinaDateOf(at(3 * DAY))));
    const c = ok(await call('cadence', { quarter }, U.city));
    const kdl = c.rows.find((r: any) => r.district === KDL);
    const gx = c.rows.find((r: any) => r.district === GX);
    expect(kdl).toMatchObject({ state: 'planned', held: 0 });
    expect(kdl.planned).toBeGreaterThan(0);
    expect(gx).toMatchObject({ state: 'unplanned', planned: 0 });
    const own = ok(await call('cadence', { quarter }, U.kdl));
    expect(own.rows.map((r: any) => r.district)).toEqual([KDL]);
    expect(await call('cadence', {}, U.hrKdl)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    cloud.clockOffsetMs = 5 * DAY;
    expect(ok(await call('cadence', { quarter }, U.kdl)).rows[0]).toMatchObject({ state: 'held' });
  });
});

describe('bad input', () => {
  it('answers in Chinese and writes nothing', async () => {
    const before = await count('briefings');
    const audits = await count('audit');
    const bad = await call('create', { organizer: KDL_OFFICER, fields: fields({ endsAt: at(3 * DAY - HOUR) }) }, U.kdl);
    expect(bad).toMatchObject({ ok: false, code: 'VALIDATION', message: '结束时间须晚于开始时间' });
    expect(await call('create', { organizer: KDL_OFFICER, fields: fields({ venue: { kind: 'online', url: 'javascript:alert(1)' } }) }, U.kdl)).toMatchObject({ ok: false, code: 'VALIDATION', message: '线上链接须以 https:// 开头，且是完整的网址' });
    expect(await call('create', { organizer: KDL_OFFICER, fields: fields({ capacity: 0 }) }, U.kdl)).toMatchObject({ ok: false, code: 'VALIDATION', message: '名额至少 1 人' });
    expect(await call('signUp', { id: kdlSession, seats: 11 }, U.alice)).toMatchObject({ ok: false, code: 'VALIDATION', message: '一次最多报名 10 人' });
    expect(await call('checkIn', { id: kdlSession, code: '' }, U.alice)).toMatchObject({ ok: false, code: 'VALIDATION', message: '请输入签到码' });
    expect(await count('briefings')).toBe(before);
    expect(await count('audit')).toBe(audits);
  });
});
