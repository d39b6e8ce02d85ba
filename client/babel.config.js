/**
 * Babel for Taro's script rule. The usual setup is
 *   presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]]
 * but babel-preset-taro's React branch requires `@babel/preset-react`, which is not installed here (an
 * optional peer dependency). So TypeScript and JSX (automatic runtime) are compiled by esbuild-loader,
 * which runs first (config/index.ts, `enforce: 'pre'`), and babel-preset-taro does the rest: preset-env,
 * transform-runtime, and removing `defineAppConfig` / `definePageConfig` wrappers.
 * React Fast Refresh for `dev:h5` is added here by hand (it is what the React branch would add).
 *
 * Targets: babel-preset-taro defaults to iOS 9 / Android 5 (full ES5: classes, async and spread become
 * helpers). The mini-program runs its logic in the OS's JavaScriptCore on iOS and in WeChat's own V8 on
 * Android, and the base-library features we rely on (subscribe messages, privacy authorization, group
 * info) need WeChat clients that run on iOS 12+ only; so ES2017 syntax ships as is. Measured: the weapp
 * main package went from 599.9 KB to 557.7 KB (budget 600 KB), the subpackages by 3–8 % each.
 */
module.exports = (api) => {
  const web = process.env.TARO_PLATFORM === 'web' || process.env.TARO_ENV === 'h5';
  const refresh = web && process.env.NODE_ENV !== 'production' && process.env.NODE_ENV !== 'test';
  api.cache.using(() => `${process.env.TARO_ENV}:${process.env.NODE_ENV}`);
  return {
    presets: [['taro', { framework: 'react-via-esbuild', ts: false, compiler: 'webpack5', useBuiltIns: false, targets: { ios: '12', chrome: '66' } }]],
    plugins: refresh ? [[require.resolve('react-refresh/babel'), { skipEnvCheck: true }]] : [],
  };
};
