import path from 'node:path';
import { defineConfig } from '@tarojs/cli';
import type { IProjectConfig } from '@tarojs/taro/types/compile';
import devConfig from './dev';
import prodConfig from './prod';

/**
 * Taro 4 + React 18 + webpack5, written by hand (no `taro init` offline).
 * Run from client/ (the root scripts `cd client`): `taro build --type weapp|h5 [--mode …] [--watch]`.
 *
 * Modes (.env files in client/): production (default of `taro build`) has no dev sign-in; development
 * (`--watch`, and `build:h5`) and local-weapp (`--mode local-weapp`) compile it in.
 */
const sharedDir = path.resolve(__dirname, '..', '..', 'shared');
const srcDir = path.resolve(__dirname, '..', 'src');

/**
 * TypeScript + JSX → JS by esbuild before Taro's babel-loader (see babel.config.js for why): our sources
 * and shared/ only. esbuild keeps ES modules and modern syntax; babel-preset-taro then targets the platform.
 */
type Chain = Parameters<NonNullable<NonNullable<IProjectConfig<'webpack5'>['mini']>['webpackChain']>>[0];
function compileTsWithEsbuild(chain: Chain) {
  chain.module
    .rule('ts-esbuild')
    .test(/\.[cm]?tsx?$/)
    .include.add(srcDir)
    .add(sharedDir)
    .end()
    .enforce('pre')
    .use('esbuild')
    .loader(require.resolve('esbuild-loader'))
    .options({ target: 'esnext', jsx: 'automatic', tsconfigRaw: { compilerOptions: { jsx: 'react-jsx' } } });
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: IProjectConfig<'webpack5'> = {
    projectName: 'zhichengtong',
    date: '2025-1-1',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // ZCT_OUTPUT_ROOT: build elsewhere (a bench comparing builds) without touching the dist/ others serve.
    outputRoot: process.env.ZCT_OUTPUT_ROOT || `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {},
    alias: {
      // The project's domain code (pure TS); the root tsconfig maps `@shared/*` the same way.
      '@shared': sharedDir,
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    // Not on a terminal (npm start from a script, CI), webpack's progress bar prints a line per update —
    // hundreds of them: there, one line at the start and one at the end. Errors and warnings still print.
    logger: { quiet: !process.stdout.isTTY, stats: false },
    mini: {
      // shared/ lies outside sourceRoot: let Taro's babel rule compile it too. zod ships ES2020 (`?.`, `??`),
      // which older WeChat clients cannot parse: transpile it like our own code.
      compile: { include: [sharedDir, (file: string) => /[\\/]node_modules[\\/]zod[\\/]/.test(file)] },
      optimizeMainPackage: { enable: true },
      webpackChain: compileTsWithEsbuild,
      postcss: {
        // rem, not rpx: each page's <page-meta root-font-size> (components/PageFont.weapp.tsx) sets the base from
        // the screen width × 大字模式 or WeChat's font setting; 1rem = 40 design px, as on H5.
        pxtransform: { enable: true, config: { targetUnit: 'rem' } },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      // Served by the local host at http://127.0.0.1:5180/ (hash router, Taro's default).
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [sharedDir] },
      webpackChain(chain) {
        compileTsWithEsbuild(chain);
        // Taro splits only initial chunks on H5, so every lazily loaded page would carry its own copy of
        // the components, zod and the API client: share them between pages too.
        const splitChunks = chain.optimization.get('splitChunks');
        if (splitChunks) chain.optimization.splitChunks({ ...splitChunks, chunks: 'all', minSize: 10_000 });
        // webpack's hint counts uncompressed bytes; our budget is the compressed first load of 首页
        // (≤ 130 KB, measured by test/bench/fcp.bench.ts), so its warning block would only mislead.
        chain.performance.hints(false);
        // 首页 is what nearly every cold load opens: ship it in the entry chunks rather than fetch it after
        // app.js has run (one round trip less on a slow network). After app.ts, which configures zod first.
        chain.entry('app').add(path.join(srcDir, 'pages', 'home', 'index'));
      },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      htmlPluginOption: { title: '职称通' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  };
  process.env.BROWSERSLIST_ENV = process.env.NODE_ENV;
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
