/**
 * Navigation and failure in the browser (issue 10): a sub-page's title and 返回 (or 首页 when it was opened directly),
 * a tab page's title alone; 页面不存在 for an unknown path; 查看结果 with the network down before the result page's code
 * has arrived (its chunks blocked): 网络不通，页面没有打开 with 重试, which opens it once the network is back; the 政策
 * tab's search and 目录. Screenshots (phone size, normal and large type) go to NAV_SHOTS when set.
 */
import type { Browser, Page, Route } from 'playwright-core';
import { launchChromium, phonePage, settled, here, shootPage } from './support/browser';
import { startApp } from './support/app';
import { pickDate, turnWheels } from './support/pickers';
import type { HostStack } from '../support/host';

jest.setTimeout(120_000);

let app: HostStack;
let browser: Browser;
beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const shoot = (page: Page, name: string) => shootPage(page, process.env.NAV_SHOTS, name);
const bar = (page: Page) => page.locator('#taro-navigation-bar');
const title = (page: Page) => bar(page).locator('.taro-navigation-bar-title');

async function open(path: string): Promise<Page> {
  const page = await phonePage(browser);
  await page.goto(`${app.url}/#/${path}`);
  return page;
}

describe('the navigation bar', () => {
  it('a sub-page shows its title and 返回, which goes back; a tab page its title only', async () => {
    const page = await open('pages/policy/index');
    await settled(page, '#policy-search');
    await title(page)
      .filter({ hasText: /^政策$/ })
      .waitFor();
    expect(await bar(page).getByRole('button', { name: '返回' }).isVisible()).toBe(false);
    expect(await bar(page).getByRole('button', { name: '返回首页' }).isVisible()).toBe(false);

    await page.click(here('#policy-faq-search'));
    await settled(page, '#faq-list');
    await title(page)
      .filter({ hasText: /^常见问题$/ })
      .waitFor();
    const back = bar(page).getByRole('button', { name: '返回' });
    await back.waitFor({ state: 'visible' });
    expect(await back.innerText()).toContain('返回');
    // Large enough to hit: at least 44 × 44 CSS px.
    const box = (await back.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
    await shoot(page, 'subpage-faq');

    // The keyboard presses it too.
    await back.focus();
    await page.keyboard.press('Enter');
    await settled(page, '#policy-search');
    await title(page)
      .filter({ hasText: /^政策$/ })
      .waitFor();
    await back.waitFor({ state: 'hidden' });
    await page.context().close();
  });

  it('a sub-page opened directly (a shared card) offers 首页 instead, with the page’s own title', async () => {
    const page = await open('packages/policy/clause/index?id=art7');
    await settled(page, '#clause-heading');
    await title(page)
      .filter({ hasText: /^第七条$/ })
      .waitFor();
    const home = bar(page).getByRole('button', { name: '返回首页' });
    await home.waitFor({ state: 'visible' });
    await shoot(page, 'subpage-direct');
    await home.click();
    await settled(page, '#home-intro');
    await title(page)
      .filter({ hasText: /^职称通$/ })
      .waitFor();
    await page.context().close();
  });
});

describe('页面不存在', () => {
  it.each(['pages/nope/index', 'packages/check/nope/index?x=1'])('%s shows 页面不存在 with 返回首页', async (path) => {
    const page = await open(path);
    await settled(page, '#notfound-page');
    await title(page)
      .filter({ hasText: /^页面不存在$/ })
      .waitFor();
    expect(await page.locator(here('#notfound-from')).innerText()).toContain(path.split('?')[0]);
    if (path.startsWith('pages/')) await shoot(page, 'notfound');
    await page.click(here('#notfound-home'));
    await settled(page, '#home-intro');
    await page.context().close();
  });

  it('a link to a missing page from inside the app lands there too', async () => {
    const page = await open('pages/home/index');
    await settled(page, '#home-intro');
    await page.evaluate(() => {
      location.hash = '#/packages/policy/nope/index';
    });
    await settled(page, '#notfound-page');
    await page.context().close();
  });
});

/** The questionnaire of check.test.ts, up to (not including) 查看结果. */
async function answerEverything(page: Page): Promise<void> {
  const choose = (id: string, value: string) => page.click(here(`#${id}-${value}`));
  const next = async (step: string) => {
    await page.click(here('#check-next'));
    await settled(page, `#check-step-${step}`);
  };
  await page.click(here('#check-start'));
  await settled(page, '#check-step-work');
  await choose('check-sector', 'non_public_enterprise');
  await choose('check-archive-held-by', 'talent_centre');
  await next('education');
  await choose('check-education-level', 'bachelor');
  await pickDate(page, 'check-education-graduated-on', '2015-07-01');
  await next('periods');
  await pickDate(page, 'check-work-periods-0-from', '2015-08-01');
  await choose('check-work-periods-0-ongoing', 'yes');
  await choose('check-work-periods-0-kind', 'professional_technical');
  await next('title');
  await choose('check-has-title', 'no');
  await choose('check-has-skill', 'no');
  await next('series');
  await page.click(here('#check-applied-series'));
  await turnWheels(page, ['工程技术系列']);
  await choose('check-wanted-level', 'intermediate');
  await next('achievements');
  await choose('check-achievements-intermediate', 'yes');
  if (await page.locator(here('#check-achievements-deputy-senior')).count()) await choose('check-achievements-deputy-senior', 'unsure');
  await choose('check-special', 'no');
}

describe('network down before a page’s code has arrived', () => {
  it('查看结果 says 网络不通 and offers 重试, which opens the result once the network is back', async () => {
    const page = await open('pages/check/index');
    await settled(page, '#check-intro');
    await answerEverything(page);

    // The network goes: every script and style not fetched yet (the result page's chunks among them) fails.
    const blocked: string[] = [];
    let onBlocked: (() => void) | undefined;
    const cut = (route: Route) => {
      blocked.push(route.request().url());
      onBlocked?.();
      return route.abort('internetdisconnected');
    };
    await page.route(/\/(js|css)\/.+\.(js|css)$/, cut);
    await page.click(here('#check-submit'));
    const dialog = page.getByRole('alertdialog', { name: '网络不通，页面没有打开' });
    await dialog.waitFor({ state: 'visible' });
    expect(blocked.length).toBeGreaterThan(0);
    // Still on the questionnaire, at the address it had: nothing half-opened behind the message.
    expect(page.url()).toContain('packages/check/form/index');
    expect(await page.locator(here('#check-submit')).isVisible()).toBe(true);
    const retry = dialog.getByRole('button', { name: '重试' });
    await expect(retry.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await shoot(page, 'chunk-failed');

    // Still down: 重试 fetches again and says so again.
    const fetchedAgain = new Promise<void>((resolve) => (onBlocked = resolve));
    await retry.click();
    await fetchedAgain;
    await dialog.waitFor({ state: 'visible' });
    expect(page.url()).toContain('packages/check/form/index');

    // Back: 重试 opens the result.
    await page.unroute(/\/(js|css)\/.+\.(js|css)$/, cut);
    await retry.click();
    await settled(page, '#check-result');
    await settled(page, '#check-headline');
    expect(page.url()).toContain('packages/check/result/index');
    expect(await dialog.isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('政策: search and 目录', () => {
  it('finds clauses as one types, marks the words, and jumps to the clause with its text open', async () => {
    const page = await open('pages/policy/index');
    await settled(page, '#policy-search');
    const box = page.locator(here('#policy-faq-input input'));
    await box.fill('技师');
    const hit = page.locator(here('.policy-search-hit[data-clause="第七条"]'));
    await hit.waitFor();
    expect(await page.locator(here('#policy-search-status')).innerText()).toMatch(/政策条款中找到 \d+ 条/);
    expect(await hit.locator('.policy-search-hit__mark').first().innerText()).toBe('技师');
    expect(await page.locator(here('#policy-faq-search')).innerText()).toBe('在常见问题中搜索“技师”');
    await shoot(page, 'policy-search');
    await hit.click();
    const clause = page.locator(here('#policy-clause-art7.policy-clause--focus'));
    await clause.waitFor();
    await clause.locator('.policy-clause__text').waitFor();
    await expect(clause.isVisible()).resolves.toBe(true);
    await page.waitForFunction(() => {
      const r = document.querySelector('.taro_page_stationed #policy-clause-art7')!.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight / 2;
    });

    // Words in no clause: said so, with the way to 常见问题.
    await box.fill('火星 月球');
    await page.locator(here('#policy-search-empty')).waitFor();
    expect(await page.locator(here('#policy-search-status')).innerText()).toBe('政策条款中没有找到“火星 月球”');
    await page.context().close();
  });

  it('目录 lists every clause and section; a tap jumps there', async () => {
    const page = await open('pages/policy/index');
    await settled(page, '#policy-toc');
    const toggle = page.locator(here('#policy-toc-toggle'));
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const toc = page.getByRole('navigation', { name: '政策目录' }).filter({ has: page.locator('.policy-toc__item') });
    expect(await toc.getByRole('link').count()).toBe(15 + 3);
    await shoot(page, 'policy-toc');

    const inView = (selector: string) =>
      page.waitForFunction((s) => {
        const r = document.querySelector(`.taro_page_stationed ${s}`)!.getBoundingClientRect();
        return r.top >= 0 && r.top < window.innerHeight - 100;
      }, selector);
    await toc.getByRole('link', { name: /^附件2 第三项/ }).click();
    await page.locator(here('#policy-clause-att2-3.policy-clause--focus')).waitFor();
    await inView('#policy-clause-att2-3');
    await page.locator(here('.policy-toc__item[data-target="policy-hotlines"]')).press('Enter');
    await inView('#policy-hotlines');
    await page.context().close();
  });
});
