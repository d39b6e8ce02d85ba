import { createHmac } from 'node:crypto';
import { person } from '../../test/fixtures/announcements';
import { china, roster, session } from '../../test/fixtures/briefings';
import type { Signer } from './checkin';
import { CODE_ALPHABET, acceptedSlots, checkInWindow, codeFromDigest, currentCode, parseCheckIn, sameCode, sceneOf, slotAt, slotExpiry, validateCheckIn } from './checkin';
import { signUp } from './roster';
import type { Roster } from './roster';
import { BRIEFING_RULES } from './rules';
import { ratingSummary, rate } from './rating';

/** The function's signer, as it will be: HMAC-SHA256 with a secret (here a test one). */
const sign: Signer = (m) => new Uint8Array(createHmac('sha256', 'test-secret').update(m).digest());
const forger: Signer = (m) => new Uint8Array(createHmac('sha256', 'guessed-secret').update(m).digest());

const s = session({ capacity: 1 });
function filled(): Roster {
  let r = roster(s);
  for (const i of [1, 2]) {
    const d = signUp(s, r, { person: person(`o-${i}`, { districts: ['150203'] }) }, china('2026-12-02T10:00'));
    if (!d.ok) throw new Error(d.message);
    r = d.roster;
  }
  return r; // o-1 confirmed, o-2 waiting
}

describe('check-in codes: a signed payload with an expiry', () => {
  it('the window opens 30 minutes before and closes 30 minutes after the session', () => {
    expect(checkInWindow(s)).toEqual({ opensAt: '2026-12-10T01:00:00.000Z', closesAt: '2026-12-10T04:00:00.000Z' });
    expect(slotAt(s, china('2026-12-10T08:59'))).toBeNull();
    expect(slotAt(s, china('2026-12-10T09:00'))).toBe(0);
    expect(slotAt(s, china('2026-12-10T12:00'))).toBeNull();
    expect(slotExpiry(s, 0)).toBe('2026-12-10T04:00:00.000Z');
  });

  it('codes are 6 characters of the look-alike-free alphabet; the scene fits WeChat’s 32 characters', () => {
    const c = currentCode({ ...s, id: 'a1b2c3d4e5f6a1b2c3d4e5f6' }, china('2026-12-10T09:10'), sign)!;
    expect(c.code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{6}$`));
    expect(c.scene).toBe(`a1b2c3d4e5f6a1b2c3d4e5f6.${c.code}`);
    expect(c.scene.length).toBeLessThanOrEqual(32);
    expect(() => sceneOf('x'.repeat(30), 'ABCDEF')).toThrow();
    expect(codeFromDigest(new Uint8Array([0, 0, 0, 0]))).toBe('AAAAAA');
    expect(codeFromDigest(new Uint8Array([255, 255, 255, 255]))).toBe('999999');
    expect(parseCheckIn(' b-1.abc def ')).toEqual({ sessionId: 'b-1', code: 'ABCDEF' });
    expect(sameCode('ABCDEF', 'ABCDEF')).toBe(true);
    expect(sameCode('ABCDEF', 'ABCDEG')).toBe(false);
    expect(sameCode('ABCDEF', 'ABCDE')).toBe(false);
  });

  it('rotating codes (the alternative): the previous code is accepted for its grace, then expires', () => {
    const p = { ...BRIEFING_RULES.checkIn.parameters, rotateMinutes: 10 };
    expect(acceptedSlots(s, china('2026-12-10T09:05'), p)).toEqual([0]);
    expect(acceptedSlots(s, china('2026-12-10T09:11'), p)).toEqual([1, 0]);
    expect(acceptedSlots(s, china('2026-12-10T09:12'), p)).toEqual([1]);
    const old = currentCode(s, china('2026-12-10T09:05'), sign, p)!;
    expect(old.expiresAt).toBe(new Date('2026-12-10T09:12:00+08:00').toISOString());
    const r = filled();
    expect(validateCheckIn(s, r, 'o-1', old.code, false, china('2026-12-10T09:11'), sign, p).ok).toBe(true);
    expect(validateCheckIn(s, r, 'o-1', old.code, false, china('2026-12-10T09:20'), sign, p)).toMatchObject({ ok: false, message: '签到码已过期，请扫描现场最新的签到码' });
  });
});

describe('validating a check-in', () => {
  const r = filled();
  const at = china('2026-12-10T09:20');
  const code = currentCode(s, at, sign)!.code;

  it('a confirmed person with the right code checks in, once', () => {
    expect(validateCheckIn(s, r, 'o-1', code.toLowerCase(), false, at, sign)).toEqual({ ok: true, checkIn: { sessionId: 'b-1', openid: 'o-1', at: at.toISOString(), seats: 1 } });
    expect(validateCheckIn(s, r, 'o-1', `b-1.${code}`, false, at, sign).ok).toBe(true);
    expect(validateCheckIn(s, r, 'o-1', code, true, at, sign)).toMatchObject({ ok: false, message: '您已签到' });
  });

  it('forged, malformed, another session’s, too early, too late, cancelled', () => {
    const forged = currentCode(s, at, forger)!.code;
    expect(validateCheckIn(s, r, 'o-1', forged === code ? 'ZZZZZZ' : forged, false, at, sign)).toMatchObject({ ok: false, code: 'VALIDATION', message: '签到码不正确，请核对后重新输入' });
    expect(validateCheckIn(s, r, 'o-1', '12', false, at, sign)).toMatchObject({ message: '签到码为 6 位字母或数字' });
    expect(validateCheckIn(s, r, 'o-1', `b-9.${code}`, false, at, sign)).toMatchObject({ message: '这是另一场宣讲的签到码' });
    expect(validateCheckIn(s, r, 'o-1', code, false, china('2026-12-10T08:30'), sign)).toMatchObject({ message: '签到将于 2026-12-10 09:00 开始（宣讲开始前 30 分钟）' });
    expect(validateCheckIn(s, r, 'o-1', code, false, china('2026-12-10T12:00'), sign)).toMatchObject({ message: '签到已于 2026-12-10 12:00 结束' });
    expect(validateCheckIn({ ...s, status: 'cancelled' }, r, 'o-1', code, false, at, sign)).toMatchObject({ message: '这场宣讲已取消' });
  });

  it('only confirmed people: the waiting list and strangers are refused', () => {
    expect(validateCheckIn(s, r, 'o-2', code, false, at, sign)).toMatchObject({ ok: false, code: 'FORBIDDEN', message: '您在候补名单中（第 1 位），未确认参加，不能签到' });
    expect(validateCheckIn(s, r, 'o-9', code, false, at, sign)).toMatchObject({ ok: false, message: '您没有报名这场宣讲，请先报名' });
  });
});

describe('rating (好差评): only after check-in, once, 1–5 with a reason for the lowest', () => {
  const checkIn = { sessionId: 'b-1', openid: 'o-1', at: '2026-12-10T01:20:00.000Z', seats: 1 };
  const after = china('2026-12-10T12:00');

  it('the rules', () => {
    expect(rate(s, null, null, { score: 5 }, after)).toMatchObject({ ok: false, code: 'FORBIDDEN', message: '签到后才能评价' });
    expect(rate(s, checkIn, null, { score: 5 }, new Date(Date.parse(s.endsAt) - 60_000))).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW', message: '宣讲结束后才能评价' });
    const ok = rate(s, checkIn, null, { score: 4, comment: ' 讲得清楚 ' }, after);
    expect(ok).toEqual({ ok: true, rating: { sessionId: 'b-1', openid: 'o-1', score: 4, comment: '讲得清楚', at: after.toISOString() } });
    if (!ok.ok) throw new Error(ok.message);
    expect(rate(s, checkIn, ok.rating, { score: 5 }, after)).toMatchObject({ ok: false, message: '您已评价过这场宣讲' });
    expect(rate(s, checkIn, null, { score: 2 }, after)).toMatchObject({ ok: false, message: '评“不满意”请写明原因，帮助我们改进' });
    expect(rate(s, checkIn, null, { score: 6 }, after)).toMatchObject({ ok: false, message: '请选择评价：非常满意、满意、基本满意、不满意或非常不满意' });
    expect(rate(s, checkIn, null, { score: 3, comment: '字'.repeat(301) }, after)).toMatchObject({ ok: false, message: '评价内容不超过 300 个字' });
    expect(rate(s, checkIn, null, { score: 5 }, china('2027-01-10T12:00'))).toMatchObject({ ok: false, message: '宣讲结束 30 天后不能再评价' });
  });

  it('the summary the officer sees', () => {
    expect(ratingSummary([{ score: 5 }, { score: 5 }, { score: 4 }, { score: 2 }])).toEqual({
      count: 4,
      average: 4,
      distribution: { 5: 2, 4: 1, 3: 0, 2: 1, 1: 0 },
      satisfiedPercent: 75,
    });
    expect(ratingSummary([{ score: 5 }, { score: 4 }, { score: 4 }])).toMatchObject({ average: 4.3, satisfiedPercent: 100 });
    expect(ratingSummary([])).toEqual({ count: 0, average: null, distribution: { 5: 0, 4: 0, 3: 0, 2: 0, 1: 0 }, satisfiedPercent: null });
  });
});
