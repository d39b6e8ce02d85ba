import Taro from '@tarojs/taro';
import { PageMeta } from '@tarojs/components';
import { useLargeType } from '../hooks/useLargeType';
import { fontScale, rootFontPx } from '../services/fontScale';

/**
 * The weapp page's <page-meta>: the page's text follows WeChat's font setting (page-font-size system) and the rem
 * base — every size in the weapp's wxss is rem — is the screen width's, times 大字模式 or WeChat's own factor.
 * Needs `enablePageMeta: true` in the page's config.
 */
export function PageFont() {
  const [large] = useLargeType();
  const { windowWidth } = Taro.getWindowInfo();
  return <PageMeta pageFontSize="system" rootFontSize={`${rootFontPx(windowWidth, fontScale(large))}px`} />;
}
