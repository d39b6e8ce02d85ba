/**
 * The local open-data path (local/host/open-data.ts): a cloudID issued for "opened from WeChat chat G" is
 * replaced, at the top level of the event only, by what the platform gives a function — the group's opengid
 * or an error — and a client cannot smuggle decrypted data in. Then the same through the host: the dev route
 * issues for the signed-in user, and `POST /api/fn/...` with a marker reaches the echo fixture resolved.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are inspected loosely in tests */
import { LOCAL_APPID } from '../../local/host/context';
import { CLOUD_ID_TTL_MS, cloudIdMarker, OPEN_DATA_ERRORS, OpenDataStore, opengidOf } from '../../local/host/open-data';
import { callFn, postJson, signIn, startHostStack, type HostStack } from '../support/host';
import type { DevUser } from '../../local/host';

const T0 = new Date('2025-03-03T02:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

describe('resolver', () => {
  it('a cloudID from a group resolves to that group’s opengid with the watermark of its issue, again and again', () => {
    const store = new OpenDataStore();
    const id = store.issueGroupEnter({ openid: 'o-hr-1', chat: 'wx-kdl-steel', kind: 'group', now: T0 });
    expect(id).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    for (const ms of [0, 60_000, CLOUD_ID_TTL_MS]) {
      const ev = store.resolveOpenData({ action: 'enter', input: { x: 1 }, openData: cloudIdMarker(id) }, 'o-hr-1', at(ms));
      expect(ev).toEqual({
        action: 'enter',
        input: { x: 1 },
        openData: { cloudID: id, data: { opengid: opengidOf('wx-kdl-steel'), watermark: { appid: LOCAL_APPID, timestamp: Math.floor(T0.getTime() / 1000) } } },
      });
    }
  });

  it('opengids are stable per chat, differ between chats and between mini-programs', () => {
    expect(opengidOf('wx-kdl-steel')).toBe(opengidOf('wx-kdl-steel'));
    expect(opengidOf('wx-kdl-steel')).not.toBe(opengidOf('wx-xt-liaison'));
    expect(opengidOf('wx-kdl-steel', 'wx1111111111other')).not.toBe(opengidOf('wx-kdl-steel'));
    expect(opengidOf('wx-kdl-steel')).toMatch(/^G[A-Za-z0-9_-]{27}$/);
  });

  it('every cloudID is new and opaque (no chat or openid in it)', () => {
    const store = new OpenDataStore();
    const ids = Array.from({ length: 50 }, () => store.issueGroupEnter({ openid: 'o-1', chat: 'wx-kdl-steel', now: T0 }));
    expect(new Set(ids).size).toBe(50);
    for (const id of ids) expect(id).not.toMatch(/kdl|o-1/);
  });

  it('an unknown cloudID is invalid', () => {
    const store = new OpenDataStore();
    const ev = store.resolveOpenData({ openData: cloudIdMarker('made-up-id') }, 'o-1', T0);
    expect(ev.openData).toEqual({ cloudID: 'made-up-id', ...OPEN_DATA_ERRORS.invalid });
  });

  it('a cloudID issued to someone else is invalid for the caller, and for an anonymous call', () => {
    const store = new OpenDataStore();
    const id = store.issueGroupEnter({ openid: 'o-hr-1', chat: 'wx-kdl-steel', now: T0 });
    expect(store.resolveOpenData({ openData: cloudIdMarker(id) }, 'o-hr-2', T0).openData).toEqual({ cloudID: id, ...OPEN_DATA_ERRORS.invalid });
    expect(store.resolveOpenData({ openData: cloudIdMarker(id) }, undefined, T0).openData).toEqual({ cloudID: id, ...OPEN_DATA_ERRORS.invalid });
  });

  it('past 5 minutes on the clock it is expired; before its issue (clock moved back) it is invalid', () => {
    const store = new OpenDataStore();
    const id = store.issueGroupEnter({ openid: 'o-1', chat: 'wx-kdl-steel', now: T0 });
    expect(store.resolveOpenData({ openData: cloudIdMarker(id) }, 'o-1', at(CLOUD_ID_TTL_MS + 1)).openData).toEqual({ cloudID: id, ...OPEN_DATA_ERRORS.expired });
    expect(store.resolveOpenData({ openData: cloudIdMarker(id) }, 'o-1', at(-1000)).openData).toEqual({ cloudID: id, ...OPEN_DATA_ERRORS.invalid });
  });

  it('a cloudID from a private chat is the wrong scene', () => {
    const store = new OpenDataStore();
    const id = store.issueGroupEnter({ openid: 'o-1', chat: 'single', kind: 'single', now: T0 });
    expect(store.resolveOpenData({ openData: cloudIdMarker(id) }, 'o-1', T0).openData).toEqual({ cloudID: id, errCode: 40097, errMsg: 'invalid scene' });
  });

  it('any top-level field holding a marker is resolved; below the top level a marker stays as it was', () => {
    const store = new OpenDataStore();
    const id = store.issueGroupEnter({ openid: 'o-1', chat: 'wx-kdl-steel', now: T0 });
    const nested = { shareInfo: cloudIdMarker(id) };
    const ev = store.resolveOpenData({ groupInfo: cloudIdMarker(id), input: { openData: cloudIdMarker(id) }, obj: nested }, 'o-1', T0);
    expect((ev.groupInfo as any).data.opengid).toBe(opengidOf('wx-kdl-steel'));
    expect(ev.input).toEqual({ openData: { $cloudID: id } });
    expect(ev.obj).toEqual({ shareInfo: { $cloudID: id } });
  });

  it('a forged top-level openData (not a marker) is removed; other fields pass untouched', () => {
    const store = new OpenDataStore();
    const forged = { cloudID: 'x', data: { opengid: opengidOf('wx-kdl-steel'), watermark: { appid: LOCAL_APPID, timestamp: 1 } } };
    for (const openData of [forged, 'a-plain-string', { $cloudID: 'x', data: forged.data }, null, 42]) {
      const ev = store.resolveOpenData({ action: 'bind', input: {}, openData }, 'o-1', T0);
      expect(ev).toEqual({ action: 'bind', input: {} });
    }
  });

  it('at most 5 cloudIDs per call are resolved; the rest are refused', () => {
    const store = new OpenDataStore();
    const id = store.issueGroupEnter({ openid: 'o-1', chat: 'wx-kdl-steel', now: T0 });
    const event = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`f${i}`, cloudIdMarker(id)]));
    const ev = store.resolveOpenData(event, 'o-1', T0);
    const resolved = Object.values(ev).filter((v: any) => v.data).length;
    expect(resolved).toBe(5);
    expect(ev.f6).toEqual({ cloudID: id, ...OPEN_DATA_ERRORS.tooMany });
  });

  it('the store is bounded: past its cap the oldest are forgotten, and old entries go once the clock moves on', () => {
    const store = new OpenDataStore({ maxEntries: 3, retainMs: 60 * 60_000 });
    const ids = [0, 1, 2, 3].map((i) => store.issueGroupEnter({ openid: 'o-1', chat: 'wx-kdl-steel', now: at(i) }));
    expect(store.size).toBe(3);
    expect(store.resolve(ids[0], 'o-1', at(10))).toMatchObject(OPEN_DATA_ERRORS.invalid);
    expect(store.resolve(ids[3], 'o-1', at(10))).toHaveProperty('data');
    // An hour later any new issue drops what is older than the retention.
    store.issueGroupEnter({ openid: 'o-1', chat: 'wx-kdl-steel', now: at(2 * 60 * 60_000) });
    expect(store.size).toBe(1);
    expect(store.resolve(ids[3], 'o-1', at(2 * 60 * 60_000))).toMatchObject(OPEN_DATA_ERRORS.invalid);
  });

  it('refuses to issue for nobody or for a malformed chat key', () => {
    const store = new OpenDataStore();
    expect(() => store.issueGroupEnter({ openid: '', chat: 'wx-kdl-steel', now: T0 })).toThrow();
    for (const chat of ['', 'WX-KDL', 'a'.repeat(41), '群', 'a/b']) expect(() => store.issueGroupEnter({ openid: 'o-1', chat, now: T0 })).toThrow();
  });
});

describe('through the local host', () => {
  const USERS: DevUser[] = ['od-hr-1', 'od-hr-2'].map((openid) => ({ openid, name: openid, role: 'employer_hr', roleLabel: '单位人事', description: '测试' }));
  let stack: HostStack;
  beforeAll(async () => {
    stack = await startHostStack({ devUsers: async () => USERS });
  });
  afterAll(() => stack.close());

  const groupEnter = (body: unknown, token?: string) => postJson(`${stack.url}/dev/open-data/group-enter`, body, token);

  it('POST /dev/open-data/group-enter issues for the signed-in user; a call with the marker reaches the function resolved', async () => {
    const token = await signIn(stack.url, 'od-hr-1');
    const issued = await groupEnter({ chat: 'wx-kdl-liaison' }, token);
    expect(issued.status).toBe(200);
    const cloudID = issued.body.cloudID as string;
    const r = await callFn(stack.url, 'echo', 'echo', { q: 1 }, token, { openData: { $cloudID: cloudID } });
    expect(r.status).toBe(200);
    expect(r.body.data.event.openData).toEqual({
      cloudID,
      data: { opengid: opengidOf('wx-kdl-liaison'), watermark: { appid: LOCAL_APPID, timestamp: expect.any(Number) } },
    });
    expect(r.body.data.event.input).toEqual({ q: 1 });
  });

  it('another user’s cloudID, a private chat and an unknown id reach the function as errors', async () => {
    const [t1, t2] = [await signIn(stack.url, 'od-hr-1'), await signIn(stack.url, 'od-hr-2')];
    const mine = (await groupEnter({ chat: 'wx-kdl-liaison' }, t1)).body.cloudID;
    const single = (await groupEnter({ chat: 'single', kind: 'single' }, t2)).body.cloudID;
    const seen = async (token: string, id: string) => (await callFn(stack.url, 'echo', 'echo', {}, token, { openData: { $cloudID: id } })).body.data.event.openData;
    expect(await seen(t2, mine)).toEqual({ cloudID: mine, ...OPEN_DATA_ERRORS.invalid });
    expect(await seen(t2, single)).toEqual({ cloudID: single, ...OPEN_DATA_ERRORS.scene });
    expect(await seen(t2, 'no-such-id')).toEqual({ cloudID: 'no-such-id', ...OPEN_DATA_ERRORS.invalid });
  });

  it('expires by the dev clock', async () => {
    const token = await signIn(stack.url, 'od-hr-1');
    const id = (await groupEnter({ chat: 'wx-kdl-liaison' }, token)).body.cloudID;
    stack.host.clock.advance(10 / (24 * 60));
    try {
      const r = await callFn(stack.url, 'echo', 'echo', {}, token, { openData: { $cloudID: id } });
      expect(r.body.data.event.openData).toEqual({ cloudID: id, ...OPEN_DATA_ERRORS.expired });
    } finally {
      stack.host.clock.reset();
    }
  });

  it('a forged decrypted openData sent over HTTP never reaches the function', async () => {
    const token = await signIn(stack.url, 'od-hr-1');
    const forged = { cloudID: 'x', data: { opengid: opengidOf('wx-kdl-liaison'), watermark: { appid: LOCAL_APPID, timestamp: 1 } } };
    const r = await callFn(stack.url, 'echo', 'echo', {}, token, { openData: forged });
    expect(r.body.data.event).not.toHaveProperty('openData');
  });

  it('the dev route needs a dev session and a well-formed chat', async () => {
    expect((await groupEnter({ chat: 'wx-kdl-liaison' })).status).toBe(401);
    expect((await groupEnter({ chat: 'wx-kdl-liaison' }, 'not-a-session-token')).status).toBe(401);
    const token = await signIn(stack.url, 'od-hr-1');
    for (const body of [{}, { chat: 'Bad Chat' }, { chat: 'wx-a', kind: 'channel' }, { chat: 'x'.repeat(41) }]) {
      const r = await groupEnter(body, token);
      expect(r.status).toBe(400);
      expect(r.body.code).toBe('BAD_REQUEST');
    }
    const bad = await postJson(`${stack.url}/dev/open-data/group-enter`, null, token, '{not json');
    expect(bad.status).toBe(400);
  });
});
