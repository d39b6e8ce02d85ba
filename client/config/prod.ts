import type { UserConfigExport } from '@tarojs/cli';

/** One-off builds (`taro build` without --watch): minified, no source maps. */
export default {
  mini: {},
  h5: {
    // The whole H5 app is small; no legacy polyfills, no bundle analyzer.
  },
} satisfies UserConfigExport<'webpack5'>;
