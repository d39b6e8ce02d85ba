/**
 * Opening a page that lives in a subpackage. On H5 each page is a chunk fetched on the first visit, and on WeChat a
 * subpackage is downloaded on the first visit: with the network down the tap did nothing (H5: a ChunkLoadError in
 * the router, the old page left on screen). `openPage` fetches the page's code first (page-code.*.ts) and, when that
 * or the navigation fails, says so — 网络不通，页面没有打开 — with 重试.
 */
import Taro from '@tarojs/taro';
import { loadPageCode } from './page-code';

export type OpenHow = 'navigateTo' | 'redirectTo';

export const OPEN_FAILED = { title: '网络不通，页面没有打开', content: '请检查手机网络（或换个信号好的地方），再点“重试”。' };

/** Taps while a page is on its way are one tap. */
const opening = new Set<string>();

function go(url: string, how: OpenHow): Promise<unknown> {
  return how === 'redirectTo' ? Taro.redirectTo({ url }) : Taro.navigateTo({ url });
}

/** WeChat keeps at most 10 pages: past that a new page replaces the current one instead of failing. */
const tooManyPages = (e: unknown) => /limit exceed/i.test(String((e as { errMsg?: string } | undefined)?.errMsg ?? e));

/** Opens `url`; resolves true once it is open, false when the person gave up after the failure message. */
export async function openPage(url: string, how: OpenHow = 'navigateTo'): Promise<boolean> {
  if (opening.has(url)) return false;
  opening.add(url);
  try {
    for (;;) {
      try {
        // Nothing to fetch (loaded before, or WeChat): navigate within the tap, no extra turn of the event loop.
        const code = loadPageCode(url);
        if (code) await code;
        await go(url, how).catch((e: unknown) => (how === 'navigateTo' && tooManyPages(e) ? go(url, 'redirectTo') : Promise.reject(e)));
        return true;
      } catch {
        const { confirm } = await Taro.showModal({
          ...OPEN_FAILED,
          confirmText: '重试',
          cancelText: '取消',
          confirmColor: '#1f5fbf',
        }).catch(() => ({
          confirm: false,
        }));
        if (!confirm) return false;
      }
    }
  } finally {
    opening.delete(url);
  }
}

/** `onPress={open(url)}` for a button. */
export const open =
  (url: string, how: OpenHow = 'navigateTo') =>
  () =>
    void openPage(url, how);
