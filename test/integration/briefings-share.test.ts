/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are inspected loosely in tests */
/**
 * The briefing's updatable share message (报名中 1/2) through the real SDK against a fresh local gateway:
 * `share` creates an activity id through updatableMessage.createActivityId (recorded in the gateway's open-API
 * outbox) and reuses it; a sign-up sets the card's outbox row and sends setUpdatableMsg with member_count 1;
 * full, a waiting list and a cancellation keep one row per activity id (bounded); the start row sends state 1
 * (已开始) when the session starts; a cancelled session's cards go to state 1 at once; an expired id is skipped.
 */
import { deliverOutbox } from '../../cloudfunctions/applications/deliver';
import { ok, startCloud, type Cloud } from '../support/cloud';
import { arrange, U } from '../support/fixtures';

jest.setTimeout(120_000);

let cloud: Cloud;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const call = (action: string, input: unknown, openid?: string) => cloud.call('briefings', action, input, openid);
const at = (ms: number) => new Date(Date.now() + ms).toISOString();
const CITY = { role: 'city_officer', scope: { kind: 'city' } };
const fields = (over: Record<string, unknown> = {}) => ({
  topic: '职称申报材料准备讲解',
  summary: '讲解申报材料要求',
  clauses: ['第六条'],
  // Within the activity id's 24 h, so the cards can still say 已开始 at the start.
  startsAt: at(20 * HOUR),
  endsAt: at(22 * HOUR),
  venue: { kind: 'place', address: '包头市人社局一楼报告厅' },
  capacity: 2,
  audience: {},
  ...over,
});
const PEOPLE = ['share-p-1', 'share-p-2', 'share-p-3'];
const CREATE = '/cgi-bin/message/wxopen/activityid/create';
const SET = '/cgi-bin/message/wxopen/updatablemsg/send';
const calls = async (apiName: string) => (await cloud.outbox()).filter((c) => c.apiName === apiName);
const rowsOf = async (activityId: string) => (await cloud.db.collection('outbox').where({ activityId }).limit(100).get()).data as any[];
const params = (c: { requestData: any }) => Object.fromEntries(c.requestData.template_info.parameter_list.map((p: any) => [p.name, p.value]));

beforeAll(async () => {
  cloud = await startCloud();
  await arrange(cloud);
  for (const p of PEOPLE) await cloud.db.collection('users').doc(p).set({ openid: p, name: `报名人${p.slice(-1)}`, version: 1 });
});
afterAll(() => cloud.close());
beforeEach(async () => {
  cloud.clockOffsetMs = 0;
  await cloud.db.collection('rate_limits').where({ count: cloud.db.command.gte(0) }).remove();
});

describe('the updatable share message of a briefing', () => {
  let id: string;
  let activityId: string;

  it('share: an activity id from updatableMessage.createActivityId, recorded locally, reused while fresh', async () => {
    id = ok(await call('create', { organizer: CITY, fields: fields() }, U.city)).session.id;
    const s = ok(await call('share', { id }, PEOPLE[0]));
    activityId = s.activityId;
    expect(s).toMatchObject({
      activityId: expect.stringMatching(/^local_/),
      state: { targetState: 0, memberCount: 0, roomLimit: 2 },
      templateInfo: { parameterList: [{ name: 'member_count', value: '0' }, { name: 'room_limit', value: '2' }] },
      path: expect.stringContaining(id),
    });
    expect(new Date(s.expiresAt).getTime()).toBeGreaterThan(Date.now() + 23 * HOUR);
    expect(await calls(CREATE)).toHaveLength(1);
    // A second share (anyone who may see the session) gets the same id: every card changes together.
    expect(ok(await call('share', { id }, U.hrKdl)).activityId).toBe(activityId);
    expect(await calls(CREATE)).toHaveLength(1);
    // The start row waits for the session's start.
    expect(await rowsOf(activityId)).toEqual([expect.objectContaining({ kind: 'updatable_msg', role: 'start', status: 'pending', nextAttemptAt: expect.stringMatching(/^20\d\d-/) })]);
    // A session after the id's 24 h: no start row (WeChat could not change the card then).
    const far = ok(await call('create', { organizer: CITY, fields: fields({ startsAt: at(3 * DAY), endsAt: at(3 * DAY + HOUR) }) }, U.city)).session.id;
    const farId = ok(await call('share', { id: far }, PEOPLE[0])).activityId;
    expect(await rowsOf(farId)).toEqual([]);
  });

  it('a sign-up → a setUpdatableMsg entry with member_count 1 (state 0)', async () => {
    ok(await call('signUp', { id }, PEOPLE[0]));
    const live = (await rowsOf(activityId)).find((r) => r.role === 'live');
    expect(live).toMatchObject({ status: 'sent', data: { target_state: 0, member_count: 1, room_limit: 2 } });
    const sent = await calls(SET);
    expect(sent).toHaveLength(1);
    expect(sent[0].requestData).toMatchObject({ activity_id: activityId, target_state: 0 });
    expect(params(sent[0])).toEqual({ member_count: '1', room_limit: '2' });
  });

  it('full, waiting and a cancellation: the card follows the seats taken, one live row per activity id', async () => {
    ok(await call('signUp', { id }, PEOPLE[1]));
    expect(params((await calls(SET)).at(-1)!)).toEqual({ member_count: '2', room_limit: '2' });
    expect(ok(await call('signUp', { id }, PEOPLE[2])).outcome).toBe('waiting');
    ok(await call('cancelSignUp', { id }, PEOPLE[0])); // PEOPLE[2] moves up: still 2/2
    expect(params((await calls(SET)).at(-1)!)).toEqual({ member_count: '2', room_limit: '2' });
    const rows = await rowsOf(activityId);
    expect(rows.map((r) => r.role).sort()).toEqual(['live', 'start']);
    expect(rows.every((r) => r._id.includes(activityId))).toBe(true);
  });

  it('the session starts: the start row sends state 1 (已开始) with the page; sharing it again is refused', async () => {
    const before = (await calls(SET)).length;
    const later = new Date(Date.now() + 21 * HOUR);
    await deliverOutbox(cloud.db, later);
    const sent = (await calls(SET)).slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0].requestData).toMatchObject({ activity_id: activityId, target_state: 1 });
    expect(params(sent[0])).toMatchObject({ path: expect.stringContaining(id), version_type: 'release' });
    expect((await rowsOf(activityId)).find((r) => r.role === 'start')).toMatchObject({ status: 'sent' });
    cloud.clockOffsetMs = 21 * HOUR;
    expect(await call('share', { id }, PEOPLE[1])).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
  });

  it('a moved session: the start row waits for the new start', async () => {
    const d = ok(await call('create', { organizer: CITY, fields: fields({ startsAt: at(4 * HOUR), endsAt: at(6 * HOUR) }) }, U.city));
    const a = ok(await call('share', { id: d.session.id }, PEOPLE[0])).activityId;
    ok(await call('move', { id: d.session.id, expectedVersion: d.session.version, move: { startsAt: at(8 * HOUR), endsAt: at(10 * HOUR), reason: '会场调整' } }, U.city));
    const start = (await rowsOf(a)).find((r) => r.role === 'start');
    expect(start.nextAttemptAt.slice(0, 16)).toBe(at(8 * HOUR).slice(0, 16));
    const before = (await calls(SET)).length;
    await deliverOutbox(cloud.db, new Date(Date.now() + 5 * HOUR)); // the old start: nothing due
    expect((await calls(SET)).slice(before).filter((c) => c.requestData.activity_id === a && c.requestData.target_state === 1)).toHaveLength(0);
  });

  it('a cancelled session: its cards go to state 1 at once; an expired activity id is skipped', async () => {
    const d = ok(await call('create', { organizer: CITY, fields: fields() }, U.city));
    const a = ok(await call('share', { id: d.session.id }, PEOPLE[0])).activityId;
    const before = (await calls(SET)).length;
    ok(await call('cancel', { id: d.session.id, expectedVersion: d.session.version, reason: '场地临时不可用' }, U.city));
    const sent = (await calls(SET)).slice(before).filter((c) => c.requestData.activity_id === a);
    expect(sent).toHaveLength(1);
    expect(sent[0].requestData.target_state).toBe(1);
    expect(await call('share', { id: d.session.id }, PEOPLE[0])).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });

    // An id past its 24 h: the row is skipped, nothing sent.
    const e = ok(await call('create', { organizer: CITY, fields: fields() }, U.city));
    const b = ok(await call('share', { id: e.session.id }, PEOPLE[0])).activityId;
    expect(await rowsOf(b)).toHaveLength(1);
    await cloud.db.collection('outbox').where({ activityId: b }).update({ activityExpiresAt: at(-HOUR), nextAttemptAt: at(-2 * HOUR) });
    const n = (await calls(SET)).length;
    await deliverOutbox(cloud.db, new Date());
    expect((await calls(SET)).length).toBe(n);
    expect((await rowsOf(b))[0]).toMatchObject({ status: 'skipped', lastError: 'expired' });
  });

  it('refusals: someone outside the audience learns nothing; bad input in Chinese', async () => {
    const d = ok(await call('create', { organizer: { role: 'district_officer', scope: { kind: 'district', district: '150203' } }, fields: fields({ audience: { districts: ['150203'] } }) }, U.kdl));
    expect(await call('share', { id: d.session.id }, U.hrGx)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await call('share', { id: d.session.id })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await call('share', { id: '' }, PEOPLE[0])).toMatchObject({ ok: false, code: 'VALIDATION', message: expect.stringMatching(/[\u4e00-\u9fa5]/) });
  });
});
