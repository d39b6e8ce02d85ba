/**
 * A path that is no page of the app (an old or mistyped link, a card of a page since removed): 页面不存在 with
 * 返回首页 (packages/notfound) instead of WeChat's bare 404 or, on H5, the previous page left on screen under the
 * new address. WeChat asks for the redirect within the callback (no setTimeout).
 */
import Taro from '@tarojs/taro';

export const NOT_FOUND_PAGE = '/packages/notfound/index';

export function redirectUnknownPages(): void {
  Taro.onPageNotFound?.((res) => {
    const path = String(res?.path ?? '').replace(/^\/+/, '');
    if (path === NOT_FOUND_PAGE.slice(1)) return;
    void Taro.redirectTo({ url: `${NOT_FOUND_PAGE}?from=${encodeURIComponent(path.slice(0, 200))}` }).catch(() => undefined);
  });
}
