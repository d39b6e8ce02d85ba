import type { UserConfigExport } from '@tarojs/cli';

/** `--watch` builds. dev:h5 serves on :10086 and proxies the API to the local host; files are also written to dist/h5. */
const LOCAL_HOST = 'http://127.0.0.1:5180';

export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {
    devServer: {
      host: '127.0.0.1',
      port: 10086,
      open: false,
      devMiddleware: { writeToDisk: true },
      proxy: [{ context: ['/api', '/dev'], target: LOCAL_HOST, changeOrigin: true }],
    },
  },
} satisfies UserConfigExport<'webpack5'>;
