/** Debian's Chromium driven by playwright-core (npm's Playwright cannot download browsers here). */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`找不到 Chromium（${CHROMIUM}）。浏览器测试需要 Debian 的 Chromium：sudo apt-get update && sudo apt-get install -y chromium`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A phone-sized page, as most of our users see the app. */
export async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN', isMobile: true, hasTouch: true });
  return context.newPage();
}

/** Taro H5 slides a new page in: wait until the page that holds `selector` has settled. */
export async function settled(page: Page, selector: string): Promise<void> {
  await page.locator(`.taro_page_stationed ${selector}`).first().waitFor({ state: 'visible' });
}
