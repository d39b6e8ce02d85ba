import { judgeOpenData, OPEN_DATA_MESSAGES } from './open-data';

const APPID = 'wx1234567890abcdef';
const NOW = new Date('2026-12-02T02:00:00.000Z');
const sec = (d: Date) => Math.floor(d.getTime() / 1000);
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const good = (over: Record<string, unknown> = {}, watermark: Record<string, unknown> = {}) => ({
  cloudID: 'cid-001',
  data: { opengid: 'G_kdl-0001', watermark: { appid: APPID, timestamp: sec(ago(60_000)), ...watermark }, ...over },
});
const judge = (raw: unknown, appid: string | null = APPID) => judgeOpenData(raw, { now: NOW, appid });

describe('judgeOpenData', () => {
  it('a fresh group opengid of our app is accepted with its cloudID', () => {
    expect(judge(good())).toEqual({ ok: true, opengid: 'G_kdl-0001', cloudID: 'cid-001' });
    expect(judge(good({ chat_type: 3 }))).toMatchObject({ ok: true });
    expect(judge(good({ chat_type: 4 }))).toMatchObject({ ok: true });
  });

  it('missing open data, or not an object, is refused', () => {
    expect(judge(undefined)).toEqual({ ok: false, reason: 'missing', message: OPEN_DATA_MESSAGES.missing });
    expect(judge(null)).toMatchObject({ ok: false, reason: 'missing' });
    for (const raw of ['cid-001', 42, true, [good()]]) expect(judge(raw)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it("WeChat's errors: wrong scene, no longer in the group, anything else", () => {
    expect(judge({ cloudID: 'c', errCode: 40097, errMsg: 'invalid scene' })).toEqual({ ok: false, reason: 'wrong_scene', message: '请在微信群中点开卡片（私聊中无法确认群）' });
    expect(judge({ cloudID: 'c', errCode: 65206, errMsg: 'not in group' })).toEqual({ ok: false, reason: 'left_group', message: '您已不在该微信群中' });
    expect(judge({ cloudID: 'c', errCode: -604101, errMsg: 'expired' })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(judge({ cloudID: 'c', errCode: 'x' })).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('a private chat is refused (open_single_roomid, chat_type 1 or 2)', () => {
    expect(judge(good({ open_single_roomid: 'room-1' }))).toEqual({ ok: false, reason: 'private_chat', message: '请在微信群中点开卡片（私聊中无法确认群）' });
    expect(judge(good({ chat_type: 1 }))).toMatchObject({ ok: false, reason: 'private_chat' });
    expect(judge(good({ chat_type: 2 }))).toMatchObject({ ok: false, reason: 'private_chat' });
  });

  it('older than 5 minutes, or more than a minute ahead, is expired; the edges hold', () => {
    expect(judge(good({}, { timestamp: sec(ago(5 * 60_000)) }))).toMatchObject({ ok: true });
    expect(judge(good({}, { timestamp: sec(ago(5 * 60_000 + 1000)) }))).toEqual({ ok: false, reason: 'expired', message: OPEN_DATA_MESSAGES.expired });
    expect(judge(good({}, { timestamp: sec(ago(-60_000)) }))).toMatchObject({ ok: true });
    expect(judge(good({}, { timestamp: sec(ago(-61_000)) }))).toMatchObject({ ok: false, reason: 'expired' });
    // A watermark in milliseconds is read as milliseconds, not as a date 1000 times later.
    expect(judge(good({}, { timestamp: ago(60_000).getTime() }))).toMatchObject({ ok: true });
    expect(judge(good({}, { timestamp: ago(6 * 60_000).getTime() }))).toMatchObject({ ok: false, reason: 'expired' });
  });

  it("another app's watermark, or no appid to compare with, is refused", () => {
    expect(judge(good({}, { appid: 'wxotherapp0000000' }))).toEqual({ ok: false, reason: 'wrong_app', message: OPEN_DATA_MESSAGES.wrong_app });
    expect(judge(good(), null)).toMatchObject({ ok: false, reason: 'wrong_app' });
  });

  it('a malformed payload is invalid: no watermark, no opengid, a strange opengid, no cloudID', () => {
    expect(judge({ cloudID: 'c', data: { opengid: 'G1' } })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(judge(good({ opengid: '' }))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(judge(good({ opengid: 'a b/../c' }))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(judge(good({ opengid: 'x'.repeat(129) }))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(judge({ data: good().data })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(judge(good({}, { timestamp: 'now' }))).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
