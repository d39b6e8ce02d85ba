/**
 * 通知 and 宣讲 in the browser with the demo data: an HR sees their feed on 首页 (未读 in words), opens an
 * announcement (it counts as read: the label is gone when they come back), opens the open briefing from
 * 近期宣讲, signs up and sees the confirmed state with the seats moved on, and downloads the .ics file;
 * a visitor sees the sign-in prompt instead of the feed.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium, phonePage, settled, signInAt, here } from './support/browser';
import { startApp } from './support/app';
import type { HostStack } from '../support/host';

jest.setTimeout(180_000);

let app: HostStack;
let browser: Browser;
beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const signInAs = (page: Page, openid: string) => signInAt(page, app.url, openid);

test('an HR reads an announcement from 首页 and signs up for a briefing', async () => {
  const page = await phonePage(browser);
  await signInAs(page, 'demo-hr-1');
  await page.goto(`${app.url}/#/pages/home/index`);
  await settled(page, '#home-notices .home-notice');

  // 我的通知: pinned first, the unread ones say 未读.
  const first = page.locator(here('.home-notice')).first();
  expect(await first.innerText()).toContain('置顶');
  const unread = page.locator(here('.home-notice[data-unread="true"]')).first();
  const id = await unread.getAttribute('data-id');
  expect(await unread.locator('.home-notice__unread').innerText()).toBe('未读');
  // Named by what it shows (label in name), 未读 first.
  expect(await unread.getAttribute('aria-label')).toBeNull();
  expect((await unread.innerText()).trim()).toMatch(/^未读/);
  const before = await page.locator(here('#home-notices-unread')).innerText();

  // 公告详情: opening it marks it read.
  const title = (await unread.locator('.list-item__title').innerText()).trim();
  await unread.click();
  await settled(page, `#ann-detail[data-id="${id}"]`);
  expect((await page.locator(here('#ann-title')).innerText()).trim()).toBe(title);
  expect(await page.locator(here('#ann-title')).getAttribute('role')).toBe('heading');
  expect(await page.locator(here('#ann-publisher')).innerText()).toContain('发布单位：');
  expect(await page.locator(here('#ann-body')).innerText()).not.toBe('');

  await page.goBack();
  await settled(page, `#home-notices .home-notice[data-id="${id}"][data-unread="false"]`);
  expect(await page.locator(here(`.home-notice[data-id="${id}"] .home-notice__unread`)).count()).toBe(0);
  const after = await page.locator(here('#home-notices-unread')).innerText();
  expect(Number.parseInt(after, 10) || 0).toBe((Number.parseInt(before, 10) || 0) - 1);

  // 近期宣讲 → 宣讲详情 → 报名.
  await settled(page, '#home-briefings .home-briefing[data-id="demo-briefing-open"]');
  await page.click(here('.home-briefing[data-id="demo-briefing-open"]'));
  await settled(page, '#briefing-detail[data-id="demo-briefing-open"]');
  expect(await page.locator(here('#briefing-seats')).innerText()).toContain('已报 1/30');
  expect(await page.locator(here('#briefing-time')).innerText()).toContain('北京时间');
  expect(await page.locator(here('.briefing-clause')).count()).toBeGreaterThan(0);
  await settled(page, '#signup-seats');
  await page.click(here('#signup-submit'));
  await settled(page, '#briefing-mine[data-status="confirmed"]');
  expect(await page.locator(here('#signup-done')).innerText()).toContain('报名成功');
  expect(await page.locator(here('#briefing-mine')).innerText()).toContain('已报名');
  expect(await page.locator(here('#briefing-seats')).innerText()).toContain('已报 2/30');
  expect(await page.locator(here('#briefing-detail')).getAttribute('data-mine')).toBe('confirmed');

  // The .ics download (H5).
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(here('#briefing-ics'))]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);

  // The 宣讲列表 shows it under 我报名的.
  await page.goto(`${app.url}/#/packages/notices/briefings/index`);
  await settled(page, '#briefings-view');
  // The filter is a radio group a keyboard can use: focus 我报名的, press Enter.
  expect(await page.locator(here('#briefings-view')).getAttribute('role')).toBe('radiogroup');
  expect(await page.locator(here('#briefings-view-mine')).getAttribute('aria-checked')).toBe('false');
  await page.focus(here('#briefings-view-mine'));
  await page.keyboard.press('Enter');
  await settled(page, '#briefings-view-mine[aria-checked="true"]');
  await settled(page, '.briefing-item[data-id="demo-briefing-open"][data-mine="confirmed"]');
  await page.context().close();
});

test('a visitor sees the sign-in prompt instead of the feed', async () => {
  const page = await phonePage(browser);
  await page.goto(`${app.url}/#/pages/home/index`);
  await settled(page, '#home-intro');
  await settled(page, '#signin-prompt');
  expect(await page.locator(here('#home-notices')).count()).toBe(0);
  expect(await page.locator(here('#signin-prompt')).innerText()).toContain('登录后可以查看发给您的通知公告');
  await page.context().close();
});
