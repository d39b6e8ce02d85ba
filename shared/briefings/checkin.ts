import type { Refusal } from '../workflow/refusal';
import { refuse } from '../workflow/refusal';
import { formatChinaTime } from '../time/instants';
import type { Roster } from './roster';
import { statusOf } from './roster';
import { BRIEFING_RULES } from './rules';
import type { Session } from './session';

/**
 * Check-in at the venue with a per-session code (rule `briefing-check-in`).
 *
 * The code is derived from a payload the function signs: `checkInMessage(sessionId, slot)`, HMAC-SHA256 with
 * a secret only the function holds (the signing is the function's; here is the format). `slot` numbers the
 * code's validity period: with no rotation there is one slot, the whole check-in window; with rotation, one
 * per `rotateMinutes`, the previous one still accepted for `graceMinutes`. The digest becomes 6 characters
 * from an alphabet without look-alikes (`codeFromDigest`), so a person can type it on H5. In the weapp the
 * officer shows a mini-program code (`wxacode.getUnlimited`) whose `scene` is `sceneOf(sessionId, code)`
 * — at most 32 characters, as WeChat allows. Validation recomputes the codes of the accepted slots and
 * compares them in constant time; nothing is stored per code.
 */
const P = BRIEFING_RULES.checkIn.parameters;
const MIN = 60_000;

/** 32 letters and digits without look-alikes (0/O, 1/I), as the invitation codes use: 5 bits a character. */
export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const SCENE_MAX = 32;

export function checkInWindow(s: Pick<Session, 'startsAt' | 'endsAt'>, p = P): { opensAt: string; closesAt: string } {
  return {
    opensAt: new Date(Date.parse(s.startsAt) - p.opensMinutesBefore * MIN).toISOString(),
    closesAt: new Date(Date.parse(s.endsAt) + p.closesMinutesAfter * MIN).toISOString(),
  };
}

/** The slot an instant falls in, or null outside the check-in window. */
export function slotAt(s: Pick<Session, 'startsAt' | 'endsAt'>, at: Date, p = P): number | null {
  const w = checkInWindow(s, p);
  const t = at.getTime();
  if (t < Date.parse(w.opensAt) || t >= Date.parse(w.closesAt)) return null;
  return p.rotateMinutes ? Math.floor((t - Date.parse(w.opensAt)) / (p.rotateMinutes * MIN)) : 0;
}

/** When a slot's code stops being accepted: the slot's end plus the grace (rotating), or the window's end. */
export function slotExpiry(s: Pick<Session, 'startsAt' | 'endsAt'>, slot: number, p = P): string {
  const w = checkInWindow(s, p);
  if (!p.rotateMinutes) return w.closesAt;
  const end = Date.parse(w.opensAt) + (slot + 1) * p.rotateMinutes * MIN + p.graceMinutes * MIN;
  return new Date(Math.min(end, Date.parse(w.closesAt))).toISOString();
}

/** The slots whose codes are accepted at `now`: the current one, and the previous one during its grace. */
export function acceptedSlots(s: Pick<Session, 'startsAt' | 'endsAt'>, now: Date, p = P): number[] {
  const slot = slotAt(s, now, p);
  if (slot === null) return [];
  return slot > 0 && now.toISOString() < slotExpiry(s, slot - 1, p) ? [slot, slot - 1] : [slot];
}

/** The payload the function signs. */
export function checkInMessage(sessionId: string, slot: number): string {
  return `zct-checkin:v1:${sessionId}:${slot}`;
}

/** A signed digest (≥ 4 bytes) as a code: 5 bits per character from the first bytes. */
export function codeFromDigest(digest: Uint8Array, length: number = P.codeLength): string {
  let bits = 0;
  let acc = 0;
  let out = '';
  for (let i = 0; out.length < length && i < digest.length; i++) {
    acc = (acc << 8) | digest[i];
    bits += 8;
    while (bits >= 5 && out.length < length) {
      bits -= 5;
      out += CODE_ALPHABET[(acc >> bits) & 31];
    }
    acc &= (1 << bits) - 1;
  }
  return out;
}

export type Signer = (message: string) => Uint8Array;

/** The code to show at `now` (null outside the window), with when it stops being accepted and its scene. */
export function currentCode(s: Pick<Session, 'id' | 'startsAt' | 'endsAt'>, now: Date, sign: Signer, p = P): { code: string; slot: number; expiresAt: string; scene: string } | null {
  const slot = slotAt(s, now, p);
  if (slot === null) return null;
  const code = codeFromDigest(sign(checkInMessage(s.id, slot)), p.codeLength);
  return { code, slot, expiresAt: slotExpiry(s, slot, p), scene: sceneOf(s.id, code) };
}

/** The `scene` of the weapp code: `<sessionId>.<code>` (session ids of 24 hex characters fit WeChat's 32; a longer one throws). */
export function sceneOf(sessionId: string, code: string): string {
  const scene = `${sessionId}.${code}`;
  if (scene.length > SCENE_MAX) throw new Error(`scene too long for wxacode: ${scene.length} > ${SCENE_MAX}`);
  return scene;
}

/** A scanned scene or typed text → the session (if it says) and the code. */
export function parseCheckIn(text: string): { sessionId?: string; code: string } {
  const t = text.trim();
  const dot = t.lastIndexOf('.');
  if (dot > 0) return { sessionId: t.slice(0, dot), code: normalizeCode(t.slice(dot + 1)) };
  return { code: normalizeCode(t) };
}

export function normalizeCode(code: string): string {
  return code.trim().toUpperCase().replace(/\s+/g, '');
}

/** Equal strings, compared without stopping at the first difference. */
export function sameCode(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

export interface CheckIn {
  sessionId: string;
  openid: string;
  at: string;
  seats: number;
}

/** One check-in document per person and session: inserting it twice fails, so a person checks in once. */
export function checkInId(sessionId: string, openid: string): string {
  return `${sessionId}:${openid}`;
}

/**
 * Whether `openid` may check in to `s` with `code` at `now`. In order: the code's form, the session's state
 * and window, the code itself (forged, or of an expired slot), the person's standing, a repeat.
 */
export function validateCheckIn(
  s: Session,
  r: Roster,
  openid: string,
  codeText: string,
  already: boolean,
  now: Date,
  sign: Signer,
  p = P,
): { ok: true; checkIn: CheckIn } | Refusal {
  const { sessionId, code } = parseCheckIn(codeText);
  const format = new RegExp(`^[${CODE_ALPHABET}]{${p.codeLength}}$`);
  if (!format.test(code)) return refuse('VALIDATION', `签到码为 ${p.codeLength} 位字母或数字`, [{ path: 'code', message: `签到码为 ${p.codeLength} 位字母或数字` }]);
  if (sessionId !== undefined && sessionId !== s.id) return refuse('VALIDATION', '这是另一场宣讲的签到码', [{ path: 'code', message: '这是另一场宣讲的签到码' }]);
  if (s.status === 'cancelled') return refuse('NOT_ALLOWED_NOW', '这场宣讲已取消');
  const w = checkInWindow(s, p);
  const at = now.toISOString();
  if (at < w.opensAt) return refuse('NOT_ALLOWED_NOW', `签到将于 ${formatChinaTime(w.opensAt)} 开始（宣讲开始前 ${p.opensMinutesBefore} 分钟）`);
  if (at >= w.closesAt) return refuse('NOT_ALLOWED_NOW', `签到已于 ${formatChinaTime(w.closesAt)} 结束`);
  const expected = (slot: number) => codeFromDigest(sign(checkInMessage(s.id, slot)), p.codeLength);
  const accepted = acceptedSlots(s, now, p);
  if (!accepted.some((slot) => sameCode(expected(slot), code))) {
    const current = slotAt(s, now, p) ?? 0;
    const stale = Array.from({ length: current }, (_, i) => i).some((slot) => sameCode(expected(slot), code));
    const message = stale ? '签到码已过期，请扫描现场最新的签到码' : '签到码不正确，请核对后重新输入';
    return refuse('VALIDATION', message, [{ path: 'code', message }]);
  }
  const mine = statusOf(r, openid);
  if (!mine && !p.allowWalkIn) return refuse('FORBIDDEN', '您没有报名这场宣讲，请先报名');
  if (mine?.status === 'waiting') return refuse('FORBIDDEN', `您在候补名单中（第 ${mine.position} 位），未确认参加，不能签到`);
  if (already) return refuse('NOT_ALLOWED_NOW', '您已签到');
  return { ok: true, checkIn: { sessionId: s.id, openid, at, seats: mine?.entry.seats ?? 1 } };
}
