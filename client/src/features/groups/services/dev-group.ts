import Taro from '@tarojs/taro';
import { getDevToken } from '../../../services/api/token';
import { GROUP_ENTER_FAILED_MESSAGE, NOT_FROM_GROUP_MESSAGE, type GroupEnter } from './types';

/** A simulated chat's key, as the local host accepts it (local/host/open-data.ts CHAT_KEY). */
const CHAT_KEY = /^[a-z0-9-]{1,40}$/;

/** The query of the current page (Taro's router parses it on H5 and weapp alike). */
function pageParams(): Record<string, string | undefined> {
  return (Taro.getCurrentInstance().router?.params ?? {}) as Record<string, string | undefined>;
}

const decode = (v: string | undefined) => {
  try {
    return v === undefined ? undefined : decodeURIComponent(v);
  } catch {
    return undefined;
  }
};

/**
 * The local CloudBase's stand-in for being opened from a card in a WeChat group: the page's query names the
 * simulated chat (`devGroup=<chat>`, plus `devChat=single` for a private chat) and the local host issues a
 * cloudID for the signed-in demo user (POST /dev/open-data/group-enter), which the host resolves exactly where
 * WeChat decrypts it. Only with dev login compiled in; anything else was not opened from a group.
 */
export async function devGroupEnterCloudID(params: Record<string, string | undefined> = pageParams()): Promise<GroupEnter> {
  const notFromGroup = { ok: false, reason: 'not_from_group', message: NOT_FROM_GROUP_MESSAGE } as const;
  if (process.env.TARO_APP_DEV_LOGIN !== 'true') return notFromGroup;
  const chat = decode(params.devGroup);
  if (!chat || !CHAT_KEY.test(chat)) return notFromGroup;
  const token = getDevToken();
  const failed = (message = GROUP_ENTER_FAILED_MESSAGE) => ({ ok: false, reason: 'failed', message }) as const;
  if (!token) return failed('请先以演示账号登录，再从模拟微信群打开');
  try {
    const res = await Taro.request<{ cloudID?: unknown }>({
      url: `${process.env.TARO_APP_API_BASE ?? ''}/dev/open-data/group-enter`,
      method: 'POST',
      data: { chat, kind: params.devChat === 'single' ? 'single' : 'group' },
      header: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      dataType: 'json',
    });
    const cloudID = res.data?.cloudID;
    if (res.statusCode === 401) return failed('请先以演示账号登录，再从模拟微信群打开');
    return res.statusCode === 200 && typeof cloudID === 'string' && cloudID ? { ok: true, cloudID } : failed();
  } catch {
    return failed();
  }
}
