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

/** From 我的 to the 工作台 on the 办事 tab (HR, recommending bodies, officers: queues, other work, administration). */
export async function openDesk(page: Page): Promise<void> {
  await settled(page, '#me-to-desk');
  await page.click(here('#me-to-desk'));
  await settled(page, '#desk-queues');
}

/**
 * Phone-size screenshots of the settled page's whole content, one phone screen per file, then the same with
 * large type, into the folder `dir` names (nothing when it is unset): for looking at a page as its user would.
 */
export async function shootPage(page: Page, dir: string | undefined, name: string): Promise<void> {
  if (!dir) return;
  const full = async (file: string) => {
    const h = await page.evaluate(() =>
      Math.max(
        ...Array.from(document.querySelectorAll('.taro_page_stationed, .taro_page_stationed *')).map(
          (e) => (e as HTMLElement).scrollHeight,
        ),
      ),
    );
    const total = Math.min(h + 80, 8000);
    await page.setViewportSize({ width: 390, height: total });
    for (let y = 0, k = 1; y < total; y += 844, k++) {
      await page.screenshot({ path: `${dir}/${file}-${k}.png`, clip: { x: 0, y, width: 390, height: Math.min(844, total - y) } });
    }
    await page.setViewportSize({ width: 390, height: 844 });
  };
  await full(name);
  // Large type: the rem base × 1.4 (Taro sets the base on every resize, so it is overridden by a rule).
  const base = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const style = await page.addStyleTag({ content: `html { font-size: ${base * 1.4}px !important; }` });
  await full(`${name}-large`);
  await style.evaluate((el) => (el as HTMLElement).remove());
}
