import type { UserConfigExport } from '@tarojs/cli';

/** One-off builds (`taro build` without --watch): minified, no source maps. */
export default {
  // Taro's default terser output escapes every non-ASCII character (6 bytes per 汉字); WeChat reads UTF-8
  // sources, and the policy text is mostly Chinese, so keep it as is (measured: about 31 KB off the main package).
  terser: { enable: true, config: { output: { ascii_only: false } } },
  mini: {},
  h5: {
    // The whole H5 app is small; no legacy polyfills, no bundle analyzer.
  },
} satisfies UserConfigExport<'webpack5'>;
