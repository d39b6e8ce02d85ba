/** Debian's Chromium driven by playwright-core (npm's Playwright cannot download browsers here). */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { tracked } from './started';

/** The browser binary: CHROMIUM_PATH, else Debian's. `npm test` installs Debian's when it can (scripts/test.ts). */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** A binary that exists but does not start fails within this bound instead of Playwright's 3 minutes. */
const LAUNCH_TIMEOUT_MS = 60_000;

export function missingChromiumMessage(path = CHROMIUM): string {
  return (
    `找不到 Chromium（${path}）。浏览器测试需要 Debian 的 Chromium：sudo apt-get update && sudo apt-get install -y chromium（以 root 运行 npm test 会自动安装），或用 CHROMIUM_PATH 指向已有的浏览器。\n` +
    `Chromium not found at ${path}. The browser tests need Debian's chromium: sudo apt-get update && sudo apt-get install -y chromium (npm test installs it when run as root), or set CHROMIUM_PATH to a browser.`
  );
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(missingChromiumMessage());
  return tracked(
    chromium.launch({
      executablePath: CHROMIUM,
      timeout: LAUNCH_TIMEOUT_MS,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    }),
  );
}

/** A phone-sized page, as most of our users see the app. */
export async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    locale: 'zh-CN',
    isMobile: true,
    hasTouch: true,
  });
  return context.newPage();
}

/** Taro H5 slides a new page in: wait until the page that holds `selector` has settled. */
export async function settled(page: Page, selector: string): Promise<void> {
  await page.locator(`.taro_page_stationed ${selector}`).first().waitFor({ state: 'visible' });
}

/** A selector inside the page that has settled (Taro keeps the previous page in the DOM while sliding). */
export const here = (selector: string) => `.taro_page_stationed ${selector}`;

/** Sign in on the phone as a demo user through the dev sign-in page (loopback only), landing on 我的. */
export async function signInAt(page: Page, appUrl: string, openid: string): Promise<void> {
  await page.goto(`${appUrl}/#/packages/dev/signin/index`);
  await settled(page, `#signin-user-${openid}`);
  await page.click(`#signin-user-${openid}`);
  await settled(page, '#me-profile');
}
