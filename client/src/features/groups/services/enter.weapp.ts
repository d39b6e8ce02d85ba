import Taro from '@tarojs/taro';
import { devGroupEnterCloudID } from './dev-group';
import { GROUP_ENTER_FAILED_MESSAGE, NOT_FROM_GROUP_MESSAGE, type GroupEnter } from './types';

export type { GroupEnter } from './types';

/**
 * Scenes of a card opened in a group chat: 1008 (a card in a group chat) and 1044 (a card shared with
 * shareTicket). 1007 is a card in a private chat — except that iOS reports 1007 for a shareTicket card, so a
 * shareTicket counts as a group too. Anything else (a 群待办 whose scene has no shareTicket included) is not from
 * a group; wx.getGroupEnterInfo's own 40097 ("invalid scene") is the last word either way.
 */
const GROUP_SCENES = new Set([1008, 1044]);

interface EnterOptions {
  scene?: number;
  shareTicket?: string;
}

function enterOptions(): EnterOptions {
  try {
    return (Taro.getEnterOptionsSync?.() ?? Taro.getLaunchOptionsSync()) as EnterOptions;
  } catch {
    return {};
  }
}

type GetGroupEnterInfo = (o: {
  success: (r: { cloudID?: string }) => void;
  fail: (e: { errCode?: number; errMsg?: string }) => void;
}) => void;

/** Taro's when it has it, else WeChat's own (`wx` is the mini-program's global). */
function getGroupEnterInfo(): GetGroupEnterInfo | undefined {
  const taro = (Taro as unknown as { getGroupEnterInfo?: GetGroupEnterInfo }).getGroupEnterInfo;
  if (typeof taro === 'function') return taro;
  const wx = (globalThis as { wx?: { getGroupEnterInfo?: GetGroupEnterInfo } }).wx;
  return typeof wx?.getGroupEnterInfo === 'function' ? wx.getGroupEnterInfo.bind(wx) : undefined;
}

async function weChatGroupEnterCloudID(): Promise<GroupEnter> {
  const notFromGroup = { ok: false, reason: 'not_from_group', message: NOT_FROM_GROUP_MESSAGE } as const;
  const failed = { ok: false, reason: 'failed', message: GROUP_ENTER_FAILED_MESSAGE } as const;
  const { scene, shareTicket } = enterOptions();
  if (!shareTicket && !(scene !== undefined && GROUP_SCENES.has(Number(scene)))) return notFromGroup;
  const get = getGroupEnterInfo();
  if (!get) return failed;
  return new Promise<GroupEnter>((resolve) => {
    get({
      success: (r) => resolve(typeof r.cloudID === 'string' && r.cloudID ? { ok: true, cloudID: r.cloudID } : failed),
      fail: (e) => resolve(e?.errCode === 40097 || /invalid scene/i.test(e?.errMsg ?? '') ? notFromGroup : failed),
    });
  });
}

/**
 * The cloudID of the WeChat group this page was opened from. With `TARO_APP_TRANSPORT=http` (the mini-program
 * debugged against the local host, which cannot decrypt WeChat's cloudIDs) the local simulated group is used.
 */
export function groupEnterCloudID(): Promise<GroupEnter> {
  return process.env.TARO_APP_TRANSPORT === 'http' ? devGroupEnterCloudID() : weChatGroupEnterCloudID();
}
