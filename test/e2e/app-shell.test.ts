/**
 * The app shell in index.html (client/src/index.html): on a slow phone 首页's intro is readable before any
 * script has run, in the app's own styles (inlined from app.css), and the app then takes its place where
 * it stands. Scripts are held back (a network that has not delivered them yet), then let through or failed.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, settled } from './support/browser';
import { startApp } from './support/app';
import type { HostStack } from '../support/host';

jest.setTimeout(60_000);

let app: HostStack;
let browser: Browser;
beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const INTRO = ['.home__hero-title', '.home__hero-text', '.home__policy'];

async function phone(width: number, largeType = false): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width, height: 844 },
    deviceScaleFactor: 2,
    locale: 'zh-CN',
    isMobile: true,
    hasTouch: true,
  });
  // 大字模式 as the app stores it (Taro storage), chosen on an earlier visit.
  if (largeType) await context.addInitScript(() => localStorage.setItem('largeType', JSON.stringify({ data: true })));
  return context;
}

async function withoutScripts(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.route(/\.js(\?|$)/, (route) => route.abort());
  return page;
}

/** A page whose scripts arrive only when `release` is called. */
async function withScriptsHeld(context: BrowserContext): Promise<{ page: Page; release: () => void }> {
  const page = await context.newPage();
  let release = () => {};
  const released = new Promise<void>((done) => (release = done));
  await page.route(/\.js(\?|$)/, async (route) => {
    await released;
    await route.continue();
  });
  return { page, release };
}

/**
 * Text and place of each part of the intro under `root`, the place in rem: Taro's own script may set a new
 * rem base once the page has grown (it measures the document), and everything then moves together.
 */
async function intro(page: Page, root: string) {
  const rem = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  return Promise.all(
    INTRO.map(async (part) => {
      const el = page.locator(`${root} ${part}`);
      const box = (await el.boundingBox())!;
      const inRem = (px: number) => Math.round((px / rem) * 10) / 10;
      return {
        part,
        text: (await el.innerText()).trim(),
        box: { x: inRem(box.x), y: inRem(box.y), w: inRem(box.width), h: inRem(box.height) },
      };
    }),
  );
}

describe.each([
  ['390 px', 390, false],
  ['320 px, 大字模式', 320, true],
] as const)('首页 before its scripts have run (%s)', (_label, width, largeType) => {
  it('shows the intro the app shows, with the same words in the same place', async () => {
    const context = await phone(width, largeType);
    const { page, release } = await withScriptsHeld(context);
    await page.goto(`${app.url}/`, { waitUntil: 'commit' });
    await page.locator('#zct-shell').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.documentElement.classList.contains('zct-large-type'))).toBe(largeType);
    // Styled by the app's own rules, which came with the HTML (no stylesheet request to wait for).
    expect(await page.locator('#zct-shell .home__hero-title').evaluate((e) => getComputedStyle(e).color)).toBe('rgb(31, 95, 191)');
    const before = await intro(page, '#zct-shell');

    release();
    await settled(page, '#home-intro');
    await page.locator('#zct-shell').waitFor({ state: 'detached' });
    const after = await intro(page, '.taro_page_stationed #home-intro');
    expect(before).toEqual(after);
    expect(await page.locator('#home-intro').count()).toBe(1);
    await context.close();
  });
});

describe('the shell on other addresses', () => {
  it('is not shown when the address opens another page', async () => {
    const context = await phone(390);
    const bare = await withoutScripts(context);
    await bare.goto(`${app.url}/#/pages/policy/index`);
    expect(await bare.locator('#zct-shell').count()).toBe(0);
    const page = await context.newPage();
    await page.goto(`${app.url}/#/pages/policy/index`);
    await page.locator('.taro_page_stationed > *').first().waitFor();
    expect(await page.locator('#zct-shell').count()).toBe(0);
    await context.close();
  });

  it('is shown for 首页 addressed by its path, and never takes a tap', async () => {
    const context = await phone(390);
    const bare = await withoutScripts(context);
    await bare.goto(`${app.url}/#/pages/home/index`);
    await bare.locator('#zct-shell').waitFor({ state: 'visible' });
    expect(await bare.locator('#zct-shell').evaluate((e) => getComputedStyle(e).pointerEvents)).toBe('none');
    await context.close();
  });
});
