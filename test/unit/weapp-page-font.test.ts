/**
 * 适老化 in the weapp: every size is rem, and only a page's <page-meta root-font-size> sets the base (大字模式 and
 * WeChat's font setting). A page without it would fall back to 16 px rem and lay out at the wrong scale, so every
 * page listed in app.config.ts must enable page-meta and export itself through withPageFont.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

(globalThis as { defineAppConfig?: unknown }).defineAppConfig = (c: unknown) => c;
(globalThis as { definePageConfig?: unknown }).definePageConfig = (c: unknown) => c;
process.env.TARO_APP_DEV_LOGIN = 'true';
const src = join(__dirname, '../../client/src');
const appConfig = require(join(src, 'app.config')).default as { pages: string[]; subPackages: { root: string; pages: string[] }[] };
const PAGES = [...appConfig.pages, ...appConfig.subPackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))];

describe('every weapp page follows 大字模式 and WeChat’s font setting', () => {
  it.each(PAGES)('%s', (page) => {
    const config = require(join(src, `${page}.config.ts`)).default as { enablePageMeta?: boolean };
    expect(config.enablePageMeta).toBe(true);
    const file = join(src, `${page}.tsx`);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/^export default withPageFont\(\w+\);$/m);
  });
});
