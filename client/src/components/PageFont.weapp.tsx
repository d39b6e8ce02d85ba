import type { ComponentType } from 'react';
import Taro from '@tarojs/taro';
import { PageMeta } from '@tarojs/components';
import { useLargeType } from '../hooks/use-large-type';
import { fontScale, rootFontPx } from '../services/font-scale';

/**
 * The weapp page's <page-meta root-font-size>. Every size in the weapp's wxss is rem (config: pxtransform targetUnit
 * rem), so this one base sizes type, padding and tap targets: the screen width's, times 大字模式 or WeChat's own font
 * setting (getAppBaseInfo().fontSizeScaleFactor), whichever is larger. (Taro's page-meta template carries no
 * page-font-size attribute; the factor in the base is how the page follows WeChat's setting.) Taro renders the
 * element only with `enablePageMeta: true` in the page's config.
 */
function PageFont() {
  const [large] = useLargeType();
  const { windowWidth } = Taro.getWindowInfo();
  return <PageMeta rootFontSize={`${rootFontPx(windowWidth, fontScale(large))}px`} />;
}

/** Every page's default export is `withPageFont(Page)`: without it a page's rem would fall back to 16 px. */
export function withPageFont<P extends object>(Page: ComponentType<P>): ComponentType<P> {
  function WithPageFont(props: P) {
    return (
      <>
        <PageFont />
        <Page {...props} />
      </>
    );
  }
  WithPageFont.displayName = `withPageFont(${Page.displayName ?? Page.name})`;
  return WithPageFont;
}
