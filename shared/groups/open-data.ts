import { z } from 'zod';

/**
 * The WeChat group a card was opened from (第六条's 微信交流群, issue 9), judged from what the platform put in the
 * event's top-level `openData` in place of the client's `wx.cloud.CloudID(id)` (wx.getGroupEnterInfo):
 * `{ cloudID, data: { opengid, watermark: { appid, timestamp } } }`, or `{ cloudID, errCode, errMsg }` when
 * WeChat could not tell. The function trusts only an opengid that is fresh (the cloudID is valid 5 minutes),
 * issued for our own mini-program, and from a group chat (never a private chat).
 */

export const OPEN_DATA_MAX_AGE_MS = 5 * 60_000;
/** Clocks differ a little; a watermark further ahead than this was not made by WeChat now. */
export const OPEN_DATA_FUTURE_SKEW_MS = 60_000;

/** WeChat's errors for getGroupEnterInfo: wrong scene (or a private chat), the user is no longer in the group. */
export const WRONG_SCENE = 40097;
export const LEFT_GROUP = 65206;

export type OpenDataReason = 'missing' | 'wrong_scene' | 'left_group' | 'private_chat' | 'expired' | 'wrong_app' | 'invalid' | 'replayed';

export const OPEN_DATA_MESSAGES: Record<OpenDataReason, string> = {
  missing: '无法确认您是从哪个微信群打开的，请回到群里重新点开卡片',
  wrong_scene: '请在微信群中点开卡片（私聊中无法确认群）',
  left_group: '您已不在该微信群中',
  private_chat: '请在微信群中点开卡片（私聊中无法确认群）',
  expired: '群信息已过期，请回到群里重新点开卡片',
  wrong_app: '群信息不是本小程序的，请回到群里重新点开卡片',
  invalid: '群信息已过期或无效，请回到群里重新点开卡片',
  replayed: '这张卡片的群信息已使用过，请回到群里重新点开',
};

export type OpenDataJudgement = { ok: true; opengid: string; cloudID: string } | { ok: false; reason: OpenDataReason; message: string };

const cloudID = z.string().min(1).max(512);
const failure = z.object({ cloudID: cloudID.optional(), errCode: z.number(), errMsg: z.string().optional() });
const success = z.object({
  cloudID,
  data: z.object({
    opengid: z
      .string()
      .min(1)
      .max(128)
      .regex(/^[A-Za-z0-9_-]+$/),
    open_single_roomid: z.string().optional(),
    /** 1 微信单聊 · 2 企业微信单聊 · 3 微信群聊 · 4 企业微信互通群聊 (base library 3.7.8+). */
    chat_type: z.number().optional(),
    watermark: z.object({ appid: z.string().min(1).max(64), timestamp: z.number().finite().positive() }),
  }),
});

const PRIVATE_CHAT_TYPES = new Set([1, 2]);

const refuse = (reason: OpenDataReason): OpenDataJudgement => ({ ok: false, reason, message: OPEN_DATA_MESSAGES[reason] });

/** WeChat's watermark timestamp is in seconds; one in milliseconds is read as such (never mistaken by a factor 1000). */
function watermarkMs(ts: number): number {
  return ts > 1e11 ? ts : ts * 1000;
}

/** Judge `ctx.openData` against our appid and the clock. Pure: the replay check (a cloudID used once) is the caller's. */
export function judgeOpenData(raw: unknown, opts: { now: Date; appid: string | null }): OpenDataJudgement {
  if (raw === undefined || raw === null) return refuse('missing');
  if (typeof raw !== 'object' || Array.isArray(raw)) return refuse('invalid');
  if ('errCode' in raw) {
    const f = failure.safeParse(raw);
    if (!f.success) return refuse('invalid');
    if (f.data.errCode === WRONG_SCENE) return refuse('wrong_scene');
    if (f.data.errCode === LEFT_GROUP) return refuse('left_group');
    return refuse('invalid');
  }
  const s = success.safeParse(raw);
  if (!s.success) return refuse('invalid');
  const { data } = s.data;
  if (data.open_single_roomid !== undefined || (data.chat_type !== undefined && PRIVATE_CHAT_TYPES.has(data.chat_type))) return refuse('private_chat');
  if (!opts.appid || data.watermark.appid !== opts.appid) return refuse('wrong_app');
  const age = opts.now.getTime() - watermarkMs(data.watermark.timestamp);
  if (age > OPEN_DATA_MAX_AGE_MS || age < -OPEN_DATA_FUTURE_SKEW_MS) return refuse('expired');
  return { ok: true, opengid: data.opengid, cloudID: s.data.cloudID };
}
